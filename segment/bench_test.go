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
			cpu := cpuTime()
			for b.Loop() {
				doc := &parley.Document{ID: "bench", Text: c.text}
				s.Annotate(doc)
			}
			// On a shared machine wall-clock MB/s understates the speed;
			// CPU-MB/s divides by the CPU time the process used instead
			// (garbage collection included).
			if d := cpuTime() - cpu; d > 0 {
				b.ReportMetric(float64(b.N)*float64(len(c.text))/1e6/d.Seconds(), "CPU-MB/s")
			}
		})
	}
}
