package htmltext_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley/ingest/htmltext"
)

func BenchmarkExtractString(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil {
		b.Fatal(err)
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		s := string(data)
		b.Run(filepath.Base(path), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				htmltext.ExtractString(s)
			}
		})
	}
}
