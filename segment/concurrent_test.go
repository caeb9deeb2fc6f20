package segment_test

import (
	"reflect"
	"sync"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestSegmenter_Annotate_Concurrent runs one Segmenter from many goroutines
// (run with -race) and checks every result equals a sequential one.
func TestSegmenter_Annotate_Concurrent(t *testing.T) {
	s := MustSegmenter(t)
	text := parleytest.SeedText(t)
	want := MustAnnotate(t, s, text)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			for range 20 {
				doc := &parley.Document{ID: "c", Text: text}
				s.Annotate(doc)
				if !reflect.DeepEqual(doc.Tokens, want.Tokens) || !reflect.DeepEqual(doc.Sentences, want.Sentences) {
					errs <- "concurrent result differs"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}
