package event

import (
	"github.com/parleyhq/parley"
)

// demandsOfMust returns the REQUEST events that reported obligations make:
// "Seoul said Pyongyang must dismantle its reactor" is Seoul's demand on
// Pyongyang (CAMEO 10, "demand"), beside the demanded dismantling. The
// speaker, the subject of the verb of saying, is the source; the sources
// of the demanded event are the targets.
func (c *Coder) demandsOfMust(x *index, ds []*draft) []*draft {
	var out []*draft
	for _, d := range ds {
		if d.drop || d.nominal || d.group < 0 || d.modalityRule != "must-reported" || d.governedBy >= 0 {
			continue
		}
		an := d.an
		g := an.Groups[d.group]
		k := -1
		for i, h := range an.Groups {
			if h.First < g.First && c.lex.cue("speech", h.Lemma) {
				k = i
			}
		}
		if k < 0 {
			continue
		}
		h := an.Groups[k]
		var src []int
		if sl := an.Slots(k); sl.Subject >= 0 && sl.Subject < len(an.Chunks) {
			ch := an.Chunks[sl.Subject]
			src = x.actorsIn(ch.First, ch.End)
		}
		e := *d
		e.ev.Type, e.ev.Mode, e.ev.Context = "REQUEST", "", nil
		e.ev.Sources, e.ev.Targets = src, minus(d.ev.Sources, src)
		e.ev.Modality, e.modalityRule = parley.Occurred, "must-demand"
		e.ev.Rule = "must-demand " + d.ev.Rule + " demand:occurred"
		e.ev.Trigger = x.span(h.Head, h.Head+1)
		e.ev.Span = x.span(h.First, d.end)
		e.trig, e.group, e.first = h.Head, k, h.First
		e.content = [2]int{g.First, d.end}
		out = append(out, &e)
	}
	return out
}
