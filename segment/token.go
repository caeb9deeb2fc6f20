package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// tokenizer splits one region of a text into tokens. It scans bytes with an
// ASCII fast path and decodes runes only outside ASCII.
type tokenizer struct {
	lx   *lexicon
	text string // the whole document text
	end  int    // end of the region being tokenised
	toks []parley.Token
	// singleOpen counts the single quotation marks open in the region, so
	// that a final apostrophe is read as closing one rather than as a
	// possessive.
	singleOpen int
}

// run appends the tokens of text[start:end] to t.toks.
func (t *tokenizer) run(start, end int) {
	t.end = end
	t.singleOpen = 0
	text := t.text
	for i := start; i < end; {
		c := text[i]
		if c < utf8.RuneSelf {
			// Fast paths for the commonest ASCII cases.
			switch asciiClass[c] {
			case cSpace:
				i++
				continue
			case cLetter:
				if c != 'h' && c != 'H' && c != 'w' && c != 'W' {
					j, kind := t.word(i, i)
					i = t.emit(i, j, kind)
					continue
				}
			case cOther:
				if kind := asciiPunct[c]; kind != "" {
					i = t.emit(i, i+1, kind)
					continue
				}
			}
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:end])
		}
		switch {
		case isSep(r):
			i += n
		case (r == 'h' || r == 'H' || r == 'w' || r == 'W') && t.urlPrefix(i):
			i = t.emit(i, t.url(i), parley.TokenWord)
		case isLetter(r):
			j, kind := t.word(i, i)
			i = t.emit(i, j, kind)
		case isDigit(r):
			j, kind := t.number(i)
			i = t.emit(i, j, kind)
		case isApostrophe(r) && t.decade(i+n) > 0:
			i = t.emit(i, t.decade(i+n), parley.TokenNumber)
		case (r == '#' || r == '@') && t.tagStart(i):
			j, _ := t.word(i, i+1)
			i = t.emit(i, j, parley.TokenWord)
		case r == '.' || r == '-':
			// A run of two or more periods is an ellipsis, of two or more
			// hyphens a dash.
			j := i + 1
			for j < end && t.text[j] == byte(r) {
				j++
			}
			i = t.emit(i, j, parley.TokenPunct)
		default:
			kind := parley.TokenPunct
			if isSymbolRune(r) {
				kind = parley.TokenSymbol
			}
			if r == '‘' || isApostrophe(r) {
				t.singleQuote(r, i, start, n)
			}
			i = t.emit(i, i+n, kind)
		}
	}
}

// emit appends the token text[i:j] and returns j.
func (t *tokenizer) emit(i, j int, kind parley.TokenKind) int {
	t.toks = append(t.toks, parley.Token{Span: parley.Span{Start: i, End: j}, Kind: kind})
	return j
}

// word scans a word that starts at i, resuming at j (j > i when a number or
// a # or @ sign began it). Inner apostrophes (don't), hyphens (full-scale,
// 40-year-old), periods of initialisms (U.S., a.m.) and domain names
// (Amazon.com), and the final period of a known abbreviation (Gen.) belong
// to the word. An e-mail address is one word.
func (t *tokenizer) word(i, j int) (int, parley.TokenKind) {
	text, end := t.text, t.end
	seg := j        // start of the current period-separated segment
	dotted := false // the word is an initialism with inner periods
	domain := false // the word is a domain name
	for {
		for j < end {
			if c := text[j]; c < utf8.RuneSelf {
				if asciiClass[c] < cLetter {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:end])
			if !isWordRune(r) {
				break
			}
			j += n
		}
		if j >= end || !wordJoin[text[j]] {
			return j, parley.TokenWord
		}
		c := text[j]
		if c == '@' || c == '_' || c == '+' || c == '%' || (c == '.' && !dotted) || c == '-' {
			if k := t.email(i); k > 0 {
				return k, parley.TokenWord
			}
		}
		r, n := decode(text, j, end)
		next, _ := decode(text, j+n, end)
		switch {
		case isApostrophe(r) && isLetter(next):
			j += n
			continue
		case isApostrophe(r) && t.singleOpen == 0 && j-i > 1 && (text[j-1] == 's' || text[j-1] == 'S') && !isWordRune(next):
			// A plural possessive (the soldiers’ families) when no single
			// quotation mark is open that the apostrophe could close.
			return j + n, parley.TokenWord
		case isHyphen(r) && (isLetter(next) || isDigit(next)):
			j += n
			seg = j
			continue
		case r == '_' && isWordRune(next):
			j += n
			continue
		case r == '/' && domain && next > ' ':
			// A domain with a path: bbc.co.uk/news.
			return t.url(i), parley.TokenWord
		case r == '&' && j > i && isUpper(rune(text[j-1])) && 'A' <= next && next <= 'Z':
			j += n
			continue
		case r == '.':
			if isLetter(next) {
				k, letters := t.letterRun(j + 1)
				if letters <= 2 && !domain && t.shortLetters(seg, j) {
					dotted = true
					j, seg = j+1, j+1
					continue
				}
				if _, ok := t.lx.tlds[text[j+1:k]]; ok && !t.wordRuneAt(k) {
					domain = true
					j, seg = j+1, j+1
					continue
				}
			}
			if !domain && t.keepsPeriod(i, seg, j, dotted) {
				j++
				// U.S.-led, U.N.’s
				if r, n := decode(text, j, end); isHyphen(r) || isApostrophe(r) {
					if next, _ := decode(text, j+n, end); isLetter(next) {
						j += n
						seg = j
						dotted = false
						continue
					}
				}
			}
		}
		return j, parley.TokenWord
	}
}

