package quantity

import (
	"sort"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/numword"
)

// skipNumber reports whether the number in tokens [i, j) is not a quantity
// of its own: an ordinal, part of a time expression (a year, a clock time,
// a day of a month, a duration), a label ("Article 5"), or a bare "one".
func (s *sent) skipNumber(i, j int, n numword.Number) bool {
	if n.Ordinal {
		return true
	}
	if w := s.low[i]; len(w) > 1 && w[0] == '0' && w[1] != '.' {
		// "000" split from a number, "007": not a count.
		return true
	}
	for k := i; k < j; k++ {
		if s.inTime(s.toks[k].Span) {
			return true
		}
	}
	prev := s.at(i - 1)
	// "one in four voters", "two out of three": a ratio, not a count.
	if prev == "in" && i >= 2 && s.isNumber(i-2) || prev == "of" && s.at(i-2) == "out" && i >= 3 && s.isNumber(i-3) {
		return true
	}
	if s.at(j) == "out" && s.at(j+1) == "of" && j+2 < len(s.toks) && s.isNumber(j+2) {
		return true
	}
	if (prev == "-" || prev == "–") && i >= 2 && s.adjacent(i-1) && s.adjacent(i-2) && s.toks[i-2].Kind == parley.TokenNumber {
		// "2023-24": the tail of a code or a season.
		return true
	}
	if s.toks[i].Kind == parley.TokenNumber && j == i+1 && isDigits(s.low[i]) {
		if prev == "," && s.at(j) == "," && n.Value <= 120 && i >= 2 && s.capitalized(i-2) {
			// "John Smith, 45, was killed": an age.
			return true
		}
		if len(s.low[i]) == 3 && (s.at(j) == "-" || s.at(j) == "–") && s.adjacent(i) && s.adjacent(j) && len(s.at(j+1)) >= 4 && isDigits(s.at(j+1)) {
			// "555-1234": a phone number.
			return true
		}
		if i >= 2 && s.capitalized(i-1) && !s.lx.stop[prev] && !s.followedByCounted(j) {
			// "Boeing 737", "Windows 11": a name, not a count.
			return true
		}
	}
	if s.lx.skip[prev] || s.lx.timeWords[prev] && isMonth(prev) || i > 0 && s.raw(i-1) == "May" {
		return true
	}
	if s.toks[i].Kind == parley.TokenNumber && j == i+1 && len(s.low[i]) == 4 && n.Value >= 1800 && n.Value <= 2100 {
		// A year, unless a unit or a counted noun follows or a currency
		// comes before.
		_, _, unit := s.lx.postUnits.matchAt(s.low, j)
		_, _, noun := s.lx.nouns.matchAt(s.low, j)
		_, _, cur := s.lx.preUnits.matchEnding(s.low, i, 2)
		if !unit && !noun && !cur && !s.pluralAt(j) {
			return true
		}
	}
	if n.Spelled && n.Value == 1 && !n.Approx && !n.Fraction && prev != "minus" && prev != "negative" {
		// "one" is a quantity only before what it counts.
		_, _, unit := s.lx.postUnits.matchAt(s.low, j)
		c := s.counted(j)
		return !unit && !c.lexicon
	}
	return false
}

// isMonth reports whether w names a month (May aside, which needs its
// capital).
func isMonth(w string) bool {
	switch w {
	case "january", "february", "march", "april", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar",
		"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// inTime reports whether sp overlaps a time expression of doc.Times.
func (s *sent) inTime(sp parley.Span) bool {
	ts := s.doc.Times
	if len(ts) == 0 {
		return false
	}
	// Times are sorted by start; look at those that start before sp ends.
	k := sort.Search(len(ts), func(k int) bool { return ts[k].Span.Start >= sp.End })
	for m := k - 1; m >= 0 && m >= k-8; m-- {
		if ts[m].Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// pluralAt reports whether token k looks like a plural noun.
func (s *sent) pluralAt(k int) bool {
	w := s.at(k)
	if len(w) < 4 || s.toks[k].Kind != parley.TokenWord || s.lx.stop[w] {
		return false
	}
	if w[len(w)-1] != 's' || w[len(w)-2] == 's' || w[len(w)-2] == 'u' {
		return false
	}
	if w[len(w)-2] == 'i' {
		// "Iraqis", "Somalis"; not "crisis", "analysis".
		raw := s.raw(k)
		if raw[0] < 'A' || raw[0] > 'Z' {
			return false
		}
	}
	for i := 0; i < len(w); i++ {
		if w[i] == '\'' || w[i] == '.' || w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// hasHyphen reports whether w holds a hyphen.
func hasHyphen(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			return true
		}
	}
	return false
}

// isNumber reports whether token k is a number in digits or a number word.
func (s *sent) isNumber(k int) bool {
	if s.toks[k].Kind == parley.TokenNumber {
		return true
	}
	n, used, ok := s.t.nw.ParseTokens(s.low[k : k+1])
	return ok && used == 1 && !n.Ordinal
}

// capitalized reports whether token k is a word with a capital first letter
// and a small second one ("Smith", not "THAN" or "a").
func (s *sent) capitalized(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].Kind != parley.TokenWord {
		return false
	}
	raw := s.raw(k)
	return len(raw) > 1 && 'A' <= raw[0] && raw[0] <= 'Z' && 'a' <= raw[1] && raw[1] <= 'z'
}

// followedByCounted reports whether a unit, a counted noun or a plural
// follows at token j.
func (s *sent) followedByCounted(j int) bool {
	if _, _, ok := s.lx.postUnits.matchAt(s.low, j); ok {
		return true
	}
	if _, _, ok := s.lx.nouns.matchAt(s.low, j); ok {
		return true
	}
	return j < len(s.toks) && s.toks[j].Kind == parley.TokenWord && (s.pluralAt(j) || s.counted(j).ok)
}
