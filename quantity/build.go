package quantity

import (
	"strings"

	"github.com/parleyhq/parley"

	"github.com/parleyhq/parley/numword"
)

// quantityAt reads the quantity whose number starts at token i. It returns
// nil when there is none, and the first token after what it read.
func (s *sent) quantityAt(i int) (*found, int) {
	n, used, ok := s.t.nw.ParseTokens(s.words(i))
	if !ok {
		if s.toks[i].Kind == "word" && hasHyphen(s.low[i]) {
			if f, next, ok := s.compound(i); ok {
				return f, next
			}
		}
		return nil, i + 1
	}
	j := i + used
	if s.skipNumber(i, j, n) {
		return nil, s.pastRange(j)
	}
	if k, ok := s.score(i, j); ok {
		// "won 3-1", "passed 52-48": a score or a vote tally.
		return nil, k
	}
	f := &found{start: i, numEnd: j}
	q := &f.q
	q.Value, q.Min, q.Max, q.Approx = n.Value, n.Min, n.Max, n.Approx
	q.Rule = rule(n)

	// A currency before the number: "$ 5", "US$ 5", "€5".
	var u unit
	hasUnit := false
	for n := 3; n >= 1; n-- {
		v, k, ok := s.lx.preUnits.matchEnding(s.low, f.start, n)
		if !ok {
			break
		}
		// "C$5" is written tight; tokenised copy spaces it, "c $ 5",
		// which is read too for letters that are no word or clitic ("a
		// $5 bill", "send us $5", "music ' s $ 500 million" stay USD).
		spaced := false
		if k == 2 && s.at(f.start-1) == "$" {
			switch s.at(f.start - 2) {
			case "c", "ca", "hk", "nz", "au":
				spaced = true
			}
		}
		if f.start-k >= s.floor && (s.tight(f.start-k, f.start) || spaced) {
			u, hasUnit = v, true
			f.start -= k
			break
		}
		n = k
	}
	// A sign: "-5", "minus 5", "−5".
	if w := s.at(f.start - 1); f.start > s.floor && (w == "minus" || w == "negative" || (w == "-" || w == "−") && s.adjacent(f.start-1) && (f.start < 2 || !s.adjacent(f.start-2) || s.toks[f.start-2].Kind == "punct" || comparison(s.at(f.start-2)))) {
		q.Value, q.Min, q.Max = -q.Value, -q.Max, -q.Min
		f.start--
	}
	// ".25": a decimal split from its point.
	if f.start == i && s.at(i-1) == "." && s.adjacent(i-1) && s.toks[i].Kind == "number" && (i < 2 || !s.adjacent(i-2)) {
		if v, ok := numword.ParseDigits("." + s.low[i]); ok && used == 1 {
			q.Value, q.Min, q.Max = v, v, v
			f.start--
		}
	}
	// "$5m", "£3b", "5m people": m and b are millions and billions after a
	// currency or before a counted noun; alone, "m" is metres.
	if w := s.at(f.numEnd); (w == "m" || w == "b") && !n.Spelled && s.adjacent(f.numEnd-1) {
		_, _, noun := s.lx.nouns.matchAt(s.low, f.numEnd+1)
		cur, _, _ := s.lx.postUnits.matchAt(s.low, f.numEnd+1)
		switch {
		case hasUnit || noun || cur.kind == "currency" || w == "b":
			// No unit is written "b": "1.2b" is 1.2 billion.
			mult := 1e6
			if w == "b" {
				mult = 1e9
			}
			q.Value, q.Min, q.Max = q.Value*mult, q.Min*mult, q.Max*mult
			f.numEnd++
		case w == "m":
			u, hasUnit = unit{code: "m", kind: "length", mult: 1}, true
			f.numEnd++
		}
	}
	if !hasUnit {
		// "between 4% and 5%", "5 km to 7 km": a unit on both numbers.
		if v, k, ok := s.postUnit(f.numEnd); ok && v.kind != "" {
			if s.rangeAfter(f, n, k, v.code) {
				u, hasUnit = v, true
			}
		}
	}
	if !hasUnit || f.q.Rule != "range" {
		s.rangeAfter(f, n, 0, "")
	}
	if !hasUnit {
		if v, k, ok := s.postUnit(f.numEnd); ok {
			if v, ok := s.unitFits(v, f, n); ok {
				u, hasUnit = v, true
				f.numEnd += k
			}
		}
	}
	if hasUnit && u.kind == "currency" && f.numEnd > j {
		// "75 USD million": a scale after a currency code.
		if sc, ok := s.scaleWord(f.numEnd); ok && !n.Spelled {
			q.Value, q.Min, q.Max = q.Value*sc, q.Min*sc, q.Max*sc
			f.numEnd++
		}
	}
	if hasUnit && (u.code == "USD" || u.code == "EUR") && u.mult == 1 {
		s.cents(f, f.numEnd > j)
	}
	if hasUnit && u.code == "ft" {
		s.inches(f)
	}
	if hasUnit {
		q.Unit = u.code
		if u.mult != 1 {
			q.Value, q.Min, q.Max = q.Value*u.mult, q.Min*u.mult, q.Max*u.mult
		}
	}
	// Durations, clock times and dates belong to the time layer.
	if !hasUnit && s.lx.timeWords[s.at(f.numEnd)] {
		return nil, f.numEnd
	}
	if n.Fraction && !hasUnit && s.at(f.numEnd) != "of" && !n.Spelled {
		// "3/4" alone is more often a date than a fraction.
		if s.toks[i].Kind != "number" && s.toks[i].Kind != "symbol" {
			return nil, f.numEnd
		}
	}
	if n.Fraction && n.Spelled && !hasUnit && s.at(f.numEnd) != "of" && s.at(f.start-1) != "by" && s.at(f.start-2) != "by" && s.wordAt(f.numEnd) && !s.shareOf(f) {
		// "half" alone is seldom a quantity; "half of", "fell by a third",
		// "half the population" and "more than half" are.
		return nil, f.numEnd
	}
	if v, k, ok := s.lx.postMods.matchAt(s.low, f.numEnd); ok && q.Mod == "" && s.at(f.numEnd+k) != "than" {
		// "12 and more than 194" is two bounds, not "12 and more".
		if k > 1 || s.at(f.numEnd) != "+" || s.adjacent(f.numEnd-1) {
			q.Mod = v
			f.numEnd += k
		}
	}
	if q.Mod == "" {
		if v, k, ok := s.lx.preMods.matchEnding(s.low, f.start, 6); ok && f.start-k >= s.floor && !particle(s.low, f.start-k) && !s.preposition(f.start-k) &&
			!(comparison(s.at(f.start-k)) && f.start-k > 0 && s.adjacent(f.start-k-1) && comparison(s.at(f.start-k-1))) {
			// ("=>30", "<>30": not comparisons parley reads.)
			q.Mod = v
			f.start -= k
		}
	}
	// "Moscow and Kyiv each handed over 103 prisoners", "each side will
	// release 1,000 prisoners"
	for k := f.start - 1; k >= max(s.floor, f.start-6); k-- {
		if s.low[k] != "each" {
			continue
		}
		if s.at(k+1) == "side" || k >= f.start-3 && k > 0 && s.toks[k-1].Kind == "word" && s.andBefore(k) {
			f.eachBefore = true
		}
	}
	s.orEqual(f)
	s.boundedRange(f)
	if q.Mod == "about" || q.Mod == "nearly" {
		q.Approx = true
	}
	f.end = f.numEnd

	// What is counted.
	np := f.numEnd
	if s.at(np) == "of" && (n.Approx || n.Fraction) {
		np++
		if s.at(np) == "the" {
			np++
		}
	} else if n.Fraction && (s.at(np) == "the" || s.at(np) == "its" || s.at(np) == "their") {
		np++ // "half the population"
	}
	var c counted
	if !hasUnit || u.kind == "" {
		c = s.counted(np)
		if c.ok {
			q.Counted = s.span(c.start, c.end)
			f.end = c.end
			f.person = c.noun.class == "person"
		}
	}
	s.categorize(f, u, hasUnit, c)
	if !c.ok && (s.at(f.numEnd) == "of" && (s.at(f.numEnd+1) == "them" || s.at(f.numEnd+1) == "whom")) && s.prev != nil && s.prev.person {
		// "seven of them": of the people counted just before.
		f.person = true
	}
	if c.ok && !c.lexicon && s.demonym(c.end-1) {
		f.person = true // "three Palestinians"
	}
	if q.Unit == "" && (f.person || !c.ok && personCategory(q.Category)) {
		q.Unit = "person"
		f.person = true
	}
	if hasUnit && u.kind != "currency" && s.at(f.end) == "of" {
		// "30 million tonnes of cargo every year": look past what is
		// measured for a rate.
		if c := s.counted(f.end + 1); c.ok {
			f.end = c.end
		}
	}
	s.rate(f)
	s.eachSide(f)
	if f.eachBefore && !q.EachSide {
		s.setSide(f)
	}
	q.Span = s.span(f.start, f.numEnd)
	if s.dotted(f.numEnd - 1) {
		q.Span.End-- // "40 km." at the end of a sentence: not the full stop
	}
	return f, f.end
}

