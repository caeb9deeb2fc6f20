package ingest_test

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest"
	"github.com/parleyhq/parley/internal/parleytest"
)

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

// readAll reads one input and returns its documents and error messages.
func readAll(t *testing.T, r *ingest.Reader, input string) ([]*parley.Document, []string) {
	t.Helper()
	var docs []*parley.Document
	var errs []string
	err := r.Read(context.Background(), input, func(doc *parley.Document, err error) error {
		if err != nil {
			errs = append(errs, err.Error())
			return nil
		}
		parleytest.MustValid(t, doc)
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return docs, errs
}

func TestReader_Read(t *testing.T) {
	day := time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC)
	t.Run("Examples", func(t *testing.T) {
		for _, tt := range []struct {
			file, format string
			docs         int
		}{
			{"strike.txt", "text", 1},
			{"page.html", "html", 1},
			{"feed.xml", "feed", 3},
			{"batch.jsonl", "jsonl", 6},
			{"cp1251.txt", "text", 1},
		} {
			docs, errs := readAll(t, &ingest.Reader{Published: day}, "../examples/"+tt.file)
			if len(errs) > 0 || len(docs) < tt.docs {
				t.Fatalf("%s: %d docs, errors %v; want at least %d docs", tt.file, len(docs), errs, tt.docs)
			}
			for _, d := range docs {
				if d.Format != tt.format || d.Published.IsZero() || !strings.HasSuffix(d.Input, tt.file) || d.ID == "" {
					t.Fatalf("%s: format=%q published=%v input=%q id=%q", tt.file, d.Format, d.Published, d.Input, d.ID)
				}
			}
		}
	})
	t.Run("PublishedFallbackOnlyWhenMissing", func(t *testing.T) {
		docs, _ := readAll(t, &ingest.Reader{Published: day}, "../examples/page.html")
		if docs[0].PublishedFrom == parley.DateFromUser {
			t.Fatal("page's own date was replaced by the fallback")
		}
		docs, _ = readAll(t, &ingest.Reader{Published: day}, "../examples/floods.txt")
		if !docs[0].Published.Equal(day) || docs[0].PublishedFrom != parley.DateFromUser {
			t.Fatalf("published=%v from %q, want the fallback", docs[0].Published, docs[0].PublishedFrom)
		}
	})
	t.Run("Cyrillic", func(t *testing.T) {
		docs, _ := readAll(t, &ingest.Reader{}, "../examples/cp1251.txt")
		if docs[0].Charset != "windows-1251" || !strings.Contains(docs[0].Text, "ВЛАДИВОСТОК") {
			t.Fatalf("charset=%q text=%.80q", docs[0].Charset, docs[0].Text)
		}
	})
	t.Run("ForcedFormat", func(t *testing.T) {
		r := &ingest.Reader{Format: ingest.FormatText, Stdin: strings.NewReader("<p>Not a page.</p>")}
		docs, _ := readAll(t, r, "-")
		if docs[0].Text != "<p>Not a page.</p>" {
			t.Fatalf("text=%q", docs[0].Text)
		}
	})
	t.Run("ErrHostile", func(t *testing.T) {
		for _, tt := range []struct {
			name, input, want string
		}{
			{"Empty", "", "has no text"},
			{"TooLarge", strings.Repeat("x", 2048), "larger than 1024 bytes"},
			{"Binary", "\x00\x01\x02\x7fELF\x00\x00\xff\xfe\x00", ""},
			{"TruncatedHTML", "<html><body><article><p>Talks in Geneva ended on Friday with", ""},
			{"BadJSONL", "{\"text\": \"ok\"}\n{bad\n", "-:2"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				r := &ingest.Reader{MaxBytes: 1024, Stdin: strings.NewReader(tt.input)}
				docs, errs := readAll(t, r, "-")
				if tt.want == "" {
					if len(docs)+len(errs) == 0 {
						t.Fatal("neither a document nor an error")
					}
					return
				}
				if len(errs) == 0 || !strings.Contains(strings.ToLower(strings.Join(errs, "\n")), tt.want) {
					t.Fatalf("errors %q, want one containing %q", errs, tt.want)
				}
			})
		}
	})
	t.Run("ErrURLWithoutFetcher", func(t *testing.T) {
		_, errs := readAll(t, &ingest.Reader{}, "https://example.org/a")
		if len(errs) != 1 || !strings.Contains(errs[0], "not enabled") {
			t.Fatalf("errors %q", errs)
		}
	})
	t.Run("ErrDirectory", func(t *testing.T) {
		_, errs := readAll(t, &ingest.Reader{}, "../examples")
		if len(errs) != 1 || !strings.Contains(errs[0], "is a directory") {
			t.Fatalf("errors %q", errs)
		}
	})
}
