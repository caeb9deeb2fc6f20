package quantity

import (
	"strings"

	"github.com/parleyhq/parley"
)

// triggerWindow is how many tokens before a quantity a governing verb or
// noun may stand ("KILLING, ON AVERAGE, MORE THAN 5000").
const triggerWindow = 8

// auxWindow is how many auxiliaries may stand between a counted phrase and
// the participle after it ("9 people have reportedly been killed").
const auxWindow = 4

// categorize sets the category of the quantity in f from, in order: a
// currency unit (money); the nearest governing word before the quantity
// or after its counted phrase, when the counted noun fits it; the class of
// the counted noun; a coordinated quantity just before ("killed 5 soldiers
// and 3 civilians"); and otherwise other.
func (s *sent) categorize(f *found, u unit, hasUnit bool, c counted) {
	q := &f.q
	if hasUnit {
		if u.kind == "currency" {
			q.Category = "money"
		} else {
			q.Category = "other"
		}
		return
	}
	if c.lexicon && outcome(c.noun.category) && c.start == f.numEnd {
		// The counted word names the outcome: "40 injured", "9 dead".
		q.Category = c.noun.category
		f.byTrigger = true
		return
	}
	back, bd := s.triggerBefore(f.start)
	fwd, fd, fk := s.triggerAfter(f, c)
	var cat string
	switch {
	case back != "" && fwd != "":
		if fd < bd && s.fits(fwd, c) {
			cat = fwd
		} else if s.fits(back, c) {
			cat = back
		} else if s.fits(fwd, c) {
			cat = fwd
		}
	case back != "" && s.fits(back, c):
		cat = back
	case fwd != "" && s.fits(fwd, c):
		cat = fwd
	}
	if cat != "" {
		q.Category = cat
		f.byTrigger = true
		if cat == fwd {
			f.trigEnd = fk + 1
		}
		return
	}
	if c.lexicon && c.noun.category != "" && c.noun.category != "other" {
		q.Category = c.noun.category
		return
	}
	if p := s.prev; p != nil && p.byTrigger && (!c.ok || c.noun.class == "person" || !c.lexicon && s.personLike(c.end-1)) && s.coordinated(p.after(f.start), f.start) {
		q.Category = p.q.Category
		f.byTrigger = true
		return
	}
	q.Category = "other"
}

// outcome reports whether a counted noun of category cat names what
// happened to those counted ("dead", "injured", "missing").
func outcome(cat string) bool {
	return cat == "killed" || cat == "injured" || cat == "missing"
}

// fits reports whether a category from a governing word suits the counted
// noun: casualty categories count people, weapons count weapons.
func (s *sent) fits(cat string, c counted) bool {
	switch {
	case !c.ok:
		return true
	case cat == "weapons":
		return c.noun.class == "weapon"
	case !c.lexicon:
		// An unknown plural that names people ("ethnic Albanians",
		// "al-Qaeda leaders") after a casualty verb.
		return cat != "troops" && s.personLike(c.end-1)
	}
	return c.noun.class == "person"
}

// triggerBefore finds the nearest governing word before token start, and
// its distance in tokens.
func (s *sent) triggerBefore(start int) (string, int) {
	lim := max(0, start-triggerWindow)
	if s.prev != nil {
		lim = max(lim, s.prev.end, min(s.prev.trigEnd, start))
	}
	for j := start; j > lim; j-- {
		tk := s.toks[j-1]
		if tk.Kind == parley.TokenNumber {
			break
		}
		if tk.Kind == parley.TokenPunct {
			switch s.low[j-1] {
			case ",", "“", "\"", "‘", "'", "(":
				continue
			}
			break
		}
		if cat, m, ok := s.lx.before.matchEnding(s.low, j, 3); ok {
			if w := s.at(j - 1); !strings.HasSuffix(w, "ing") && passive(s.at(j-m-1)) {
				// "One woman was killed and three people were injured":
				// a passive verb governs what comes before it.
				continue
			}
			return cat, start - j + 1
		}
	}
	return "", 0
}

