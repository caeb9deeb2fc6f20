package parley

// Quantity is a number in the text with what it counts.
type Quantity struct {
	Span Span `json:"span"`
	// Value is the stated number; Min and Max bound it when it is a range or
	// a vague amount ("tens of thousands" is 10000 to 99999).
	Value float64 `json:"value"`
	Min   float64 `json:"min"`
	Max   float64 `json:"max"`
	// Approx is set for vague amounts ("dozens") and approximate figures
	// ("about 300", "nearly 40", "two or three").
	Approx bool `json:"approx,omitempty"`
	// Mod says how the figure bounds the truth: at_least, more_than,
	// less_than, up_to, about or nearly. It does not move Min and Max.
	Mod string `json:"mod,omitempty"`
	// Unit is an ISO 4217 currency code, percent, percentage_point, a
	// measure (km, mi, m, km2, ha, kg, t, lb, l, bbl, km/h, MW, degC, ...),
	// or person when people are counted.
	Unit string `json:"unit,omitempty"`
	// Per is the period of a rate as an ISO 8601 duration ("a week" is P1W).
	Per string `json:"per,omitempty"`
	// EachSide is set for per-side figures ("1,000 on each side", "1,000
	// for 1,000"); Total is then the sum over both sides.
	EachSide bool    `json:"each_side,omitempty"`
	Total    float64 `json:"total,omitempty"`
	// Counted is the span of what is counted ("prisoners of war").
	Counted Span `json:"counted,omitzero"`
	// Category is one of killed, injured, missing, detained,
	// prisoners_exchanged, displaced, troops, weapons, money, other.
	Category string `json:"category,omitempty"`
	// Claimant is the index of the quote whose speaker states the figure,
	// or -1 when the report states it.
	Claimant int `json:"claimant"`
	// Rule names the form that produced the quantity: digits, words,
	// vague, fraction, range or compound.
	Rule string `json:"rule"`
}
