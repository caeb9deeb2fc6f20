package timex

import (
	"fmt"

	"github.com/parleyhq/parley"
)

// setExpr reads frequencies and rate periods: "every day", "each week",
// "every two years", "every Monday", "on Mondays", "per month", "weekly",
// "a week" after a count ("5000 soldiers a week"), "twice a year".
func (s *sent) setExpr(i int) *expr {
	t := &s.ts[i]
	w := t.w
	if n, k, ok := s.cardinal(i, false); ok && n > 1 && s.is(k, "times") && s.is(k+1, "a", "an", "per", "every", "each") {
		// "three times a week"
		if u := s.word(k + 2); u != nil && u.unit != uNone && !u.unitPl && u.unit != uWeekend {
			e := s.mk(i, k+3, parley.TimeSet, "set-frequency")
			e.dur = durValue(u.unit, 1)
			return e
		}
	}
	if w == nil {
		return nil
	}
	switch {
	case w.set != "":
		if w.key == "annual" && !s.is(i-1, "the", "an", "its", "their", "his", "her") {
			return nil
		}
		e := s.mk(i, i+1, parley.TimeSet, "set-adverb")
		e.dur = w.set
		return e
	case w.wday != 0 && w.wdayForm == "plural" && (t.capital || s.allCaps):
		e := s.mk(i, i+1, parley.TimeSet, "set-weekday")
		e.dur = fmt.Sprintf("XXXX-WXX-%d", w.wday)
		return e
	}
	switch w.key {
	case "every", "each":
		k := i + 1
		if s.is(k, "other") {
			n := s.word(k + 1)
			if n == nil || n.unit == uNone || n.unitPl {
				return nil
			}
			e := s.mk(i, k+2, parley.TimeSet, "set-every")
			e.dur = durValue(n.unit, 2)
			return e
		}
		cnt, nk, ok := s.cardinal(k, false)
		if !ok || cnt < 1 {
			cnt, nk = 1, k
		}
		n := s.word(nk)
		if n == nil {
			return nil
		}
		switch {
		case n.unit != uNone && n.unit != uWeekend && (cnt == 1) == !n.unitPl:
			e := s.mk(i, nk+1, parley.TimeSet, "set-every")
			e.dur = durValue(n.unit, float64(cnt))
			return e
		case n.unit == uWeekend && cnt == 1:
			e := s.mk(i, nk+1, parley.TimeSet, "set-every")
			e.dur = "XXXX-WXX-WE"
			return e
		case n.wday != 0 && n.wdayForm == "full" && cnt == 1:
			e := s.mk(i, nk+1, parley.TimeSet, "set-every")
			e.dur = fmt.Sprintf("XXXX-WXX-%d", n.wday)
			return e
		case len(n.pod) == 2 && cnt == 1:
			e := s.mk(i, nk+1, parley.TimeSet, "set-every")
			e.dur = "XXXX-XX-XXT" + n.pod
			return e
		}
		return nil
	case "per":
		n := s.word(i + 1)
		if n == nil || n.unit == uNone || n.unitPl || n.unit == uWeekend {
			return nil
		}
		e := s.mk(i, i+2, parley.TimeSet, "set-per")
		e.dur = durValue(n.unit, 1)
		return e
	case "a", "an":
		n := s.word(i + 1)
		if n == nil || n.unit == uNone || n.unitPl || n.unit == uWeekend {
			return nil
		}
		if !s.rateContext(i) {
			return nil
		}
		e := s.mk(i, i+2, parley.TimeSet, "set-rate")
		e.dur = durValue(n.unit, 1)
		return e
	case "once", "twice", "thrice", "several", "many", "few":
		// "twice a week", "several times a day": the frequency is part of the set.
		k := i + 1
		if s.is(k, "times") {
			k++
		} else if w.key != "once" && w.key != "twice" && w.key != "thrice" {
			return nil
		}
		if !s.is(k, "a", "an", "per", "every", "each") {
			return nil
		}
		n := s.word(k + 1)
		if n == nil || n.unit == uNone || n.unitPl || n.unit == uWeekend {
			return nil
		}
		e := s.mk(i, k+2, parley.TimeSet, "set-frequency")
		e.dur = durValue(n.unit, 1)
		return e
	}
	return nil
}

// rateContext says whether "a week" at i is the period of a rate: it
// follows a count ("twice", "three times") or a noun phrase with a number
// in the clause ("5000 soldiers a week", "$10 a month"), not a preposition
// or verb that takes a duration ("for a week", "lasted a week").
func (s *sent) rateContext(i int) bool {
	if i == 0 {
		return false
	}
	if s.is(i-1, "once", "twice", "times", "thrice") {
		return true
	}
	p := &s.ts[i-1]
	if p.kind == tPunct {
		return false
	}
	if p.w != nil && p.w.unit == uNone && p.w.tense == 0 && p.w.set == "" {
		// A function word the lexicon knows ("for", "in", "about", "than").
		return false
	}
	switch p.low {
	case "for", "in", "within", "about", "over", "after", "before", "than", "of", "lasted", "last", "takes",
		"took", "spent", "spend", "once", "nearly", "almost", "around", "under", "only", "just", "least",
		"is", "was", "be", "been", "are", "were", "by", "to", "into", "from", "up", "through", "throughout",
		"during", "like", "as", "with", "without", "and", "or", "but", "at", "on":
		return false
	}
	// A number earlier in the clause.
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := &s.ts[k]
		if s.txt(t) == ";" || s.txt(t) == ":" {
			break
		}
		if t.num >= 0 || t.fnum >= 0 {
			return true
		}
		if _, ok := wordNumber(t.low); ok {
			return true
		}
	}
	return false
}
