package text_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley/ingest/text"
)

func BenchmarkParse(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, path := range append(files, filepath.Join("..", "..", "examples", "cp1251.txt")) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(path), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := text.Parse(data, text.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
