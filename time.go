package parley

// Time is a time expression normalised against the document's publication
// time, in TIMEX3 style.
//
// The span follows TIMEX3 extents: it covers the expression and its
// modifiers ("more than three years", "early 2022", "last week") but not the
// preposition that introduces it ("on", "since", "in"). A range ("from March
// to May") is followed in the layer by the times of its two ends.
type Time struct {
	Span Span `json:"span"`
	// Value is the normalised value: 2025-05-19, 2025-05-19T14:00Z, 2022-03,
	// 2025-W20, 2025-Q3, 2025-SU, 199 (the 1990s), P3Y, PT1H40M, P1W, or a
	// TIMEX3 form with a part of day (2025-05-18TNI), an unknown count (PXY)
	// or a reference (PRESENT_REF, PAST_REF, FUTURE_REF); a range is two
	// values joined by "/". It is "" when the expression cannot be resolved,
	// e.g. a relative one in a document without a publication date.
	Value string   `json:"value"`
	Kind  TimeKind `json:"kind"`
	// Granularity is the unit of Value: century, decade, year, half,
	// quarter, season, month, week, day, part_of_day, hour, minute, second.
	// Durations and sets leave it empty.
	Granularity string `json:"granularity,omitempty"`
	// Mod qualifies Value: approx, more_than, less_than, at_least, at_most,
	// start, mid, end, before, after.
	Mod string `json:"mod,omitempty"`
	// Anchor names what a relative expression was resolved against:
	// "published" or "time:N" for the Nth time of the document.
	Anchor string `json:"anchor,omitempty"`
	// Original keeps a zoned value before conversion to UTC, e.g.
	// 2025-05-19T10:00-04:00.
	Original string `json:"original,omitempty"`
	// Zone is the time zone the text states or implies, as an IANA name
	// (America/New_York) or a fixed offset (+01:00).
	Zone string `json:"zone,omitempty"`
	// ZoneUncertain is set when "local time" could not be tied to a place and
	// the publication's zone was assumed.
	ZoneUncertain bool   `json:"zone_uncertain,omitempty"`
	Rule          string `json:"rule"`
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
