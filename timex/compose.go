package timex

import (
	"strings"

	"github.com/parleyhq/parley"
)

// compose joins neighbouring expressions of a sentence that name one moment:
// a clock time and its day ("10 AM Eastern time Monday", "Monday at 10
// a.m.", "May 19, 14:00 GMT") and a second form in brackets ("(1400 GMT)").
func (s *sent) compose(es []*expr) []*expr {
	out := es[:0]
	for k := 0; k < len(es); k++ {
		e := es[k]
		if k+1 < len(es) {
			n := es[k+1]
			// "Tuesday next week", "next week on Tuesday": the day of a
			// shifted week.
			if wd, wk := weekdayAndWeek(e, n); wd != nil && s.between(e.j, n.i, "of", "on", ",") {
				wd.rel, wd.relN, wd.relUnit, wd.inWeek = true, wk.relN, uWeek, true
				wd.i, wd.j = min(e.i, n.i), max(e.j, n.j)
				wd.span = parley.Span{Start: min(e.span.Start, n.span.Start), End: max(e.span.End, n.span.End)}
				wd.rule = "weekday-of-week"
				out = append(out, wd)
				k++
				continue
			}
			switch {
			case e.kind == parley.TimeRange && e.ends[0].clock && e.ends[1].clock && !e.ends[0].hasDate() && !e.ends[1].hasDate() &&
				n.isPoint() && !n.clock && n.gran == uDay && n.pod == "" && n.mod == "" && s.between(e.j, n.i, "on", ","):
				// "2-4 p.m. on Friday", "from 9 to 11 a.m. Tuesday"
				s.takeDate(e.ends[0], n)
				s.takeDate(e.ends[1], n)
				e.j, e.span = n.j, parley.Span{Start: e.span.Start, End: n.span.End}
				out = append(out, e)
				k++
				continue
			case e.clock && !e.hasDate() && n.isPoint() && !n.clock && n.gran == uDay && n.mod == "" && s.between(e.j, n.i, "on", ","):
				s.takeDate(e, n)
				e.j, e.span = n.j, parley.Span{Start: e.span.Start, End: n.span.End}
				e.rule += "+date"
				s.endOfDay(e)
				k++
			case n.clock && !n.hasDate() && e.isPoint() && !e.clock && e.gran == uDay && e.pod == "" && e.mod == "" && s.between(e.j, n.i, "at", ",", "from"):
				s.takeDate(n, e)
				n.i, n.span = e.i, parley.Span{Start: e.span.Start, End: n.span.End}
				n.rule += "+date"
				s.endOfDay(n)
				e = n
				k++
			case n.clock && !n.hasDate() && e.isPoint() && !e.clock && e.gran == uDay && podFits(e.pod, n.hh) && e.mod == "" && s.between(e.j, n.i, "at", ","):
				// "tonight at 7 p.m.", "Monday morning at 9:30": the clock
				// time takes the day of the part of the day. The two stay
				// apart, as TIMEX3 extents keep them.
				s.takeDate(n, e)
				n.rule += "+date"
			}
		}
		// "every day at 9 a.m.", "Tuesdays at 10 a.m.": the clock time of
		// each day of the set.
		if k+1 < len(es) && e.kind == parley.TimeSet && (e.dur == "P1D" || len(e.dur) == 10 && strings.HasPrefix(e.dur, "XXXX-WXX-")) {
			n := es[k+1]
			if n.clock && !n.hasDate() && n.zone == nil && !n.local && n.mod == "" && s.between(e.j, n.i, "at") {
				base := e.dur
				if base == "P1D" {
					base = "XXXX-XX-XX"
				}
				e.dur = base + "T" + string(pad(nil, n.hh, 2)) + ":" + string(pad(nil, n.mi, 2))
				e.j, e.span, e.rule = n.j, parley.Span{Start: e.span.Start, End: n.span.End}, e.rule+"+clock"
				out = append(out, e)
				k++
				continue
			}
		}
		// "24 hours a day", "three times a week": a count of units or times
		// before the period of a set.
		if k+1 < len(es) && es[k+1].kind == parley.TimeSet && es[k+1].rule == "set-rate" && es[k+1].i == e.j &&
			e.kind == parley.TimeDuration && e.mod == "" {
			n := es[k+1]
			n.i, n.span, n.rule = e.i, parley.Span{Start: e.span.Start, End: n.span.End}, "set-rate-count"
			out = append(out, n)
			k++
			continue
		}
		// "(1400 GMT)" after a zoned clock time.
		if e.clock && k+1 < len(es) {
			n := es[k+1]
			if n.clock && !n.hasDate() && n.zone != nil && s.punct(n.i-1, "(") && n.i-1 == e.j && s.punct(n.j, ")") {
				e.alt = n
				e.j, e.span = n.j+1, parley.Span{Start: e.span.Start, End: s.ts[n.j].e}
				e.rule += "+alt"
				k++
			}
		}
		out = append(out, e)
	}
	return out
}

// podFits reports whether the hour hh falls in the part of the day pod
// (MO, AF, EV, NI) as a clock time on the same date: "tonight at 1 a.m."
// is the next day's and is left alone.
func podFits(pod string, hh int) bool {
	switch pod {
	case "MO":
		return hh >= 4 && hh < 12
	case "AF":
		return hh >= 12 && hh < 18
	case "EV":
		return hh >= 16 && hh < 24
	case "NI":
		return hh >= 18 && hh < 24
	}
	return false
}

// between reports whether the tokens in [a, b) are all among words.
func (s *sent) between(a, b int, words ...string) bool {
	if b < a || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if !s.is(k, words...) && !(s.ts[k].kind == tPunct && contains(words, s.txt(&s.ts[k]))) {
			return false
		}
	}
	return true
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// takeDate copies the date of d into the clock time c.
func (s *sent) takeDate(c, d *expr) {
	c.y, c.m, c.d, c.wd, c.wdDir = d.y, d.m, d.d, d.wd, d.wdDir
	c.rel, c.relN, c.relUnit, c.prevAnchor = d.rel, d.relN, d.relUnit, d.prevAnchor
	c.partial, c.holiday = d.partial, d.holiday
	c.kind = parley.TimeTime
}

// endOfDay makes "midnight Friday" the midnight that ends Friday, as news
// uses it for deadlines: 00:00 of the day after.
func (s *sent) endOfDay(e *expr) {
	if e.clock && e.hh == 0 && e.mi == 0 && e.i < len(s.ts) && (s.is(e.i, "midnight") || s.ts[e.j-1].low == "midnight") {
		e.plusDays = 1
	}
}

// weekdayAndWeek returns the weekday and the relative week of a pair of
// neighbours, in either order, or nils.
func weekdayAndWeek(a, b *expr) (wd, wk *expr) {
	isWd := func(e *expr) bool {
		return e.kind == parley.TimeDate && e.wd != 0 && e.d == 0 && !e.rel && e.wdDir == 0 && e.mod == ""
	}
	isWk := func(e *expr) bool {
		return e.kind == parley.TimeDate && e.rel && e.relUnit == uWeek && e.gran == uWeek && !e.prevAnchor && e.mod == ""
	}
	switch {
	case isWd(a) && isWk(b):
		return a, b
	case isWk(a) && isWd(b):
		return b, a
	}
	return nil, nil
}
