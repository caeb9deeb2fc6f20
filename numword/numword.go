package numword

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Number is a number read from text.
//
// For an exact number Min and Max equal Value. For a vague amount ("tens of
// thousands") Approx is set, Min and Max bound the range and Value equals
// Min. Every field is finite.
type Number struct {
	Value float64
	Min   float64
	Max   float64
	// Approx is set for vague amounts: "dozens", "hundreds", "millions",
	// "tens of thousands", "several hundred".
	Approx bool
	// Ordinal is set for ordinals: "first", "22nd", "twenty-first".
	Ordinal bool
	// Fraction is set for fractions: "half", "a third", "two-thirds", "3/4".
	Fraction bool
	// Spelled is set when the number is written at least partly in words
	// ("nine", "1.5 million").
	Spelled bool
}

// MaxWords is the most words ParseTokens reads.
const MaxWords = 16

// Parser reads numbers from words. It is immutable after New and safe for
// concurrent use.
type Parser struct {
	cardinals map[string]float64
	ordinals  map[string]float64
	plurOrds  map[string]float64 // "fifths" -> 5, "twenty-firsts" is two words
	scales    map[string]scale
	plurals   map[string]float64 // "thousands" -> 1000
	denoms    map[string]denom
	amounts   map[string]bounds   // "dozens"
	mults     map[string]bounds   // "several", "a few"
	orders    map[string]bounds   // "tens" of thousands
	starts    map[string]struct{} // words a number may start with
	first     [256]bool           // first bytes of those words
	pairs     [26 * 26]bool       // their first two letters, lower case
}

type scale struct {
	v    float64
	abbr bool // only after digits
}

type denom struct {
	d      float64
	plural bool
}

type bounds struct{ lo, hi float64 }

// New loads the embedded word lists.
func New() (*Parser, error) {
	p := &Parser{
		cardinals: map[string]float64{},
		ordinals:  map[string]float64{},
		plurOrds:  map[string]float64{},
		scales:    map[string]scale{},
		plurals:   map[string]float64{},
		denoms:    map[string]denom{},
		amounts:   map[string]bounds{},
		mults:     map[string]bounds{},
		orders:    map[string]bounds{},
		starts:    map[string]struct{}{},
	}
	for _, f := range []struct {
		name string
		m    map[string]float64
	}{{"cardinals.tsv", p.cardinals}, {"ordinals.tsv", p.ordinals}} {
		rows, err := readTSV(f.name, 2)
		if err != nil {
			return nil, fmt.Errorf("numword: %w", err)
		}
		for _, r := range rows {
			v, err := parseValue(f.name, r[1])
			if err != nil {
				return nil, fmt.Errorf("numword: %w", err)
			}
			f.m[r[0]] = v
		}
	}
	for w, v := range p.ordinals {
		if v >= 1 {
			p.plurOrds[w+"s"] = v
		}
	}
	rows, err := readTSV("scales.tsv", 3)
	if err != nil {
		return nil, fmt.Errorf("numword: %w", err)
	}
	for _, r := range rows {
		v, err := parseValue("scales.tsv", r[1])
		if err != nil {
			return nil, fmt.Errorf("numword: %w", err)
		}
		switch r[2] {
		case "word":
			p.scales[r[0]] = scale{v: v}
			if v >= 100 && r[0] != "lakh" && r[0] != "crore" {
				p.plurals[r[0]+"s"] = v
			}
		case "abbr":
			p.scales[r[0]] = scale{v: v, abbr: true}
		default:
			return nil, fmt.Errorf("numword: scales.tsv: unknown kind %q", r[2])
		}
	}
	rows, err = readTSV("fractions.tsv", 3)
	if err != nil {
		return nil, fmt.Errorf("numword: %w", err)
	}
	for _, r := range rows {
		v, err := parseValue("fractions.tsv", r[2])
		if err != nil {
			return nil, fmt.Errorf("numword: %w", err)
		}
		p.denoms[r[0]] = denom{d: v}
		p.denoms[r[1]] = denom{d: v, plural: true}
	}
	rows, err = readTSV("vague.tsv", 4)
	if err != nil {
		return nil, fmt.Errorf("numword: %w", err)
	}
	for _, r := range rows {
		lo, err := parseValue("vague.tsv", r[2])
		if err != nil {
			return nil, fmt.Errorf("numword: %w", err)
		}
		hi, err := parseValue("vague.tsv", r[3])
		if err != nil {
			return nil, fmt.Errorf("numword: %w", err)
		}
		if lo > hi {
			return nil, fmt.Errorf("numword: vague.tsv: %q: min %v above max %v", r[0], lo, hi)
		}
		var m map[string]bounds
		switch r[1] {
		case "amount":
			m = p.amounts
		case "mult":
			m = p.mults
		case "order":
			m = p.orders
		default:
			return nil, fmt.Errorf("numword: vague.tsv: unknown kind %q", r[1])
		}
		m[r[0]] = bounds{lo, hi}
	}
	for _, m := range []map[string]float64{p.cardinals, p.ordinals, p.plurals} {
		for w := range m {
			p.starts[w] = struct{}{}
		}
	}
	for _, m := range []map[string]bounds{p.amounts, p.mults, p.orders} {
		for w := range m {
			first, _, _ := strings.Cut(w, " ")
			p.starts[first] = struct{}{}
		}
	}
	for _, w := range []string{"a", "an", "half", "quarter", "few", "couple"} {
		p.starts[w] = struct{}{}
	}
	for w := range p.starts {
		p.first[w[0]] = true
		if 'a' <= w[0] && w[0] <= 'z' {
			p.first[w[0]-'a'+'A'] = true
		}
		if len(w) >= 2 && isASCIILetter(w[0]) && isASCIILetter(w[1]) {
			p.pairs[pairIndex(w[0], w[1])] = true
		}
	}
	return p, nil
}

