package parley

// Quantity is a number in the text with what it counts.
type Quantity struct {
	Span Span `json:"span"`
	// Value is the stated number; Min and Max bound it when it is a range or
	// a vague amount ("tens of thousands" is 10000 to 99999).
	Value  float64 `json:"value"`
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
	Approx bool    `json:"approx,omitempty"`
	Mod    string  `json:"mod,omitempty"`  // at_least, more_than, less_than, up_to, about
	Unit   string  `json:"unit,omitempty"` // ISO 4217 code, km, kg, percent, person, ...
	// Per is the period of a rate as an ISO 8601 duration ("a week" is P1W).
	Per string `json:"per,omitempty"`
	// EachSide is set for "on each side" figures; Total is then computed.
	EachSide bool    `json:"each_side,omitempty"`
	Total    float64 `json:"total,omitempty"`
	// Counted is the span of what is counted ("prisoners of war").
	Counted  Span   `json:"counted,omitzero"`
	Category string `json:"category,omitempty"` // killed, injured, displaced, ...
	// Claimant is the index of the quote whose speaker states the figure,
	// or -1 when the report states it.
	Claimant int    `json:"claimant"`
	Rule     string `json:"rule"`
}
