package charset

import (
	"strings"
	"unicode/utf8"
)

// Clean returns s as valid UTF-8 with line ends normalised to "\n" and
// control characters removed: CR LF and lone CR become LF; NUL, the other
// C0 controls except "\t" and "\n", DEL, the C1 controls and U+FEFF are
// dropped; invalid bytes become U+FFFD.
func Clean(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				b.WriteByte('\n')
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
			case c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F):
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case dropped(r):
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// clean reports whether Clean would return s unchanged.
func clean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7F {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || dropped(r) {
			return false
		}
		i += n
	}
	return true
}

func dropped(r rune) bool {
	return 0x80 <= r && r <= 0x9F || r == 0xFEFF
}
