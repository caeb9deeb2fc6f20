package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest"
	"github.com/parleyhq/parley/internal/parleytest"
)

// FuzzReader feeds arbitrary bytes through format detection and the parser
// of whatever format they look like: no panic, and every document that comes
// out has valid UTF-8 text and valid spans.
func FuzzReader(f *testing.F) {
	for _, pattern := range []string{"../examples/*", "testdata/*"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil && len(b) < 1<<20 {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("<rss><channel><item><title>x</title></item>"))
	f.Add([]byte(`{"text": "a"}` + "\n{"))
	f.Add([]byte("\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &ingest.Reader{MaxBytes: 1 << 20}
		r.Stdin = bytesReader(data)
		err := r.Read(context.Background(), "-", func(doc *parley.Document, err error) error {
			if err != nil {
				if err.Error() == "" {
					t.Fatal("empty error message")
				}
				return nil
			}
			if !utf8.ValidString(doc.Text) {
				t.Fatal("text is not valid UTF-8")
			}
			parleytest.MustValid(t, doc)
			return nil
		})
		if err != nil {
			t.Fatalf("Read returned %v, want errors passed to emit", err)
		}
	})
}
