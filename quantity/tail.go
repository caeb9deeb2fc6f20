package quantity

import (
	"sort"
	"strconv"
	"strings"

	"github.com/parleyhq/parley"
)

// rate reads a period after the quantity ("5,000 soldiers a week", "$2m
// per day", "every two weeks", "annually") into Per.
func (s *sent) rate(f *found) {
	if s.rateAt(f, f.end) || f.q.Unit == "" || unitKind(f.q.Unit) == "currency" || s.at(f.end) != "of" {
		return
	}
	// "30 million tonnes of cargo every year": look past what is measured.
	j := f.end + 1
	for j < len(s.toks) && j-f.end <= 4 && s.toks[j].Kind == parley.TokenWord && !s.lx.stop[s.low[j]] && !s.lx.heads[s.low[j]] {
		if _, _, ok := s.lx.multiPer.matchAt(s.low, j); ok {
			break
		}
		j++
	}
	s.rateAt(f, j)
}

// unitKind says whether a unit code is a currency (three capitals).
func unitKind(u string) string {
	if len(u) == 3 && strings.ToUpper(u) == u && u != "MWh" {
		return "currency"
	}
	return ""
}

// rateAt reads a period at token k and reports whether it found one: from
// the lexicon, or from a set of the time layer that starts there ("every
// other week").
func (s *sent) rateAt(f *found, k int) bool {
	if ok := s.rateWords(f, k); ok {
		return true
	}
	return s.rateFromTimes(f, k)
}

// rateFromTimes takes the period from a set of doc.Times that starts at
// token k with a rate head ("a", "per", "every", "each").
func (s *sent) rateFromTimes(f *found, k int) bool {
	if k >= len(s.toks) || !s.lx.heads[s.low[k]] || len(s.doc.Times) == 0 {
		return false
	}
	start := s.toks[k].Span.Start
	i := sort.Search(len(s.doc.Times), func(i int) bool { return s.doc.Times[i].Span.Start >= start })
	if i == len(s.doc.Times) {
		return false
	}
	t := s.doc.Times[i]
	if t.Span.Start != start || t.Kind != parley.TimeSet || !strings.HasPrefix(t.Value, "P") {
		return false
	}
	j := k
	for j < len(s.toks) && s.toks[j].Span.End <= t.Span.End {
		j++
	}
	f.q.Per = t.Value
	f.end = j
	return true
}

// rateWords reads a period from the lexicon at token k.
func (s *sent) rateWords(f *found, k int) bool {
	if v, m, ok := s.lx.multiPer.matchAt(s.low, k); ok {
		if !s.notRate(k + m) {
			f.q.Per = v
			f.end = k + m
			return true
		}
		return false
	}
	if !s.lx.heads[s.at(k)] {
		return false
	}
	w := s.at(k + 1)
	if d, ok := s.lx.periods[w]; ok {
		if !s.notRate(k + 2) {
			f.q.Per = d
			f.end = k + 2
			return true
		}
		return false
	}
	// "every two weeks", "every 3 days"
	if s.at(k) != "every" || k+2 >= len(s.low) {
		return false
	}
	n, used, ok := s.t.nw.ParseTokens(s.words(k + 1))
	if !ok || n.Approx || n.Ordinal || n.Fraction || n.Value < 1 || n.Value > 1000 || n.Value != float64(int(n.Value)) {
		return false
	}
	u := strings.TrimSuffix(s.at(k+1+used), "s")
	d, ok := s.lx.periods[u]
	if !ok {
		return false
	}
	f.q.Per = scaleDuration(d, int(n.Value))
	f.end = k + 2 + used
	return true
}

// notRate reports whether the word at k shows that the period before it
// is a time, not a rate: "a week ago", "a week earlier".
func (s *sent) notRate(k int) bool {
	switch s.at(k) {
	case "ago", "earlier", "later", "before", "after", "old", "long", "-", "of":
		return true
	}
	return false
}

// scaleDuration turns P1W into PnW.
func scaleDuration(d string, n int) string {
	i := strings.IndexByte(d, '1')
	if i < 0 {
		return d
	}
	return d[:i] + strconv.Itoa(n) + d[i+1:]
}

// sideWords are the phrases after a quantity that make it a per-side
// figure. "On both sides" is not one: "500,000 soldiers on both sides"
// counts the two sides together.
var sideWords = [...][]string{
	{"on", "each", "side"}, {"from", "each", "side"}, {"for", "each", "side"}, {"each", "side"},
	{"per", "side"}, {"apiece"}, {"each", "way"},
}

// eachSide reads "on each side" and "1,000 for 1,000" after the quantity.
func (s *sent) eachSide(f *found) {
	k := f.end
	for _, p := range sideWords {
		if k+len(p) > len(s.low) {
			continue
		}
		ok := true
		for i, w := range p {
			if s.low[k+i] != w {
				ok = false
				break
			}
		}
		if ok {
			s.setSide(f)
			f.end = k + len(p)
			return
		}
	}
	// "1,000 for 1,000", "exchanged 390 soldiers for 390"
	if s.at(k) == "for" && k+1 < len(s.toks) && s.toks[k+1].Kind == parley.TokenNumber || s.at(k) == "for" && k+1 < len(s.toks) && s.t.nw.MayStart(s.at(k+1)) && s.at(k+1) != "a" {
		n, used, ok := s.t.nw.ParseTokens(s.words(k + 1))
		if ok && n.Value == f.q.Value && !n.Approx {
			s.setSide(f)
			f.end = k + 1 + used
			if c := s.counted(f.end); c.ok && c.lexicon {
				f.end = c.end
			}
		}
	}
}

func (s *sent) setSide(f *found) {
	f.q.EachSide = true
	f.q.Total = 2 * f.q.Value
}
