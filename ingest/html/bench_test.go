package html_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley/ingest/html"
)

// BenchmarkIngestHTML parses example and test pages; pages/s is the number
// of pages of that kind one core parses per second.
func BenchmarkIngestHTML(b *testing.B) {
	for _, path := range []string{
		filepath.Join("..", "..", "examples", "page.html"),
		filepath.Join("testdata", "meta-date.html"),
		filepath.Join("testdata", "ru-cp1251.html"),
	} {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(path), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := html.Parse(data, html.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
