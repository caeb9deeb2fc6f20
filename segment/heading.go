package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// headingCuts returns the indexes of the tokens in [a, b) that start a line
// after a line written in capitals, when their own line is not: in
// hard-wrapped text a heading ("CEASEFIRE TALKS: WHAT WE KNOW") may stand
// on the line above the text it heads, with no blank line and no final
// punctuation. Wrapped prose never has a whole line in capitals, so the cut
// is safe; an all-capitals paragraph has no cuts.
func headingCuts(text string, toks []parley.Token, a, b int, cuts []int) []int {
	cuts = cuts[:0]
	prevCaps := false
	line := a
	for k := a + 1; k <= b; k++ {
		if k < b && strings.IndexByte(text[toks[k-1].Span.End:toks[k].Span.Start], '\n') < 0 {
			continue
		}
		caps := capsLine(text[toks[line].Span.Start:toks[k-1].Span.End])
		if prevCaps && !caps {
			cuts = append(cuts, line)
		}
		prevCaps = caps
		line = k
	}
	return cuts
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
