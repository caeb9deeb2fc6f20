package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// Character classes of ASCII bytes, looked up in a table on the hot path.
const (
	cOther  uint8 = iota
	cSpace        // white space and control characters: separate tokens
	cLetter       // A-Z a-z
	cDigit        // 0-9
)

// asciiClass has 256 entries so that any byte indexes it; bytes of
// multi-byte characters are cOther.
var asciiClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c <= ' ' || c == 0x7f:
			t[c] = cSpace
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = cLetter
		case '0' <= c && c <= '9':
			t[c] = cDigit
		}
	}
	return t
}()

// asciiPunct gives the kind of an ASCII byte that is a token by itself
// whatever follows it ("" for the others: letters, digits, white space, and
// the bytes that may start something longer: # @ . - ').
var asciiPunct = func() (t [utf8.RuneSelf]parley.TokenKind) {
	for c := range utf8.RuneSelf {
		if asciiClass[c] != cOther || strings.IndexByte("#@.-'", byte(c)) >= 0 {
			continue
		}
		if isSymbolRune(rune(c)) {
			t[c] = parley.TokenSymbol
		} else {
			t[c] = parley.TokenPunct
		}
	}
	return t
}()

// wordJoin marks the ASCII bytes after which a word may go on or turn out
// to be an e-mail address, URL path or abbreviation; after any other byte
// a word ends.
var wordJoin = func() (t [256]bool) {
	for _, c := range []byte("'-_/&.@+%") {
		t[c] = true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true // a multi-byte character: decode it
	}
	return t
}()

// decode returns the rune at text[i] and its size, or (-1, 0) at end.
func decode(text string, i, end int) (rune, int) {
	if i >= end {
		return -1, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(text[i:end])
	return r, n
}

// isSep reports whether r separates tokens: white space, control
// characters and the invisible zero-width space and byte-order mark.
func isSep(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r] == cSpace
	}
	switch r {
	case 0x200B, 0xFEFF, 0x2060:
		return true
	}
	return unicode.IsSpace(r) || (0x80 <= r && r <= 0x9F)
}

// isLetter reports whether r starts or continues a word: a letter or a
// combining mark.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r] == cLetter
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// isDigit reports whether r is a decimal digit of any script.
func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r] == cDigit
	}
	return unicode.IsDigit(r)
}

// isWordRune reports whether r continues a word: letters, marks, digits and
// the invisible joiners and soft hyphen that occur inside words.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && (asciiClass[r] == cLetter || asciiClass[r] == cDigit)
	}
	switch r {
	case 0x200C, 0x200D, 0x00AD:
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// isApostrophe reports whether r can join two parts of a word (don't,
// Russia’s).
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isHyphen reports whether r can join two parts of a word (full-scale). En
// and em dashes never do.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isUpper reports whether r is an upper-case or title-case letter.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isLower reports whether r is a lower-case letter.
func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// isSymbolRune reports whether a rune that is not part of a word or number
// is a symbol rather than punctuation: currency, maths and other symbols,
// and the per-cent, number, at and ampersand signs.
func isSymbolRune(r rune) bool {
	switch r {
	case '%', '‰', '‱', '#', '@', '&', '§', '¶', '†', '‡', '′', '″', '*':
		return true
	}
	if r < utf8.RuneSelf {
		return unicode.IsSymbol(r)
	}
	return unicode.IsSymbol(r) || !unicode.IsPunct(r)
}
