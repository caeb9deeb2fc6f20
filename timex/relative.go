package timex

import (
	"strings"

	"github.com/parleyhq/parley"
)

// relativeExpr reads expressions resolved against the publication date or
// the previous time of the text: "yesterday", "now", "last week", "next
// month", "this weekend", "last Friday", "three days ago", "earlier this
// year", "the following day", "two days later".
func (s *sent) relativeExpr(i int) *expr {
	var best *expr
	for _, e := range [...]*expr{s.deictic(i), s.lastNext(i), s.ago(i), s.thisPart(i), s.following(i), s.weekOf(i), s.pastFuture(i)} {
		if e != nil && (best == nil || e.j > best.j) {
			best = e
		}
	}
	return best
}

// deictic reads "today", "yesterday", "tomorrow", "tonight", "now" and kin,
// with a part of day after them ("yesterday morning") and "the day before
// yesterday".
func (s *sent) deictic(i int) *expr {
	k, off := i, 0
	if s.is(i, "the") && s.is(i+1, "day") && s.is(i+2, "before", "after") && s.is(i+3, "yesterday", "tomorrow") {
		off = 1
		if s.is(i+2, "before") {
			off = -1
		}
		k = i + 3
	}
	w := s.word(k)
	if w != nil && w.key == "overnight" && k == i && !s.is(k+1, "curfew", "stay", "flight", "train", "shift") {
		e := s.mk(i, i+1, parley.TimeTime, "overnight")
		e.rel, e.relUnit, e.gran, e.pod = true, uDay, uDay, "NI"
		return e
	}
	if w == nil || w.deictic == "" {
		return nil
	}
	e := s.mk(i, k+1, parley.TimeDate, "deictic")
	switch w.deictic {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		if k != i {
			return nil
		}
		if w.key == "now" && s.is(k+1, "that") { // "now that" is a conjunction
			return nil
		}
		e.ref = w.deictic
		return e
	case "0NI":
		e.rel, e.relUnit, e.gran, e.pod = true, uDay, uDay, "NI"
		return e
	}
	n := atoiSigned(w.deictic) + off
	e.rel, e.relN, e.relUnit, e.gran = true, n, uDay, uDay
	if pw := s.word(k + 1); pw != nil && len(pw.pod) == 2 && s.ts[k].poss == 0 {
		e.pod, e.j, e.span = pw.pod, k+2, s.span(i, k+2)
	}
	return e
}

func atoiSigned(s string) int {
	if s != "" && s[0] == '-' {
		return -atoi(s[1:])
	}
	return atoi(s)
}

// lastNext reads "last week", "next month", "this year", "last Friday",
// "next March", "this weekend", "last night", "this morning", "last summer".
func (s *sent) lastNext(i int) *expr {
	w := s.word(i)
	if w == nil || !w.isRel {
		return nil
	}
	switch w.key {
	case "previous", "preceding", "prior", "following", "same":
		return nil // "the following day" and kin are anchored: see following
	}
	dir := w.rel
	k := i + 1
	if k >= len(s.ts) {
		return nil
	}
	n := s.word(k)
	if k+1 < len(s.ts) && isWordFold(s.txt(&s.ts[k]), "fiscal", "financial", "calendar") {
		// "this fiscal year": TIMEX3 gives the year
		if y := s.word(k + 1); y != nil && y.unit == uYear && !y.unitPl {
			k++
			n = y
		}
	}
	if n == nil {
		return nil
	}
	t := &s.ts[k]
	switch {
	case n.unit != uNone && !n.unitPl:
		if w.key == "past" && dir < 0 {
			return nil // "past week" is a duration
		}
		e := s.mk(i, k+1, parley.TimeDate, "last-next-unit")
		e.rel, e.relN, e.relUnit, e.gran = true, int(dir), n.unit, n.unit
		switch n.unit {
		case uWeekend:
			e.weekend, e.relUnit, e.gran = true, uWeek, uWeekend
		case uFortnight:
			e.gran = uWeek
		case uHour, uMinute, uSecond:
			return nil
		case uDay:
			return nil // "next day" is anchored on the text: see following
		}
		return e
	case n.wday != 0 && (n.wdayForm == "full" || n.wdayForm != "plural" && (t.capital || s.allCaps)):
		e := s.mk(i, k+1, parley.TimeDate, "last-next-weekday")
		e.wd, e.wdDir, e.gran = n.wday, dir, uDay
		if pw := s.word(k + 1); pw != nil && len(pw.pod) == 2 && t.poss == 0 {
			e.pod, e.j, e.span = pw.pod, k+2, s.span(i, k+2)
		}
		return e
	case n.month != 0 && !n.monthAbbr && (t.capital || s.allCaps):
		e := s.mk(i, k+1, parley.TimeDate, "last-next-month")
		e.m, e.wdDir, e.gran, e.partial = n.month, dir, uMonth, true
		return e
	case n.season != "":
		return s.seasonExpr(k, dir, true).from(s, i)
	case len(n.pod) == 2 && (w.key == "this" || w.key == "last"):
		e := s.mk(i, k+1, parley.TimeDate, "last-next-pod")
		e.rel, e.relUnit, e.gran, e.pod = true, uDay, uDay, n.pod
		if w.key == "last" {
			if n.pod != "NI" && n.pod != "EV" {
				return nil
			}
			e.relN = -1
		}
		return e
	}
	return nil
}

