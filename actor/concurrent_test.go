package actor_test

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/segment"
)

// TestTagger_Annotate_Concurrent runs one Tagger on several documents from
// many goroutines at once: Annotate reuses pooled buffers, and each result
// must equal the one of a sequential run.
func TestTagger_Annotate_Concurrent(t *testing.T) {
	tg := MustTagger(t)
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, name := range []string{"gaza.txt", "sudan.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	texts = append(texts, "Greek boats entered Libyan waters. Police in Nairobi said so.")
	run := func(text string) *parley.Document {
		doc := &parley.Document{ID: "c", Text: text, Published: date("2025-03-01")}
		seg.Annotate(doc)
		tg.Annotate(doc)
		return doc
	}
	want := make([]*parley.Document, len(texts))
	for i, text := range texts {
		want[i] = run(text)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				i := (g + r) % len(texts)
				got := run(texts[i])
				if !reflect.DeepEqual(got.Mentions, want[i].Mentions) || !reflect.DeepEqual(got.Actors, want[i].Actors) {
					t.Errorf("document %d: concurrent result differs from the sequential one", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
