package text_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parleyhq/parley/ingest/text"
	"github.com/parleyhq/parley/internal/parleytest"
)

func FuzzText(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, path := range append(files, filepath.Join("..", "..", "examples", "cp1251.txt")) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("KYIV, Ukraine, May 17 (Reuters) - x"))
	f.Add([]byte("Title\n\n\n"))
	f.Add([]byte("\xff\xfeH\x00i\x00"))
	fallback := time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := text.Parse(data, text.Options{Name: "fuzz", Published: fallback, MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		if !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) {
			t.Fatalf("text is not valid UTF-8: %q", doc.Text)
		}
		if len(doc.Paragraphs) == 0 {
			t.Fatalf("no paragraphs in %q", doc.Text)
		}
		parleytest.MustValid(t, doc)
	})
}
