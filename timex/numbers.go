package timex

import "strings"

// numberWords are the cardinal number words the duration and relative rules
// read ("three years", "forty-two days").
var numberWords = []string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
	"nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
	"hundred", "thousand",
}

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// wordNumber reads one number word or a hyphenated compound ("forty-two").
func wordNumber(s string) (int, bool) {
	if n, ok := smallNumbers[s]; ok {
		return n, true
	}
	if a, b, ok := strings.Cut(s, "-"); ok {
		x, ok1 := smallNumbers[a]
		y, ok2 := smallNumbers[b]
		if ok1 && ok2 && x >= 20 && x%10 == 0 && y > 0 && y < 10 {
			return x + y, true
		}
	}
	return 0, false
}

// cardinal reads a cardinal number at token i: digits ("40", "1,000"), words
// ("three", "forty-two", "one hundred and twelve", "a dozen") or "a"/"an"
// when article is set. It returns the value and the end token, or ok false.
// A count that is not exact ("several", "a few", "dozens") returns n = -1.
func (s *sent) cardinal(i int, article bool) (n, end int, ok bool) {
	if i >= len(s.ts) || i < 0 {
		return 0, i, false
	}
	k := i * 2
	if article {
		k++
	}
	if k < len(s.card) {
		if m := &s.card[k]; m.done {
			return m.n, m.end, m.ok
		}
		n, end, ok = s.cardinalUncached(i, article)
		s.card[k] = cardMemo{done: true, n: n, end: end, ok: ok}
		return n, end, ok
	}
	return s.cardinalUncached(i, article)
}

// cardMemo remembers the result of cardinal at one token.
type cardMemo struct {
	done, ok bool
	n, end   int
}

func (s *sent) cardinalUncached(i int, article bool) (n, end int, ok bool) {
	t := &s.ts[i]
	if t.num >= 0 {
		return t.num, i + 1, true
	}
	if t.fnum >= 0 {
		return t.fnum, i + 1, true
	}
	switch t.low {
	case "a", "an":
		if s.is(i+1, "few") {
			return -1, i + 2, true
		}
		if s.is(i+1, "couple") {
			if s.is(i+2, "of") {
				return 2, i + 3, true
			}
			return 2, i + 2, true
		}
		if s.is(i+1, "dozen") {
			return 12, i + 2, true
		}
		if s.is(i+1, "half") && s.is(i+2, "dozen") {
			return 6, i + 3, true
		}
		if article {
			return 1, i + 1, true
		}
		return 0, i, false
	case "several", "few", "some", "many":
		return -1, i + 1, true
	case "dozens", "hundreds", "thousands":
		if s.is(i+1, "of") {
			return -1, i + 2, true
		}
		return 0, i, false
	case "dozen":
		return 12, i + 1, true
	}
	if t.kind == tWord && t.w == nil && t.pre() == "" {
		return 0, i, false // not a number word
	}
	if t.kind == tWord && t.w != nil && !t.w.isNum && t.pre() == "" {
		return 0, i, false // a time word, not a number word
	}
	v, ok := wordNumber(t.low)
	if !ok {
		return s.parsedNumber(i)
	}
	end = i + 1
	if s.is(end, "hundred") {
		v *= 100
		end++
		k := end
		if s.is(k, "and") {
			k++
		}
		if k < len(s.ts) {
			if w, ok := wordNumber(s.ts[k].low); ok && w < 100 {
				v += w
				end = k + 1
			}
		}
	}
	if s.is(end, "dozen") {
		v *= 12
		end++
	}
	return v, end, true
}

// parsedNumber reads a number with the shared number parser: "one hundred
// and twelve", "1.5", "a dozen". Vague amounts give -1; fractions and
// ordinals are not counts.
func (s *sent) parsedNumber(i int) (n, end int, ok bool) {
	p := s.t.num
	if p == nil || i >= len(s.ts) {
		return 0, i, false
	}
	// Only digits and number words the lexicon knows can start a count here.
	// Words are read by cardinalUncached; the shared parser adds the digit
	// forms ("1.5", "12 000" is two tokens and stays two numbers).
	if t := &s.ts[i]; t.kind != tNumber {
		return 0, i, false
	}
	if len(s.texts) == 0 {
		for k := range s.ts {
			s.texts = append(s.texts, s.txt(&s.ts[k]))
		}
	}
	if !p.MayStart(s.texts[i]) {
		return 0, i, false
	}
	num, used, ok := p.ParseTokens(s.texts[i:min(len(s.texts), i+8)])
	if !ok || used == 0 || num.Ordinal || num.Fraction {
		return 0, i, false
	}
	if num.Approx {
		return -1, i + used, true
	}
	if num.Value != float64(int(num.Value)) || num.Value < 0 || num.Value > 1e6 {
		return 0, i, false
	}
	return int(num.Value), i + used, true
}
