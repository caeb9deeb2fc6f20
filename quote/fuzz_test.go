package quote_test

import (
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// FuzzQuote feeds arbitrary text, with unbalanced and mixed quotation
// marks, through segment and quote: Annotate must not panic or hang, and
// every span and index it writes must be valid.
func FuzzQuote(f *testing.F) {
	for _, s := range []string{
		"“We will win,” Zelenskyy said.",
		"\"Unclosed, he said.\n\"And again",
		"“A,” Trump wrote, “B.”",
		"'Single,' said Dr Lena Cartwright. 'And on.",
		"«Oui,» a-t-il dit. »Reversed«",
		"The Kremlin confirmed talks, according to Russian news agencies citing spokesman Dmitry Peskov.",
		"according to", "said", ", said the", "“”", "\"\"\"", "‘’’‘", "“\n“\n“", "He said: “",
		"TASS quoted Lavrov as saying that", "X, Y, Z, said", "(BMA) has said.", "told the",
	} {
		f.Add(s)
	}
	tg := mustTagger(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := mustDoc(t, text)
		// A mention on every third token, so the actor paths run too.
		for i := 0; i < len(doc.Tokens); i += 3 {
			doc.Mentions = append(doc.Mentions, parley.Mention{Span: doc.Tokens[i].Span, Actor: len(doc.Actors), Kind: "name", Rule: "fuzz"})
			doc.Actors = append(doc.Actors, parley.Actor{Name: doc.Slice(doc.Tokens[i].Span), Mentions: []int{len(doc.Mentions) - 1}})
		}
		doc.Quantities = []parley.Quantity{{Span: parley.Span{Start: 0, End: len(text)}, Claimant: -1}}
		tg.Annotate(doc)
		parleytest.MustValid(t, doc)
		for i, q := range doc.Quotes {
			for _, sp := range append([]parley.Span{q.Span, q.Cue, q.SpeakerSpan}, q.ViaSpans...) {
				if !sp.Valid(len(text)) {
					t.Fatalf("quote %d: span %v out of range", i, sp)
				}
			}
			if q.Span.Len() == 0 {
				t.Fatalf("quote %d: empty content", i)
			}
			if q.Speaker < -1 || q.Speaker >= len(doc.Actors) {
				t.Fatalf("quote %d: speaker %d out of range", i, q.Speaker)
			}
			if len(q.Via) != len(q.ViaSpans) {
				t.Fatalf("quote %d: %d via, %d via spans", i, len(q.Via), len(q.ViaSpans))
			}
			for _, v := range q.Via {
				if v < -1 || v >= len(doc.Actors) {
					t.Fatalf("quote %d: via %d out of range", i, v)
				}
			}
		}
		if c := doc.Quantities[0].Claimant; c < -1 || c >= len(doc.Quotes) {
			t.Fatalf("claimant %d out of range", c)
		}
	})
}
