// Package quote evaluates package quote on the hand-annotated articles of
// quote/testdata/eval: precision, recall and F1 of quote content spans
// (exact, and relaxed to an overlap of at least half the longer span), and
// speaker accuracy of the matched quotes. It runs the pipeline twice: with
// the actor layer (speakers resolved to actors through coreference) and
// without it (speakers known only by their phrase).
//
// # Format
//
// Each article is one NAME.txt file. The first line is "@YYYY-MM-DD", the
// document date. The rest is the text, with every gold quote marked as
// {{content|speaker}}; quote/testdata/eval/README.md gives the conventions.
package quote

import (
	"fmt"
	"strings"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/actor"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/internal/eval/evaldir"
	"github.com/parleyhq/parley/quote"
	"github.com/parleyhq/parley/segment"
)

// Gold is one gold quote.
type Gold struct {
	Span    parley.Span
	Speaker string // a word naming the speaker, "?" when the text gives none
}

// Article is one evaluation article with its gold quotes.
type Article struct {
	Name      string
	Published time.Time
	Text      string
	Gold      []Gold
}

// Parse reads an article in the markup format of the package doc.
func Parse(name, src string) (*Article, error) {
	a := &Article{Name: name}
	var err error
	a.Published, a.Text, err = evaldir.ParseMarked(name, src, "{{", "}}", func(body string, start int) (string, error) {
		k := strings.LastIndex(body, "|")
		if k < 0 {
			return "", fmt.Errorf("quote %q has no speaker", body)
		}
		text, spk := body[:k], strings.TrimSpace(body[k+1:])
		if text == "" || spk == "" || strings.Contains(text, "{{") {
			return "", fmt.Errorf("quote %q: empty content or speaker", body)
		}
		a.Gold = append(a.Gold, Gold{Span: parley.Span{Start: start, End: start + len(text)}, Speaker: spk})
		return text, nil
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

// Load reads every *.txt article of dir, sorted by name.
func Load(dir string) ([]*Article, error) {
	return evaldir.Load(dir, Parse)
}

// Evaluate runs segment, actor (with the embedded geo gazetteer) and quote
// over the articles of dir and scores them against the gold quotes, once
// with the actor layer and once without it.
func Evaluate(dir string) (*Report, error) {
	arts, err := Load(dir)
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("evaluate %s: no articles", dir)
	}
	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	g, err := geo.NewGazetteer()
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	at, err := actor.New(g)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	qt, err := quote.New()
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	r := &Report{Articles: len(arts)}
	for _, a := range arts {
		doc := &parley.Document{ID: a.Name, Text: a.Text, Published: a.Published}
		seg.Annotate(doc)
		plain := *doc
		qt.Annotate(&plain)
		r.Plain.add(a, &plain)
		at.Annotate(doc)
		qt.Annotate(doc)
		r.Actor.add(a, doc)
	}
	r.Plain.finish()
	r.Actor.finish()
	return r, nil
}