// part is one piece of a word: hyphenated number words ("forty-two") are
// read as their pieces.
type part struct {
	w    string
	word int  // index of the word it came from
	last bool // last piece of its word
}

// ParseTokens reads the longest number at the start of words, which are the
// texts of consecutive tokens ("one", "hundred", "and", "twelve"; "1.5",
// "million"; "22", "nd"). Case does not matter. It returns the number, how
// many words it used, and false when words do not start with a number.
//
// A lone article, "a few" or "a third" followed by a noun ("a third time")
// are not numbers. Punctuation ends a number, except inside a token.
func (p *Parser) ParseTokens(words []string) (n Number, used int, ok bool) {
	if len(words) == 0 || !p.MayStart(words[0]) {
		return Number{}, 0, false
	}
	var buf [MaxWords * 2]part
	parts := buf[:0]
	for i, w := range words {
		if i == MaxWords {
			break
		}
		w = lower(w)
		if hasHyphen(w) && len(parts) < len(buf)-4 {
			if ps, ok := p.splitHyphen(w, i, buf[len(parts):len(parts)]); ok {
				parts = parts[:len(parts)+len(ps)]
				continue
			}
		}
		if len(parts) == len(buf) {
			break
		}
		parts = append(parts, part{w: w, word: i, last: true})
	}
	for len(parts) > 0 {
		n, k, ok := p.parse(parts)
		if !ok {
			return Number{}, 0, false
		}
		if parts[k-1].last {
			fix(&n)
			return n, parts[k-1].word + 1, true
		}
		// The number ends inside a hyphenated word ("five-year"): read
		// again without that word.
		w := parts[k-1].word
		for len(parts) > 0 && parts[len(parts)-1].word >= w {
			parts = parts[:len(parts)-1]
		}
	}
	return Number{}, 0, false
}

// MayStart reports whether a number may start with word: a cheap test that
// lets callers skip most words without calling ParseTokens.
func (p *Parser) MayStart(word string) bool {
	if word == "" {
		return false
	}
	c := word[0]
	if isDigit(c) || c == '.' && len(word) > 1 && isDigit(word[1]) {
		return true
	}
	if c == 0xc2 || c == 0xe2 {
		_, ok := parseVulgar(word)
		return ok
	}
	if !isASCIILetter(c) || !p.first[c] {
		return false
	}
	if len(word) >= 2 && isASCIILetter(word[1]) && !p.pairs[pairIndex(c, word[1])] {
		return false
	}
	w := lower(word)
	if i, _ := nextHyphen(w); i > 0 {
		w = w[:i]
	}
	_, ok := p.starts[w]
	return ok
}

