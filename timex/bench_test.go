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

// BenchmarkTimex times the tagger alone on segmented documents, one
// sub-benchmark per corpus: the seed article, the two golden texts, and all
// of them joined. Segmentation happens before the timer starts.
func BenchmarkTimex(b *testing.B) {
	corpora := []struct{ name, text string }{{"seed", parleytest.SeedText(b)}}
	for _, name := range []string{"markets", "conflict"} {
		t, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
		if err != nil {
			b.Fatal(err)
		}
		corpora = append(corpora, struct{ name, text string }{name, string(t)})
	}
	var all []string
	for _, c := range corpora {
		all = append(all, c.text)
	}
	corpora = append(corpora, struct{ name, text string }{"all", strings.Join(all, "\n\n")})
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	tg, err := timex.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range corpora {
		b.Run(c.name, func(b *testing.B) {
			doc := &parley.Document{ID: "bench", Text: c.text, Published: parleytest.SeedPublished}
			seg.Annotate(doc)
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				tg.Annotate(doc)
			}
		})
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
