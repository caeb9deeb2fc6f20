package charset_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley/ingest/charset"
)

func BenchmarkDecode(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.*"))
	if err != nil {
		b.Fatal(err)
	}
	for _, path := range files {
		if strings.HasSuffix(path, ".golden.json") {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(path), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := charset.Decode(data, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
