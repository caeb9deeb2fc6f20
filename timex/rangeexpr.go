package timex

import (
	"strings"

	"github.com/parleyhq/parley"
)

// rangeExpr reads ranges: "from March to May", "between 2 and 4 p.m.",
// "May 23–25", "23-25 May", "2009-2010", "Monday through Friday".
func (s *sent) rangeExpr(i int) *expr {
	if e := s.dashRange(i); e != nil {
		return e
	}
	var sep []string
	k := i
	switch {
	case s.is(i, "from"):
		sep = []string{"to", "until", "till", "through", "thru"}
		k++
	case s.is(i, "between"):
		sep = []string{"and"}
		k++
	default:
		return s.bareRange(i)
	}
	a := s.rangeEnd(k)
	if a == nil {
		return nil
	}
	if !s.is(a.j, sep...) && !(s.is(i, "from") && (s.punct(a.j, "-") || s.punct(a.j, "–"))) {
		return nil
	}
	b := s.rangeEnd(a.j + 1)
	if b == nil {
		// "between 2 and 4 p.m.": the first end is a bare hour.
		return nil
	}
	return s.joinRange(k, a, b)
}

// bareRange reads a range without "from": two years or two months joined
// by "to", "through" or "until" ("2014 to 2018", "May through September").
// Other ends need "from" or "between", as "to" alone joins many things.
func (s *sent) bareRange(i int) *expr {
	seps := [...]string{"to", "through", "thru", "until"}
	switch w := s.word(i); {
	case s.year(i) != 0 && s.is(i+1, seps[:]...):
	case w != nil && w.month != 0 && (s.is(i+1, seps[:]...) || s.year(i+1) != 0 && s.is(i+2, seps[:]...)):
	default:
		return nil // cheap test first: this runs at every candidate token
	}
	a := s.dateExpr(i)
	if a == nil || a.mod != "" || a.rel || !(a.gran == uYear || a.gran == uMonth && a.d == 0) || !s.is(a.j, "to", "through", "thru", "until") {
		return nil
	}
	if a.j+1 >= len(s.ts) {
		return nil
	}
	b := s.dateExpr(a.j + 1)
	if b == nil || b.gran != a.gran || b.mod != "" || b.rel {
		return nil
	}
	if a.gran == uYear && b.y <= a.y {
		return nil
	}
	return s.joinRange(i, a, b)
}

// rangeEnd reads one end of a range: a date or a time, or a bare hour or
// day that takes the rest from the other end.
func (s *sent) rangeEnd(k int) *expr {
	if k >= len(s.ts) {
		return nil
	}
	var best *expr
	for _, e := range [...]*expr{s.clockExpr(k), s.dateExpr(k), s.relativeExpr(k)} {
		if e != nil && e.isPoint() && (best == nil || e.j > best.j) {
			best = e
		}
	}
	if best != nil {
		return best
	}
	t := &s.ts[k]
	if t.num >= 0 && t.nd <= 2 && t.num <= 31 {
		// A bare number: an hour or a day, filled in by joinRange.
		e := s.mk(k, k+1, parley.TimeDate, "range-bare")
		e.d, e.hh = t.num, t.num
		return e
	}
	return nil
}

// joinRange fills each end of a range with what the other states and
// returns the range, or nil when the ends do not fit together.
func (s *sent) joinRange(i int, a, b *expr) *expr {
	if a.rule == "range-bare" && b.rule == "range-bare" {
		return nil
	}
	if a.rule == "range-bare" {
		switch {
		case b.clock:
			h := a.hh
			if b.hh >= 12 && h < 12 && h+12 <= b.hh {
				h += 12
			}
			a.kind, a.clock, a.hh, a.mi, a.d, a.gran, a.zone, a.local = parley.TimeTime, true, h, 0, 0, uMinute, b.zone, b.local
			a.y, a.m, a.wd, a.rel, a.relN, a.relUnit, a.partial = b.y, b.m, b.wd, b.rel, b.relN, b.relUnit, b.partial
		case b.gran == uDay && b.m != 0 && b.d != 0 && a.d < b.d:
			a.hh = 0
			a.y, a.m, a.gran, a.partial = b.y, b.m, uDay, b.partial
		default:
			return nil
		}
		a.rule = "range-end"
	}
	if a.kind == parley.TimeTime && b.rule == "range-bare" {
		return nil
	}
	if b.rule == "range-bare" {
		if a.gran == uDay && a.m != 0 && a.d != 0 && b.d > a.d && b.d <= daysIn(a.m) {
			b.hh = 0
			b.y, b.m, b.gran, b.partial, b.rule = a.y, a.m, uDay, a.partial, "range-end"
		} else {
			return nil
		}
	}
	// "from March to May 2022": the year of the second end.
	if a.y == 0 && b.y != 0 && a.m != 0 && a.partial {
		a.y, a.partial = b.y, false
	}
	if a.y == 0 && b.y != 0 && a.clock && a.m == 0 && b.m != 0 {
		a.y, a.m, a.d = b.y, b.m, b.d
	}
	if a.clock && b.clock && !b.hasDate() && b.hh*60+b.mi < a.hh*60+a.mi {
		b.plusDays = 1 // "from 10 p.m. to 6 a.m."
	}
	if a.clock && b.clock && !a.hasDate() && b.hasDate() {
		s.takeDate(a, b)
	}
	e := s.mk(i, b.j, parley.TimeRange, "range")
	e.ends = [2]*expr{a, b}
	return e
}

