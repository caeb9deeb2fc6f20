package numword_test

import (
	"math"
	"strings"
	"testing"

	"github.com/parleyhq/parley/numword"
)

func MustNew(tb testing.TB) *numword.Parser {
	tb.Helper()
	p, err := numword.New()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func TestParser_ParseTokens(t *testing.T) {
	p := MustNew(t)
	type want struct {
		used          int
		value         float64
		min, max      float64 // zero means equal to value
		approx        bool
		ord, fraction bool
	}
	tests := []struct {
		name  string
		input string // words split on spaces; "|" joins nothing
		want  want
		ok    bool
	}{
		// Digits.
		{"int", "42 people", want{used: 1, value: 42}, true},
		{"grouped", "1,000 prisoners", want{used: 1, value: 1000}, true},
		{"decimal", "1.5 percent", want{used: 1, value: 1.5}, true},
		{"split groups", "12 000 troops", want{used: 2, value: 12000}, true},
		{"split groups 3", "1 250 000 people", want{used: 3, value: 1250000}, true},
		{"split groups decimals", "2 500 125.75 euros", want{used: 3, value: 2500125.75}, true},
		{"compact trillion", "4 tln", want{used: 2, value: 4e12}, true},
		{"compact", "3bn dollars", want{used: 1, value: 3e9}, true},
		{"digits scale", "1.5 million", want{used: 2, value: 1.5e6}, true},
		{"digits abbr", "3 bn", want{used: 2, value: 3e9}, true},
		{"digits two scales", "5 hundred thousand", want{used: 3, value: 500000}, true},
		{"ordinal digits", "22nd brigade", want{used: 1, value: 22, ord: true}, true},
		{"ordinal split", "22 nd", want{used: 2, value: 22, ord: true}, true},
		{"slash fraction", "3/4 of", want{used: 1, value: 0.75, fraction: true}, true},
		// Words.
		{"unit", "nine civilians", want{used: 1, value: 9}, true},
		{"capital", "Nine civilians", want{used: 1, value: 9}, true},
		{"hyphen", "forty-two", want{used: 1, value: 42}, true},
		{"nb hyphen", "forty\u2011two", want{used: 1, value: 42}, true},
		{"spaced tens", "forty two", want{used: 2, value: 42}, true},
		{"hundred and", "one hundred and twelve", want{used: 4, value: 112}, true},
		{"a hundred", "a hundred people", want{used: 2, value: 100}, true},
		{"thousands compound", "twenty-five thousand three hundred and one", want{used: 6, value: 25301}, true},
		{"million", "two million", want{used: 2, value: 2e6}, true},
		{"a dozen", "a dozen", want{used: 2, value: 12}, true},
		{"two dozen", "two dozen", want{used: 2, value: 24}, true},
		{"three dozens", "three dozens", want{used: 2, value: 36}, true},
		{"digits dozens", "3 dozens", want{used: 2, value: 36}, true},
		{"mixed fraction", "10 1/2 miles", want{used: 2, value: 10.5}, true},
		{"digits compound", "4 thousand 3 hundred and 21", want{used: 6, value: 4321}, true},
		{"digits and words", "3 hundred and one", want{used: 4, value: 301}, true},
		{"digits million and a half", "3 million and a half", want{used: 5, value: 3.5e6}, true},
		{"billion and three quarters", "five billion and three quarters", want{used: 5, value: 5.75e9}, true},
		{"point", "two hundred point zero three", want{used: 5, value: 200.03}, true},
		{"point tens", "two hundred point seventy-one", want{used: 4, value: 200.71}, true},
		{"nought", "nine point nought four", want{used: 4, value: 9.04}, true},
		{"digits scale then plain", "3 million 2 years", want{used: 2, value: 3e6}, true},
		{"and a half", "two and a half", want{used: 4, value: 2.5}, true},
		{"and a half million", "one and a half million", want{used: 5, value: 1.5e6}, true},
		{"and a quarter", "five and a quarter", want{used: 4, value: 5.25}, true},
		{"million and a half", "three million and a half", want{used: 5, value: 3.5e6}, true},
		{"hundred and two dozen", "three hundred and two dozens", want{used: 5, value: 324}, true},
		{"half a million", "half a million", want{used: 3, value: 5e5}, true},
		{"half million", "half million", want{used: 2, value: 5e5}, true},
		{"quarter million", "quarter million", want{used: 2, value: 2.5e5}, true},
		{"quarter alone", "quarter", want{}, false},
		{"stops at second unit", "five six", want{used: 1, value: 5}, true},
		{"trailing and", "three hundred and people", want{used: 2, value: 300}, true},
		{"year-like words", "nineteen ninety", want{used: 1, value: 19}, true},
		{"zero", "zero", want{used: 1, value: 0}, true},
		// Ordinals.
		{"first", "first round", want{used: 1, value: 1, ord: true}, true},
		{"twenty-first", "twenty-first century", want{used: 1, value: 21, ord: true}, true},
		{"twenty third", "twenty third", want{used: 2, value: 23, ord: true}, true},
		{"hundred and first", "one hundred and first", want{used: 4, value: 101, ord: true}, true},
		{"hundredth", "hundredth", want{used: 1, value: 100, ord: true}, true},
		{"two hundredth", "two hundredth", want{used: 2, value: 200, ord: true}, true},
		// Fractions.
		{"half", "half of them", want{used: 1, value: 0.5, fraction: true}, true},
		{"a third", "a third of", want{used: 2, value: 1.0 / 3, fraction: true}, true},
		{"a third end", "a third", want{used: 2, value: 1.0 / 3, fraction: true}, true},
		{"two thirds", "two thirds", want{used: 2, value: 2.0 / 3, fraction: true}, true},
		{"two-thirds", "two-thirds of", want{used: 1, value: 2.0 / 3, fraction: true}, true},
		{"one quarter", "one quarter", want{used: 2, value: 0.25, fraction: true}, true},
		{"three quarters", "three quarters", want{used: 2, value: 0.75, fraction: true}, true},
		{"a quarter of a million", "a quarter of a million", want{used: 5, value: 250000}, true},
		{"three fifths", "three fifths of the vote", want{used: 2, value: 0.6, fraction: true}, true},
		{"seven eighths", "seven-eighths of the budget", want{used: 1, value: 0.875, fraction: true}, true},
		{"two twentieths", "two twentieths", want{used: 2, value: 0.1, fraction: true}, true},
		{"tens-unit plural", "four thirty-sevenths", want{used: 2, value: 4.0 / 37, fraction: true}, true},
		{"tens-unit plural spaced", "nine forty fifths", want{used: 3, value: 9.0 / 45, fraction: true}, true},
		{"a thousandth of", "a thousandth of a second", want{used: 2, value: 0.001, fraction: true}, true},
		{"a millionth", "a millionth", want{used: 2, value: 1e-6, fraction: true}, true},
		{"one sixtieth", "one sixtieth", want{used: 2, value: 1.0 / 60, fraction: true}, true},
		{"ten millionths", "ten millionths", want{used: 2, value: 1e-5, fraction: true}, true},
		{"a hundred thousandths", "a hundred thousandths", want{used: 3, value: 0.1, fraction: true}, true},
		{"improper", "eleven fourths", want{used: 2, value: 2.75}, true},
		{"mixed words", "seven and two thirds", want{used: 4, value: 7 + 2.0/3}, true},
		{"mixed hundred", "three hundred and five eighths", want{used: 5, value: 300.625}, true},
		{"mixed hundredths", "six and thirty-one hundredths", want{used: 4, value: 6.31}, true},
		{"mixed a sixtieth", "nineteen and a sixtieth", want{used: 4, value: 19 + 1.0/60}, true},
		{"mixed improper numerator", "two hundred and nine fourths", want{used: 5, value: 209.0 / 4}, true},
		{"fraction scale", "two thirds billion", want{used: 3, value: 2e9 / 3}, true},
		{"fraction of a million", "three quarters of a million", want{used: 5, value: 750000}, true},
		{"billion and a half million", "two billion and a half million", want{used: 6, value: 2.0005e9}, true},
		{"over words", "four over nine", want{used: 3, value: 4.0 / 9, fraction: true}, true},
		{"over digits", "7 over 8 .", want{used: 3, value: 0.875, fraction: true}, true},
		{"over preposition", "7 over 8 days", want{used: 1, value: 7}, true},
		{"vulgar", "¾", want{used: 1, value: 0.75, fraction: true}, true},
		{"vulgar whole", "3½", want{used: 1, value: 3.5}, true},
		{"vulgar split", "4 ¼ miles", want{used: 2, value: 4.25}, true},
		{"a fifth column", "a fifth column", want{}, false},
		{"a quarter to", "a quarter to 8.8 trillion", want{used: 2, value: 0.25, fraction: true}, true},
		{"a third last", "a third last year", want{used: 2, value: 1.0 / 3, fraction: true}, true},
		{"twenty-first century", "a twenty-first century idea", want{}, false},
		{"one millionth visitor", "the one millionth visitor", want{}, false},
		{"millionth visitor", "one millionth visitor", want{used: 2, value: 1e6, ord: true}, true},
		{"seconds are no denominator", "two seconds", want{used: 1, value: 2}, true},
		{"firsts", "three firsts", want{used: 1, value: 3}, true},
		// Vague amounts.
		{"dozens", "dozens of people", want{used: 1, value: 24, min: 24, max: 99, approx: true}, true},
		{"hundreds", "hundreds", want{used: 1, value: 100, min: 100, max: 999, approx: true}, true},
		{"thousands", "Thousands", want{used: 1, value: 1000, min: 1000, max: 9999, approx: true}, true},
		{"millions", "millions", want{used: 1, value: 1e6, min: 1e6, max: 1e7 - 1, approx: true}, true},
		{"tens of thousands", "tens of thousands", want{used: 3, value: 10000, min: 10000, max: 99999, approx: true}, true},
		{"hundreds of thousands", "hundreds of thousands", want{used: 3, value: 1e5, min: 1e5, max: 1e6 - 1, approx: true}, true},
		{"scores of", "scores of", want{used: 1, value: 40, min: 40, max: 99, approx: true}, true},
		{"several hundred", "several hundred", want{used: 2, value: 300, min: 300, max: 900, approx: true}, true},
		{"a few thousand", "a few thousand", want{used: 3, value: 2000, min: 2000, max: 5000, approx: true}, true},
		{"several hundred thousand", "several hundred thousand", want{used: 3, value: 3e5, min: 3e5, max: 9e5, approx: true}, true},
		{"a couple of hundred", "a couple of hundred", want{used: 4, value: 200, min: 200, max: 200, approx: true}, true},
		{"several dozen", "several dozen", want{used: 2, value: 36, min: 36, max: 108, approx: true}, true},
		// Not numbers.
		{"article", "a man", want{}, false},
		{"a third time", "a third time", want{}, false},
		{"a few", "a few people", want{}, false},
		{"scores alone", "scores", want{}, false},
		{"word", "people", want{}, false},
		{"clock", "10:00", want{}, false},
		{"range token", "4-7", want{}, false},
		{"bare hundred", "hundred", want{}, false},
		{"hyphen noun", "five-year plan", want{}, false},
		{"empty", "", want{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, used, ok := p.ParseTokens(strings.Fields(tt.input))
			if ok != tt.ok {
				t.Fatalf("ok=%v, want %v (n=%+v used=%d)", ok, tt.ok, n, used)
			}
			if !ok {
				return
			}
			w := tt.want
			if w.min == 0 && w.max == 0 {
				w.min, w.max = w.value, w.value
			}
			if used != w.used {
				t.Errorf("used=%d, want %d", used, w.used)
			}
			if math.Abs(n.Value-w.value) > 1e-9 || n.Min != w.min || n.Max != w.max {
				t.Errorf("value=%v [%v,%v], want %v [%v,%v]", n.Value, n.Min, n.Max, w.value, w.min, w.max)
			}
			if n.Approx != w.approx || n.Ordinal != w.ord || n.Fraction != w.fraction {
				t.Errorf("approx=%v ordinal=%v fraction=%v, want %v %v %v", n.Approx, n.Ordinal, n.Fraction, w.approx, w.ord, w.fraction)
			}
		})
	}
}

func TestParseDigits(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"0", 0, true},
		{"2022", 2022, true},
		{"1,000", 1000, true},
		{"1,234,567.89", 1234567.89, true},
		{"12 000", 12000, true},
		{"12\u00a0000", 12000, true},
		{"12\u202f000", 12000, true},
		{"1.5", 1.5, true},
		{".5", 0.5, true},
		{"1.000", 1, true},
		{"1.000.000", 1e6, true},
		{"3bn", 3e9, true},
		{"1.5tn", 1.5e12, true},
		{"10k", 1e4, true},
		{"2mn", 2e6, true},
		{"5m", 0, false},
		{"1,00", 0, false},
		{"10:00", 0, false},
		{"5/16", 0, false},
		{"4-7", 0, false},
		{"1.", 0, false},
		{"-5", 0, false},
		{"abc", 0, false},
		{"", 0, false},
		{"1,2345", 0, false},
	}
	for _, tt := range tests {
		got, ok := numword.ParseDigits(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("ParseDigits(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNew(t *testing.T) {
	// The embedded data must load.
	MustNew(t)
}