// pairIndex returns the index of two ASCII letters, of either case, in
// Parser.pairs.
func pairIndex(a, b byte) int {
	return int((a|0x20)-'a')*26 + int((b|0x20)-'a')
}

// splitHyphen splits a hyphenated word into number-word pieces, appending
// them to dst, when every piece is a number word.
func (p *Parser) splitHyphen(w string, word int, dst []part) ([]part, bool) {
	start := len(dst)
	for len(w) > 0 {
		i, n := nextHyphen(w)
		s := w[:i]
		_, c := p.cardinals[s]
		_, o := p.ordinals[s]
		sc, ok := p.scales[s]
		_, d := p.denoms[s]
		_, po := p.plurOrds[s]
		if !c && !o && !(ok && !sc.abbr) && !d && !po && s != "and" || len(dst)-start == 4 {
			return nil, false
		}
		dst = append(dst, part{w: s, word: word})
		if n == 0 {
			break
		}
		w = w[i+n:]
		if w == "" {
			return nil, false
		}
	}
	if len(dst) == start {
		return nil, false
	}
	dst[len(dst)-1].last = true
	return dst, true
}

// hasHyphen reports whether w holds a hyphen ('-', U+2010 or U+2011).
func hasHyphen(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '-' || w[i] == 0xe2 {
			_, n := nextHyphen(w[i:])
			if n > 0 {
				return true
			}
		}
	}
	return false
}