// dashRange reads ranges joined by a dash: "May 23–25", "23–25 May",
// "2009-2010", "2009-10", "Monday-Friday".
func (s *sent) dashRange(i int) *expr {
	// "2009-2010" or "2009-10"
	if y := s.year(i); y != 0 && (s.punct(i+1, "-") || s.punct(i+1, "–")) && i+2 < len(s.ts) {
		n := &s.ts[i+2]
		y2 := 0
		switch {
		case n.nd == 4 && n.num > y && n.num-y < 50:
			y2 = n.num
		case n.nd == 2 && y%100 < n.num:
			y2 = y/100*100 + n.num
		}
		if y2 != 0 && y >= 1800 {
			a := s.mk(i, i+1, parley.TimeDate, "year")
			a.y, a.gran = y, uYear
			b := s.mk(i+2, i+3, parley.TimeDate, "year")
			b.y, b.gran = y2, uYear
			e := s.mk(i, i+3, parley.TimeRange, "range-dash")
			e.ends = [2]*expr{a, b}
			return e
		}
	}
	// "2-4 p.m.", "7 a.m.-8 p.m.", "10:30-11:45 a.m.": clock times joined by
	// a dash; the second must name its half of the day.
	if e := s.clockDash(i); e != nil {
		return e
	}
	// "Nov. 18-Dec. 19, 2015": two month-days joined by a dash, which the
	// tokeniser keeps in one token ("18-Dec.").
	if e := s.monthDayDash(i); e != nil {
		return e
	}
	// "June-August 1992", "Jan.-Feb. 2017": two months joined by a dash.
	if e := s.monthDash(i); e != nil {
		return e
	}
	// "May 23–25[, 2025]"
	if m := s.month(i); m != 0 {
		k := s.skipDot(i + 1)
		d1, k2, ok := s.dayNum(k)
		if !ok || !(s.punct(k2, "-") || s.punct(k2, "–")) {
			return nil
		}
		d2, k3, ok := s.dayNum(k2 + 1)
		if !ok || d2 <= d1 || d2 > daysIn(m) {
			return nil
		}
		y, end := s.yearAfter(k3)
		a := s.mk(i, k2, parley.TimeDate, "month-day")
		a.m, a.d, a.y, a.gran, a.partial = m, d1, y, uDay, y == 0
		b := s.mk(k2+1, end, parley.TimeDate, "range-end")
		b.m, b.d, b.y, b.gran, b.partial = m, d2, y, uDay, y == 0
		e := s.mk(i, end, parley.TimeRange, "range-dash")
		e.ends = [2]*expr{a, b}
		return e
	}
	// "23–25 May"
	if d1, k, ok := s.dayNum(i); ok && (s.punct(k, "-") || s.punct(k, "–")) {
		d2, k2, ok := s.dayNum(k + 1)
		if !ok || d2 <= d1 {
			return nil
		}
		m := s.month(k2)
		if m == 0 || d2 > daysIn(m) {
			return nil
		}
		y, end := s.yearAfter(s.skipDot(k2 + 1))
		if y == 0 {
			end = s.skipDot(k2 + 1)
		}
		a := s.mk(i, k, parley.TimeDate, "range-end")
		a.m, a.d, a.y, a.gran, a.partial = m, d1, y, uDay, y == 0
		b := s.mk(k+1, end, parley.TimeDate, "day-month")
		b.m, b.d, b.y, b.gran, b.partial = m, d2, y, uDay, y == 0
		e := s.mk(i, end, parley.TimeRange, "range-dash")
		e.ends = [2]*expr{a, b}
		return e
	}
	return nil
}

// monthWord returns the month named by a word part ("feb." or "february"), or 0.
func (s *sent) monthWord(part string) int {
	part = strings.TrimSuffix(part, ".")
	if w := s.t.lex.words[part]; w != nil {
		return w.month
	}
	return 0
}