// triggerAfter finds a participle after the counted phrase (or the number
// when nothing is counted), past a few auxiliaries: "9 people were killed",
// "9 dead".
func (s *sent) triggerAfter(f *found, c counted) (string, int, int) {
	k := f.numEnd
	if c.ok {
		k = c.end
	} else if s.at(k) == "of" {
		// "1,500 of its soldiers have been killed"
		j := k + 1
		switch s.at(j) {
		case "its", "their", "the", "his", "her", "our", "them", "whom", "those":
			j++
		}
		if c2 := s.counted(j); c2.ok {
			k = c2.end
		} else if s.at(j-1) == "them" {
			k = j
		}
	}
	k = s.skipAside(k)
	for n := 0; k < len(s.low) && n <= auxWindow; k, n = k+1, n+1 {
		w := s.low[k]
		if cat := s.lx.after[w]; cat != "" {
			return cat, k - f.numEnd + 1, k
		}
		if n > 0 && s.candidate(k) {
			// "two firefighters were among the 11 dead"
			if _, used, ok := s.t.nw.ParseTokens(s.words(k)); ok {
				if cat := s.lx.after[s.at(k+used)]; cat != "" {
					return cat, k + used - f.numEnd + 1, k + used
				}
			}
			break
		}
		if !aux(w) {
			break
		}
	}
	return "", 0, 0
}

// skipAside skips what may stand between a counted phrase and its verb: a
// coordinated figure ("83 soldiers and 12 civilians died") and an aside
// between commas ("Five people, including two children, were killed").
func (s *sent) skipAside(k int) int {
	for range 2 {
		switch w := s.at(k); {
		case (w == "and" || w == "or") && k+1 < len(s.toks) && s.candidate(k+1):
			n, used, ok := s.t.nw.ParseTokens(s.words(k + 1))
			if !ok || n.Ordinal {
				return k
			}
			j := k + 1 + used
			if c := s.counted(j); c.ok {
				j = c.end
			}
			k = j
		case w == ",":
			j := k + 1
			for j < len(s.low) && j-k <= 8 && s.low[j] != "," {
				j++
			}
			if j >= len(s.low) || j-k > 8 {
				return k
			}
			k = j + 1
		default:
			return k
		}
	}
	return k
}

// personLike reports whether token k, the head of an unknown noun phrase,
// looks like a noun for people: a capitalised plural ("Albanians") or a
// plural with a suffix for people ("leaders", "youths", "activists").
func (s *sent) personLike(k int) bool {
	if k < 0 || k >= len(s.low) {
		return false
	}
	raw := s.raw(k)
	if raw != "" && 'A' <= raw[0] && raw[0] <= 'Z' && !(len(raw) > 1 && 'A' <= raw[1] && raw[1] <= 'Z') {
		return true
	}
	w := s.low[k]
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ans", "ees", "ths", "ents", "ives"} {
		if len(w) > len(suf)+2 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// passive reports whether w makes the participle after it passive.
func passive(w string) bool {
	switch w {
	case "was", "were", "been", "being", "is", "are", "be", "get", "got":
		return true
	}
	return false
}

// aux reports whether w may stand between a counted phrase and its
// participle.
func aux(w string) bool {
	switch w {
	case "were", "was", "are", "is", "be", "been", "being", "have", "has", "had",
		"reportedly", "also", "all", "now", "feared", "believed", "confirmed",
		"later", "already", "still", "allegedly", "either", "left", "found",
		"remain", "remained", "remains", "reported", "thought",
		"presumed", "who", "that", "got", "get", "many", "of", "them",
		"ordered", "forced", "to", "told", "asked", "among", "the", "seriously",
		"critically", "slightly", "lightly", "badly", "fatally", "internally", "more":
		return true
	}
	return false
}

// coordinated reports whether only "and", commas and "as well as" stand
// between tokens i and j.
func (s *sent) coordinated(i, j int) bool {
	if i >= j {
		return i == j
	}
	for k := i; k < j; k++ {
		switch s.low[k] {
		case "and", ",", "as", "well", "plus", "including", "while", "another", "other", "to":
		default:
			return false
		}
	}
	return true
}

// after returns the end of what the quantity p took, counting its
// governing word after it when that ends before token start.
func (p *found) after(start int) int {
	if p.trigEnd > p.end && p.trigEnd <= start {
		return p.trigEnd
	}
	return p.end
}
