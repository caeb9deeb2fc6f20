package actor

import (
	"strings"

	"github.com/parleyhq/parley"
)

// tok is a token of the document with the forms the rules compare.
type tok struct {
	span    parley.Span
	text    string // as written
	low     string // normalised: lower case, apostrophes folded
	base    string // low without a possessive 's
	possLen int    // bytes of the possessive suffix in text, 0 when none
	word    bool
	cap     bool // starts with an upper-case letter
}

// tokens builds the token view of doc. Tokens whose spans are out of range
// (an invalid document) become empty punctuation so that rules skip them.
func tokens(doc *parley.Document) []tok {
	out := make([]tok, len(doc.Tokens))
	for i, t := range doc.Tokens {
		if !t.Span.Valid(len(doc.Text)) {
			continue
		}
		text := doc.Text[t.Span.Start:t.Span.End]
		k := tok{span: t.Span, text: text, word: t.Kind == parley.TokenWord}
		k.low = norm(text)
		k.base = k.low
		if k.word && len(k.low) > 2 && strings.HasSuffix(k.low, "'s") {
			k.base = k.low[:len(k.low)-2]
			if strings.HasSuffix(text, "’s") || strings.HasSuffix(text, "’S") {
				k.possLen = len("’s")
			} else {
				k.possLen = 2
			}
		} else if k.word && len(k.low) > 2 && strings.HasSuffix(k.low, "s'") {
			// Plural possessive: "soldiers'" keeps its s.
			k.base = k.low[:len(k.low)-1]
			k.possLen = len(text) - len(strings.TrimRight(text, "'’"))
		}
		k.cap = k.word && startsUpper(text)
		out[i] = k
	}
	return out
}

// endOf returns the end offset of token i without its possessive suffix.
func endOf(toks []tok, i int) int {
	return toks[i].span.End - toks[i].possLen
}
