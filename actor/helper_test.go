package actor_test

import (
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/actor"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/segment"
)

// MustTagger builds a Tagger from the embedded data, without a gazetteer.
func MustTagger(tb testing.TB) *actor.Tagger {
	tb.Helper()
	tg, err := actor.New(nil)
	if err != nil {
		tb.Fatal(err)
	}
	return tg
}

// MustAnnotate segments text and runs tg over it with the given date.
func MustAnnotate(tb testing.TB, tg *actor.Tagger, text string, published time.Time) *parley.Document {
	tb.Helper()
	seg, err := segment.New()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &parley.Document{ID: "test", Text: text, Published: published}
	seg.Annotate(doc)
	tg.Annotate(doc)
	parleytest.MustValid(tb, doc)
	return doc
}

func date(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}
