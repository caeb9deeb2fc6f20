package timex_test

import (
	"sync"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/segment"
)

// TestTagger_Annotate_Concurrent runs one Tagger on many documents at once
// (run with -race) and checks every result equals the sequential one.
func TestTagger_Annotate_Concurrent(t *testing.T) {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	tg := mustTagger(t)
	texts := []string{parleytest.SeedText(t), readTestdata("markets.txt")(t), readTestdata("conflict.txt")(t)}
	want := make([]string, len(texts))
	docs := make([]*parley.Document, 0, 24)
	for i, text := range texts {
		d := &parley.Document{ID: "c", Text: text, Published: pub}
		seg.Annotate(d)
		tg.Annotate(d)
		want[i] = string(parleytest.MarshalGolden(t, d.Times))
	}
	for k := 0; k < 24; k++ {
		d := &parley.Document{ID: "c", Text: texts[k%len(texts)], Published: pub}
		seg.Annotate(d)
		docs = append(docs, d)
	}
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tg.Annotate(d)
		}()
	}
	wg.Wait()
	for k, d := range docs {
		if got := string(parleytest.MarshalGolden(t, d.Times)); got != want[k%len(texts)] {
			t.Errorf("document %d differs when tagged concurrently", k)
		}
	}
}
