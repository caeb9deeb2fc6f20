package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// line is one line of a paragraph: its tokens and its length in bytes.
type line struct {
	first, end int // token range
	len        int
	caps       bool
}

// lineCuts returns the indexes of the tokens in [a, b) that start a line
// which a line break separates from the sentence before, in a paragraph
// that holds line breaks (hard-wrapped text, where a line break is
// otherwise no boundary):
//
//   - after a line in capitals when the line is not in capitals: a heading
//     set directly above its text ("CEASEFIRE TALKS: WHAT WE KNOW");
//   - after a line shorter than half the paragraph's longest line (of at
//     least 50 bytes) that ends in a word or number, when the line starts
//     with a capital letter or a digit: a headline or byline above wrapped
//     text.
//
// Wrapped prose has neither whole lines in capitals nor short lines
// before its last, so neither cut splits it.
func lineCuts(text string, toks []parley.Token, a, b int, lines []line, cuts []int) ([]line, []int) {
	lines, cuts = lines[:0], cuts[:0]
	longest := 0
	first := a
	for k := a + 1; k <= b; k++ {
		if k < b && !hasNewline(text[toks[k-1].Span.End:toks[k].Span.Start]) {
			continue
		}
		s := text[toks[first].Span.Start:toks[k-1].Span.End]
		lines = append(lines, line{first: first, end: k, len: len(s), caps: capsLine(s)})
		longest = max(longest, len(s))
		first = k
	}
	for n := 1; n < len(lines); n++ {
		prev, l := lines[n-1], lines[n]
		switch {
		case prev.caps && !l.caps:
		case longest >= 50 && 2*prev.len < longest && wordEnd(text, toks[prev.end-1]) && upperStart(text, toks[l.first]):
		default:
			continue
		}
		cuts = append(cuts, l.first)
	}
	return lines, cuts
}

// wordEnd reports whether t is a word or number that does not end in a
// period.
func wordEnd(text string, t parley.Token) bool {
	return (t.Kind == parley.TokenWord || t.Kind == parley.TokenNumber) && text[t.Span.End-1] != '.'
}

// upperStart reports whether token t starts with a capital letter or a
// digit.
func upperStart(text string, t parley.Token) bool {
	r, _ := decode(text, t.Span.Start, t.Span.End)
	return isUpper(r) || isDigit(r)
}

// capsLine reports whether s has upper-case letters and no lower-case ones.
func capsLine(s string) bool {
	upper := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				return false
			case 'A' <= c && c <= 'Z':
				upper = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper = true
		}
		i += n
	}
	return upper
}

// hasNewline reports whether the gap between two tokens, most often one
// space or none, holds a line feed.
func hasNewline(gap string) bool {
	switch len(gap) {
	case 0:
		return false
	case 1:
		return gap[0] == '\n'
	}
	return strings.IndexByte(gap, '\n') >= 0
}
