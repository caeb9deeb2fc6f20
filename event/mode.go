package event

import (
	"github.com/parleyhq/parley"
)

// threatModes maps the type of a threatened event to the THREATEN mode.
var threatModes = map[string]string{"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
	"COERCE": "restrict", "PROTEST": "relations"}

// mode sets the mode of an event whose pattern gives none, or gives a
// protest the general "demo" that a hunger strike or a riot makes
// specific: for ASSAULT, COERCE and PROTEST from words of its clause
// (data/modes.tsv), for THREATEN from the type of the event it threatens,
// else from the words of its clause.
func (c *Coder) mode(doc *parley.Document, d *draft, ds []*draft) {
	if d.ev.Mode != "" && !(d.ev.Type == "PROTEST" && d.ev.Mode == "demo") {
		return
	}
	if d.ev.Type == "THREATEN" {
		for _, e := range ds {
			if e != d && e.trig > d.trig && e.ev.Span.Start < d.ev.Span.End+200 && e.governedBy >= 0 && ds[e.governedBy] == d {
				if m := threatModes[e.ev.Type]; m != "" {
					d.ev.Mode = m
					if e.ev.Type == "COERCE" && e.ev.Mode != "restrict" && e.ev.Mode != "curfew" && e.ev.Mode != "martial-law" {
						d.ev.Mode = ""
					}
					// Threats of sanctions, boycotts and embargoes are
					// "restrict"; of cutting ties, aid or talks "relations".
					if e.ev.Type == "SANCTION" && e.ev.Mode == "" {
						d.ev.Mode = "restrict"
					}
					return
				}
			}
		}
		// No threatened event: the threat's own words ("threatened
		// military action", "warned of sanctions") in data/modes.tsv.
	}
	m := c.lex.modes[d.ev.Type]
	if m == nil {
		return
	}
	sent := doc.Sentences[d.sent]
	first, end := d.first, d.end
	// The subject's words count too ("gunmen killed").
	if first > sent.FirstToken {
		first = max(sent.FirstToken, first-6)
	}
	for t := first; t < end && t < sent.EndToken; t++ {
		if md := m[d.an.Word(t).Lower]; md != "" {
			d.ev.Mode = md
			d.ev.Rule += " mode:" + d.an.Word(t).Lower
			return
		}
	}
}