// rule names the form of the number, for the Rule field.
func rule(n numword.Number) string {
	switch {
	case n.Approx:
		return "vague"
	case n.Fraction:
		return "fraction"
	case n.Spelled:
		return "words"
	}
	return "digits"
}

// unitFits returns the unit u after the number as it reads there, and
// false when the word is not a unit in this place.
func (s *sent) unitFits(u unit, f *found, n numword.Number) (unit, bool) {
	switch w := strings.TrimSuffix(s.at(f.numEnd), "."); w {
	case "pounds", "pound":
		// Weight in pounds is rarely large or scaled in news; money is.
		if (n.Value >= 1000 || n.Spelled) && s.at(f.numEnd+1) != "of" {
			return unit{code: "GBP", kind: "currency", mult: 1}, true
		}
	case "won", "try", "dong", "rand", "p", "g", "t":
		// Short words that are also verbs or names: only written tight
		// ("50p", "5g") or after a scaled number ("5 million won").
		return u, s.adjacent(f.numEnd-1) || n.Value >= 1e6 && n.Spelled
	}
	return u, true
}

// personCategory reports whether a category counts people.
func personCategory(c string) bool {
	switch c {
	case "killed", "injured", "missing", "detained", "prisoners_exchanged", "displaced", "troops":
		return true
	}
	return false
}