// from widens e to start at token i; it returns nil for nil.
func (e *expr) from(s *sent, i int) *expr {
	if e == nil {
		return nil
	}
	e.i, e.span = i, s.span(i, e.j)
	return e
}

// ago reads "three days ago", "a year ago", "two weeks earlier", "a day
// later", "two years from now".
func (s *sent) ago(i int) *expr {
	n, k, ok := s.cardinal(i, true)
	if !ok {
		// "weeks ago"
		if w := s.word(i); w != nil && w.unitPl && s.is(i+1, "ago") {
			e := s.mk(i, i+2, parley.TimeDate, "ago-vague")
			e.ref = "PAST_REF"
			return e
		}
		return nil
	}
	w := s.word(k)
	if w == nil || w.unit == uNone {
		return nil
	}
	if n < 0 {
		// "a few weeks ago", "several years ago": a past of unknown distance
		if !s.is(k+1, "ago") {
			return nil
		}
		e := s.mk(i, k+2, parley.TimeDate, "ago-vague")
		e.ref = "PAST_REF"
		return e
	}
	u := w.unit
	end := k + 1
	if d := s.shiftedDate(i, end, n, u); d != nil {
		return d
	}
	var e *expr
	switch {
	case s.is(end, "ago"):
		e = s.mk(i, end+1, parley.TimeDate, "ago")
		e.rel, e.relN = true, -n
	case s.is(end, "from") && s.is(end+1, "now"):
		e = s.mk(i, end+2, parley.TimeDate, "from-now")
		e.rel, e.relN = true, n
	case s.is(end, "earlier", "before") && !s.is(end+1, "the", "a", "an", "his", "her", "their", "its"):
		e = s.mk(i, end+1, parley.TimeDate, "earlier")
		e.rel, e.relN, e.prevAnchor = true, -n, true
	case s.is(end, "later", "after") && !s.is(end+1, "the", "a", "an", "his", "her", "their", "its"):
		if s.is(end, "after") && end+1 < len(s.ts) && s.ts[end+1].kind == tWord {
			return nil // "two days after the vote" is a duration
		}
		e = s.mk(i, end+1, parley.TimeDate, "later")
		e.rel, e.relN, e.prevAnchor = true, n, true
	default:
		return nil
	}
	switch u {
	case uHour, uMinute, uSecond, uWeekend:
		return nil
	case uFortnight:
		e.relN *= 2
		u = uWeek
	case uDecade:
		e.relN *= 10
		u = uYear
	}
	e.relUnit, e.gran = u, u
	return e
}

// shiftedDate reads "three days after May 12", "a week before Christmas",
// "two months after Easter": n units of u before or after the date stated
// at end+1 (a day), which anchors it.
func (s *sent) shiftedDate(i, end, n int, u unit) *expr {
	if !s.is(end, "before", "after") || end+1 >= len(s.ts) {
		return nil
	}
	switch u {
	case uDay, uWeek, uMonth, uYear:
	case uFortnight:
		n, u = 2*n, uWeek
	default:
		return nil
	}
	var d *expr
	for _, c := range [...]*expr{s.dateExpr(end + 1), s.relativeExpr(end + 1)} {
		if c != nil && c.isPoint() && !c.clock && c.mod == "" && c.gran == uDay && c.pod == "" && c.ref == "" &&
			c.shiftN == 0 && c.nthWeek == 0 && !c.prevAnchor && (d == nil || c.j > d.j) {
			d = c
		}
	}
	if d == nil {
		return nil
	}
	if s.is(end, "before") {
		n = -n
	}
	d.i, d.span, d.shiftN, d.shiftUnit, d.rule = i, s.span(i, d.j), n, u, "shifted-date"
	return d
}

