package quantity_test

import (
	"sync"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestTagger_Annotate_Concurrent runs one Tagger on many goroutines; with
// -race it proves that Annotate only reads what New built.
func TestTagger_Annotate_Concurrent(t *testing.T) {
	p := MustPipe(t)
	text := parleytest.SeedText(t)
	want := parleytest.MarshalGolden(t, p.run(t, text).Quantities)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc := &parley.Document{ID: "c", Text: text}
			p.seg.Annotate(doc)
			p.tg.Annotate(doc)
			if got := parleytest.MarshalGolden(t, doc.Quantities); string(got) != string(want) {
				errs <- "concurrent run differs"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
