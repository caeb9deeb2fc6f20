package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold maps accented Latin letters to their base letter, so that "Türkiye",
// "Turkiye" and "TÜRKIYE" meet in one key.
var fold = func() map[rune]string {
	m := map[rune]string{}
	for base, accented := range map[string]string{
		"a": "àáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặ", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęěȅȇẹẻẽếềểễệ",
		"g": "ĝğġģǧ", "h": "ĥħḩ", "i": "ìíîïĩīĭįıǐȉȋịỉ", "j": "ĵ", "k": "ķǩ", "l": "ĺļľŀł",
		"n": "ñńņňŉ", "o": "òóôõöøōŏőǒȍȏọỏốồổỗộớờởỡợơ", "r": "ŕŗř", "s": "śŝşšșṣ",
		"t": "ţťŧțṭ", "u": "ùúûüũūŭůűųǔưụủứừửữự", "w": "ŵẁẃẅ", "y": "ýÿŷỳỵỷỹ", "z": "źżžẓ",
		"ae": "æ", "oe": "œ", "ss": "ß", "th": "þ", "dh": "ð",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()

// foldLow holds fold for the runes below foldLowEnd, where most are.
var foldLow = func() (t [foldLowEnd]string) {
	for r, s := range fold {
		if r < foldLowEnd {
			t[r] = s
		}
	}
	return t
}()

const foldLowEnd = 0x250 // the end of Latin Extended-B

// foldRune returns the base letters of an accented letter.
func foldRune(r rune) (string, bool) {
	if r < foldLowEnd {
		s := foldLow[r]
		return s, s != ""
	}
	if r < 0x1E00 || r > 0x1EFF {
		return "", false // fold has no other letters
	}
	s, ok := fold[r]
	return s, ok
}

// normWord returns the matching key of one word: lower case, accents folded,
// typographic apostrophes and hyphens made ASCII, a final period dropped
// ("Ky." and "Ky" meet).
func normWord(w string) string {
	if len(w) > 1 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return string(appendNorm(make([]byte, 0, len(w)+2), w))
		}
	}
	return w
}

// appendNorm appends the matching key of word w to dst (see normWord).
func appendNorm(dst []byte, w string) []byte {
	if len(w) > 1 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	// ASCII, the common case: copy, then lower in place.
	n := len(dst)
	dst = append(dst, w...)
	ascii := true
	for k := n; k < len(dst); k++ {
		c := dst[k]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			dst[k] = c + 'a' - 'A'
		}
	}
	if ascii {
		return dst
	}
	dst = dst[:n]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if r == utf8.RuneError {
			dst = append(dst, "\uFFFD"...) // a byte of another encoding: no letter to fold
			continue
		}
		r = unicode.ToLower(r)
		switch {
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
		case r == '’' || r == 'ʼ' || r == '‘' || r == 'ʻ':
			dst = append(dst, '\'')
		case r == '‐' || r == '‑' || r == '–':
			dst = append(dst, '-')
		default:
			if s, ok := foldRune(r); ok {
				dst = append(dst, s...)
			} else {
				dst = utf8.AppendRune(dst, r)
			}
		}
	}
	return dst
}

// nameWords splits a gazetteer name into words the way the segmenter splits
// text: letters and digits with inner apostrophes, hyphens and periods stay
// together; other punctuation is a word of its own; space separates.
func nameWords(name string) []string {
	var out []string
	rs := []rune(name)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + 1
			for j < len(rs) {
				if unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || unicode.IsMark(rs[j]) {
					j++
				} else if strings.ContainsRune("'’-‐.", rs[j]) && j+1 < len(rs) && (unicode.IsLetter(rs[j+1]) || unicode.IsDigit(rs[j+1])) {
					j += 2
				} else if rs[j] == '.' {
					j++ // "D.C.", "St.": a period after a word belongs to it
					break
				} else {
					break
				}
			}
			out = append(out, string(rs[i:j]))
			i = j
		default:
			out = append(out, string(r))
			i++
		}
	}
	return out
}

// NameKey returns the matching key of a name: its words as the segmenter
// splits them, in lower case with accents folded and a final period dropped,
// joined by single spaces ("Côte d'Ivoire" -> "cote d'ivoire"). Names with
// the same key are the same name to the gazetteer.
func NameKey(name string) string { return nameKey(name) }

func nameKey(name string) string {
	if simpleName(name) {
		return strings.ToLower(name)
	}
	ws := nameWords(name)
	for i, w := range ws {
		ws[i] = normWord(w)
	}
	return strings.Join(ws, " ")
}

// caseOf classifies the letters of a word.
type wordCase uint8

const (
	caseOther wordCase = iota // no letter, or lower case first letter
	caseTitle                 // capital first letter, some lower case
	caseUpper                 // all letters capital (at least two letters)
)

func caseOf(w string) wordCase {
	if ascii, c := asciiCase(w); ascii {
		return c
	}
	first, nUpper, nLower := rune(0), 0, 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if first == 0 {
			first = r
		}
		if unicode.IsUpper(r) {
			nUpper++
		} else if unicode.IsLower(r) {
			nLower++
		}
	}
	switch {
	case first == 0 || !unicode.IsUpper(first):
		return caseOther
	case nLower == 0 && nUpper >= 2:
		return caseUpper
	}
	return caseTitle
}

// simpleName reports whether name is ASCII letters separated by single
// spaces, whose key is its lower case.
func simpleName(name string) bool {
	if name == "" || name[0] == ' ' || name[len(name)-1] == ' ' {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case c == ' ' && name[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// asciiCase is caseOf for ASCII words, and reports whether w was one.
func asciiCase(w string) (bool, wordCase) {
	ascii, c, _ := asciiScan(w)
	return ascii, c
}

// asciiScan is asciiCase, and also reports whether w has a capital.
func asciiScan(w string) (ascii bool, c wordCase, upper bool) {
	first, nUpper, nLower := byte(0), 0, 0
	for i := 0; i < len(w); i++ {
		b := w[i]
		switch {
		case b >= utf8.RuneSelf:
			return false, caseOther, false
		case 'A' <= b && b <= 'Z':
			nUpper++
		case 'a' <= b && b <= 'z':
			nLower++
		default:
			continue
		}
		if first == 0 {
			first = b
		}
	}
	switch {
	case first == 0 || 'a' <= first && first <= 'z':
		return true, caseOther, nUpper > 0
	case nLower == 0 && nUpper >= 2:
		return true, caseUpper, true
	}
	return true, caseTitle, true
}
