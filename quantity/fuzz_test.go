package quantity_test

import (
	"math"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

func FuzzQuantity(f *testing.F) {
	for _, s := range []string{
		"More than 5000 soldiers a week.",
		"exchange 1,000 prisoners of war on each side",
		"The war has killed tens of thousands and displaced millions.",
		"between 4 and 7 million people; 4-7 km; $5m; £3bn; US$2.5 billion",
		"a 1,000-for-1,000 swap, a 5,000-strong force, six-mile",
		"one hundred and twelve, half of them, two or three, 20 or more",
		"It cost 100,000 rubles every two weeks at 10 AM on May 16, 2022.",
		"- 4 - - to and between 1/2 3/4 000 0.5 .5 1e10",
		"more than half the homes; one over three; 2½ inches; x>=30 and y<=-4; <>5",
		"12 euros 50. 6 feet and 2 inches, C$15m, 90 USD million, higher or equal than 2 percent, lower or equal than 4 percent",
	} {
		f.Add(s)
	}
	p := MustPipe(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc := &parley.Document{ID: "fuzz", Text: text}
		p.seg.Annotate(doc)
		if doc.Validate() != nil {
			return // the segmenter's own fuzz test covers its layers
		}
		p.tg.Annotate(doc)
		parleytest.MustValid(t, doc)
		for i, q := range doc.Quantities {
			if q.Span.Len() == 0 {
				t.Fatalf("quantity %d: empty span", i)
			}
			if !q.Counted.IsZero() && !q.Counted.Valid(len(text)) {
				t.Fatalf("quantity %d: counted %v out of bounds", i, q.Counted)
			}
			for _, v := range []float64{q.Value, q.Min, q.Max, q.Total} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("quantity %d: non-finite %+v", i, q)
				}
			}
			if q.Min > q.Value || q.Value > q.Max {
				t.Fatalf("quantity %d %q: want Min <= Value <= Max, got %v %v %v", i, doc.Slice(q.Span), q.Min, q.Value, q.Max)
			}
			if i > 0 && q.Span.Start < doc.Quantities[i-1].Span.End {
				t.Fatalf("quantity %d overlaps the one before", i)
			}
			if q.Claimant != -1 {
				t.Fatalf("quantity %d: Claimant=%d", i, q.Claimant)
			}
		}
	})
}
