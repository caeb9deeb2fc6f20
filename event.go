package parley

// Event is a PLOVER event: who did what to whom, when, where, how many,
// whether it happened, and who says so.
type Event struct {
	Span    Span   `json:"span"`    // the clause or phrase that states the event
	Trigger Span   `json:"trigger"` // the verb or noun that names it
	Type    string `json:"type"`    // one of the 16 PLOVER types, e.g. CONSULT
	// Mode and Context refine the type as the PLOVER codebook defines them
	// (CONSULT mode "phone", ASSAULT context "military").
	Mode     string   `json:"mode,omitempty"`
	Context  []string `json:"context,omitempty"`
	Modality Modality `json:"modality"`
	// Sources and Targets are indexes into Document.Actors. A reciprocal
	// event ("talks between Russian and Ukrainian delegations") lists every
	// party as a source.
	Sources []int `json:"sources"`
	Targets []int `json:"targets"`
	// Times, Places and Quantities are indexes into their layers: the
	// event's own expressions first, then those inherited from its sentence
	// or from later mentions of the same event ("The meeting, held on
	// Friday").
	Times      []int `json:"times,omitempty"`
	Places     []int `json:"places,omitempty"`
	Quantities []int `json:"quantities,omitempty"`
	// AttributedTo is the index of the quote that relays the event, or -1
	// when the report states it.
	AttributedTo int `json:"attributed_to"`
	// Commitment is set for agreements, demands, offers and pledges: the
	// record that later documents can update.
	Commitment *Commitment `json:"commitment,omitempty"`
	// Rule names the pattern that found the event and the rules that set
	// its roles and modality.
	Rule string `json:"rule"`
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

// Commitment is an agreement, demand, offer or pledge as a record of its
// own: who is bound, to what, on which conditions, and how far it got.
type Commitment struct {
	// Kind is agreement, demand or pledge (offers, promises and vows).
	Kind string `json:"kind"`
	// Parties are indexes into Document.Actors: both sides of an
	// agreement, the maker of a demand or pledge first.
	Parties []int `json:"parties"`
	// Content is the span of what is agreed, demanded or pledged ("to
	// exchange 1,000 prisoners of war on each side").
	Content Span `json:"content,omitzero"`
	// Status is proposed, tentative, agreed, implemented, broken or
	// rejected.
	Status string `json:"status"`
	// Conditions are the spans of conditions set on it ("if Putin agreed
	// to attend").
	Conditions []Span `json:"conditions,omitempty"`
	// Times are indexes into Document.Times of its dates.
	Times []int `json:"times,omitempty"`
	// Unscheduled is set when the text says no date has been set.
	Unscheduled bool `json:"unscheduled,omitempty"`
}

// Commitment kinds and statuses.
const (
	CommitAgreement = "agreement"
	CommitDemand    = "demand"
	CommitPledge    = "pledge"

	StatusProposed    = "proposed"
	StatusTentative   = "tentative"
	StatusAgreed      = "agreed"
	StatusImplemented = "implemented"
	StatusBroken      = "broken"
	StatusRejected    = "rejected"
)
