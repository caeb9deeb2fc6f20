package timex

import "github.com/parleyhq/parley"

// expr is a time expression found by a rule, before it is resolved against
// the anchor. Zero fields are not stated by the text.
type expr struct {
	i, j    int // token range in the sentence
	span    parley.Span
	sent    int
	kind    parley.TimeKind
	rule    string
	mod     string
	tense   int8 // of the clause: -1 past, +1 future, 0 unknown
	perfect bool // the clause is in the past perfect ("had warned")

	// A calendar point.
	y, m, d int
	gran    unit // unit of the point's value
	wd      int  // weekday, 1 = Monday
	wdDir   int8 // -1 last, +1 next, 0 this, 2 by the tense of the clause
	week    int
	q, half int
	season  string
	decade  int // 199 for the 1990s
	century int // 19 for the 20th century
	pod     string
	clock   bool
	hh, mi  int
	zone    *zone
	local   bool   // "local time"
	holiday string // rule of a named day
	weekend bool

	// A relative point: the anchor shifted by relN units of relUnit.
	rel        bool
	relN       int
	relUnit    unit
	prevAnchor bool   // anchored on the previous time of the text
	ref        string // PRESENT_REF, PAST_REF, FUTURE_REF
	plusDays   int    // days added after resolution ("10 p.m. to 6 a.m.")
	inWeek     bool   // the weekday wd of the shifted week ("Tuesday next week")
	partial    bool   // a month, season or holiday without a year
	nthWeek    int    // the nth ISO week of the month or year (-1 the last)
	shiftN     int    // the point moved by shiftN shiftUnits ("three days after May 12")
	shiftUnit  unit

	dur  string   // value of a duration or set
	alt  *expr    // another form of the same moment: "(1400 GMT)"
	ends [2]*expr // ends of a range
}

// isPoint reports whether e denotes a date or time rather than a duration,
// set or range.
func (e *expr) isPoint() bool {
	return e.kind == parley.TimeDate || e.kind == parley.TimeTime
}

// hasDate reports whether e states or implies a calendar day or a coarser
// calendar unit.
func (e *expr) hasDate() bool {
	return e.y != 0 || e.m != 0 || e.d != 0 || e.wd != 0 || e.rel || e.holiday != "" || e.partial ||
		e.season != "" || e.q != 0 || e.week != 0 || e.decade != 0 || e.century != 0 || e.ref != ""
}
