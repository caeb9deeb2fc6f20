package numword_test

import (
	"math"
	"strings"
	"testing"

	"github.com/parleyhq/parley/numword"
)

func FuzzParseTokens(f *testing.F) {
	for _, s := range []string{
		"one hundred and twelve", "tens of thousands", "1,000 prisoners", "a third of",
		"twenty-first", "several hundred thousand", "half a million", "3bn", "12 000",
		"a quarter of a million", "two and a half million", "22 nd", "3/4", "a a a",
		"three twenty-firsts", "one hundred and three quarters", "one over three .", "2½", "4 ¼",
		"one billion and a half million", "a twenty-first century", "2 500 125.75",
	} {
		f.Add(s)
	}
	p, err := numword.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		n, used, ok := p.ParseTokens(words)
		if !ok {
			if used != 0 {
				t.Fatalf("not ok but used=%d", used)
			}
			return
		}
		if used < 1 || used > len(words) {
			t.Fatalf("used=%d of %d words", used, len(words))
		}
		for _, v := range []float64{n.Value, n.Min, n.Max} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("non-finite number %+v", n)
			}
		}
		if n.Min > n.Value || n.Value > n.Max {
			t.Fatalf("want Min <= Value <= Max, got %+v", n)
		}
		if _, ok := numword.ParseDigits(s); ok && strings.ContainsAny(s, ":/-") {
			t.Fatalf("ParseDigits(%q) read a separator it should not", s)
		}
	})
}
