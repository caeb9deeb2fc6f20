package numword

// Fractions in words with any ordinal as denominator, mixed numbers, "X
// over Y" and the vulgar fraction characters.
//
//   - A numerator in words and an ordinal denominator, plural after a
//     numerator other than one: "three fifths", "three twenty-firsts"
//     (3/21), "a hundred trillionths" (100/10^12); singular after "a" or
//     "one": "a hundredth", "one twenty-fifth". A denominator is one
//     ordinal word or a tens word and a unit ordinal ("thirty fifths" is
//     35ths); when both readings fit, the two-word denominator wins ("one
//     hundred thirty-fifths" is 100/35, "one hundred and thirty fifths",
//     where "and" ends the numerator badly, is 130/5).
//   - "first" and "second" are never denominators alone ("two seconds" is
//     a duration).
//   - A whole number, "and" and a proper fraction is a mixed number: "one
//     hundred and three quarters" is 100.75, "two and fifty-four
//     hundredths" 2.54; an improper one is a numerator ("one hundred and
//     thirty-two fifths" is 132/5).
//   - A scale word after a fraction multiplies it: "three quarters
//     billion", "two thirds of a million", "one billion and a half
//     million".
//   - "X over Y" at the end of a clause is X/Y: "one over three", "1 over
//     twenty-one". Followed by a word, "over" is a preposition ("2000 over
//     3 years").

// fractionWords reads a fraction in words at the start of ps, tried before
// the plain reading of number words. It reports false when ps starts with
// no such fraction.
func (p *Parser) fractionWords(ps []part) (Number, int, bool) {
	// Find the denominator: the first word after the run of number words.
	e := 0
	for e < len(ps) && e < MaxWords {
		w := ps[e].w
		if _, ok := p.cardinals[w]; ok || w == "a" || w == "an" || w == "and" {
			e++
			continue
		}
		if sc, ok := p.scales[w]; ok && !sc.abbr {
			e++
			continue
		}
		break
	}
	if e == 0 || e >= len(ps) {
		return Number{}, 0, false
	}
	d, ok := p.denomWord(ps[e].w)
	if !ok {
		return Number{}, 0, false
	}
	// Two-word denominator: "thirty fifths", "twenty-firsts".
	if e >= 2 {
		if t, ok := p.cardinals[ps[e-1].w]; ok && t >= 20 && t < 100 && int(t)%10 == 0 {
			if u, ok := p.unitOrdinal(ps[e].w); ok {
				if n, k, ok := p.fractionOf(ps[:e-1], t+u, d.plural, ps, e+1); ok {
					return n, k, true
				}
			}
		}
	}
	if p.loneOrdinal(ps[e].w) {
		return Number{}, 0, false
	}
	return p.fractionOf(ps[:e], d.d, d.plural, ps, e+1)
}

// fractionOf makes the fraction whose numerator is num (all of it) over
// den, ending at part end of ps.
func (p *Parser) fractionOf(num []part, den float64, plural bool, ps []part, end int) (Number, int, bool) {
	if len(num) == 0 || num[len(num)-1].w == "and" || den == 0 {
		return Number{}, 0, false
	}
	// Mixed number: "one hundred and three quarters".
	for a := len(num) - 2; a >= 1; a-- {
		if num[a].w != "and" {
			continue
		}
		whole, k, ok := p.parseWords(num[:a])
		if !ok || k != a || whole.Ordinal || whole.Fraction {
			break
		}
		top, ok := p.numerator(num[a+1:], plural)
		if !ok || top >= den {
			break
		}
		// The scale a whole number ends with: "five billion and three
		// quarters" is 5.75 billion.
		last, _ := p.wordScale(num[a-1].w)
		v, k := p.scaleAfter(1, ps, end)
		var total float64
		switch {
		case k == end && last >= 1000:
			total = whole.Value + top/den*last
		case k == end:
			total = whole.Value + top/den
		case last > v:
			// "one billion and a half million"
			total = whole.Value + top/den*v
		default:
			// "one and a half million"
			total = (whole.Value + top/den) * v
		}
		n := exact(total)
		n.Spelled = true
		return n, k, true
	}
	top, ok := p.numerator(num, plural)
	if !ok {
		return Number{}, 0, false
	}
	if !plural {
		// "a fifth column", "a twenty-first century town", "one
		// millionth visitor": an ordinal before a noun is no fraction.
		if f := at(ps, end); f != "" && f != "of" && isASCIILetter(f[0]) && !functionWord(f) {
			if _, ok := p.scales[f]; !ok {
				return Number{}, 0, false
			}
		}
	}
	v, end := p.scaleAfter(top/den, ps, end)
	n := exact(v)
	n.Fraction, n.Spelled = v < 1, true
	return n, end, true
}

