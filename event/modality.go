package event

import (
	"strconv"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
)

// modality sets the event's modality and appends the deciding rule.
func (c *Coder) modality(doc *parley.Document, d *draft) {
	m, rule := c.modalityOf(doc, d)
	d.ev.Modality, d.modalityRule = m, rule
	d.ev.Rule += " modality:" + rule
}

// conditionRange returns the token range of the sentence's "if" clause:
// from the conjunction to the next comma or the end, or ok=false.
func (c *Coder) conditionRange(an *clause.Analysis) (first, end int, ok bool) {
	for i, w := range an.Words {
		if w.Tag == clause.TagSub && c.lex.cue("condition", w.Lower) {
			first = an.First + i
			end = an.First + len(an.Words)
			for j := i + 1; j < len(an.Words); j++ {
				if l := an.Words[j].Lower; l == "," || l == ";" || l == "—" {
					end = an.First + j
					break
				}
			}
			return first, end, true
		}
	}
	return 0, 0, false
}

func (c *Coder) modalityOf(doc *parley.Document, d *draft) (parley.Modality, string) {
	an := d.an
	var g *clause.VerbGroup
	switch {
	case d.group >= 0:
		g = &an.Groups[d.group]
	case d.host >= 0:
		g = &an.Groups[d.host]
	}
	if d.nominal {
		ch := an.Chunks[d.chunk]
		for t := ch.First; t < d.trig; t++ {
			w := an.Word(t)
			switch {
			case w.Lower == "no":
				return parley.Negated, "noun-no"
			case c.lex.cue("tentative", w.Lemma) || c.lex.cue("tentative", w.Lower):
				return parley.Tentative, "noun-modifier:" + w.Lower
			case c.lex.cue("plan", w.Lower) || c.lex.cue("plan", w.Lemma) && w.Tag == clause.TagAdj:
				return parley.Planned, "noun-modifier:" + w.Lower
			}
		}
		for k := range an.Groups {
			if sl := an.Slots(k); sl.Subject == d.chunk && an.Groups[k].First > d.trig {
				gk := &an.Groups[k]
				if c.lex.cue("plan", gk.Lemma) || c.lex.cue("ongoing", gk.Lemma) || gk.Tense == clause.TenseFuture || g == nil {
					g = gk
				}
				break
			}
		}
		if g == nil {
			// The nearest finite verb of the sentence sets the tense.
			for k := range an.Groups {
				if an.Groups[k].Finite() {
					g = &an.Groups[k]
					if an.Groups[k].First > d.trig {
						break
					}
				}
			}
		}
		if g == nil {
			return parley.Occurred, "noun-default"
		}
		for t := d.first; t < d.end; t++ {
			if c.lex.cue("ongoing", an.Word(t).Lower) && an.Word(t).Tag == clause.TagAdj {
				return parley.Ongoing, "noun-ongoing:" + an.Word(t).Lower
			}
		}
	}
	if g == nil {
		return parley.Occurred, "default"
	}
	if g.Negated {
		return parley.Negated, "not"
	}
	if g.Noun >= 0 && an.Word(g.Noun-1).Lower == "no" {
		return parley.Negated, "no-" + an.Word(g.Noun).Lemma
	}
	if !d.nominal && d.group >= 0 {
		// "reached a tentative agreement": the object's modifiers.
		if sl := an.Slots(d.group); sl.Object >= 0 {
			ch := an.Chunks[sl.Object]
			for t := ch.First; t < ch.End; t++ {
				w := an.Word(t)
				if w.Tag != clause.TagAdj {
					continue
				}
				if c.lex.cue("tentative", w.Lower) {
					return parley.Tentative, "object-modifier:" + w.Lower
				}
				if c.lex.cue("plan", w.Lower) {
					return parley.Planned, "object-modifier:" + w.Lower
				}
			}
		}
	}
	var govs []*clause.VerbGroup
	for gv := g.Governor; gv >= 0 && len(govs) < 4; gv = an.Groups[gv].Governor {
		govs = append(govs, &an.Groups[gv])
	}
	for _, gv := range govs {
		if c.lex.cue("negate", gv.Lemma) && !gv.Negated {
			return parley.Negated, "governor:" + gv.Lemma
		}
		if gv.Negated {
			return parley.Negated, "governor-not:" + gv.Lemma
		}
	}
	if f, e, ok := c.conditionRange(an); ok {
		if f <= d.trig && d.trig < e {
			return parley.Conditional, "if-clause"
		}
		if !c.speechBetween(an, d.trig, f, e) {
			if g.Tense == clause.TenseFuture || g.Tense == clause.TenseModal || g.Infinitive {
				return parley.Conditional, "if-main"
			}
			for _, gv := range govs {
				if c.lex.cue("plan", gv.Lemma) || c.lex.cue("tentative", gv.Lemma) {
					return parley.Conditional, "if-main:" + gv.Lemma
				}
			}
		}
	}
	for _, gv := range govs {
		if c.lex.cue("demand", gv.Lemma) {
			return parley.Demanded, "governor:" + gv.Lemma
		}
	}
	if g.Noun >= 0 && c.lex.cue("demand", an.Word(g.Noun).Lemma) {
		return parley.Demanded, "noun-governor:" + an.Word(g.Noun).Lemma
	}
	if g.Finite() && !d.nominal {
		if r, ok := c.demandThat(an, g.First); ok {
			return parley.Demanded, r
		}
	}
	for i := an.First; i < d.trig; i++ {
		if w := an.Word(i); w.Tag == clause.TagAdv && c.lex.cue("tentative", w.Lower) {
			return parley.Tentative, "adverb:" + w.Lower
		}
	}
	if g.Tense == clause.TenseFuture {
		return parley.Planned, "future"
	}
	if g.Modal == "would" && c.speechBefore(an, g.First) {
		return parley.Planned, "would-reported"
	}
	if (g.Modal == "must" || g.Modal == "should") && c.speechBefore(an, g.First) {
		return parley.Demanded, "must-reported"
	}
	for _, gv := range govs {
		if c.lex.cue("plan", gv.Lemma) {
			return parley.Planned, "governor:" + gv.Lemma
		}
	}
	if g.Infinitive && len(govs) > 0 {
		// "is due to travel", "is likely to attack": the adjective
		// before "to".
		if w := an.Word(g.First - 1); w.Tag == clause.TagAdj {
			if c.lex.cue("plan", w.Lower) {
				return parley.Planned, "adjective:" + w.Lower
			}
			if c.lex.cue("tentative", w.Lower) {
				return parley.Tentative, "adjective:" + w.Lower
			}
		}
	}
	if g.Noun >= 0 {
		n := an.Word(g.Noun).Lemma
		if c.lex.cue("plan", n) {
			return parley.Planned, "noun-governor:" + n
		}
		if c.lex.cue("tentative", n) {
			return parley.Tentative, "noun-governor:" + n
		}
	}
	if d.nominal && c.lex.cue("plan", g.Lemma) && g.Passive {
		return parley.Planned, "scheduled:" + g.Lemma
	}
	if g.Modal != "" && (c.lex.cue("tentative", g.Modal) || g.Modal == "would") {
		return parley.Tentative, "modal:" + g.Modal
	}
	for _, gv := range govs {
		if c.lex.cue("tentative", gv.Lemma) {
			return parley.Tentative, "governor:" + gv.Lemma
		}
	}
	for _, a := range g.Adverbs {
		if c.lex.cue("habitual", a) {
			return parley.Habitual, "adverb:" + a
		}
	}
	for _, ti := range d.ev.Times {
		if doc.Times[ti].Kind == parley.TimeSet {
			return parley.Habitual, "time-set"
		}
	}
	if g.Tense == clause.TensePresent {
		// "... THAT IS KILLING, ON AVERAGE, MORE THAN 5000 SOLDIERS A
		// WEEK": a rate later in the sentence.
		sent := doc.Sentences[d.sent].Span
		for _, t := range doc.Times {
			if t.Kind == parley.TimeSet && sent.Contains(t.Span) && t.Span.Start > d.ev.Trigger.End {
				return parley.Habitual, "time-set-after"
			}
		}
	}
	if g.Tense != clause.TensePast || g.Perfect {
		// "patrol the strait every day", "fire on the convoys daily".
		for t := d.first; t < d.end+3 && t < an.First+len(an.Words); t++ {
			w := an.Word(t)
			if c.lex.cue("habitual", w.Lower) && w.Tag == clause.TagAdv {
				return parley.Habitual, "adverb:" + w.Lower
			}
			if w.Lower == "every" && t+1 < an.First+len(an.Words) {
				return parley.Habitual, "every"
			}
		}
	}
	if g.Progressive && g.Tense == clause.TensePresent {
		return parley.Ongoing, "progressive"
	}
	for _, gv := range govs {
		if c.lex.cue("ongoing", gv.Lemma) && gv.Tense != clause.TensePast {
			return parley.Ongoing, "governor:" + gv.Lemma
		}
	}
	if y := c.eventYear(doc, d); y > 0 && !doc.Published.IsZero() && y < doc.Published.Year()-1 {
		return parley.Historical, "time:" + strconv.Itoa(y)
	}
	if g.Infinitive && g.Governor < 0 && g.Noun < 0 {
		return parley.Tentative, "purpose"
	}
	if g.Tense == clause.TenseModal {
		return parley.Tentative, "modal:" + g.Modal
	}
	return parley.Occurred, "tense:" + string(g.Tense)
}

