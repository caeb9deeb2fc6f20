package actor

import (
	"strings"

	"github.com/parleyhq/parley"
)

// tok is a token of the document with the forms the rules compare.
type tok struct {
	low     string // normalised: lower case, apostrophes folded
	s, e    int32  // byte span in the document's text
	possLen int32  // bytes of the possessive suffix in text, 0 when none
	baseCut uint8  // bytes of low that base drops
	word    bool
	cap     bool   // starts with an upper-case letter
	kinds   uint16 // kinds of the knowledge-base phrases that start here
	flags   uint32 // closed-class flags of low (words.go)
	bucket  int32  // 1 + index into Tagger.buckets of the phrases of low, 0 when none
}

func (t *tok) start() int { return int(t.s) }

// is reports whether the token has one of the flags f.
func (t *tok) is(f uint32) bool { return t.flags&f != 0 }
func (t *tok) end() int         { return int(t.e) }

// text returns the token as written in src, the document's text.
func (t *tok) text(src string) string { return src[t.s:t.e] }

// base is low without a possessive 's.
func (t *tok) base() string { return t.low[:len(t.low)-int(t.baseCut)] }

// tokens builds the token view of doc. Tokens whose spans are out of range
// (an invalid document) become empty punctuation so that rules skip them.
//
// The lower-case forms of ASCII tokens are substrings of lower, the
// document's text lower-cased once (see lowerASCII), so that building the
// view allocates nothing per token.
//
// The view is built in buf when it is large enough (a buffer from the
// Tagger's pool), else in a new slice.
func tokens(doc *parley.Document, tg *Tagger, lower string, buf []tok) []tok {
	lx := tg.lex
	out := buf[:0]
	if cap(out) < len(doc.Tokens) {
		out = make([]tok, len(doc.Tokens))
	}
	out = out[:len(doc.Tokens)]
	for i, t := range doc.Tokens {
		if !t.Span.Valid(len(doc.Text)) {
			out[i] = tok{}
			continue
		}
		text := doc.Text[t.Span.Start:t.Span.End]
		k := tok{s: int32(t.Span.Start), e: int32(t.Span.End), word: t.Kind == parley.TokenWord}
		if !k.word {
			k.low = text
			out[i] = k
			continue
		}
		if isASCII(text) {
			k.low = lower[t.Span.Start:t.Span.End]
		} else {
			k.low = norm(text)
		}
		if k.word && len(k.low) > 2 && strings.HasSuffix(k.low, "'s") {
			k.baseCut = 2
			if strings.HasSuffix(text, "’s") || strings.HasSuffix(text, "’S") {
				k.possLen = int32(len("’s"))
			} else {
				k.possLen = 2
			}
		} else if k.word && len(k.low) > 2 && strings.HasSuffix(k.low, "s'") {
			// Plural possessive: "soldiers'" keeps its s.
			k.baseCut = 1
			k.possLen = int32(len(text) - len(strings.TrimRight(text, "'’")))
		}
		k.cap = k.word && startsUpper(text)
		if v, ok := tg.vocab[k.low]; ok {
			k.flags, k.bucket, k.kinds = v.flags, v.bucket, v.kinds
		}
		if k.baseCut > 0 {
			for _, p := range lx[k.base()] {
				k.kinds |= 1 << p.kind
			}
		}
		out[i] = k
	}
	return out
}

// endOf returns the end offset of token i without its possessive suffix.
func endOf(toks []tok, i int) int {
	return toks[i].end() - int(toks[i].possLen)
}

// lowerASCII returns s with its ASCII capitals lowered; byte offsets are
// unchanged, so a span of s is the same span of the result. It returns s
// itself when there is nothing to lower.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// lowSpan returns the normalised form of the text in [start, end): a
// substring of the lower-cased text when it is ASCII, else norm's result.
func (st *state) lowSpan(start, end int) string {
	if text := st.doc.Text[start:end]; !isASCII(text) {
		return norm(text)
	}
	return st.lower[start:end]
}
