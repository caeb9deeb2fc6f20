package parley

// Event is a PLOVER event: who did what to whom, when, where, how many,
// whether it happened, and who says so.
type Event struct {
	Span     Span     `json:"span"`    // the clause or phrase that states the event
	Trigger  Span     `json:"trigger"` // the verb or noun that names it
	Type     string   `json:"type"`    // one of the 16 PLOVER types, e.g. CONSULT
	Mode     string   `json:"mode,omitempty"`
	Context  []string `json:"context,omitempty"`
	Modality Modality `json:"modality"`
	// Sources and Targets are indexes into Document.Actors.
	Sources []int `json:"sources"`
	Targets []int `json:"targets"`
	// Times, Places and Quantities are indexes into their layers.
	Times      []int `json:"times,omitempty"`
	Places     []int `json:"places,omitempty"`
	Quantities []int `json:"quantities,omitempty"`
	// AttributedTo is the index of the quote that relays the event, or -1
	// when the report states it.
	AttributedTo int    `json:"attributed_to"`
	Rule         string `json:"rule"`
}

// Modality says whether an event happened, is planned, or only hoped for.
type Modality string

// Modalities.
const (
	Occurred    Modality = "occurred"
	Ongoing     Modality = "ongoing"
	Planned     Modality = "planned"
	Tentative   Modality = "tentative"
	Conditional Modality = "conditional"
	Demanded    Modality = "demanded"
	Negated     Modality = "negated"
	Habitual    Modality = "habitual"
	Historical  Modality = "historical"
)
