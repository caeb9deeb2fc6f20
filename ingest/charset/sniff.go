package charset

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// sniffMax bounds how many bytes the heuristics look at; the statistics of
// the first 64 KiB settle the question for any real text.
const sniffMax = 64 << 10

// cyrillicMin is the share that cyrillicShare must pass before single-byte
// text counts as Cyrillic. Words of Russian or Ukrainian text score close to
// 1; accented words of French, German, Polish or Czech text average well
// under a half.
const cyrillicMin = 0.7

// Sniff guesses the encoding of data from the bytes alone: UTF-8 when the
// bytes are valid UTF-8 (allowing a little damage), UTF-16 without a byte
// order mark when every other byte is NUL, Windows-1251 or KOI8-R when most
// letters are Cyrillic, and otherwise ISO-8859-2 or Windows-1252, whichever
// reads more like Latin-script words. Pure ASCII is reported as UTF-8.
func Sniff(data []byte) string {
	if len(data) > sniffMax {
		data = data[:sniffMax]
	}
	if name := utf16Guess(data); name != "" {
		return name
	}
	if !hasHigh(data) || utf8Like(data) {
		return UTF8
	}
	if cyrillicShare(data) > cyrillicMin {
		return cyrillic(data)
	}
	return latinGuess(data)
}

func hasHigh(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// utf8Strict reports whether data, cut at sniffMax, is valid UTF-8 with at
// least one multi-byte character. A character cut by the end is allowed.
func utf8Strict(data []byte) bool {
	if len(data) > sniffMax {
		data = data[:sniffMax]
	}
	valid, invalid := utf8Counts(data)
	return invalid == 0 && valid > 0
}

// utf8Like reports whether data reads as UTF-8: no invalid bytes, or far
// more valid multi-byte characters than invalid bytes (a UTF-8 text with a
// few damaged bytes). Legacy 8-bit text almost never forms valid multi-byte
// sequences, so it has few valid ones and many invalid bytes.
func utf8Like(data []byte) bool {
	if len(data) > sniffMax {
		data = data[:sniffMax]
	}
	valid, invalid := utf8Counts(data)
	return invalid == 0 || valid >= 8*invalid
}

// utf8Counts counts the valid multi-byte characters and the invalid bytes of
// data. A character cut short by the end of data counts as neither.
func utf8Counts(data []byte) (valid, invalid int) {
	for i := 0; i < len(data); {
		c := data[i]
		if c < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			if !utf8.FullRune(data[i:]) {
				break
			}
			invalid++
			i++
			continue
		}
		valid++
		i += n
	}
	return valid, invalid
}

// utf16Guess recognises UTF-16 text without a byte order mark by its NUL
// bytes: ASCII-range text in UTF-16 has a NUL in every other byte.
func utf16Guess(data []byte) string {
	n := min(len(data), 1024) &^ 1
	if n < 4 {
		return ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*6 && even*10 <= pairs:
		return UTF16LE
	case even*10 >= pairs*6 && odd*10 <= pairs:
		return UTF16BE
	}
	return ""
}

// cyrillicShare returns the share of bytes in 0xC0-0xFF, the range that
// holds the Cyrillic alphabet in both Windows-1251 and KOI8-R, among the
// letters of the words that have any high byte at all. Words in a Cyrillic
// script are high bytes through and through; Latin words carry one or two
// accented letters; markup and Latin words without accents do not count.
func cyrillicShare(data []byte) float64 {
	if len(data) > sniffMax {
		data = data[:sniffMax]
	}
	var high, total int
	wordHigh, wordLen, wordAny := 0, 0, false
	end := func() {
		if wordAny {
			high += wordHigh
			total += wordLen
		}
		wordHigh, wordLen, wordAny = 0, 0, false
	}
	for _, c := range data {
		switch {
		case c >= 0x80:
			wordAny = true
			wordLen++
			if c >= 0xC0 {
				wordHigh++
			}
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			wordLen++
		default:
			end()
		}
	}
	end()
	if total == 0 {
		return 0
	}
	return float64(high) / float64(total)
}

// russianFreq holds the frequency in Russian text, in tenths of a percent,
// of the lower-case letters that settle Windows-1251 against KOI8-R.
var russianFreq = map[rune]int{
	'о': 110, 'е': 85, 'а': 80, 'и': 74, 'н': 67, 'т': 63, 'с': 55, 'р': 47,
	'в': 45, 'л': 44, 'к': 35, 'м': 32, 'д': 30, 'п': 28, 'у': 26, 'я': 20,
	'ы': 19, 'ь': 17, 'г': 17, 'з': 16, 'б': 16, 'ч': 14, 'й': 12, 'х': 10,
	'ж': 9, 'ш': 7, 'ю': 6, 'ц': 5, 'щ': 4, 'э': 3, 'ф': 3, 'ъ': 1, 'ё': 1,
	'і': 50, 'ї': 6, 'є': 4, // Ukrainian, found only in Windows-1251 and KOI8-U
}

// cyrillic chooses between Windows-1251 and KOI8-R. The two put lower- and
// upper-case letters in swapped halves of 0xC0-0xFF, so the one whose
// reading has the more frequent lower-case letters is right.
func cyrillic(data []byte) string {
	var w, k int
	for _, c := range data {
		if c < 0x80 {
			continue
		}
		w += russianFreq[charmap.Windows1251.DecodeByte(c)]
		k += russianFreq[charmap.KOI8R.DecodeByte(c)]
	}
	if k > w {
		return KOI8R
	}
	return Windows1251
}

// latinGuess chooses between ISO-8859-2 and Windows-1252 by scoring how
// each reads the high bytes: a letter between letters counts for it, a
// symbol or control character between letters counts against it.
func latinGuess(data []byte) string {
	var l2, w int
	for i, c := range data {
		if c < 0x80 {
			continue
		}
		inWord := i > 0 && isLetterByte(data[i-1]) || i+1 < len(data) && isLetterByte(data[i+1])
		l2 += byteScore(charmap.ISO8859_2.DecodeByte(c), inWord)
		w += byteScore(charmap.Windows1252.DecodeByte(c), inWord)
	}
	if l2 > w {
		return ISO88592
	}
	return Windows1252
}

func isLetterByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0xC0
}

func byteScore(r rune, inWord bool) int {
	switch {
	case unicode.IsControl(r):
		return -3
	case unicode.IsLetter(r):
		if inWord {
			return 2
		}
		return 1
	case inWord:
		return -2
	}
	return 0
}
