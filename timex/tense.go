package timex

import "strings"

// tense returns the tense of the clause around e: -1 past, +1 future, 0 when
// no cue is found. The nearest cue before the expression wins ("said he will
// hold calls on Monday" is future); with none before, the nearest after
// ("On Saturday, Zelenskyy called ..." is past).
func (s *sent) tense(e *expr) int8 {
	if e.i > 0 && s.is(e.i-1, "until", "till") {
		return 1 // "adjourned the case until June 12" points forward
	}
	for k := e.i - 1; k >= 0; k-- {
		if s.txt(&s.ts[k]) == ";" {
			break
		}
		if t := s.cue(k); t != 0 {
			return t
		}
	}
	for k := e.j; k < len(s.ts); k++ {
		if s.txt(&s.ts[k]) == ";" {
			break
		}
		if t := s.cue(k); t != 0 {
			return t
		}
	}
	return 0
}

// cue returns the tense that token k signals.
func (s *sent) cue(k int) int8 {
	t := &s.ts[k]
	if t.kind != tWord {
		return 0
	}
	if t.w != nil {
		if t.w.intent && s.is(k-1, "to") {
			return 1 // "agreed to meet again on Tuesday"
		}
		if t.w.tense != 0 {
			if t.low == "set" && !s.is(k+1, "to", "for") {
				return 0
			}
			if t.w.tense < 0 {
				return s.modal(k)
			}
			return t.w.tense
		}
		return 0
	}
	// A past participle or past tense: "-ed" words, but not names
	// ("United", "Ahmed") nor "need", "speed", "hundred".
	if t.capital && !s.allCaps {
		return 0
	}
	w := t.low
	n := len(w)
	if n > 4 && (w[n-2] == 'e' || w[n-2] == 'E') && (w[n-1] == 'd' || w[n-1] == 'D') && w[n-3] != 'e' && w[n-3] != 'E' {
		for _, x := range [...]string{"hundred", "kindred", "sacred", "naked", "wicked"} {
			if strings.EqualFold(w, x) {
				return 0
			}
		}
		return s.modal(k)
	}
	return 0
}

// modal turns the past cue of a participle at k into a future one when a
// modal or "to" governs it: "will be held", "is to be completed", "would
// have ended" stays past only with "have".
func (s *sent) modal(k int) int8 {
	if !s.is(k-1, "be") {
		return -1
	}
	for j := k - 2; j >= 0 && j >= k-3; j-- {
		switch s.ts[j].low {
		case "will", "'ll", "shall", "would", "to", "could", "may", "might", "should", "must", "can", "wo":
			return 1
		}
	}
	return -1
}

// perfect reports whether "had" comes before e in its sentence with no
// other time expression cue in between ("had warned on Friday").
func (s *sent) perfect(e *expr) bool {
	for k := e.i - 1; k >= 0 && k >= e.i-8; k-- {
		if s.is(k, "had", "'d") {
			return true
		}
		if s.txt(&s.ts[k]) == ";" {
			break
		}
	}
	return false
}