// thisPart reads "earlier this year", "later this month", "earlier this
// week", "later this year".
func (s *sent) thisPart(i int) *expr {
	if !s.is(i, "earlier", "later") || !s.is(i+1, "this", "next", "last") {
		return nil
	}
	w := s.word(i + 2)
	if w == nil || w.unit == uNone || w.unitPl {
		return nil
	}
	switch w.unit {
	case uYear, uMonth, uWeek:
	default:
		return nil
	}
	e := s.mk(i, i+3, parley.TimeDate, "earlier-this")
	e.rel, e.relN, e.relUnit, e.gran = true, int(s.word(i+1).rel), w.unit, w.unit
	return e
}

// following reads expressions anchored on the previous time of the text:
// "the following day", "the next day", "the previous week", "the day
// before", "the same day", "the next morning".
func (s *sent) following(i int) *expr {
	if !s.is(i, "the", "that") {
		return nil
	}
	if e := s.thePartOfDay(i); e != nil {
		return e
	}
	k := i + 1
	if s.is(i, "that") {
		if !s.is(k, "day", "night", "morning", "evening", "afternoon", "week") {
			return nil
		}
		e := s.mk(i, k+1, parley.TimeDate, "that-day")
		u := s.word(k).unit
		e.rel, e.relUnit, e.gran, e.prevAnchor = true, uDay, uDay, true
		if u == uWeek {
			e.relUnit, e.gran = uWeek, uWeek
		} else if p := s.word(k).pod; len(p) == 2 {
			e.pod = p
		}
		return e
	}
	if s.is(k, "weekend") {
		e := s.mk(i, k+1, parley.TimeDate, "the-weekend")
		e.weekend, e.gran = true, uWeekend
		return e
	}
	if s.is(k, "day", "week", "month", "year") && s.is(k+1, "before", "after") {
		// "the day before" alone, not "the day before the vote"
		if k+2 < len(s.ts) && s.ts[k+2].kind == tWord && !s.is(k+2, "and", "but", "when", "as") {
			return nil
		}
		u := s.word(k).unit
		e := s.mk(i, k+2, parley.TimeDate, "day-before")
		e.rel, e.relN, e.relUnit, e.gran, e.prevAnchor = true, 1, u, u, true
		if s.is(k+1, "before") {
			e.relN = -1
		}
		return e
	}
	w := s.word(k)
	if w == nil || !w.isRel {
		return nil
	}
	dir := 0
	switch w.key {
	case "following", "next":
		dir = 1
	case "previous", "preceding", "prior":
		dir = -1
	case "same":
	default:
		return nil
	}
	n := s.word(k + 1)
	if n == nil {
		return nil
	}
	e := s.mk(i, k+2, parley.TimeDate, "following")
	e.rel, e.relN, e.prevAnchor = true, dir, true
	switch {
	case n.unit == uDay || n.unit == uWeek || n.unit == uMonth || n.unit == uYear:
		if n.unitPl {
			return nil
		}
		e.relUnit, e.gran = n.unit, n.unit
	case len(n.pod) == 2:
		e.relUnit, e.gran, e.pod = uDay, uDay, n.pod
		if dir == 0 {
			e.relN = 0
		}
	default:
		return nil
	}
	return e
}

// weekOf reads "the week of May 12": the ISO week of a date.
func (s *sent) weekOf(i int) *expr {
	if e := s.nthWeekOf(i); e != nil {
		return e
	}
	if !s.is(i, "the") || !s.is(i+1, "week") || !s.is(i+2, "of") || i+3 >= len(s.ts) {
		return nil
	}
	d := s.dateExpr(i + 3)
	if d == nil || d.gran != uDay || d.wd != 0 && d.d == 0 {
		return nil
	}
	d.i, d.span, d.gran, d.rule = i, s.span(i, d.j), uWeek, "week-of"
	return d
}

// thePartOfDay reads "(in) the morning", "(in) the early morning", "the
// late afternoon" after "in" or "during": that part of the day of the
// previous time of the text (or of the publication), as "that morning"; and
// "the early hours of Monday", the start of that day.
func (s *sent) thePartOfDay(i int) *expr {
	k := i + 1
	if s.is(k, "early", "small", "wee") && s.is(k+1, "hours") && s.is(k+2, "of") && k+3 < len(s.ts) {
		var d *expr
		for _, c := range [...]*expr{s.dateExpr(k + 3), s.relativeExpr(k + 3)} {
			if c != nil && c.isPoint() && !c.clock && c.mod == "" && c.gran == uDay && c.pod == "" && c.ref == "" && (d == nil || c.j > d.j) {
				d = c
			}
		}
		if d == nil {
			return nil
		}
		d.i, d.span, d.mod, d.rule = i, s.span(i, d.j), "start", "early-hours-of"
		return d
	}
	if !s.is(i-1, "in", "during") {
		return nil
	}
	mod := ""
	if s.is(k, "early", "late") {
		mod = edgeMod(s.ts[k].low)
		k++
	}
	w := s.word(k)
	if w == nil || len(w.pod) != 2 || s.ts[k].poss != 0 || s.is(k+1, "of", "hours", "news", "papers", "paper", "show", "session", "edition", "prayers", "star") {
		return nil
	}
	e := s.mk(i, k+1, parley.TimeDate, "the-part-of-day")
	e.rel, e.relUnit, e.gran, e.prevAnchor, e.pod, e.mod = true, uDay, uDay, true, w.pod, mod
	return e
}