// nextHyphen returns the index and byte length of the first hyphen in w, or
// len(w) and 0.
func nextHyphen(w string) (int, int) {
	for i := 0; i < len(w); i++ {
		switch {
		case w[i] == '-':
			return i, 1
		case w[i] == 0xe2 && (strings.HasPrefix(w[i:], "\u2010") || strings.HasPrefix(w[i:], "\u2011")):
			return i, 3
		}
	}
	return len(w), 0
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

func exact(v float64) Number { return Number{Value: v, Min: v, Max: v} }

func vague(lo, hi float64) Number { return Number{Value: lo, Min: lo, Max: hi, Approx: true} }

// fix keeps the invariants: finite fields, Min <= Value <= Max.
func fix(n *Number) {
	for _, f := range []*float64{&n.Value, &n.Min, &n.Max} {
		if math.IsNaN(*f) || math.IsInf(*f, 0) {
			*f = 0
		}
	}
	if n.Min > n.Value {
		n.Min = n.Value
	}
	if n.Max < n.Value {
		n.Max = n.Value
	}
}

// parse reads the number at the start of parts and returns how many parts
// it used.
func (p *Parser) parse(ps []part) (Number, int, bool) {
	if n, k, ok := p.parseVague(ps); ok {
		return n, k, true
	}
	w := ps[0].w
	if w[0] >= 0x80 || isDigit(w[0]) && w[len(w)-1] >= 0x80 {
		// "½", "2½"
		if v, ok := parseVulgar(w); ok {
			n := exact(v)
			n.Fraction = v < 1
			return n, 1, true
		}
		return Number{}, 0, false
	}
	var n Number
	var k int
	var ok bool
	if isDigit(w[0]) || w[0] == '.' {
		n, k, ok = p.parseDigits(ps)
	} else if n, k, ok = p.fractionWords(ps); ok {
		return n, k, true
	} else {
		n, k, ok = p.parseWords(ps)
	}
	if !ok {
		return n, k, ok
	}
	n, k = p.over(n, ps, k)
	return n, k, true
}

func at(ps []part, i int) string {
	if i < len(ps) {
		return ps[i].w
	}
	return ""
}

// parseVague reads "dozens", "hundreds", "tens of thousands", "several
// hundred", "a few thousand", "scores of".
func (p *Parser) parseVague(ps []part) (Number, int, bool) {
	w := ps[0].w
	if o, ok := p.orders[w]; ok && at(ps, 1) == "of" {
		if s, ok := p.plurals[at(ps, 2)]; ok {
			n := vague(o.lo*s, (o.hi+1)*s-1)
			n.Spelled = true
			return n, 3, true
		}
	}
	if s, ok := p.plurals[w]; ok {
		n := vague(s, 10*s-1)
		n.Spelled = true
		return n, 1, true
	}
	if a, ok := p.amounts[w]; ok && (w != "scores" || at(ps, 1) == "of") {
		n := vague(a.lo, a.hi)
		n.Spelled = true
		return n, 1, true
	}
	for k := 3; k >= 1; k-- {
		if k > len(ps) {
			continue
		}
		var key string
		switch k {
		case 1:
			key = w
		case 2:
			if w != "a" && w != "couple" {
				continue
			}
			key = w + " " + ps[1].w
		case 3:
			if w != "a" || ps[1].w != "couple" {
				continue
			}
			key = "a couple " + ps[2].w
		}
		m, ok := p.mults[key]
		if !ok {
			continue
		}
		lo, hi, i := m.lo, m.hi, k
		last := 0.0
		for i < len(ps) {
			var s float64
			if sc, ok := p.scales[ps[i].w]; ok && !sc.abbr {
				s = sc.v
			} else if ps[i].w == "dozen" && last == 0 {
				s = 12
			} else {
				break
			}
			if last != 0 && s <= last {
				break
			}
			lo, hi, last = lo*s, hi*s, s
			i++
		}
		if i == k {
			return Number{}, 0, false
		}
		n := vague(lo, hi)
		n.Spelled = true
		return n, i, true
	}
	return Number{}, 0, false
}

// parseDigits reads "1,000", "22nd", "22 nd", "3/4", "12 000", "1.5 million".
func (p *Parser) parseDigits(ps []part) (Number, int, bool) {
	w := ps[0].w
	if v, ok := parseOrdinalDigits(w); ok {
		n := exact(v)
		n.Ordinal = true
		return n, 1, true
	}
	if num, den, ok := parseSlash(w); ok {
		n := exact(num / den)
		n.Fraction = true
		return n, 1, true
	}
	v, ok := ParseDigits(w)
	if !ok {
		return Number{}, 0, false
	}
	i := 1
	// "12 000" split into tokens.
	if allDigits(w) && len(w) <= 3 && w[0] != '0' {
		for i < len(ps) && len(ps[i].w) == 3 && allDigits(ps[i].w) {
			g, _ := ParseDigits(ps[i].w)
			v = v*1000 + g
			i++
		}
		// The last group may carry decimals: "1 234 567.89".
		if g := at(ps, i); i > 1 && len(g) > 4 && g[3] == '.' && allDigits(g[:3]) && allDigits(g[4:]) {
			f, _ := ParseDigits(g)
			v = v*1000 + f
			i++
		}
	}
	if i == 1 && allDigits(w) {
		switch at(ps, 1) {
		case "st", "nd", "rd", "th":
			n := exact(v)
			n.Ordinal = true
			return n, 2, true
		}
	}
	if i == 1 && allDigits(w) {
		// "10 1/2", "2 1/4", "2½": a whole number and a fraction.
		if num, den, ok := parseSlash(at(ps, 1)); ok {
			return exact(v + num/den), 2, true
		}
		if f := at(ps, 1); f != "" && f[0] >= 0x80 {
			if fr, ok := parseVulgar(f); ok && fr < 1 {
				return exact(v + fr), 2, true
			}
		}
	}
	if d := at(ps, i); d == "dozen" || d == "dozens" {
		n := exact(v * 12)
		n.Spelled = true
		return n, i + 1, true
	}
	n := exact(v)
	last := 0.0
	for i < len(ps) {
		sc, ok := p.scales[ps[i].w]
		if !ok || (last != 0 && sc.v <= last) {
			break
		}
		v *= sc.v
		last = sc.v
		n = exact(v)
		n.Spelled = true
		i++
	}
	if last >= 100 {
		// "4 thousand 3 hundred and 21": a smaller scaled part, or any
		// part after "and".
		j := i
		and := at(ps, j) == "and"
		if and {
			j++
		}
		if j < len(ps) && (allDigits(ps[j].w) || and) {
			if sub, k, ok := p.parse(ps[j:]); ok && !sub.Ordinal && !sub.Approx && sub.Value < last && (sub.Spelled || and) {
				if sub.Fraction {
					// "3 million and a half"
					sub.Value *= last
				}
				n = exact(v + sub.Value)
				n.Spelled = true
				i = j + k
			}
		}
	}
	return n, i, true
}

// Kinds of the last word read by parseWords.
const (
	kNone = iota
	kUnit
	kTeen
	kTens
	kHundred
	kScale
	kAnd
	kHalf
)

// parseWords reads cardinals, ordinals and fractions in words.
func (p *Parser) parseWords(ps []part) (Number, int, bool) {
	i := 0
	article := false
	switch ps[0].w {
	case "a", "an":
		article, i = true, 1
	case "half", "quarter":
		// "half a million", "half a dozen", "half million", "half"
		d := 2.0
		if ps[0].w == "quarter" {
			d = 4
		}
		if a := at(ps, 1); a == "a" || a == "an" {
			if s, ok := p.wordScale(at(ps, 2)); ok && s >= 12 {
				n := exact(s / d)
				n.Spelled = true
				return n, 3, true
			}
		}
		if s, ok := p.wordScale(at(ps, 1)); ok && s >= 1000 {
			n := exact(s / d)
			n.Spelled = true
			return n, 2, true
		}
		if ps[0].w == "quarter" {
			return Number{}, 0, false
		}
		n := exact(0.5)
		n.Fraction, n.Spelled = true, true
		return n, 1, true
	}
	var total, cur, hundreds float64
	last := kNone
	bigScale := math.Inf(1)
	best, bestEnd := Number{}, 0
	done := false
	for i < len(ps) && !done {
		w := ps[i].w
		next := i + 1
		if v, ok := p.cardinals[w]; ok {
			switch {
			case article:
				done = true
				continue
			case last == kTens && v >= 1 && v <= 9:
				cur += v
				last = kUnit
			case last == kNone || last == kHundred || last == kScale || last == kAnd:
				if last == kHundred && cur >= 1000 {
					done = true
					continue
				}
				cur += v
				switch {
				case v < 10:
					last = kUnit
				case v < 20:
					last = kTeen
				default:
					last = kTens
				}
			default:
				done = true
				continue
			}
		} else if d, ok := p.denoms[w]; ok && p.isFraction(d, cur, total, last, article) {
			// Fractions: "a third", "two thirds", "one-quarter".
			num := cur
			if article {
				num = 1
			}
			if article && !d.plural {
				// "a quarter of a million"
				if at(ps, next) == "of" {
					if a := at(ps, next+1); a == "a" || a == "an" {
						if s, ok := p.wordScale(at(ps, next+2)); ok {
							n := exact(s / d.d)
							n.Spelled = true
							return n, next + 3, true
						}
					}
				}
				// "a third time" is an ordinal without a number; "fell by
				// a quarter to 8.8" and "a third last year" are fractions.
				if f := at(ps, next); f != "" && f != "of" && isASCIILetter(f[0]) && !functionWord(f) {
					return Number{}, 0, false
				}
			}
			n := exact(num / d.d)
			n.Fraction, n.Spelled = true, true
			return n, next, true
		} else if o, ok := p.ordinals[w]; ok {
			switch {
			case article:
				return Number{}, 0, false
			case last == kNone:
				cur = o
			case last == kTens && o >= 1 && o <= 9:
				cur += o
			case (last == kHundred || last == kScale || last == kAnd) && o < 100:
				cur += o
			case (last == kUnit || last == kTeen || last == kTens) && o >= 100:
				cur *= o
			default:
				done = true
				continue
			}
			n := exact(total + cur)
			n.Ordinal, n.Spelled = true, true
			return n, next, true
		} else if w == "hundred" {
			if (last == kNone && !article) || last == kHundred || last == kAnd || cur >= 100 {
				done = true
				continue
			}
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			hundreds = cur
			last = kHundred
			article = false
		} else if sc, ok := p.scales[w]; ok && !sc.abbr {
			if (last == kNone && !article) || last == kAnd || sc.v >= bigScale {
				done = true
				continue
			}
			if cur == 0 {
				cur = 1
			}
			total += cur * sc.v
			cur, hundreds = 0, 0
			bigScale = sc.v
			last = kScale
			article = false
		} else if w == "dozen" || w == "dozens" && (last == kUnit || last == kTeen || last == kTens) {
			if (last == kNone && !article) || last == kAnd || last == kScale {
				done = true
				continue
			}
			if cur == 0 {
				cur = 1
			}
			cur = hundreds + (cur-hundreds)*12
			last = kScale
			article = false
		} else if w == "point" && (last == kUnit || last == kTeen || last == kTens || last == kHundred || last == kScale) {
			// "two hundred point zero three", "nine point nought four"
			frac, k := p.decimals(ps[next:])
			if k == 0 {
				done = true
				continue
			}
			cur += frac
			last = kHalf
			next += k
			done = true
		} else if w == "and" {
			if a := at(ps, next); (a == "a" || a == "an" || a == "one") && (last == kUnit || last == kTeen || last == kTens) && total == 0 {
				// "two and a half", "five and a quarter", "one and a third"
				d, ok := p.denoms[at(ps, next+1)]
				if !ok || d.plural {
					done = true
					continue
				}
				cur += 1 / d.d
				last = kHalf
				next += 2
			} else if last == kScale && cur == 0 && p.fractionAt(ps[next:]) {
				// "one million and a half", "five billion and three quarters"
				fr, k, _ := p.parseWords(ps[next:])
				total += fr.Value * bigScale
				last = kHalf
				next += k
				done = true
			} else if p.smallWord(at(ps, next)) && (last == kHundred || last == kScale) {
				last = kAnd
				i = next
				continue
			} else {
				done = true
				continue
			}
		} else {
			done = true
			continue
		}
		i = next
		if last != kAnd && !article {
			best = exact(total + cur)
			best.Spelled = true
			bestEnd = i
		}
	}
	if bestEnd == 0 {
		return Number{}, 0, false
	}
	return best, bestEnd, true
}

// isFraction reports whether a denominator word after the number read so
// far makes a fraction: a plural after a small number above one ("two
// thirds"), a singular after "one" or an article ("one third", "a quarter").
func (p *Parser) isFraction(d denom, cur, total float64, last int, article bool) bool {
	if total != 0 {
		return false
	}
	if article {
		return !d.plural
	}
	if last != kUnit && last != kTeen && last != kTens {
		return false
	}
	if d.plural {
		return cur > 1 && cur < 100
	}
	return cur == 1
}

// smallWord reports whether w is a cardinal or an ordinal below 100, which
// may follow "and" ("one hundred and twelve", "two hundred and first").
func (p *Parser) smallWord(w string) bool {
	if _, ok := p.cardinals[w]; ok {
		return true
	}
	o, ok := p.ordinals[w]
	return ok && o < 100
}

// fractionAt reports whether ps starts with a fraction in words ("a half",
// "three quarters").
func (p *Parser) fractionAt(ps []part) bool {
	if len(ps) < 2 {
		return false
	}
	n, _, ok := p.parseWords(ps)
	return ok && n.Fraction
}

// decimals reads the digits after "point": single digit words ("zero
// three") or one number below 100 ("seventy-one" is .71).
func (p *Parser) decimals(ps []part) (float64, int) {
	digits := ""
	k := 0
	for k < len(ps) {
		v, ok := p.cardinals[ps[k].w]
		if !ok || v > 9 {
			break
		}
		digits += string(rune('0' + int(v)))
		k++
	}
	if k == 0 {
		if n, used, ok := p.parseWords(ps); ok && !n.Ordinal && !n.Fraction && n.Value < 100 && n.Value == math.Trunc(n.Value) {
			digits, k = strconv.Itoa(int(n.Value)), used
		}
	}
	if k == 0 {
		return 0, 0
	}
	f, err := strconv.ParseFloat("0."+digits, 64)
	if err != nil {
		return 0, 0
	}
	return f, k
}

// wordScale returns the value of a scale word or "dozen".
func (p *Parser) wordScale(w string) (float64, bool) {
	if w == "dozen" {
		return 12, true
	}
	if sc, ok := p.scales[w]; ok && !sc.abbr {
		return sc.v, true
	}
	return 0, false
}
