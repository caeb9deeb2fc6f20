package segment_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// FuzzSegment checks, for any valid UTF-8 text, that Annotate does not
// panic, that the document stays valid, that tokens cover every visible
// character and hold no invisible one (MustCover), that every sentence lies
// in its paragraph, that a second run gives the same layers, and that
// paragraphs given by the caller are kept as sentence boundaries.
func FuzzSegment(f *testing.F) {
	for _, seed := range []string{
		"",
		"U.S. envoys met Gen. Smith at 10 a.m. Monday. He left.",
		"“Stop. Now,” he said. (He left.) Then... what?! 1,000 1.5 10:00 $5 3.5%",
		"KYIV, Ukraine (AP) — J. R. R. Tolkien's 40-year-old D-Ore. No. 10",
		"https://x.org/a_(b)). a@b.co #tag @h 2025-05-18 5/18/2025 1st 1990's",
		"Зеленський\u200b Erdoğan\u00a0x\r\ny\n\n\"'‘’”“«»",
		"a.b.c.d.e.f.g.h a-b-c- -- ... .. ''\"\"",
	} {
		f.Add(seed)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	s := MustSegmenter(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc := &parley.Document{ID: "fuzz", Text: text}
		s.Annotate(doc)
		// Invalid UTF-8 is outside the contract; the segmenter must still
		// not panic on it.
		if !utf8.ValidString(text) {
			return
		}
		parleytest.MustValid(t, doc)
		MustCover(t, doc)
		again := &parley.Document{ID: "fuzz", Text: text}
		s.Annotate(again)
		if !reflect.DeepEqual(again.Tokens, doc.Tokens) || !reflect.DeepEqual(again.Sentences, doc.Sentences) {
			t.Fatal("second run differs")
		}
		// Paragraphs given by the caller may cut through words.
		mid := len(text) / 3
		for mid > 0 && !utf8.RuneStart(text[mid]) {
			mid--
		}
		given := &parley.Document{ID: "fuzz", Text: text, Paragraphs: []parley.Span{{Start: 0, End: mid}, {Start: mid, End: len(text)}}}
		s.Annotate(given)
		parleytest.MustValid(t, given)
		MustCover(t, given)
	})
}