// monthDayDash reads "Nov. 18-Dec. 19[, 2015]", tokenised as "Nov." "18-Dec."
// "19".
func (s *sent) monthDayDash(i int) *expr {
	m1 := s.month(i)
	if m1 == 0 {
		return nil
	}
	k := s.skipDot(i + 1)
	if k+1 >= len(s.ts) || s.ts[k].hy == 0 {
		return nil
	}
	t := &s.ts[k]
	pre := t.pre()
	if !allDigits(pre) || len(pre) > 2 {
		return nil
	}
	d1, m2 := atoi(pre), s.monthWord(t.post())
	d2 := s.ts[k+1].num
	if m2 == 0 || d1 < 1 || d1 > daysIn(m1) || s.ts[k+1].nd > 2 || d2 < 1 || d2 > daysIn(m2) || m1 == m2 {
		return nil
	}
	y, end := s.yearAfter(k + 2)
	a := s.mk(i, k+1, parley.TimeDate, "month-day")
	a.m, a.d, a.y, a.gran, a.partial = m1, d1, y, uDay, y == 0
	if y != 0 && m1 > m2 {
		a.y = y - 1
	}
	a.span.End = t.s + t.hy
	b := s.mk(k, end, parley.TimeDate, "month-day")
	b.m, b.d, b.y, b.gran, b.partial = m2, d2, y, uDay, y == 0
	b.span.Start = t.s + t.hy + 1
	e := s.mk(i, end, parley.TimeRange, "range-dash")
	e.ends = [2]*expr{a, b}
	return e
}

// monthDash reads two months joined by a dash, in one token ("June-August")
// or three ("Jan." "-" "Feb."), with an optional year after them that
// both ends take (the first the year before, when it is the later month:
// "Nov.-Feb. 2017" runs from November 2016).
func (s *sent) monthDash(i int) *expr {
	t := &s.ts[i]
	var m1, m2, k int
	if t.hy > 0 && t.capital && s.monthWord(t.pre()) != 0 && s.monthWord(t.post()) != 0 {
		m1, m2, k = s.monthWord(t.pre()), s.monthWord(t.post()), i+1
	} else if m := s.month(i); m != 0 {
		j := s.skipDot(i + 1)
		if j < len(s.ts) && (s.punct(j, "-") || s.punct(j, "–")) && s.month(j+1) != 0 && s.ts[j+1].capital {
			m1, m2, k = m, s.month(j+1), s.skipDot(j+2)
		}
	}
	if m1 == 0 || m1 == m2 {
		return nil
	}
	y, end := s.yearAfter(k)
	if y == 0 {
		return nil // "May-June" alone is too often a name or a compound
	}
	a := s.mk(i, i+1, parley.TimeDate, "month")
	a.y, a.m, a.gran = y, m1, uMonth
	if m1 > m2 {
		a.y = y - 1
	}
	b := s.mk(k-1, end, parley.TimeDate, "month-year")
	b.y, b.m, b.gran = y, m2, uMonth
	if k == i+1 { // one token: the ends split it at the dash
		a.span.End = t.s + t.hy
		b.span.Start = t.s + t.hy + 1
	}
	e := s.mk(i, end, parley.TimeRange, "range-dash")
	e.ends = [2]*expr{a, b}
	return e
}

// clockDash reads two clock times joined by a dash ("2-4 p.m."): the first
// a clock time or a bare hour, the second a clock time with a.m. or p.m.
func (s *sent) clockDash(i int) *expr {
	t := &s.ts[i]
	if t.kind != tNumber && !(len(t.low) > 0 && t.low[0] >= '0' && t.low[0] <= '9') || !s.dashWithin(i+1, 3) {
		return nil
	}
	var a *expr
	if c := s.clockExpr(i); c != nil && c.clock && !c.hasDate() && c.zone == nil {
		a = c
	} else if t.num >= 0 && t.nd <= 2 && t.num <= 12 || strings.IndexByte(t.low, ':') > 0 {
		if h, m, end, ok := s.hourMinute(i); ok && h <= 23 {
			a = s.mk(i, end, parley.TimeTime, "range-end")
			a.clock, a.hh, a.mi, a.gran = true, h, m, uMinute
		}
	}
	if a == nil || !(s.punct(a.j, "-") || s.punct(a.j, "–")) || a.j+1 >= len(s.ts) {
		return nil
	}
	b := s.clockExpr(a.j + 1)
	if b == nil || !b.clock || b.hasDate() {
		return nil
	}
	if mer, _ := s.meridian(b.j-1, &s.ts[b.j-1]); mer == 0 {
		if mer2, _ := s.meridian(a.j+2, &s.ts[a.j+1]); mer2 == 0 {
			return nil // "3-2": a score, not a time
		}
	}
	if a.rule == "range-end" && b.hh >= 12 && a.hh < 12 && a.hh+12 <= b.hh {
		a.hh += 12 // "2-4 p.m."
	}
	a.zone, a.local = b.zone, b.local
	if b.hh*60+b.mi < a.hh*60+a.mi {
		b.plusDays = 1
	}
	e := s.mk(i, b.j, parley.TimeRange, "range-dash")
	e.ends = [2]*expr{a, b}
	return e
}

// dashWithin reports whether one of the n tokens from k is a dash: a cheap
// test before the dash rules read clock times.
func (s *sent) dashWithin(k, n int) bool {
	for j := k; j < k+n && j < len(s.ts); j++ {
		if s.ts[j].kind == tPunct && (s.punct(j, "-") || s.punct(j, "–")) {
			return true
		}
	}
	return false
}
