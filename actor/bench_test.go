package actor_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/segment"
)

// BenchmarkActors measures Annotate alone, on documents already segmented:
// the seed article and the evaluation articles joined into one text.
func BenchmarkActors(b *testing.B) {
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	tg := MustTagger(b)
	var evalText strings.Builder
	names, _ := filepath.Glob(filepath.Join("testdata", "eval", "*.txt"))
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		evalText.Write(data)
		evalText.WriteString("\n\n")
	}
	for _, c := range []struct{ name, text string }{
		{"seed", parleytest.SeedText(b)},
		{"eval", evalText.String()},
	} {
		b.Run(c.name, func(b *testing.B) {
			doc := &parley.Document{ID: c.name, Text: c.text, Published: parleytest.SeedPublished}
			seg.Annotate(doc)
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				tg.Annotate(doc)
			}
		})
	}
}
