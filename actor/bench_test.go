package actor_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	actoreval "github.com/parleyhq/parley/internal/eval/actor"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/segment"
)

// BenchmarkActors measures Annotate alone, on documents already segmented:
// the seed article and the evaluation articles (markup removed) joined
// into one text.
func BenchmarkActors(b *testing.B) {
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	tg := MustTagger(b)
	var evalText strings.Builder
	arts, err := actoreval.Load(filepath.Join("testdata", "eval"))
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range arts {
		evalText.WriteString(a.Text)
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
