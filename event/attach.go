package event

import (
	"github.com/parleyhq/parley"
)

// attach adds the times, places and quantities of the event's clause and
// the quote that relays it.
func (c *Coder) attach(doc *parley.Document, x *index, d *draft, ds []*draft) {
	clauseSpan := d.ev.Span
	sent := doc.Sentences[d.sent].Span
	for i, t := range doc.Times {
		// A time that starts in the clause is its own, even when it runs
		// on past it ("10 AM Eastern time Monday (1400 GMT)").
		if clauseSpan.Start <= t.Span.Start && t.Span.Start < clauseSpan.End {
			d.ev.Times = append(d.ev.Times, i)
		}
	}
	if len(d.ev.Times) == 0 {
		// Inherit the sentence's dates: "On Saturday, X called for ...".
		// The nearest date of the sentence that no other verb owns.
		best, dist := -1, 0
		trig := d.ev.Trigger.Start
		for i, t := range doc.Times {
			if !sent.Contains(t.Span) || (t.Kind != parley.TimeDate && t.Kind != parley.TimeTime) || insideOther(d, ds, t.Span) {
				continue
			}
			dd := t.Span.Start - trig
			if dd < 0 {
				dd = trig - t.Span.End
			}
			if best < 0 || dd < dist {
				best, dist = i, dd
			}
		}
		if best >= 0 {
			d.ev.Times = append(d.ev.Times, best)
			d.sentenceTime = true
			d.ev.Rule += " time:sentence"
		}
	}
	actorSpans := func(p parley.Span) bool {
		for _, m := range doc.Mentions {
			if m.Actor >= 0 && m.Span.Overlaps(p) && (containsInt(d.ev.Sources, m.Actor) || containsInt(d.ev.Targets, m.Actor)) {
				return true
			}
		}
		return false
	}
	for i, p := range doc.Places {
		if !clauseSpan.Contains(p.Span) || actorSpans(p.Span) {
			continue
		}
		// Only a place in a locative phrase ("talks in Ankara") is the
		// event's place; "sanctions on Moscow" names an actor.
		t := tokenAt(doc, p.Span.Start)
		if ci := d.an.ChunkAt(t); ci < 0 || !locative[d.an.Chunks[ci].Prep] || d.an.Chunks[ci].Prep == "on" && metonym(doc, p.Span) {
			continue
		}
		{
			d.ev.Places = append(d.ev.Places, i)
		}
	}
	for i, q := range doc.Quantities {
		if clauseSpan.Contains(q.Span) {
			d.ev.Quantities = append(d.ev.Quantities, i)
		}
	}
	d.ev.AttributedTo = -1
	for i, q := range doc.Quotes {
		if q.Span.Contains(d.ev.Trigger) {
			d.ev.AttributedTo = i
		}
	}
}

// insideOther reports whether span s lies in the clause of another event
// of the sentence.
func insideOther(d *draft, ds []*draft, s parley.Span) bool {
	for _, o := range ds {
		if o != d && o.ev.Span.Contains(s) && !o.ev.Span.Contains(d.ev.Trigger) {
			return true
		}
	}
	return false
}

// locative lists prepositions that introduce the place of an event.
var locative = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true,
	"across": true, "around": true, "off": true, "on": true, "into": true, "along": true, "aboard": true}

// metonym reports whether an actor mention covers span s ("Moscow").
func metonym(doc *parley.Document, s parley.Span) bool {
	for _, m := range doc.Mentions {
		if m.Actor >= 0 && m.Span.Overlaps(s) {
			return true
		}
	}
	return false
}
