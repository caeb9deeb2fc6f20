package feed_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley/ingest/feed"
)

func BenchmarkParse(b *testing.B) {
	example, err := os.ReadFile(filepath.Join("..", "..", "examples", "feed.xml"))
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"feed.xml", example},
		{"generated-1000", bigFeed(1000)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, errs := feed.Parse(c.data, feed.Options{}); len(errs) > 0 {
					b.Fatal(errs)
				}
			}
		})
	}
}
