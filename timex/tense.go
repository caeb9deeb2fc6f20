package timex

import (
	"strings"

	"github.com/parleyhq/parley"
)

// tense returns the tense of the clause around e: -1 past, +1 future, 0 when
// no cue is found. The nearest cue before the expression wins ("said he will
// hold calls on Monday" is future); with none before, the nearest after
// ("On Saturday, Zelenskyy called ..." is past).
func (s *sent) tense(e *expr) int8 {
	for k := e.i - 1; k >= 0; k-- {
		if s.ts[k].text == ";" {
			break
		}
		if t := s.cue(k); t != 0 {
			return t
		}
	}
	for k := e.j; k < len(s.ts); k++ {
		if s.ts[k].text == ";" {
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
	if t.kind != parley.TokenWord {
		return 0
	}
	if t.w != nil {
		if t.w.tense != 0 {
			if t.low == "set" && !s.is(k+1, "to", "for") {
				return 0
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
		switch strings.ToLower(w) {
		case "hundred", "kindred", "sacred", "naked", "wicked":
			return 0
		}
		return -1
	}
	return 0
}
