package quantity_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// BenchmarkQuantity times the tagger alone: segmentation runs once, outside
// the loop. The corpus is the seed article and the test texts.
func BenchmarkQuantity(b *testing.B) {
	p := MustPipe(b)
	var parts []string
	parts = append(parts, parleytest.SeedText(b))
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(t))
	}
	doc := &parley.Document{ID: "bench", Text: strings.Join(parts, "\n\n")}
	p.seg.Annotate(doc)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		p.tg.Annotate(doc)
	}
}
