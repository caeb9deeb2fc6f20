package numword_test

import (
	"strings"
	"testing"
)

func BenchmarkParseTokens(b *testing.B) {
	p := MustNew(b)
	text := "the war has killed tens of thousands and displaced millions ; one hundred and twelve people , 1,000 prisoners and 1.5 million dollars on the twenty-first day"
	words := strings.Fields(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for i := range words {
			p.ParseTokens(words[i:])
		}
	}
}