// letterRun returns the end of the run of letters that starts at i and the
// number of letters in it.
func (t *tokenizer) letterRun(i int) (int, int) {
	n := 0
	for i < t.end {
		r, size := decode(t.text, i, t.end)
		if !isLetter(r) {
			break
		}
		i += size
		n++
	}
	return i, n
}

// shortLetters reports whether text[i:j] is one or two letters.
func (t *tokenizer) shortLetters(i, j int) bool {
	k, n := t.letterRun(i)
	return k == j && n >= 1 && n <= 2
}

// wordRuneAt reports whether a word rune starts at i.
func (t *tokenizer) wordRuneAt(i int) bool {
	r, _ := decode(t.text, i, t.end)
	return isWordRune(r)
}

// keepsPeriod reports whether the period at j belongs to the word
// text[i:j], whose last hyphen-separated part starts at seg: after an
// initialism (U.S.), a single capital initial (J.) or a known abbreviation
// (Gen., D-Ore.; No. only before a number).
func (t *tokenizer) keepsPeriod(i, seg, j int, dotted bool) bool {
	if dotted {
		return true
	}
	if j+1 < t.end && t.text[j+1] == '.' {
		// An ellipsis after a word keeps all its periods: etc...
		return false
	}
	w := t.text[i:j]
	if r, n := decode(w, 0, len(w)); n == len(w) && isUpper(r) {
		return true
	}
	c, ok := t.lx.abbrev[t.text[i:j+1]]
	if !ok && seg > i {
		// The last part of a hyphenated word: D-Ore.
		c = t.lx.abbrev[t.text[seg:j+1]]
	}
	switch c {
	case classNone:
		return false
	case classNumber:
		// Skip spaces, no-break spaces included, but not a line break.
		k := j + 1
		for k < t.end {
			r, n := decode(t.text, k, t.end)
			if r == '\n' || r == '\r' || !isSep(r) {
				break
			}
			k += n
		}
		return k < t.end && '0' <= t.text[k] && t.text[k] <= '9'
	}
	return true
}

// number scans a number that starts at i: digits with inner thousands
// separators (1,000), decimal points (1.5), colons of times (10:00),
// slashes of dates (5/18/2025), an ISO date (2025-05-18), and an ordinal or
// plural suffix (1st, 1990s). A hyphen and a letter make it a word
// (40-year-old).
func (t *tokenizer) number(i int) (int, parley.TokenKind) {
	text, end := t.text, t.end
	j := t.digits(i)
	for j < end {
		c := text[j]
		switch {
		case c == ',' && t.digitCount(j+1) == 3:
			j = j + 4
			continue
		case (c == '.' || c == '/') && t.digitCount(j+1) > 0:
			j = t.digits(j + 1)
			continue
		case c == ':' && t.digitCount(j+1) == 2:
			j = j + 3
			continue
		case c == '-' && j-i == 4 && t.digitCount(j+1) == 2 && j+3 < end && text[j+3] == '-' && t.digitCount(j+4) == 2:
			j = j + 6
			continue
		}
		break
	}
	if j >= end {
		return j, parley.TokenNumber
	}
	if strings.IndexByte("@._%+-", text[j]) >= 0 {
		if k := t.email(i); k > 0 {
			return k, parley.TokenWord
		}
	}
	// Ordinal and plural suffixes.
	k := j
	if isApostrophe(rune(text[k])) && k+1 < end && text[k+1] == 's' {
		k++
	}
	for k < end && asciiClass[text[k]] == cLetter && k-j < 3 {
		k++
	}
	switch strings.ToLower(text[j:k]) {
	case "st", "nd", "rd", "th", "s", "'s":
		if !t.wordRuneAt(k) {
			j = k
		}
	}
	r, n := decode(text, j, end)
	if isHyphen(r) {
		if next, _ := decode(text, j+n, end); isLetter(next) {
			return t.word(i, j)
		}
	}
	return j, parley.TokenNumber
}

// digits returns the end of the run of digits that starts at i.
func (t *tokenizer) digits(i int) int {
	for i < t.end {
		c := t.text[i]
		if c < 0x80 {
			if asciiClass[c] != cDigit {
				return i
			}
			i++
			continue
		}
		r, n := decode(t.text, i, t.end)
		if !isDigit(r) {
			return i
		}
		i += n
	}
	return i
}