// nthWeekOf reads "the first week of March", "the last week of 2024",
// "the second week of next month": an ISO week, the nth whose Thursday
// falls in the month or year (see nthWeek; TIMEX3 has no form of its own).
func (s *sent) nthWeekOf(i int) *expr {
	k := i
	if s.is(k, "the") {
		k++
	}
	if !s.is(k+1, "week") {
		return nil
	}
	n := 0
	if w := s.word(k); w != nil && w.ordinal >= 1 && w.ordinal <= 4 {
		n = w.ordinal
	} else if s.is(k, "last", "final") {
		n = -1
	}
	if n == 0 || !s.is(k+1, "week") || !s.is(k+2, "of") || k+3 >= len(s.ts) {
		return nil
	}
	var d *expr
	for _, c := range [...]*expr{s.dateExpr(k + 3), s.relativeExpr(k + 3)} {
		if c != nil && c.isPoint() && !c.clock && c.mod == "" && c.nthWeek == 0 && (c.gran == uMonth || c.gran == uYear) &&
			c.q == 0 && c.half == 0 && c.season == "" && (d == nil || c.j > d.j) {
			d = c
		}
	}
	if d == nil {
		return nil
	}
	d.i, d.span, d.nthWeek, d.rule = i, s.span(i, d.j), n, "nth-week-of"
	return d
}

// pastFuture reads "the past" and "the future" as nouns after a
// preposition ("in the past", "than in the past", "in the near future"):
// TIMEX3's PAST_REF and FUTURE_REF. "The past two years" is a duration
// (see durationExpr) and is left alone.
func (s *sent) pastFuture(i int) *expr {
	if i+1 >= len(s.ts) || s.ts[i].low != "the" || !s.is(i-1, "in", "into", "of", "from", "to", "than", "for") {
		return nil
	}
	k := i + 1
	near := k < len(s.ts) && isWordFold(s.txt(&s.ts[k]), "near", "distant", "foreseeable", "recent", "distant")
	if near {
		k++
	}
	if k >= len(s.ts) {
		return nil
	}
	txt := s.txt(&s.ts[k])
	ref := ""
	switch {
	case isWordFold(txt, "past") && !near || isWordFold(txt, "past") && isWordFold(s.txt(&s.ts[k-1]), "recent", "distant"):
		ref = "PAST_REF"
	case isWordFold(txt, "future") && !(near && isWordFold(s.txt(&s.ts[k-1]), "recent")):
		ref = "FUTURE_REF"
	default:
		return nil
	}
	if n := k + 1; n < len(s.ts) {
		nt := &s.ts[n]
		if nt.kind == tNumber || nt.w != nil && (nt.w.unit != uNone || nt.w.ordinal > 0) || isWordFold(s.txt(nt), "few", "several", "couple", "decade", "decades") {
			return nil
		}
		if nt.kind == tWord && nt.w == nil && !s.isClauseEnd(n) && !isWordFold(s.txt(nt), "and", "or", "but", "as", "when",
			"than", "is", "was", "has", "had", "will", "would", "could", "may", "might", "can", "it", "they", "he", "she",
			"we", "i", "you", "there", "this", "these", "those", "its", "their", "his", "her", "our", "if", "so",
			"because", "while", "with", "at", "about", "unless", "until", "without", "remains", "looks", "seems") {
			// "the past president", "the future king": an adjective
			return nil
		}
	}
	e := s.mk(i, k+1, parley.TimeDate, "past-future")
	e.ref = ref
	return e
}

// isClauseEnd reports whether token k is punctuation.
func (s *sent) isClauseEnd(k int) bool {
	return k >= len(s.ts) || s.ts[k].kind == tPunct
}

// isWordFold reports whether w is one of words, ignoring ASCII case.
func isWordFold(w string, words ...string) bool {
	for _, x := range words {
		if len(w) == len(x) && strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}
