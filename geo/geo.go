package geo

import (
	"fmt"

	"github.com/parleyhq/parley"
)

// Name is the annotator's name in pipelines, flags and logs.
const Name = "geo"

// Tagger finds place mentions in a document and resolves them against a
// Gazetteer. It is safe for concurrent use: Annotate only reads the
// gazetteer.
type Tagger struct {
	g *Gazetteer
	// Bare is the smallest population of a populated place that matches
	// without a cue ("in X", "X, Y", "X region"); capitals always match.
	bare int
}

var _ parley.Annotator = (*Tagger)(nil)

// DefaultBare is the population a place needs to match without a cue.
const DefaultBare = 15000

// New returns a Tagger over the embedded gazetteer.
func New() (*Tagger, error) {
	g, err := NewGazetteer()
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	return NewTagger(g), nil
}

// NewTagger returns a Tagger over g, which may be shared with other taggers
// and with the actor and time layers.
func NewTagger(g *Gazetteer) *Tagger {
	return &Tagger{g: g, bare: DefaultBare}
}

// Gazetteer returns the gazetteer the tagger resolves against.
func (t *Tagger) Gazetteer() *Gazetteer { return t.g }

// Annotate writes doc.Places from doc.Tokens and doc.Sentences, replacing
// any places there. It reads no other layer.
func (t *Tagger) Annotate(doc *parley.Document) {
	doc.Places = nil
	if len(doc.Tokens) == 0 || len(doc.Sentences) == 0 {
		return
	}
	m := matcher{t: t, g: t.g, doc: doc}
	m.run()
	doc.Places = m.places()
}
