package timex

import (
	"strconv"

	"github.com/parleyhq/parley"
)

// modified reads an expression with a modifier in front: "more than three
// years", "about a week", "nearly two hours", "at least 10 days", "early
// 2022", "mid-May", "late last year", "the end of May", "the beginning of
// the year", "shortly after midnight".
func (s *sent) modified(i int) *expr {
	if e := s.hyphenMod(i); e != nil {
		return e
	}
	mod, k := s.modPrefix(i)
	if mod == "" || k >= len(s.ts) {
		return nil
	}
	var core *expr
	for _, e := range [...]*expr{s.clockExpr(k), s.dateExpr(k), s.relativeExpr(k), s.durationExpr(k), s.hyphenMod(k)} {
		if e != nil && (core == nil || e.j > core.j) {
			core = e
		}
	}
	if core == nil {
		// "the end of the year", "the beginning of the month"
		if (mod == "start" || mod == "mid" || mod == "end") && s.is(k, "the", "this") {
			if w := s.word(k + 1); w != nil && (w.unit == uYear || w.unit == uMonth || w.unit == uWeek) && !w.unitPl {
				core = s.mk(k, k+2, parley.TimeDate, "this-unit")
				core.rel, core.relUnit, core.gran = true, w.unit, w.unit
			}
		}
		// "the end of year", "end of month": no article
		if w := s.word(k); core == nil && (mod == "start" || mod == "end") && w != nil && (w.unit == uYear || w.unit == uMonth) && !w.unitPl && s.ts[k].poss == 0 {
			core = s.mk(k, k+1, parley.TimeDate, "this-unit")
			core.rel, core.relUnit, core.gran = true, w.unit, w.unit
		}
		if core == nil {
			return nil
		}
	}
	switch mod {
	case "start", "mid", "end":
		if !core.isPoint() || core.clock {
			return nil
		}
	case "more_than", "less_than", "at_least", "at_most":
		if core.kind != parley.TimeDuration {
			return nil
		}
	case "before", "after":
		if !core.clock && core.pod == "" {
			return nil
		}
	}
	core.i, core.span, core.mod = i, s.span(i, core.j), mod
	core.rule = "mod-" + core.rule
	return core
}

// modPrefix reads the modifier words at i and returns the modifier and the
// token after them.
func (s *sent) modPrefix(i int) (string, int) {
	t := &s.ts[i]
	switch t.low {
	case "more", "longer":
		if s.is(i+1, "than") {
			return "more_than", i + 2
		}
	case "less", "fewer", "shorter":
		if s.is(i+1, "than") {
			return "less_than", i + 2
		}
	case "at":
		if s.is(i+1, "least") {
			return "at_least", i + 2
		}
		if s.is(i+1, "most") {
			return "at_most", i + 2
		}
	case "up":
		if s.is(i+1, "to") {
			return "at_most", i + 2
		}
	case "over":
		// "for over three years", not "phased in over three years".
		if i > 0 && !s.is(i-1, "for", "of", "after", "took", "take", "takes", "lasted", "last", "spanning", "spent",
			"is", "was", "been", "be", "are", "were", "than", "with", "just") {
			return "", i
		}
		if _, _, ok := s.cardinal(i+1, true); ok && !s.is(i+1, "the") {
			return "more_than", i + 1
		}
	case "under":
		if _, _, ok := s.cardinal(i+1, true); ok {
			return "less_than", i + 1
		}
	case "nearly", "almost":
		return "less_than", i + 1
	case "about", "around", "roughly", "approximately", "some":
		if s.is(i+1, "the") {
			return "", i
		}
		return "approx", i + 1
	case "just", "shortly", "right", "soon":
		if s.is(i+1, "after") {
			return "after", i + 2
		}
		if s.is(i+1, "before") {
			return "before", i + 2
		}
		if t.low == "just" && s.is(i+1, "over") {
			return "more_than", i + 2
		}
		if t.low == "just" && s.is(i+1, "under") {
			return "less_than", i + 2
		}
	case "early", "late":
		mod := "start"
		if t.low == "late" {
			mod = "end"
		}
		if s.is(i+1, "in", "on") { // "early in the year", "late on Sunday"
			return mod, i + 2
		}
		return mod, i + 1
	case "mid":
		if s.punct(i+1, "-") && !s.ts[i+1].gap {
			return "mid", i + 2
		}
		return "mid", i + 1
	case "the":
		switch {
		case s.is(i+1, "end", "beginning", "start", "middle") && s.is(i+2, "of"):
			mod := "end"
			switch s.ts[i+1].low {
			case "beginning", "start":
				mod = "start"
			case "middle":
				mod = "mid"
			}
			return mod, i + 3
		case s.is(i+1, "early", "late", "mid") && i+2 < len(s.ts) && (s.ts[i+2].kind == tNumber || s.word(i+2) != nil && s.word(i+2).ordinal > 0):
			// "the early 1990s", "the late 19th century": the rule after reads
			// the decade or century without its article.
			return edgeMod(s.ts[i+1].low), i + 2
		case s.is(i+1, "early", "late", "mid") && s.is(i+2, "part") && s.is(i+3, "of"):
			return edgeMod(s.ts[i+1].low), i + 4
		}
	case "end", "beginning", "start", "middle":
		if s.is(i+1, "of") && !s.is(i-1, "the", "a") {
			mod := "end"
			switch t.low {
			case "beginning", "start":
				mod = "start"
			case "middle":
				mod = "mid"
			}
			return mod, i + 2
		}
	}
	return "", i
}

