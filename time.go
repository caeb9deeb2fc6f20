package parley

// Time is a time expression normalised against the document's publication
// time, in TIMEX3 style.
type Time struct {
	Span Span `json:"span"`
	// Value is the normalised value: 2025-05-19, 2025-05-19T14:00Z, 2022-03,
	// 2025-W20, P3Y, PT1H40M, P1W. It is "" when the expression cannot be
	// resolved.
	Value       string   `json:"value"`
	Kind        TimeKind `json:"kind"`
	Granularity string   `json:"granularity,omitempty"` // year, quarter, month, week, day, hour, minute, second
	Mod         string   `json:"mod,omitempty"`         // approx, more_than, less_than, start, mid, end
	// Anchor names what a relative expression was resolved against:
	// "published" or "time:N" for the Nth time of the document.
	Anchor string `json:"anchor,omitempty"`
	// Original keeps a zoned value before conversion to UTC, e.g. 10:00-04:00.
	Original string `json:"original,omitempty"`
	Rule     string `json:"rule"`
}

// TimeKind says what a time expression denotes.
type TimeKind string

// Time kinds.
const (
	TimeDate     TimeKind = "date"
	TimeTime     TimeKind = "time"
	TimeDuration TimeKind = "duration"
	TimeSet      TimeKind = "set"
	TimeRange    TimeKind = "range"
)
