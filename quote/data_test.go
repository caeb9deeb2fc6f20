package quote_test

import (
	"sync"
	"testing"

	"github.com/parleyhq/parley"
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
