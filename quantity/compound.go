package quantity

import (
	"strings"

	"github.com/parleyhq/parley/numword"
)

// compound reads a number joined to a word by a hyphen: "3-inch",
// "six-mile", "5,000-strong", "1,000-for-1,000". A compound of a time unit
// ("40-year-old", "three-day") is left to the time layer and skipped; other
// compounds ("12-member") are not quantities. ok is false when the word
// does not start with a number.
func (s *sent) compound(i int) (*found, int, bool) {
	w := s.low[i]
	h := strings.IndexByte(w, '-')
	if h <= 0 || h == len(w)-1 {
		return nil, i + 1, false
	}
	head, rest := w[:h], w[h+1:]
	var n numword.Number
	if v, ok := numword.ParseDigits(head); ok {
		n = numword.Number{Value: v, Min: v, Max: v}
	} else if m, used, ok := s.t.nw.ParseTokens([]string{head}); ok && used == 1 && !m.Ordinal && !m.Fraction {
		n = m
	} else {
		return nil, i + 1, false
	}
	f := &found{start: i, numEnd: i + 1, end: i + 1}
	q := &f.q
	q.Value, q.Min, q.Max, q.Approx = n.Value, n.Min, n.Max, n.Approx
	q.Rule = "compound"
	first, _, _ := strings.Cut(rest, "-")
	switch {
	case s.lx.timeWords[first]:
		return nil, i + 1, true
	case first == "strong":
		q.Category, q.Unit = "troops", "person"
		if c := s.counted(i + 1); c.ok {
			q.Counted = s.span(c.start, c.end)
			f.end = c.end
		}
	case first == "plus":
		q.Mod = "more_than"
		f.end = i + 1
		c := s.counted(i + 1)
		if c.ok {
			q.Counted = s.span(c.start, c.end)
			f.end = c.end
		}
		s.categorize(f, unit{}, false, c)
		if q.Category != "money" && q.Category != "other" || c.noun.class == "person" {
			q.Unit = "person"
		}
	case strings.HasPrefix(rest, "for-"):
		m, ok := numword.ParseDigits(rest[len("for-"):])
		if !ok {
			if x, used, ok2 := s.t.nw.ParseTokens([]string{rest[len("for-"):]}); ok2 && used == 1 {
				m, ok = x.Value, true
			}
		}
		if !ok || m != n.Value {
			// "1,000-for-1,000" is tokenised "1,000-for-1" ",000".
			if m2, k, ok2 := s.groupedTail(i, rest[len("for-"):]); ok2 && m2 == n.Value {
				f.numEnd, f.end = k, k
				m, ok = m2, true
			}
		}
		if !ok || m != n.Value {
			return nil, i + 1, true
		}
		s.setSide(f)
		c := s.counted(i + 1)
		if c.ok {
			q.Counted = s.span(c.start, c.end)
			f.end = c.end
		}
		s.categorize(f, unit{}, false, c)
		if q.Category == "other" || q.Category == "detained" {
			q.Category = "prisoners_exchanged"
		}
		q.Unit = "person"
	default:
		u, k, ok := s.lx.postUnits.matchAt([]string{first}, 0)
		if !ok || k != 1 {
			return nil, i + 1, true
		}
		q.Unit = u.code
		if u.mult != 1 {
			q.Value, q.Min, q.Max = q.Value*u.mult, q.Min*u.mult, q.Max*u.mult
		}
		q.Category = "other"
		if u.kind == "currency" {
			q.Category = "money"
		}
	}
	q.Span = s.span(f.start, f.numEnd)
	return f, f.end, true
}

// groupedTail reads digits that end word i and go on in the adjacent
// tokens after it (",000"), returning the number and the token after it.
func (s *sent) groupedTail(i int, head string) (float64, int, bool) {
	var b strings.Builder
	b.WriteString(head)
	k := i + 1
	for k < len(s.toks) && k-i <= 4 && s.adjacent(k-1) {
		w := s.low[k]
		if w != "," && !isDigits(strings.TrimPrefix(w, ",")) {
			break
		}
		b.WriteString(w)
		k++
	}
	if k == i+1 {
		return 0, 0, false
	}
	v, ok := numword.ParseDigits(b.String())
	return v, k, ok
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