// tight reports whether tokens [i, j) touch each other (a multi-token
// currency such as "US$" is written without spaces).
func (s *sent) tight(i, j int) bool {
	for k := i; k < j-1; k++ {
		if !s.adjacent(k) {
			return false
		}
	}
	return true
}

// demonym reports whether token k is a capitalised plural such as
// "Palestinians" or "Iraqis", a noun for people.
func (s *sent) demonym(k int) bool {
	raw := s.raw(k)
	if len(raw) < 4 || raw[0] < 'A' || raw[0] > 'Z' || raw[1] < 'a' || raw[1] > 'z' {
		return false
	}
	return strings.HasSuffix(raw, "ans") || strings.HasSuffix(raw, "is") || strings.HasSuffix(raw, "ese") || strings.HasSuffix(raw, "ers")
}

// particle reports whether the modifier at token k is the particle of a
// phrasal verb ("handed over 103 prisoners", "took over 3 towns").
func particle(low []string, k int) bool {
	if k == 0 || low[k] != "over" {
		return false
	}
	switch low[k-1] {
	case "handed", "hand", "hands", "handing", "turned", "turn", "turns", "took", "take",
		"taken", "takes", "taking", "won", "win", "fought", "paid", "signed", "passed":
		return true
	}
	return false
}

// andBefore reports whether "and" stands among the four tokens before k
// ("Moscow and Kyiv each").
func (s *sent) andBefore(k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		if s.low[j] == "and" {
			return true
		}
	}
	return false
}

