package segment

import (
	"github.com/parleyhq/parley"
)

// Roles of punctuation tokens in pairing quotes and brackets.
const (
	pairNone = iota
	pairParen
	pairBracket
	pairBrace
	pairDouble // “ ” " « » „
	pairSingle // ‘ ’ '
)

// maxPairSearch is how many open quotation marks and brackets a closing
// one looks through for its partner.
const maxPairSearch = 8

// splitter splits the tokens of one paragraph into sentences.
type splitter struct {
	lx    *lexicon
	text  string
	toks  []parley.Token
	end   int     // end of the paragraph's tokens being split
	depth []int32 // scratch: open quotation and bracket pairs before each token
	stack []opener
}

// opener is an opening quotation mark or bracket waiting for its closer.
type opener struct {
	pair int
	tok  int
}

// split appends the sentences of the paragraph made of tokens [a, b) to out.
func (s *splitter) split(a, b, para int, out []parley.Sentence) []parley.Sentence {
	if a >= b {
		return out
	}
	s.pairs(a, b)
	s.end = b
	start := a
	for i := a; i < b; i++ {
		tk := s.toks[i]
		// An omission mark ([...]) or a bracketed question mark (?) ends
		// nothing.
		term := s.isTerminator(i) && !(i > a && s.isOpenBracket(i-1) && i+1 < b && s.isCloser(i+1))
		abbr := !term && tk.Kind == parley.TokenWord && tk.Span.Len() > 1 && s.text[tk.Span.End-1] == '.'
		if !term && !abbr {
			continue
		}
		// Absorb further terminators and closing quotation marks and
		// brackets that touch the terminator: ?!  ."  .)
		j := i + 1
		for j < b && s.toks[j].Span.Start == s.toks[j-1].Span.End && (s.isTerminator(j) || s.isCloser(j)) {
			j++
		}
		if j >= b {
			break
		}
		if s.depth[j-a] == 0 && s.boundary(i, j, abbr && j == i+1) {
			out = append(out, s.sentence(start, j, para))
			start = j
		}
		i = j - 1
	}
	return append(out, s.sentence(start, b, para))
}

// sentence returns the sentence of tokens [first, end) in paragraph para.
func (s *splitter) sentence(first, end, para int) parley.Sentence {
	return parley.Sentence{
		Span:       parley.Span{Start: s.toks[first].Span.Start, End: s.toks[end-1].Span.End},
		FirstToken: first,
		EndToken:   end,
		Paragraph:  para,
	}
}

// boundary reports whether a sentence ends before token j, given that token
// i ends in a terminator (or is an abbreviation when abbr is set).
func (s *splitter) boundary(i, j int, abbr bool) bool {
	next := s.toks[j]
	nt := s.text[next.Span.Start:next.Span.End]
	r, _ := decode(nt, 0, len(nt))
	if abbr {
		tk := s.toks[i]
		c := s.lx.abbrev[s.text[tk.Span.Start:tk.Span.End]]
		switch c {
		case classTitle, classNumber:
			return false
		case classMonth:
			return next.Kind == parley.TokenWord && isUpper(r)
		case classTime:
			// A bracket after a time most often gives it in another zone:
			// 10 a.m. (1400 GMT).
			if s.isOpening(j) && s.pairOf(j) == pairDouble {
				return true
			}
			_, timeWord := s.lx.timeWords[nt]
			return next.Kind == parley.TokenWord && isUpper(r) && !timeWord
		default: // ordinary, initials, initialisms
			if s.isOpening(j) && s.pairOf(j) == pairDouble {
				return true
			}
			_, starter := s.lx.starters[nt]
			return starter
		}
	}
	switch {
	case isLower(r):
		return false
	case next.Kind == parley.TokenPunct:
		return s.isOpening(j) || s.isBullet(j)
	case s.isCloser(j-1) && s.text[s.toks[i].Span.Start] != '.' && s.attribution(j):
		// “Why now?” Trump asked.
		return false
	}
	return true
}

// attribution reports whether tokens from j name a speaker and a verb of
// saying: up to four capitalised words (Trump, Prime Minister Smith, Gen.
// Ivanov) and then a word such as said or asked.
func (s *splitter) attribution(j int) bool {
	for k := j; k < s.end && k < j+5; k++ {
		tk := s.toks[k]
		if tk.Kind != parley.TokenWord {
			return false
		}
		w := s.text[tk.Span.Start:tk.Span.End]
		if _, ok := s.lx.speech[w]; ok {
			return k > j
		}
		if r, _ := decode(w, 0, len(w)); !isUpper(r) {
			return false
		}
	}
	return false
}

// isTerminator reports whether token i ends a sentence: . ? ! … and runs of
// them.
func (s *splitter) isTerminator(i int) bool {
	tk := s.toks[i]
	switch s.text[tk.Span.Start] {
	case '.', '?', '!':
		return tk.Kind == parley.TokenPunct
	case 0xE2, 0xE3, 0xEF, 0xD8, 0xE0: // lead bytes of the marks below
	default:
		return false
	}
	switch s.text[tk.Span.Start:tk.Span.End] {
	case "…", "。", "？", "！", "؟", "।", "‼", "⁇", "⁈", "⁉":
		return true
	}
	return false
}

