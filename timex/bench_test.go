package timex_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/segment"
	"github.com/parleyhq/parley/timex"
)

// BenchmarkTimex times the tagger alone on segmented documents: the seed
// article and the test texts. Segmentation happens before the timer starts.
func BenchmarkTimex(b *testing.B) {
	var texts []string
	texts = append(texts, parleytest.SeedText(b))
	for _, name := range []string{"markets.txt", "conflict.txt"} {
		t, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	text := strings.Join(texts, "\n\n")
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	tg, err := timex.New()
	if err != nil {
		b.Fatal(err)
	}
	doc := &parley.Document{ID: "bench", Text: text, Published: parleytest.SeedPublished}
	seg.Annotate(doc)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Annotate(doc)
	}
}

// BenchmarkSegment times the segmenter on the same text, for comparison.
func BenchmarkSegment(b *testing.B) {
	text := parleytest.SeedText(b)
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		doc := &parley.Document{ID: "bench", Text: text}
		seg.Annotate(doc)
	}
}
