package segment_test

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/segment"
)

// MustSegmenter returns a new Segmenter or fails the test.
func MustSegmenter(tb testing.TB) *segment.Segmenter {
	tb.Helper()
	s, err := segment.New()
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return s
}

// MustAnnotate segments text and checks the document's invariants.
func MustAnnotate(tb testing.TB, s *segment.Segmenter, text string) *parley.Document {
	tb.Helper()
	doc := &parley.Document{ID: "test", Text: text}
	s.Annotate(doc)
	parleytest.MustValid(tb, doc)
	MustCover(tb, doc)
	return doc
}

// spansOf returns the spans of parts found in text one after another, so
// that a want written as strings still pins byte offsets.
func spansOf(tb testing.TB, text string, parts []string) []parley.Span {
	tb.Helper()
	var out []parley.Span
	pos := 0
	for _, p := range parts {
		k := strings.Index(text[pos:], p)
		if k < 0 {
			tb.Fatalf("want part %q not found in %q after offset %d", p, text, pos)
		}
		out = append(out, parley.Span{Start: pos + k, End: pos + k + len(p)})
		pos += k + len(p)
	}
	return out
}

func TestNew(t *testing.T) {
	if _, err := segment.New(); err != nil {
		t.Fatalf("New: %v", err)
	}
}
