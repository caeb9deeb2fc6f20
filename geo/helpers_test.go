package geo_test

import (
	"sync"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/segment"
)

// The gazetteer is read-only, so tests share one.
var shared struct {
	once sync.Once
	t    *geo.Tagger
	s    *segment.Segmenter
	err  error
}

// MustTagger returns the shared tagger and segmenter.
func MustTagger(tb testing.TB) (*geo.Tagger, *segment.Segmenter) {
	tb.Helper()
	shared.once.Do(func() {
		shared.t, shared.err = geo.New()
		if shared.err == nil {
			shared.s, shared.err = segment.New()
		}
	})
	if shared.err != nil {
		tb.Fatal(shared.err)
	}
	return shared.t, shared.s
}

// MustAnnotate segments text and tags its places.
func MustAnnotate(tb testing.TB, text string) *parley.Document {
	tb.Helper()
	t, s := MustTagger(tb)
	doc := &parley.Document{ID: "test", Text: text}
	s.Annotate(doc)
	t.Annotate(doc)
	return doc
}
