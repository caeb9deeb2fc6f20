package clause_test

import (
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/segment"
)

// BenchmarkAnalyze measures the analysis of every sentence of the seed
// article, segmented once outside the loop.
func BenchmarkAnalyze(b *testing.B) {
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	a, err := clause.New()
	if err != nil {
		b.Fatal(err)
	}
	text := parleytest.SeedText(b)
	doc := &parley.Document{ID: "b", Text: text}
	seg.Annotate(doc)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a.AnalyzeDocument(doc)
	}
}