// eventYear returns the year of the event's first dated time, or 0.
func (c *Coder) eventYear(doc *parley.Document, d *draft) int {
	if len(d.ev.Times) == 0 {
		// Without a time layer: a year written in the clause ("in 1990").
		for t := d.first; t < d.end+4 && t < len(doc.Tokens) && t < d.an.First+len(d.an.Words); t++ {
			w := doc.Slice(doc.Tokens[t].Span)
			if doc.Tokens[t].Kind == parley.TokenNumber && len(w) == 4 && (w[0] == '1' || w[0] == '2') {
				if y, err := strconv.Atoi(w); err == nil && y >= 1000 {
					return y
				}
			}
		}
	}
	for _, ti := range d.ev.Times {
		t := doc.Times[ti]
		if t.Kind != parley.TimeDate && t.Kind != parley.TimeTime {
			continue
		}
		if len(t.Value) >= 4 {
			if y, err := strconv.Atoi(t.Value[:4]); err == nil {
				return y
			}
		}
	}
	return 0
}

// speechBefore reports whether a verb of saying comes before token t.
func (c *Coder) speechBefore(an *clause.Analysis, t int) bool {
	for _, g := range an.Groups {
		if g.First < t && c.lex.cue("speech", g.Lemma) {
			return true
		}
	}
	return false
}

// demandThat reports whether the clause at t is the content of a demand:
// "demands, including that Ukrainian forces withdraw", "insisted that
// troops leave".
func (c *Coder) demandThat(an *clause.Analysis, t int) (string, bool) {
	for i := t - 1; i >= an.First && i > t-8; i-- {
		w := an.Word(i)
		if w.Lower != "that" {
			continue
		}
		for j := i - 1; j >= an.First && j > i-4; j-- {
			if x := an.Word(j); c.lex.cue("demand", x.Lemma) {
				return "that-clause:" + x.Lemma, true
			}
		}
		return "", false
	}
	return "", false
}

// speechBetween reports whether a finite verb of saying stands between
// token t and the condition [f, e): the condition then belongs to another
// clause ("X, who offered to come if Y agreed, said he would ...").
func (c *Coder) speechBetween(an *clause.Analysis, t, f, e int) bool {
	lo, hi := e, t
	if t < f {
		lo, hi = t, f
	}
	for _, g := range an.Groups {
		if g.First >= lo && g.First < hi && g.Finite() && c.lex.cue("speech", g.Lemma) {
			return true
		}
	}
	return false
}
