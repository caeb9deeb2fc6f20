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
func tokens(doc *parley.Document, tg *Tagger) []tok {
	lx := tg.lex
	out := make([]tok, len(doc.Tokens))
	for i, t := range doc.Tokens {
		if !t.Span.Valid(len(doc.Text)) {
			continue
		}
		text := doc.Text[t.Span.Start:t.Span.End]
		k := tok{s: int32(t.Span.Start), e: int32(t.Span.End), word: t.Kind == parley.TokenWord}
		if !k.word {
			k.low = text
			out[i] = k
			continue
		}
		k.low = norm(text)
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
			k.flags, k.bucket = v.flags, v.bucket
			if v.bucket > 0 {
				for _, p := range tg.buckets[v.bucket-1] {
					k.kinds |= 1 << p.kind
				}
			}
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
