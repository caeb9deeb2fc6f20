package geo_test

import (
	"reflect"
	"sync"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/corpus"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestTagger_Annotate_Concurrent runs one Tagger over many documents from
// several goroutines, each in its own order, so that the buffers the
// Tagger reuses pass from document to document: every result must equal
// the result of a lone run.
func TestTagger_Annotate_Concurrent(t *testing.T) {
	texts, err := corpus.Load(parleytest.ModuleRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	tg, seg := MustTagger(t)
	arts := corpus.Generate(texts, 40)
	want := make([][]parley.Place, len(arts))
	for i, a := range arts {
		d := &parley.Document{ID: a.Name, Text: a.Text}
		seg.Annotate(d)
		tg.Annotate(d)
		want[i] = d.Places
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range arts {
				i := (k*7 + g*13) % len(arts)
				d := &parley.Document{ID: arts[i].Name, Text: arts[i].Text}
				seg.Annotate(d)
				tg.Annotate(d)
				if !reflect.DeepEqual(d.Places, want[i]) {
					t.Errorf("goroutine %d, %s: places differ from a lone run", g, arts[i].Name)
				}
			}
		}()
	}
	wg.Wait()
}
