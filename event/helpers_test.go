package event_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/event"
	"github.com/parleyhq/parley/pipeline"
	"github.com/parleyhq/parley/segment"
)

// full is parley's default pipeline, the event coder included, built once
// per test binary for the tests that need every layer.
var full = sync.OnceValues(func() (*pipeline.Pipeline, error) {
	return pipeline.Default(pipeline.Options{})
})

var coder = sync.OnceValues(event.New)

// MustCoder returns the shared event coder.
func MustCoder(tb testing.TB) *event.Coder {
	tb.Helper()
	c, err := coder()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// MustFull runs every earlier layer and the coder over text.
func MustFull(tb testing.TB, text string, published time.Time) *parley.Document {
	tb.Helper()
	p, err := full()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &parley.Document{ID: "t", Text: text, Published: published}
	if err := p.Annotate(doc); err != nil {
		tb.Fatal(err)
	}
	return doc
}

// MustSegmented runs only the segmenter and the coder, for rules that do
// not depend on other layers.
func MustSegmented(tb testing.TB, text string) *parley.Document {
	tb.Helper()
	seg, err := segment.New()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &parley.Document{ID: "t", Text: text, Published: time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC)}
	seg.Annotate(doc)
	MustCoder(tb).Annotate(doc)
	return doc
}

// describe renders an event in one line: TYPE/mode trigger modality
// sources -> targets @times places quantities.
func describe(doc *parley.Document, e parley.Event) string {
	names := func(ids []int) string {
		var s []string
		for _, i := range ids {
			a := doc.Actors[i]
			s = append(s, a.Name+"("+a.Country+")")
		}
		return strings.Join(s, ",")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s/%s %q %s %s -> %s", e.Type, e.Mode, doc.Slice(e.Trigger), e.Modality, names(e.Sources), names(e.Targets))
	for _, t := range e.Times {
		fmt.Fprintf(&b, " @%s", doc.Times[t].Value)
	}
	for _, p := range e.Places {
		fmt.Fprintf(&b, " in:%s", doc.Places[p].Name)
	}
	for _, q := range e.Quantities {
		fmt.Fprintf(&b, " n:%g", doc.Quantities[q].Value)
	}
	if e.AttributedTo >= 0 {
		fmt.Fprintf(&b, " quote:%d", e.AttributedTo)
	}
	if e.Commitment != nil {
		fmt.Fprintf(&b, " [%s %s %q]", e.Commitment.Kind, e.Commitment.Status, doc.Slice(e.Commitment.Content))
		if e.Commitment.Unscheduled {
			b.WriteString(" unscheduled")
		}
	}
	return b.String()
}

// MustHand builds a document from text with the segmenter and hand-filled
// actor mentions: every occurrence of each name in actors becomes a mention
// of its own actor, coded with the country after "=" ("Kyiv=UKR"). The
// coder then runs over it, so rule tests do not depend on package actor.
func MustHand(tb testing.TB, text string, actors ...string) *parley.Document {
	tb.Helper()
	seg, err := segment.New()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &parley.Document{ID: "t", Text: text, Published: time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC)}
	seg.Annotate(doc)
	for _, spec := range actors {
		name, code, _ := strings.Cut(spec, "=")
		a := parley.Actor{Name: name, Type: "state", Country: code}
		id := len(doc.Actors)
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			s := parley.Span{Start: off + i, End: off + i + len(name)}
			a.Mentions = append(a.Mentions, len(doc.Mentions))
			doc.Mentions = append(doc.Mentions, parley.Mention{Span: s, Actor: id, Kind: "name", Rule: "test"})
			off = s.End
		}
		doc.Actors = append(doc.Actors, a)
	}
	sortMentions(doc)
	MustCoder(tb).Annotate(doc)
	return doc
}

// sortMentions sorts the mention layer by span and renumbers the actors'
// mention lists.
func sortMentions(doc *parley.Document) {
	ms := doc.Mentions
	idx := make([]int, len(ms))
	for i := range idx {
		idx[i] = i
	}
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && ms[idx[j]].Span.Start < ms[idx[j-1]].Span.Start; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	out := make([]parley.Mention, len(ms))
	pos := make([]int, len(ms))
	for n, i := range idx {
		out[n] = ms[i]
		pos[i] = n
	}
	doc.Mentions = out
	for a := range doc.Actors {
		for k, m := range doc.Actors[a].Mentions {
			doc.Actors[a].Mentions[k] = pos[m]
		}
	}
}

// codes returns the countries of actors ids, joined by "+".
func codes(doc *parley.Document, ids []int) string {
	var s []string
	for _, i := range ids {
		s = append(s, doc.Actors[i].Country)
	}
	return strings.Join(s, "+")
}

// find returns the first event of type typ, or fails.
func find(tb testing.TB, doc *parley.Document, typ string) parley.Event {
	tb.Helper()
	for _, e := range doc.Events {
		if e.Type == typ {
			return e
		}
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, describe(doc, e))
	}
	tb.Fatalf("no %s event in %q; got %q", typ, doc.Text, got)
	return parley.Event{}
}