// digitCount returns the number of ASCII digits from i, up to 4.
func (t *tokenizer) digitCount(i int) int {
	n := 0
	for i+n < t.end && n < 4 && asciiClass[t.text[i+n]] == cDigit {
		n++
	}
	return n
}

// tagStart reports whether the # or @ at i starts a hashtag or handle: it
// follows no word character and a letter, digit or underscore follows it.
func (t *tokenizer) tagStart(i int) bool {
	if i > 0 && asciiClass[t.text[i-1]] >= cLetter {
		return false
	}
	r, _ := decode(t.text, i+1, t.end)
	if t.text[i] == '#' {
		return isLetter(r) || r == '_'
	}
	return isWordRune(r) || r == '_'
}

// urlPrefix reports whether a URL starts at i: http://, https:// or www.
// followed by a letter or digit.
func (t *tokenizer) urlPrefix(i int) bool {
	rest := t.text[i:t.end]
	var n int
	switch {
	case hasPrefixFold(rest, "https://"):
		n = 8
	case hasPrefixFold(rest, "http://"):
		n = 7
	case hasPrefixFold(rest, "www."):
		n = 4
	default:
		return false
	}
	return n < len(rest) && asciiClass[rest[n]] >= cLetter
}

// hasPrefixFold reports whether s begins with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := range len(prefix) {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

// url returns the end of the URL that starts at i: it runs to white space
// or a quotation mark or angle bracket, less trailing punctuation and an
// unbalanced closing bracket.
func (t *tokenizer) url(i int) int {
	text, end := t.text, t.end
	j := i
	for j < end {
		r, n := decode(text, j, end)
		if isSep(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' || r == '‘' || r == '«' || r == '»' {
			break
		}
		j += n
	}
	// Brackets still open in the URL (Wikipedia's A_(b)) keep their closer.
	parens := strings.Count(text[i:j], "(") - strings.Count(text[i:j], ")")
	squares := strings.Count(text[i:j], "[") - strings.Count(text[i:j], "]")
	for j > i {
		c := text[j-1]
		switch {
		case strings.IndexByte(".,;:!?'", c) >= 0:
			j--
			continue
		case c == ')' && parens < 0:
			j--
			parens++
			continue
		case c == ']' && squares < 0:
			j--
			squares++
			continue
		case strings.HasSuffix(text[i:j], "’"):
			j -= len("’")
			continue
		case strings.HasSuffix(text[i:j], "…"):
			j -= len("…")
			continue
		}
		break
	}
	return j
}

// email returns the end of the e-mail address that starts at i, or 0 when
// none does: a local part of ASCII letters, digits and ._%+-, an @, and a
// domain of at least two labels.
func (t *tokenizer) email(i int) int {
	text, end := t.text, t.end
	j := i
	for j < end && j-i <= 64 {
		c := text[j]
		if c >= 0x80 || (asciiClass[c] < cLetter && strings.IndexByte("._%+-", c) < 0) {
			break
		}
		j++
	}
	if j == i || j >= end || text[j] != '@' || text[i] == '.' {
		return 0
	}
	j++
	labels, lastEnd, labelStart := 0, 0, j
	for j < end {
		c := text[j]
		switch {
		case c < 0x80 && (asciiClass[c] >= cLetter || c == '-'):
			j++
			continue
		case c == '.' && j > labelStart && j+1 < end && text[j+1] < 0x80 && asciiClass[text[j+1]] >= cLetter:
			labels++
			lastEnd = j
			j++
			labelStart = j
			continue
		}
		break
	}
	if j > labelStart {
		labels++
		lastEnd = j
	}
	if labels < 2 {
		return 0
	}
	return lastEnd
}

// decade returns the end of an abbreviated year or decade whose digits start
// at i after an apostrophe (’90s, '22), or 0 when none does.
func (t *tokenizer) decade(i int) int {
	if t.digitCount(i) != 2 {
		return 0
	}
	j := i + 2
	if j < t.end && t.text[j] == 's' {
		j++
	}
	if t.wordRuneAt(j) {
		return 0
	}
	return j
}

// singleQuote updates t.singleOpen for the single quotation mark r of size
// n at i, in a region that starts at start: ‘ opens, a straight quotation
// mark opens after white space or an opening bracket and before a letter
// or digit, and any other one closes.
func (t *tokenizer) singleQuote(r rune, i, start, n int) {
	opens := r == '‘'
	if r == '\'' {
		before := i == start || strings.IndexByte(" \t\n\r([{\"", t.text[i-1]) >= 0
		next, _ := decode(t.text, i+n, t.end)
		opens = before && isWordRune(next)
	}
	switch {
	case opens:
		t.singleOpen++
	case t.singleOpen > 0:
		t.singleOpen--
	}
}
