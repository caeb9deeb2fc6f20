package quote_test

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/parleyhq/parley"
)

// TestTagger_Annotate_Reuse runs one Tagger over the evaluation texts from
// several goroutines, each in its own order, so that the buffers the
// Tagger reuses pass from document to document: every result must equal
// the result of a lone run with a fresh Tagger.
func TestTagger_Annotate_Reuse(t *testing.T) {
	names, err := filepath.Glob("testdata/eval/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no evaluation texts: %v", err)
	}
	var docs []*parley.Document
	var want [][]parley.Quote
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		text := markup.ReplaceAllString(string(src), "$1")
		d := mustDoc(t, text)
		mustTagger(t).Annotate(d)
		docs = append(docs, d)
		want = append(want, d.Quotes)
	}
	tg := mustTagger(t)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				i := (k*5 + g*3) % len(docs)
				d := &parley.Document{ID: docs[i].ID, Text: docs[i].Text, Tokens: docs[i].Tokens,
					Sentences: docs[i].Sentences, Paragraphs: docs[i].Paragraphs}
				tg.Annotate(d)
				if !reflect.DeepEqual(d.Quotes, want[i]) {
					t.Errorf("goroutine %d, %s: quotes differ from a lone run", g, names[i])
				}
			}
		}()
	}
	wg.Wait()
}