// boundedRange joins a lower and an upper bound into one range: "more than
// 10 and less than 40", "at most 100 and at least 20".
func (s *sent) boundedRange(f *found) {
	q := &f.q
	lower := q.Mod == "more_than" || q.Mod == "at_least"
	upper := q.Mod == "less_than" || q.Mod == "up_to"
	if !lower && !upper || q.Min != q.Max {
		return
	}
	k := f.numEnd
	if s.at(k) == "," {
		k++
	}
	if w := s.at(k); w == "and" || w == "but" {
		k++
	} else if k == f.numEnd {
		return // "higher or equal than 100, lower or equal than 300"
	}
	mod2, m, ok := s.lx.preMods.matchAt(s.low, k)
	if !ok {
		return
	}
	lower2 := mod2 == "more_than" || mod2 == "at_least"
	upper2 := mod2 == "less_than" || mod2 == "up_to"
	j := k + m
	if !(lower && upper2 || upper && lower2) || j >= len(s.toks) || !s.candidate(j) {
		return
	}
	n2, used, ok := s.t.nw.ParseTokens(s.words(j))
	if !ok || n2.Ordinal || n2.Approx {
		return
	}
	lo, hi := q.Value, n2.Value
	if upper {
		lo, hi = n2.Value, q.Value
	}
	if lo >= hi {
		return
	}
	q.Value, q.Min, q.Max, q.Mod, q.Rule = lo, lo, hi, "", "range"
	f.numEnd = j + used
	if q.Unit != "" {
		// "2 percent, lower or equal than 4 percent"
		if u, k, ok := s.lx.postUnits.matchAt(s.low, f.numEnd); ok && u.code == q.Unit {
			f.numEnd += k
		}
	}
}

// cents adds the cents of "3 dollars 50 cents" and "13 dollars and 45
// cents" to the quantity. After a currency written after the number
// (post), the word "cents" may be left out at the end of a clause: "15
// dollars 50", "one dollar and five".
func (s *sent) cents(f *found, post bool) {
	k := f.numEnd
	if s.at(k) == "and" {
		k++
	}
	if k >= len(s.toks) || !s.candidate(k) {
		return
	}
	n, used, ok := s.t.nw.ParseTokens(s.words(k))
	if !ok || n.Ordinal || n.Approx || n.Value >= 100 {
		return
	}
	end := k + used + 1
	if w := s.at(k + used); w != "cents" && w != "cent" {
		if !post || n.Value != float64(int(n.Value)) || n.Fraction || k+used < len(s.toks) && s.toks[k+used].Kind != parley.TokenPunct || s.toks[k].Kind == parley.TokenNumber && len(s.low[k]) != 2 {
			return
		}
		end--
	}
	c := n.Value / 100
	f.q.Value, f.q.Min, f.q.Max = f.q.Value+c, f.q.Min+c, f.q.Max+c
	f.numEnd = end
}

// inches adds the inches of "5 ft 2 in" and "5 feet and 2 inches" to a
// length in feet.
func (s *sent) inches(f *found) {
	k := f.numEnd
	if s.at(k) == "and" {
		k++
	}
	if k >= len(s.toks) || !s.candidate(k) {
		return
	}
	n, used, ok := s.t.nw.ParseTokens(s.words(k))
	if !ok || n.Ordinal || n.Approx || n.Value >= 12 {
		return
	}
	switch s.at(k + used) {
	case "in", "inch", "inches", "\"":
	default:
		return
	}
	in := n.Value / 12
	f.q.Value, f.q.Min, f.q.Max = f.q.Value+in, f.q.Min+in, f.q.Max+in
	f.numEnd = k + used + 1
}

// scaleWord returns the value of "million", "billion" or "trillion" at
// token k.
func (s *sent) scaleWord(k int) (float64, bool) {
	switch s.at(k) {
	case "million":
		return 1e6, true
	case "billion":
		return 1e9, true
	case "trillion":
		return 1e12, true
	}
	return 0, false
}

// orEqual turns "more than 5000 or equal to" into at_least and "less than
// 30 or equal" into up_to.
func (s *sent) orEqual(f *found) {
	q := &f.q
	if q.Mod != "more_than" && q.Mod != "less_than" || s.at(f.numEnd) != "or" || s.at(f.numEnd+1) != "equal" {
		return
	}
	end := f.numEnd + 2
	if s.at(end) == "to" {
		end++
	}
	if s.candidateAt(end) {
		return // "more than 5000 or equal 6000": two figures
	}
	if q.Mod == "more_than" {
		q.Mod = "at_least"
	} else {
		q.Mod = "up_to"
	}
	f.numEnd = end
}

