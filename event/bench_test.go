package event_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley/internal/parleytest"
)

// BenchmarkEvent measures the coder alone over documents whose earlier
// layers were built once, outside the timed loop.
func BenchmarkEvent(b *testing.B) {
	inputs := map[string]string{"seed": parleytest.SeedText(b)}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		if bs, err := os.ReadFile(f); err == nil {
			inputs[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(bs)
		}
	}
	c := MustCoder(b)
	for name, text := range inputs {
		b.Run(name, func(b *testing.B) {
			doc := MustFull(b, text, parleytest.SeedPublished)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				d := *doc
				d.Events = nil
				c.Annotate(&d)
			}
		})
	}
}
