package quantity

import (
	"strings"

	"github.com/parleyhq/parley"
)

// counted is the noun phrase a quantity counts.
type counted struct {
	start, end int     // tokens
	noun       trigger // category and class of a lexicon noun
	lexicon    bool    // the head is a lexicon noun
	ok         bool
}

// maxPhrase is the most tokens a counted phrase may have.
const maxPhrase = 7

// counted reads the noun phrase that starts at token k: words up to and
// including the first lexicon noun ("Russian and Ukrainian soldiers",
// "prisoners of war") or the first plural-looking word ("passenger
// buses"), stopping at function words, verbs of the category lexicon,
// punctuation and numbers.
func (s *sent) counted(k int) counted {
	// "dozens more wounded", "5 more soldiers", "200 other prisoners": the
	// comparative is not part of what is counted.
	switch s.at(k) {
	case "more", "other", "others'", "additional", "further", "extra":
		if k+1 < len(s.toks) && s.toks[k+1].Kind == parley.TokenWord && !s.lx.stop[s.low[k+1]] {
			k++
		}
	}
	c := counted{start: k}
	for j := k; j < len(s.toks) && j-k < maxPhrase; j++ {
		if s.toks[j].Kind != parley.TokenWord || s.inTime(s.toks[j].Span) {
			break
		}
		if tr, m, ok := s.lx.nouns.matchAt(s.low, j); ok {
			c.end, c.noun, c.lexicon, c.ok = j+m, tr, true, true
			if w := s.low[j+m-1]; !strings.HasSuffix(w, "s") && s.pluralAt(j+m) {
				// "member states", "passenger buses": the singular is a
				// modifier of the plural after it.
				if tr2, m2, ok := s.lx.nouns.matchAt(s.low, j+m); ok {
					c.end, c.noun = j+m+m2, tr2
				} else {
					c.end, c.noun, c.lexicon = j+m+1, trigger{}, false
				}
				return c
			}
			// "drones and missiles": two nouns of one class.
			if w := s.at(c.end); w == "and" || w == "or" {
				if tr2, m2, ok := s.lx.nouns.matchAt(s.low, c.end+1); ok && tr2.class == tr.class && tr.class != "" && !outcome(tr2.category) && s.lx.after[s.at(c.end+1)] == "" {
					c.end += 1 + m2
				}
			}
			return c
		}
		w := s.low[j]
		if s.lx.stop[w] || s.lx.timeWords[w] || s.lx.after[w] != "" || isMonth(w) {
			break
		}
		if _, _, ok := s.lx.before.matchAt(s.low, j); ok && j > k && !s.pluralAt(j) {
			// A verb ends the phrase; a plural noun that is also a verb
			// form ("polling stations", "mass arrests") is its head.
			break
		}
		if w == "and" {
			if j == k || j+1 >= len(s.toks) || s.toks[j+1].Kind != parley.TokenWord || s.lx.stop[s.low[j+1]] {
				break
			}
			continue
		}
		if s.pluralAt(j) {
			c.end, c.ok = j+1, true
			return c
		}
	}
	return c
}
