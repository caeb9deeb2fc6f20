package jsonl_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/jsonl"
	"github.com/parleyhq/parley/internal/parleytest"
)

func FuzzJSONL(f *testing.F) {
	for _, p := range []string{
		filepath.Join(parleytest.ModuleRoot(f), "examples", "batch.jsonl"),
		"testdata/malformed.jsonl",
	} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint16(0))
		for line := range bytes.Lines(data) {
			f.Add(line, uint16(64))
		}
	}
	f.Add([]byte("\xEF\xBB\xBF{\"text\":\"a\\u0000\\ud800b\"}\r\n\n"), uint16(0))
	f.Add([]byte(`{"text":"x","published":1e300}`), uint16(0))
	f.Add([]byte(`{"html":"<title></title><p> </p>"}`), uint16(0))

	f.Fuzz(func(t *testing.T, data []byte, maxBytes uint16) {
		lines := bytes.Count(data, []byte("\n")) + 1
		opt := jsonl.Options{Name: "fuzz", MaxBytes: int(maxBytes), HTML: stripTags}
		last := 0
		errs := jsonl.Read(bytes.NewReader(data), opt, func(doc *parley.Document) error {
			parleytest.MustValid(t, doc)
			if doc.Format != jsonl.Name || doc.Text == "" {
				t.Fatalf("Format=%q, len(Text)=%d, want jsonl and some text", doc.Format, len(doc.Text))
			}
			// The record must encode: published dates stay within years 1 to 9999.
			parleytest.MarshalGolden(t, doc)
			return nil
		})
		for _, err := range errs {
			var ie *parley.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *InputError", err)
			}
			if ie.Pos.Name != "fuzz" || ie.Pos.Line < 1 || ie.Pos.Line > lines || ie.Pos.Line <= last {
				t.Fatalf("error at %v: line out of range 1..%d or out of order (previous %d)", ie.Pos, lines, last)
			}
			last = ie.Pos.Line
		}
	})
}
