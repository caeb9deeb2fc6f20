package geo

import (
	"fmt"
	"sync"

	"github.com/parleyhq/parley"
)

// Name is the annotator's name in pipelines, flags and logs.
const Name = "geo"

// Tagger finds place mentions in a document and resolves them against a
// Gazetteer. It is safe for concurrent use: Annotate only reads the
// gazetteer.
type Tagger struct {
	g *Gazetteer
	// matchers holds the buffers of finished Annotate calls for the next
	// ones, so that a run of documents allocates little.
	matchers sync.Pool
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
	m, _ := t.matchers.Get().(*matcher)
	if m == nil {
		m = &matcher{}
	}
	m.t, m.g, m.doc = t, t.g, doc
	m.run()
	doc.Places = m.places()
	m.release()
	t.matchers.Put(m)
}

// release drops what the matcher holds of its document, keeping the
// buffers for the next one.
func (m *matcher) release() {
	clear(m.mentions)
	clear(m.arena)
	clear(m.person)
	clear(m.demonyms)
	clear(m.cands)
	*m = matcher{mentions: m.mentions[:0], key: m.key[:0], scratch: m.scratch[:0], person: m.person,
		cases: m.cases[:0], lows: m.lows[:0], lowBuf: m.lowBuf[:0], covered: m.covered[:0], arena: m.arena[:0], demonyms: m.demonyms, cands: m.cands[:0]}
}

// grow returns s with length n, reusing its array when it is large enough;
// the elements are not cleared.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
