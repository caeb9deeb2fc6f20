package segment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

func BenchmarkSegment(b *testing.B) {
	s := MustSegmenter(b)
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var all strings.Builder
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(data)
		all.WriteString("\n\n")
	}
	for _, c := range []struct{ name, text string }{
		{"seed", parleytest.SeedText(b)},
		{"testdata", all.String()},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				doc := &parley.Document{ID: "bench", Text: c.text}
				s.Annotate(doc)
			}
		})
	}
}