// shareOf reports whether the fraction in f is a share of something: it
// stands before a determiner ("half the population", "a third their
// size") or after a modifier ("more than half", "nearly two-thirds"), and
// not before "a"/"an" ("half an hour").
func (s *sent) shareOf(f *found) bool {
	switch s.at(f.numEnd) {
	case "a", "an":
		return false
	case "the", "its", "their", "his", "her", "our", "all", "those", "these", "this", "that":
		return true
	}
	_, k, ok := s.lx.preMods.matchEnding(s.low, f.start, 6)
	return ok && f.start-k >= s.floor
}

// postUnit matches a unit after a number at token k. The segmenter keeps
// a full stop on an abbreviation that ends a sentence ("40 km.", "200
// lbs."): such a token matches as the unit without its stop.
func (s *sent) postUnit(k int) (unit, int, bool) {
	if u, n, ok := s.lx.postUnits.matchAt(s.low, k); ok {
		return u, n, true
	}
	if s.dotted(k) {
		w := s.low[k]
		return s.lx.postUnits.matchAt([]string{w[:len(w)-1]}, 0)
	}
	return unit{}, 0, false
}

// dotted reports whether token k is a one-token unit with a full stop
// kept on it ("km.", "lbs.").
func (s *sent) dotted(k int) bool {
	if k < 0 || k >= len(s.low) {
		return false
	}
	w := s.low[k]
	if len(w) < 2 || w[len(w)-1] != '.' || s.toks[k].Kind != parley.TokenWord {
		return false
	}
	if _, _, ok := s.lx.postUnits.matchAt(s.low, k); ok {
		return false
	}
	_, n, ok := s.lx.postUnits.matchAt([]string{w[:len(w)-1]}, 0)
	return ok && n == 1
}

// comparison reports whether w is a comparison sign.
func comparison(w string) bool {
	switch w {
	case "<", ">", "=", "!", "≤", "≥":
		return true
	}
	return false
}

// candidateAt reports whether a number may start at token k.
func (s *sent) candidateAt(k int) bool {
	return k < len(s.toks) && s.candidate(k)
}

// wordAt reports whether token k is a word (not punctuation, not the end).
func (s *sent) wordAt(k int) bool {
	return k < len(s.toks) && s.toks[k].Kind == "word"
}

// pastRange returns the token after a range continuation at j ("18 to 25"
// when 18 was skipped), or j.
func (s *sent) pastRange(j int) int {
	switch s.at(j) {
	case "to", "-", "–":
		if j+1 < len(s.toks) && s.toks[j+1].Kind == parley.TokenNumber {
			return j + 2
		}
	}
	return j
}

// score reports whether tokens [i, j) and what follows are a score or a
// tally written with a dash, "3-1" or "52-48" (the first number not below
// the second), and returns the token after it.
func (s *sent) score(i, j int) (int, bool) {
	if j != i+1 || s.toks[i].Kind != parley.TokenNumber || !s.adjacent(i) || !s.adjacent(i+1) {
		return 0, false
	}
	if d := s.at(j); d != "-" && d != "–" || j+1 >= len(s.toks) || s.toks[j+1].Kind != parley.TokenNumber {
		return 0, false
	}
	a, ok1 := numword.ParseDigits(s.low[i])
	b, ok2 := numword.ParseDigits(s.low[j+1])
	if !ok1 || !ok2 || a < b || a > 1000 {
		return 0, false
	}
	return j + 2, true
}

// preposition reports whether "over" at token k is rather a preposition
// after a noun: "20 drones over eight regions".
func (s *sent) preposition(k int) bool {
	if s.at(k) != "over" {
		return false
	}
	if k == 0 {
		return false
	}
	_, _, noun := s.lx.nouns.matchAt(s.low, k-1)
	return noun || s.pluralAt(k-1)
}
