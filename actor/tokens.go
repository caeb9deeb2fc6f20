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
	noRole  bool   // no role word can follow (description's roleAhead)
	kinds   uint16 // kinds of the knowledge-base phrases that start here
	flags   uint32 // closed-class flags of low (words.go)
	bucket  int32  // 1 + index into Tagger.buckets of the phrases of low, 0 when none
	id      int32  // vocabulary id of low (Tagger.vocab), 0 when none
	baseID  int32  // vocabulary id of base(), for a token with a possessive
	baseBkt int32  // bucket of base(), like bucket
	hash    uint32 // hashWord(low) when computed while reading the token, else 0
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
// The lower-case form of a token without capitals is the token's own text;
// those of ASCII tokens with capitals are lowered into one arena string,
// so that building the view allocates nothing per token. The view is built
// in buf when it is large enough (a buffer from the Tagger's pool), else
// in a new slice; arena is scratch space for the lowered bytes.
func tokens(doc *parley.Document, tg *Tagger, buf []tok, arena []byte) ([]tok, []byte) {
	out := buf[:0]
	if cap(out) < len(doc.Tokens) {
		out = make([]tok, len(doc.Tokens))
	}
	out = out[:len(doc.Tokens)]
	// Pass 1: spans and the forms of tokens without ASCII capitals; the
	// capitalised ones are lowered into the arena and finished in pass 2.
	arena = arena[:0]
	pending := false
	for i, t := range doc.Tokens {
		k := &out[i]
		if !t.Span.Valid(len(doc.Text)) {
			*k = tok{}
			continue
		}
		text := doc.Text[t.Span.Start:t.Span.End]
		*k = tok{s: int32(t.Span.Start), e: int32(t.Span.End), word: t.Kind == parley.TokenWord}
		if !k.word {
			k.low = text
			continue
		}
		// One pass over the bytes: ASCII or not, capitals or not, and the
		// hash of the lower-case form for the vocabulary lookup.
		ascii, upper, h := true, false, uint32(fnvOffset)
		for j := 0; j < len(text); j++ {
			c := text[j]
			if c >= 0x80 {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				upper, c = true, c+'a'-'A'
			}
			h = (h ^ uint32(c)) * fnvPrime
		}
		if ascii {
			k.hash = h
		}
		switch {
		case !ascii:
			k.low = norm(text)
		case upper:
			for j := 0; j < len(text); j++ {
				c := text[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				arena = append(arena, c)
			}
			k.cap = 'A' <= text[0] && text[0] <= 'Z'
			pending = true
			continue // k.low == "": pass 2
		default:
			k.low = text
		}
		tg.finish(k, text)
	}
	if !pending {
		return out, arena
	}
	lowered, off := string(arena), 0
	for i := range out {
		k := &out[i]
		if !k.word || k.low != "" || k.e == k.s {
			continue
		}
		n := int(k.e - k.s)
		k.low, off = lowered[off:off+n], off+n
		tg.finish(k, doc.Text[k.s:k.e])
	}
	return out, arena
}

// finish fills in what a word token's normalised form gives: its
// possessive, capital and vocabulary entry.
func (tg *Tagger) finish(k *tok, text string) {
	if n := len(k.low); n > 2 && k.low[n-1] == 's' && k.low[n-2] == '\'' {
		k.baseCut = 2
		if strings.HasSuffix(text, "’s") || strings.HasSuffix(text, "’S") {
			k.possLen = int32(len("’s"))
		} else {
			k.possLen = 2
		}
	} else if n > 2 && k.low[n-1] == '\'' && k.low[n-2] == 's' {
		// Plural possessive: "soldiers'" keeps its s.
		k.baseCut = 1
		k.possLen = int32(len(text) - len(strings.TrimRight(text, "'’")))
	}
	k.cap = startsUpper(text)
	h := k.hash
	if h == 0 {
		h = hashWord(k.low)
	}
	if v, ok := tg.table.getHash(k.low, h); ok {
		k.flags, k.bucket, k.kinds, k.id = v.flags, v.bucket, v.kinds, v.id
	}
	if k.baseCut > 0 {
		if v, ok := tg.table.get(k.base()); ok {
			k.kinds |= v.kinds
			k.baseID, k.baseBkt = v.id, v.bucket
		}
	}
}

// endOf returns the end offset of token i without its possessive suffix.
func endOf(toks []tok, i int) int {
	return toks[i].end() - int(toks[i].possLen)
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

// lowSpan returns the normalised form of the text in [start, end).
func (st *state) lowSpan(start, end int) string { return norm(st.doc.Text[start:end]) }

// hasUpperASCII reports whether s has an ASCII capital letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// eqNorm reports whether norm(s) == low without building norm(s).
func eqNorm(s, low string) bool {
	if !isASCII(s) {
		return norm(s) == low
	}
	if len(s) != len(low) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
			return false
		}
	}
	return true
}
