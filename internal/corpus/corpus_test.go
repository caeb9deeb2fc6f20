package corpus_test

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley/internal/corpus"
	"github.com/parleyhq/parley/internal/parleytest"
)

func TestGenerate(t *testing.T) {
	texts, err := corpus.Load(parleytest.ModuleRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	a := corpus.Generate(texts, 500)
	b := corpus.Generate(texts, 500)
	if len(a) != 500 {
		t.Fatalf("len=%d, want 500", len(a))
	}
	distinct := map[string]bool{}
	words := 0
	for i := range a {
		if a[i].Text != b[i].Text || a[i].HTML != b[i].HTML {
			t.Fatalf("article %d differs between runs", i)
		}
		distinct[a[i].Text] = true
		words += len(strings.Fields(a[i].Text))
		if !strings.Contains(a[i].HTML, "<article>") {
			t.Fatalf("article %d has no <article> element", i)
		}
	}
	if len(distinct) != 500 {
		t.Fatalf("%d distinct articles, want 500", len(distinct))
	}
	if avg := words / 500; avg < 400 || avg > 900 {
		t.Fatalf("average %d words an article, want 400..900", avg)
	}
}