// pairOf returns the pair a punctuation token belongs to.
func (s *splitter) pairOf(i int) int {
	tk := s.toks[i]
	switch s.text[tk.Span.Start] {
	case '(', ')', '[', ']', '{', '}', '"', '\'', 0xE2, 0xC2: // 0xE2, 0xC2: lead bytes of “ ” ‘ ’ „ ‚ ‹ › « »
	default:
		return pairNone
	}
	switch s.text[tk.Span.Start:tk.Span.End] {
	case "(", ")":
		return pairParen
	case "[", "]":
		return pairBracket
	case "{", "}":
		return pairBrace
	case "\"", "“", "”", "„", "«", "»", "‟":
		return pairDouble
	case "'", "‘", "’", "‚", "‹", "›", "‛":
		return pairSingle
	}
	return pairNone
}

// isCloser reports whether token i can close a quotation or bracket.
func (s *splitter) isCloser(i int) bool {
	switch s.text[s.toks[i].Span.Start:s.toks[i].Span.End] {
	case ")", "]", "}", "\"", "”", "’", "'", "»", "›", "“":
		return true
	}
	return false
}

// isOpening reports whether token i opens a quotation or bracket, judged by
// its glyph and the space around it.
func (s *splitter) isOpening(i int) bool {
	switch s.text[s.toks[i].Span.Start:s.toks[i].Span.End] {
	case "(", "[", "{", "“", "‘", "„", "«", "‹", "‚", "‟", "‛", "¿", "¡":
		return true
	case "\"", "'", "”", "’":
		return s.spaceAfter(i) == false
	}
	return false
}

// spaceBefore and spaceAfter report whether white space (or the edge of the
// paragraph) separates token i from its neighbour.
func (s *splitter) spaceBefore(i, a int) bool {
	return i == a || s.toks[i-1].Span.End < s.toks[i].Span.Start
}

func (s *splitter) spaceAfter(i int) bool {
	return i+1 >= len(s.toks) || s.toks[i+1].Span.Start > s.toks[i].Span.End
}

// pairs matches the quotation marks and brackets of tokens [a, b) and fills
// s.depth[k-a] with the number of matched pairs that enclose the gap before
// token k. A sentence never ends inside a pair that closes in the paragraph;
// unmatched marks (a quotation that runs on into the next paragraph, an
// apostrophe of a plural possessive) protect nothing.
func (s *splitter) pairs(a, b int) {
	n := b - a + 1
	if cap(s.depth) < n {
		s.depth = make([]int32, n)
	}
	s.depth = s.depth[:n]
	clear(s.depth)
	s.stack = s.stack[:0]
	for k := a; k < b; k++ {
		p := s.pairOf(k)
		if p == pairNone {
			continue
		}
		if s.opens(k, a, b, p) {
			s.stack = append(s.stack, opener{p, k})
			continue
		}
		// Look only a few openers deep, which keeps pathological input
		// linear.
		for m := len(s.stack) - 1; m >= 0 && m >= len(s.stack)-maxPairSearch; m-- {
			if s.stack[m].pair == p {
				s.depth[s.stack[m].tok+1-a]++
				s.depth[k+1-a]--
				s.stack = s.stack[:m]
				break
			}
		}
	}
	for k := 1; k < n; k++ {
		s.depth[k] += s.depth[k-1]
	}
}

// opens reports whether the quotation mark or bracket at token k opens a
// pair rather than closing one.
func (s *splitter) opens(k, a, b, p int) bool {
	t := s.text[s.toks[k].Span.Start:s.toks[k].Span.End]
	switch t {
	case "(", "[", "{":
		return true
	case ")", "]", "}":
		return false
	}
	before := s.spaceBefore(k, a) || s.isOpenPunct(k-1, a)
	after := k+1 >= b || s.spaceAfter(k)
	switch {
	case before && !after:
		return true
	case !before && after:
		return false
	}
	switch t {
	case "“", "„", "«", "‘", "‚", "‹", "‟", "‛":
		return true
	case "\"", "'":
		// Open unless a pair of the same kind is waiting to close.
		for m := len(s.stack) - 1; m >= 0 && m >= len(s.stack)-maxPairSearch; m-- {
			if s.stack[m].pair == p {
				return false
			}
		}
		return true
	}
	return false
}

// isOpenPunct reports whether token k (in the paragraph starting at a) is
// punctuation after which a quotation mark opens: an opening bracket or
// quotation mark, or a dash.
func (s *splitter) isOpenPunct(k, a int) bool {
	if k < a || s.toks[k].Kind != parley.TokenPunct {
		return false
	}
	switch s.text[s.toks[k].Span.Start:s.toks[k].Span.End] {
	case "(", "[", "{", "“", "‘", "„", "«", "—", "–", "--", "/":
		return true
	}
	return false
}

// isOpenBracket reports whether token i is ( or [.
func (s *splitter) isOpenBracket(i int) bool {
	t := s.toks[i]
	return t.Span.Len() == 1 && (s.text[t.Span.Start] == '(' || s.text[t.Span.Start] == '[')
}

// isBullet reports whether token i is a list bullet, which starts a
// sentence: • ‣ ◦ ⁃.
func (s *splitter) isBullet(i int) bool {
	switch s.text[s.toks[i].Span.Start:s.toks[i].Span.End] {
	case "•", "‣", "◦", "⁃":
		return true
	}
	return false
}
