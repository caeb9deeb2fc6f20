package segment_test

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// invisible reports whether r may stand outside every token: white space,
// control characters, the zero-width space, word joiner and byte-order mark.
func invisible(r rune) bool {
	switch r {
	case 0x200B, 0x2060, 0xFEFF:
		return true
	}
	return unicode.IsSpace(r) || unicode.IsControl(r)
}

// MustCover checks the segmenter's own invariants beyond Validate: tokens
// are non-empty, hold no invisible character and cover every visible one;
// each sentence runs from its first token's start to its last token's end,
// lies in its paragraph and has tokens; sentences are in order and do not
// overlap; every token inside a paragraph belongs to a sentence.
func MustCover(tb testing.TB, doc *parley.Document) {
	tb.Helper()
	text := doc.Text
	covered := make([]bool, len(text))
	for i, tk := range doc.Tokens {
		if tk.Span.Len() == 0 {
			tb.Fatalf("token %d is empty", i)
		}
		for k := tk.Span.Start; k < tk.Span.End; k++ {
			covered[k] = true
		}
		for _, r := range text[tk.Span.Start:tk.Span.End] {
			if invisible(r) {
				tb.Fatalf("token %d %q contains invisible %U", i, doc.Slice(tk.Span), r)
			}
		}
		switch tk.Kind {
		case parley.TokenWord, parley.TokenNumber, parley.TokenPunct, parley.TokenSymbol:
		default:
			tb.Fatalf("token %d has kind %q", i, tk.Kind)
		}
	}
	for k := 0; k < len(text); {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !invisible(r) && !covered[k] {
			tb.Fatalf("character %q at %d is in no token", r, k)
		}
		k += n
	}
	inSentence := make([]bool, len(doc.Tokens))
	end := 0
	for i, s := range doc.Sentences {
		for k := s.FirstToken; k < s.EndToken; k++ {
			inSentence[k] = true
		}
		if s.EndToken <= s.FirstToken {
			tb.Fatalf("sentence %d has no tokens", i)
		}
		want := parley.Span{Start: doc.Tokens[s.FirstToken].Span.Start, End: doc.Tokens[s.EndToken-1].Span.End}
		if s.Span != want {
			tb.Fatalf("sentence %d span %v, want %v", i, s.Span, want)
		}
		if s.Span.Start < end {
			tb.Fatalf("sentence %d overlaps the one before", i)
		}
		end = s.Span.End
		if s.Paragraph >= len(doc.Paragraphs) || !doc.Paragraphs[s.Paragraph].Contains(s.Span) {
			tb.Fatalf("sentence %d %v not in its paragraph %d", i, s.Span, s.Paragraph)
		}
	}
	for i, tk := range doc.Tokens {
		if inSentence[i] {
			continue
		}
		for _, p := range doc.Paragraphs {
			if p.Overlaps(tk.Span) {
				tb.Fatalf("token %d %q lies in paragraph %v but in no sentence", i, doc.Slice(tk.Span), p)
			}
		}
	}
}
