// Package actor evaluates package actor on the hand-annotated articles of
// actor/testdata/eval: precision, recall and F1 of actor mentions (exact
// spans), coding accuracy (country and sector) of the matched mentions, and
// pairwise precision and recall of the links between matched mentions.
//
// # Format
//
// Each article is one NAME.txt file. The first line is "@YYYY-MM-DD", the
// document date. The rest is the text, with every gold mention marked as
// [[text|actor|country|sector]]: actor is a label that is the same for all
// mentions of one actor in the article, country an ISO 3166-1 alpha-3
// code, sector a code such as GOV or MIL, and "-" stands for "none". A list
// of actors on one span repeats the last three fields after ";":
// [[Russian and Ukrainian delegations|rus|RUS|GOV;ukr|UKR|GOV]].
package actor

import (
	"fmt"
	"strings"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/actor"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/internal/eval/evaldir"
	"github.com/parleyhq/parley/segment"
)

// Gold is one gold mention of one actor.
type Gold struct {
	Span    parley.Span
	Actor   string // label, unique within the article
	Country string // "" for none
	Sector  string // "" for none
}

// Article is one evaluation article with its gold mentions.
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
	a.Published, a.Text, err = evaldir.ParseMarked(name, src, "[[", "]]", func(body string, start int) (string, error) {
		text, ann, ok := strings.Cut(body, "|")
		if !ok {
			return "", fmt.Errorf("mention %q has no actor", body)
		}
		span := parley.Span{Start: start, End: start + len(text)}
		for _, item := range strings.Split(ann, ";") {
			f := strings.Split(item, "|")
			if len(f) != 3 {
				return "", fmt.Errorf("mention %q: want actor|country|sector", body)
			}
			a.Gold = append(a.Gold, Gold{Span: span, Actor: f[0], Country: dash(f[1]), Sector: dash(f[2])})
		}
		return text, nil
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// Load reads every *.txt article of dir, sorted by name.
func Load(dir string) ([]*Article, error) {
	return evaldir.Load(dir, Parse)
}

// Evaluate runs segment and actor (with the embedded geo gazetteer) over
// the articles of dir and scores them against the gold mentions.
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
	tg, err := actor.New(g)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	r := &Report{}
	for _, a := range arts {
		doc := &parley.Document{ID: a.Name, Text: a.Text, Published: a.Published}
		seg.Annotate(doc)
		tg.Annotate(doc)
		r.add(a, doc)
	}
	r.finish()
	return r, nil
}
