package quote_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestNew proves that the embedded data loads.
func TestNew(t *testing.T) {
	mustTagger(t)
}

// TestTagger_Annotate_Total covers documents without the layers the
// tagger needs, and layers that point outside the text.
func TestTagger_Annotate_Total(t *testing.T) {
	tg := mustTagger(t)
	tg.Annotate(nil)
	empty := &parley.Document{ID: "e"}
	tg.Annotate(empty)
	if empty.Quotes != nil {
		t.Fatalf("Quotes=%v, want nil", empty.Quotes)
	}
	noTokens := &parley.Document{ID: "n", Text: "“Hi,” he said.", Quantities: []parley.Quantity{{Claimant: 3}}}
	tg.Annotate(noTokens)
	if noTokens.Quotes != nil || noTokens.Quantities[0].Claimant != -1 {
		t.Fatalf("Quotes=%v Claimant=%d, want nil and -1", noTokens.Quotes, noTokens.Quantities[0].Claimant)
	}
	bad := mustDoc(t, "“Hi,” he said.")
	bad.Mentions = []parley.Mention{{Span: parley.Span{Start: 0, End: 99}, Actor: 5}}
	tg.Annotate(bad) // must not panic
	if bad.Quotes != nil {
		t.Fatalf("Quotes=%v, want nil for an invalid mention layer", bad.Quotes)
	}
}

// TestTagger_Annotate_Concurrent runs one Tagger from many goroutines.
func TestTagger_Annotate_Concurrent(t *testing.T) {
	tg := mustTagger(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc := mustDoc(t, "“We will win,” Zelenskyy said. Trump said he would call Putin.")
			tg.Annotate(doc)
			if len(doc.Quotes) != 2 {
				t.Errorf("len(Quotes)=%d, want 2", len(doc.Quotes))
			}
		}()
	}
	wg.Wait()
}

// TestTagger_Annotate_Pathological runs inputs that once made the rules
// quadratic (one sentence of thousands of attributions) or that stress the
// pairing of marks; they must finish and stay valid.
func TestTagger_Annotate_Pathological(t *testing.T) {
	tg := mustTagger(t)
	for _, text := range []string{
		strings.Repeat("Officials said the talks, which Peskov said would resume, had failed, according to TASS citing sources, adding that ", 300),
		strings.Repeat("he said , ", 2000),
		strings.Repeat("Peskov said: ", 2000),
		strings.Repeat("“We will win,” he said.\n", 500),
		strings.Repeat("“Open quote without end.\n", 500),
		strings.Repeat("according to X citing Y citing Z, ", 500),
		strings.Repeat("\"x\" '", 2000),
	} {
		doc := mustDoc(t, text)
		for i := 0; i < len(doc.Tokens); i += 2 {
			doc.Mentions = append(doc.Mentions, parley.Mention{Span: doc.Tokens[i].Span, Actor: 0, Kind: "name"})
		}
		doc.Actors = []parley.Actor{{Name: "x"}}
		tg.Annotate(doc)
		parleytest.MustValid(t, doc)
		for i, q := range doc.Quotes {
			if len(q.Via) > 4 {
				t.Fatalf("quote %d: %d intermediaries, want at most 4", i, len(q.Via))
			}
		}
	}
}