// hyphenMod reads one-token modified dates: "mid-May", "mid-2022",
// "early-1990s", "late-March".
func (s *sent) hyphenMod(i int) *expr {
	t := &s.ts[i]
	if t.pre() == "" {
		return nil
	}
	mod := ""
	if u := s.t.lex.words[t.pre()]; u != nil && t.post() == "end" && (u.unit == uYear || u.unit == uMonth || u.unit == uWeek || u.unit == uQuarter) {
		// "year-end", "month-end"
		e := s.mk(i, i+1, parley.TimeDate, "mod-unit-end")
		e.mod, e.rel, e.relUnit, e.gran = "end", true, u.unit, u.unit
		return e
	}
	switch t.pre() {
	case "mid":
		mod = "mid"
	case "early":
		mod = "start"
	case "late":
		mod = "end"
	default:
		return nil
	}
	e := s.mk(i, i+1, parley.TimeDate, "mod-hyphen")
	e.mod = mod
	w := s.t.lex.words[t.post()]
	switch {
	case w != nil && w.month != 0 && !w.monthAbbr:
		e.m, e.gran = w.month, uMonth
		if y, end := s.yearAfter(i + 1); y != 0 {
			e.y, e.j, e.span = y, end, s.span(i, end)
		} else {
			e.partial = true
		}
	case w != nil && w.season != "":
		e.season, e.gran, e.partial = w.season, uSeason, true
	case len(t.post()) == 4 && allDigits(t.post()):
		y, _ := strconv.Atoi(t.post())
		e.y, e.gran = y, uYear
	case len(t.post()) == 5 && allDigits(t.post()[:4]) && t.post()[4] == 's' && t.post()[3] == '0':
		e.decade, e.gran = atoi(t.post()[:3]), uDecade
	case w != nil && w.unit != uNone && !w.unitPl && (w.unit == uWeek || w.unit == uMonth || w.unit == uYear):
		// "mid-week"
		e.rel, e.relUnit, e.gran = true, w.unit, w.unit
	default:
		return nil
	}
	return e
}

// edgeMod maps "early", "mid" and "late" to the modifiers start, mid, end.
func edgeMod(w string) string {
	switch w {
	case "early":
		return "start"
	case "mid":
		return "mid"
	}
	return "end"
}