// numerator reads a whole numerator in words: "a" or "one" before a
// singular denominator, any other number before a plural one.
func (p *Parser) numerator(num []part, plural bool) (float64, bool) {
	if len(num) == 1 && (num[0].w == "a" || num[0].w == "an") {
		return 1, !plural
	}
	n, k, ok := p.parseWords(num)
	if !ok || k != len(num) || n.Ordinal || n.Fraction || n.Approx || n.Value <= 0 {
		return 0, false
	}
	if (n.Value == 1) == plural {
		return 0, false
	}
	return n.Value, true
}

// scaleAfter multiplies the fraction v by a scale word after it, at part
// end: "three quarters billion", "two thirds of a million".
func (p *Parser) scaleAfter(v float64, ps []part, end int) (float64, int) {
	if s, ok := p.wordScale(at(ps, end)); ok && s >= 1000 {
		return v * s, end + 1
	}
	if at(ps, end) == "of" {
		if a := at(ps, end+1); a == "a" || a == "an" {
			if s, ok := p.wordScale(at(ps, end+2)); ok && s >= 1000 {
				return v * s, end + 3
			}
		}
	}
	return v, end
}

// denomWord returns the denominator a word names: a word of
// data/fractions.tsv or any ordinal, singular or plural.
func (p *Parser) denomWord(w string) (denom, bool) {
	if d, ok := p.denoms[w]; ok {
		return d, true
	}
	if v, ok := p.ordinals[w]; ok && v >= 1 {
		return denom{d: v}, true
	}
	if v, ok := p.plurOrds[w]; ok {
		return denom{d: v, plural: true}, true
	}
	return denom{}, false
}

// unitOrdinal returns the value of a unit ordinal, singular or plural,
// "first" to "ninth" and "firsts" to "ninths".
func (p *Parser) unitOrdinal(w string) (float64, bool) {
	if v, ok := p.ordinals[w]; ok && v >= 1 && v <= 9 {
		return v, true
	}
	if v, ok := p.plurOrds[w]; ok && v >= 1 && v <= 9 {
		return v, true
	}
	return 0, false
}

// loneOrdinal reports whether w may not be a denominator on its own:
// "first", "second" and their plurals.
func (p *Parser) loneOrdinal(w string) bool {
	switch w {
	case "first", "firsts", "second", "seconds":
		return true
	}
	return false
}

// over reads "over Y" after the number n that used k parts: "one over
// three" is 1/3 when Y ends the clause.
func (p *Parser) over(n Number, ps []part, k int) (Number, int) {
	if at(ps, k) != "over" || n.Approx || n.Ordinal || n.Fraction || k+1 >= len(ps) {
		return n, k
	}
	rest := ps[k+1:]
	d, used, ok := p.parse(rest)
	if !ok || d.Approx || d.Ordinal || d.Fraction || d.Value == 0 {
		return n, k
	}
	if f := at(rest, used); f != "" && (isASCIILetter(f[0]) || isDigit(f[0])) {
		return n, k
	}
	out := exact(n.Value / d.Value)
	out.Fraction, out.Spelled = true, n.Spelled || d.Spelled
	return out, k + 1 + used
}

// vulgar holds the vulgar fraction characters.
var vulgar = [...]struct {
	s string
	v float64
}{
	{"½", 1.0 / 2}, {"⅓", 1.0 / 3}, {"⅔", 2.0 / 3}, {"¼", 1.0 / 4}, {"¾", 3.0 / 4},
	{"⅕", 1.0 / 5}, {"⅖", 2.0 / 5}, {"⅗", 3.0 / 5}, {"⅘", 4.0 / 5}, {"⅙", 1.0 / 6},
	{"⅚", 5.0 / 6}, {"⅛", 1.0 / 8}, {"⅜", 3.0 / 8}, {"⅝", 5.0 / 8}, {"⅞", 7.0 / 8},
	{"⅐", 1.0 / 7}, {"⅑", 1.0 / 9}, {"⅒", 1.0 / 10},
}

// parseVulgar reads a vulgar fraction character, alone or after whole
// digits: "½", "2½".
func parseVulgar(w string) (float64, bool) {
	for _, f := range vulgar {
		if len(w) < len(f.s) || w[len(w)-len(f.s):] != f.s {
			continue
		}
		whole := w[:len(w)-len(f.s)]
		if whole == "" {
			return f.v, true
		}
		if !allDigits(whole) {
			return 0, false
		}
		v, ok := ParseDigits(whole)
		return v + f.v, ok
	}
	return 0, false
}

// functionWord reports whether w, after "a third" or "one fifth", shows
// that no noun follows, so the ordinal is a fraction: "fell by a quarter
// to 8.8", "a third last year", "a fifth in May".
func functionWord(w string) bool {
	switch w {
	case "to", "in", "on", "at", "from", "since", "by", "over", "last", "this",
		"and", "or", "but", "than", "as", "after", "before", "during", "while",
		"compared", "between", "within", "for", "year", "amid", "despite":
		return true
	}
	return false
}
