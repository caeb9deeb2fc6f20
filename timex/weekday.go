package timex

import "github.com/parleyhq/parley"

// weekdayExpr reads weekday names: "Monday", "Friday's", "Monday morning",
// "Friday, May 16", "Friday, May 16, 2025". A weekday with no date is
// resolved by the tense of its clause (see tense.go).
func (s *sent) weekdayExpr(i int) *expr {
	w := s.word(i)
	if w == nil || w.wday == 0 || w.wdayForm == "plural" {
		return nil
	}
	t := &s.ts[i]
	if w.wdayForm == "abbr" && !t.capital {
		return nil
	}
	if !t.capital && !s.allCaps && w.wdayForm != "full" {
		return nil // a full name is a weekday in lower case too ("on monday")
	}
	k := i + 1
	if w.wdayForm == "abbr" && s.punct(k, ".") {
		k++
	}
	// "Friday, May 16" or "Friday 16 May": the date decides.
	dk := k
	if s.punct(dk, ",") {
		dk++
	}
	if dk < len(s.ts) {
		if d := s.monthFirst(dk); d != nil && d.d != 0 {
			d.i, d.span, d.wd, d.rule = i, s.span(i, d.j), w.wday, "weekday-"+d.rule
			return d
		}
		if d := s.dayFirst(dk); d != nil && !s.is(dk, "the") {
			d.i, d.span, d.wd, d.rule = i, s.span(i, d.j), w.wday, "weekday-"+d.rule
			return d
		}
	}
	if w.wdayForm == "abbr" {
		return nil // "Sun", "Sat" alone are names ("The Sun"), not days
	}
	e := s.mk(i, k, parley.TimeDate, "weekday")
	e.wd, e.gran = w.wday, uDay
	if t.poss == 0 {
		if pw := s.word(k); pw != nil && len(pw.pod) == 2 {
			e.pod, e.j, e.span, e.rule = pw.pod, k+1, s.span(i, k+1), "weekday-pod"
		}
	}
	return e
}
