package quantity

import (
	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/numword"
)

// rangeAfter extends the quantity in f to a range when a second number
// follows: "4-7", "4 to 7", "between 4 and 7", "two or three", "4 to 5
// million" (the second number's scale applies to the first).
//
// When unitLen > 0, a unit of that many tokens follows the first number and
// the range stands only when the same unit (code) follows the second.
func (s *sent) rangeAfter(f *found, n numword.Number, unitLen int, code string) bool {
	k := f.numEnd + unitLen
	sep := s.at(k)
	between := f.start > s.floor && s.at(f.start-1) == "between"
	from := f.start > s.floor && s.at(f.start-1) == "from"
	switch sep {
	case "-", "–", "—":
		if !s.adjacent(k-1) && !s.adjacent(k) && !between && !(s.toks[k-1].Kind == parley.TokenNumber && k+1 < len(s.toks) && s.toks[k+1].Kind == parley.TokenNumber) {
			// A dash with spaces on both sides is a clause break, unless
			// it stands between two numbers in digits ("1000 - 5000").
			return false
		}
		if p := s.at(f.start - 1); p == "+" || p == "-" || p == "(" && s.adjacent(f.start-1) {
			// "+1-222-2222": a phone number.
			return false
		}
		if w1, w2 := s.at(k-1), s.at(k+1); isDigits(w1) && isDigits(w2) && len(w1) <= 3 && len(w2) >= 4 {
			// "555-1234": a phone number, not a range.
			return false
		}
	case "through", "~":
	case "to":
		if from && changeVerb(s.at(f.start-2)) {
			// "rose from 9 to 12" is a change, not a range.
			return false
		}
		if f.start > s.floor && s.at(f.start-1) == "by" && changeVerb(s.at(f.start-2)) {
			// "fell by 5 to 20": the change and the new level.
			return false
		}
	case "and":
		if !between {
			return false
		}
	case "or":
		if !n.Spelled || n.Value > 100 {
			return false
		}
	default:
		return false
	}
	m := k + 1
	if _, c, ok := s.lx.preUnits.matchAt(s.low, m); ok {
		m += c
	}
	if m >= len(s.low) || !s.t.nw.MayStart(s.low[m]) {
		return false
	}
	n2, used, ok := s.t.nw.ParseTokens(s.words(m))
	if !ok || n2.Ordinal || n2.Fraction || n.Ordinal || n.Fraction {
		return false
	}
	if d := s.at(m + used); (d == "-" || d == "/") && s.adjacent(m+used-1) {
		// "1-222-2222", "12-05-2024": a code or a date, not a range.
		return false
	}
	lo := f.q.Min // with its sign: "between minus 10 and 15"
	if used > 1 && !n.Approx && n.Value == n.Max {
		// "4 to 5 million": the scale of the second number applies to a
		// bare first number.
		if b, _, ok := s.t.nw.ParseTokens(s.low[m : m+1]); ok && b.Value > 0 {
			if mult := n2.Value / b.Value; mult >= 100 && lo*mult <= n2.Value {
				lo *= mult
			}
		}
	}
	if lo >= n2.Max {
		return false
	}
	end := m + used
	if unitLen > 0 {
		v, c, ok := s.lx.postUnits.matchAt(s.low, end)
		if !ok || v.code != code {
			return false
		}
		end += c
	}
	q := &f.q
	q.Value, q.Min, q.Max = lo, lo, n2.Max
	q.Approx = q.Approx || n2.Approx || sep == "or"
	q.Rule = "range"
	if between || from {
		f.start--
	}
	f.numEnd = end
	return true
}

// changeVerb reports whether w says that a figure changed, as in "rose
// from 9 to 12".
func changeVerb(w string) bool {
	switch w {
	case "rose", "risen", "rise", "rising", "fell", "fallen", "fall", "falling",
		"increased", "increase", "increasing", "decreased", "decrease",
		"climbed", "climbing", "dropped", "dropping", "grew", "grown", "growing",
		"jumped", "surged", "declined", "slipped", "soared", "plunged", "up",
		"down", "raised", "cut", "reduced", "lowered", "went", "changed", "revised":
		return true
	}
	return false
}
