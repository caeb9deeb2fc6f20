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
	first, rest, _ := strings.Cut(src, "\n")
	if !strings.HasPrefix(first, "@") {
		return nil, fmt.Errorf("parse %s: first line must be @YYYY-MM-DD", name)
	}
	d, err := time.Parse("2006-01-02", strings.TrimSpace(first[1:]))
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	a.Published = d
	var b strings.Builder
	for {
		i := strings.Index(rest, "{{")
		if i < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:i])
		j := strings.Index(rest[i:], "}}")
		if j < 0 {
			return nil, fmt.Errorf("parse %s: unclosed {{ at byte %d", name, b.Len())
		}
		body := rest[i+2 : i+j]
		rest = rest[i+j+2:]
		k := strings.LastIndex(body, "|")
		if k < 0 {
			return nil, fmt.Errorf("parse %s: quote %q has no speaker", name, body)
		}
		text, spk := body[:k], strings.TrimSpace(body[k+1:])
		if text == "" || spk == "" || strings.Contains(text, "{{") {
			return nil, fmt.Errorf("parse %s: quote %q: empty content or speaker", name, body)
		}
		a.Gold = append(a.Gold, Gold{Span: parley.Span{Start: b.Len(), End: b.Len() + len(text)}, Speaker: spk})
		b.WriteString(text)
	}
	a.Text = b.String()
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
