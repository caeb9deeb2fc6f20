package event

import (
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
)

// timingVerbs say when or how long the event their subject names takes
// place.
var timingVerbs = map[string]bool{"schedule": true, "set": true, "plan": true, "last": true, "begin": true,
	"start": true, "end": true, "take": true, "resume": true, "open": true, "close": true, "conclude": true,
	"happen": true, "occur": true, "be": true, "continue": true, "expect": true}

// locativeTarget lists the types whose target may be where they happen.
var locativeTarget = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "THREATEN": true}

// definiteBare reports whether the noun phrase ch, whose head is at t,
// opens with the/this/that/these and has no name before its head.
func definiteBare(an *clause.Analysis, ch clause.Chunk, t int) bool {
	switch an.Word(ch.First).Lower {
	case "the", "this", "that", "these", "those":
	default:
		return false
	}
	for u := ch.First + 1; u < t; u++ {
		if an.Word(u).Tag == clause.TagProper {
			return false
		}
	}
	return true
}

// targetPreps are the prepositions whose phrase names a verb event's
// target when it has no object.
var targetPreps = map[string]bool{"with": true, "to": true, "against": true, "on": true, "at": true, "for": true,
	"into": true, "between": true, "among": true, "upon": true, "toward": true, "towards": true}

// clauseStops are prepositions that open a new clause: an event's clause
// ends before them ("called for sanctions after a strike killed nine").
var clauseStops = map[string]bool{"after": true, "before": true, "until": true, "following": true,
	"as": true, "including": true, "while": true}

// sentenceEvents finds the verb and noun triggers of one sentence and their
// roles.
func (c *Coder) sentenceEvents(doc *parley.Document, x *index, si int, an *clause.Analysis) []*draft {
	var ds []*draft
	content := map[int]bool{}  // chunks that are the content of an event verb
	subjectOf := map[int]int{} // chunk -> draft of the event verb it is the subject of
	for k := range an.Groups {
		p := c.matchVerb(x, an, k)
		if p == nil {
			continue
		}
		d := c.verbDraft(x, si, an, k, p)
		sl := an.Slots(k)
		if sl.Object >= 0 {
			content[sl.Object] = true
		}
		if len(sl.Obliques) > 0 {
			content[sl.Obliques[0]] = true
		}
		if sl.Subject >= 0 {
			subjectOf[sl.Subject] = len(ds)
		}
		ds = append(ds, d)
	}
	ds = append(ds, c.intentDrafts(x, si, an)...)
	for ci := range an.Chunks {
		ch := an.Chunks[ci]
		for t := ch.First; t < ch.End; t++ {
			w := an.Word(t)
			if w.Tag != clause.TagNoun || (t+1 < ch.End && an.Word(t+1).Tag == clause.TagNoun) {
				continue
			}
			p := c.matchNoun(an, ch, t)
			if p == nil {
				continue
			}
			if content[ci] {
				continue
			}
			if v, ok := subjectOf[ci]; ok && t == lastNoun(an, ch) && ds[v].ev.Type == p.Type {
				// "a Russian drone strike ... killed nine": the noun is the
				// verb event's subject; its modifiers name the source.
				vd := ds[v]
				src := x.actorsIn(ch.First, t)
				if len(src) == 0 {
					if a, ok := x.demonymState(an, ch.First, t); ok {
						src = []int{a}
					}
				}
				if len(vd.ev.Sources) == 0 || sameActors(vd.ev.Sources, x.actorsIn(ch.First, ch.End)) {
					vd.ev.Sources = src
					if len(src) == 0 {
						vd.ev.Sources = nil
					}
					vd.ev.Rule += " subject-noun:" + p.Source()
				}
				if vd.ev.Mode == "" {
					vd.ev.Mode = p.Mode
				}
				if len(vd.ev.Targets) == 0 {
					nd := c.nounDraft(doc, x, si, an, ci, t, p)
					vd.ev.Targets = minus(nd.ev.Targets, vd.ev.Sources)
				}
				continue
			}
			ds = append(ds, c.nounDraft(doc, x, si, an, ci, t, p))
		}
	}
	return ds
}

func sameActors(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for _, v := range a {
		if !containsInt(b, v) {
			return false
		}
	}
	return true
}

// lastNoun returns the last noun of a chunk before any "of" phrase.
func lastNoun(an *clause.Analysis, ch clause.Chunk) int {
	last := -1
	for t := ch.First; t < ch.End; t++ {
		w := an.Word(t)
		if w.Lower == "of" {
			break
		}
		if w.Tag == clause.TagNoun {
			last = t
		}
	}
	return last
}

// chunkHead returns the lemma of a chunk's head noun, before any "of".
func chunkHead(an *clause.Analysis, c int) string {
	if c < 0 {
		return ""
	}
	ch := an.Chunks[c]
	if t := lastNoun(an, ch); t >= 0 {
		return an.Word(t).Lemma
	}
	return an.Word(ch.Head).Lemma
}

// matchVerb returns the most specific pattern that matches verb group k.
func (c *Coder) matchVerb(x *index, an *clause.Analysis, k int) *Pattern {
	g := an.Groups[k]
	cands := c.lex.verbs[g.Lemma]
	if len(cands) == 0 {
		return nil
	}
	sl := an.Slots(k)
	var nextArr [3]string
	next := nextArr[:0]
	for t := g.End; t < an.First+len(an.Words) && len(next) < 3; t++ {
		w := an.Word(t)
		if w.Tag == clause.TagAdv && len(next) == 0 {
			continue
		}
		next = append(next, w.Lower)
	}
	obj := sl.Object
	if g.Passive {
		obj = sl.Subject
	}
	head := chunkHead(an, obj)
	var best *Pattern
	for _, p := range cands {
		if len(p.Words)-1 > len(next) {
			continue
		}
		ok := true
		for i, w := range p.Words[1:] {
			if next[i] != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if p.NoObject && obj >= 0 {
			continue
		}
		if p.ActorObject && (obj < 0 || len(x.actorsIn(an.Chunks[obj].First, an.Chunks[obj].End)) == 0) {
			continue
		}
		if len(p.Objects) > 0 && !objectMatches(p.Objects, head, an, obj, sl.Obliques) {
			continue
		}
		if best == nil || p.specificity() > best.specificity() {
			best = p
		}
	}
	return best
}

// objectMatches reports whether the object chunk's head (or any of its
// nouns, for "ten people hostage") is one of objs.
func objectMatches(objs []string, head string, an *clause.Analysis, obj int, more []int) bool {
	for _, o := range objs {
		if o == head {
			return true
		}
	}
	if obj < 0 && len(more) == 0 {
		return false
	}
	// Any noun of the object or of the next two phrases: "took the
	// suspect into custody", "gave the junta an ultimatum", "put its
	// forces on alert".
	if len(more) > 2 {
		more = more[:2]
	}
	for _, ci := range append([]int{obj}, more...) {
		if ci < 0 {
			continue
		}
		if ci != obj && !objectPreps[an.Chunks[ci].Prep] {
			continue
		}
		ch := an.Chunks[ci]
		for t := ch.First; t < ch.End; t++ {
			w := an.Word(t)
			for _, o := range objs {
				if w.Lemma == o || w.Lower == o {
					return true
				}
			}
		}
	}
	return false
}

// objectPreps are the prepositions of phrases that can hold a verb
// pattern's object noun.
var objectPreps = map[string]bool{"": true, "into": true, "on": true, "to": true, "in": true, "with": true, "of": true, "from": true,
	"down": true, "up": true, "out": true, "off": true, "over": true}

// prepFollows reports whether the phrase after the noun at t starts with
// preposition prep ("the call by the pope for peace").
func prepFollows(an *clause.Analysis, ch clause.Chunk, t int, prep string) bool {
	for u := t + 1; u < an.First+len(an.Words) && u < t+10; u++ {
		w := an.Word(u)
		if w.Lower == prep {
			return true
		}
		if w.Tag == clause.TagVerb || w.Tag == clause.TagAux || w.Tag == clause.TagModal || w.Tag == clause.TagPunct {
			return false
		}
	}
	return false
}

// matchNoun returns the most specific noun pattern whose words end at
// token t of chunk ch.
func (c *Coder) matchNoun(an *clause.Analysis, ch clause.Chunk, t int) *Pattern {
	cands := c.lex.nouns[an.Word(t).Lemma]
	var best *Pattern
	for _, p := range cands {
		n := len(p.Words)
		if t-n+1 < ch.First {
			continue
		}
		ok := true
		for i, w := range p.Words {
			x := an.Word(t - n + 1 + i)
			if x.Lemma != w && x.Lower != w {
				ok = false
				break
			}
		}
		if ok && p.After != "" && !prepFollows(an, ch, t, p.After) {
			ok = false
		}
		if ok && (best == nil || p.specificity() > best.specificity()) {
			best = p
		}
	}
	return best
}

// verbDraft builds the draft of a verb event with its roles.
func (c *Coder) verbDraft(x *index, si int, an *clause.Analysis, k int, p *Pattern) *draft {
	g := an.Groups[k]
	sl := an.Slots(k)
	d := &draft{sent: si, an: an, trig: g.Head, group: k, chunk: -1, pat: p, governedBy: -1, host: -1, hostSubject: -1}
	chunkActors := func(ci int) []int {
		if ci < 0 {
			return nil
		}
		return x.actorsIn(an.Chunks[ci].First, an.Chunks[ci].End)
	}
	subj, obj, agent := chunkActors(sl.Subject), chunkActors(sl.Object), chunkActors(sl.Agent)
	if len(subj) == 0 && sl.Subject >= 0 && sl.Subject+1 < len(an.Chunks) {
		// "Thousands of dock workers walked off": the counted phrase.
		if next := an.Chunks[sl.Subject+1]; next.Prep == "of" && next.First == an.Chunks[sl.Subject].End+1 && next.End <= g.First {
			subj = chunkActors(sl.Subject + 1)
		}
	}
	if len(obj) == 0 && sl.Object >= 0 {
		// "condemned the Turkish air raids": the demonym names the target.
		if a, ok := x.demonymState(an, an.Chunks[sl.Object].First, an.Chunks[sl.Object].End); ok {
			obj = []int{a}
		}
	}
	if len(obj) == 0 && sl.Object >= 0 {
		// "criticized the policy of Iran", "rejected the proposal by
		// Oman": the actor of the object's own phrase.
		for _, o := range sl.Obliques {
			ch := an.Chunks[o]
			if ch.Prep != "of" && ch.Prep != "by" && ch.Prep != "from" {
				break
			}
			if a := chunkActors(o); len(a) > 0 {
				obj = a
				break
			}
		}
	}
	var obl []int
	oblPrep := ""
	for _, o := range sl.Obliques {
		if clauseStops[an.Chunks[o].Prep] {
			break
		}
		if a := chunkActors(o); len(a) > 0 && targetPreps[an.Chunks[o].Prep] {
			obl, oblPrep = a, an.Chunks[o].Prep
			break
		}
	}
	var from []int
	for _, o := range sl.Obliques {
		if an.Chunks[o].Prep == "from" {
			from = chunkActors(o)
			break
		}
	}
	rule := "verb:" + p.Source()
	var src, tgt []int
	switch {
	case p.Reverse && g.Passive:
		src, tgt = subj, agent
	case p.Reverse:
		src, tgt = obj, subj
		if len(from) > 0 {
			src = from
		}
	case g.Passive:
		src, tgt = agent, subj
		rule += " passive"
		if len(src) == 0 {
			// "were killed in an Israeli air strike": the attackers of the
			// event named in the phrase.
			for _, o := range sl.Obliques {
				ch := an.Chunks[o]
				if ch.Prep != "in" && ch.Prep != "during" && ch.Prep != "by" {
					continue
				}
				t := lastNoun(an, ch)
				if t < 0 {
					continue
				}
				if np := c.matchNoun(an, ch, t); np != nil && np.Type == p.Type {
					src = x.actorsIn(ch.First, t)
					if len(src) == 0 {
						if a, ok := x.demonymState(an, ch.First, t); ok {
							src = []int{a}
						}
					}
					rule += " source-of-phrase-event"
					break
				}
			}
		}
	default:
		src, tgt = subj, obj
		if p.PhraseOnly {
			tgt = nil
		}
		if len(tgt) == 0 && !p.ObjectOnly {
			tgt = obl
			if oblPrep == "between" || oblPrep == "among" {
				rule += " between"
			}
		}
	}
	if len(tgt) == 0 && len(src) > 1 && an.Chunks[sl.Subject].Conjuncts != nil && len(an.Chunks[sl.Subject].Conjuncts) > 1 {
		d.reciprocal = true
	}
	if len(src) == 0 && p.Type == "PROTEST" {
		// "Thousands protested in Pristina": unnamed protesters are
		// coded by the place they protest in.
		for _, o := range sl.Obliques {
			if an.Chunks[o].Prep == "in" {
				if a := chunkActors(o); len(a) > 0 {
					src = a
					tgt = minus(tgt, a)
					rule += " source-in"
				}
				break
			}
		}
	}
	if len(tgt) == 0 && locativeTarget[p.Type] && !p.ObjectOnly {
		// "bombed targets in Gaza": the place of an attack or arrest is
		// its target when an actor names it.
		for _, o := range sl.Obliques {
			if an.Chunks[o].Prep == "in" {
				if a := chunkActors(o); len(a) > 0 {
					tgt = a
					rule += " target-in"
				}
				break
			}
		}
	}
	tgt = minus(tgt, src)
	d.ev = parley.Event{Type: p.Type, Mode: p.Mode, Sources: src, Targets: tgt, AttributedTo: -1, Rule: rule + " subject:" + sl.Rule}
	if p.Context != "" {
		d.ev.Context = p.contexts
	}
	// The clause: subject to the last slot, stopping at a new clause.
	d.first, d.end = g.First, g.End
	if sl.Subject >= 0 && an.Chunks[sl.Subject].End <= g.First && g.Governor < 0 {
		d.first = an.Chunks[sl.Subject].First
	}
	if sl.Object >= 0 {
		d.end = max(d.end, an.Chunks[sl.Object].End)
		if c.hasCue(an, an.Chunks[sl.Object], "separate") {
			d.separate = true
		}
	}
	for _, o := range sl.Obliques {
		if clauseStops[an.Chunks[o].Prep] {
			break
		}
		d.end = max(d.end, an.Chunks[o].End)
	}
	if sl.Object >= 0 {
		ch := an.Chunks[sl.Object]
		if t := lastNoun(an, ch); t >= 0 {
			if np := c.matchNoun(an, ch, t); np != nil {
				if np.Type == p.Type && d.ev.Mode == "" {
					d.ev.Mode = np.Mode
				}
				d.objectType = np.Type
				d.objectDefinite = definiteBare(an, ch, t)
			}
		}
	}
	d.ev.Trigger = x.span(g.Head, g.Head+1)
	d.ev.Span = x.span(d.first, d.end)
	return d
}

// hasCue reports whether a word of chunk ch is a cue of kind.
func (c *Coder) hasCue(an *clause.Analysis, ch clause.Chunk, kind string) bool {
	for t := ch.First; t < ch.End; t++ {
		if c.lex.cue(kind, an.Word(t).Lemma) {
			return true
		}
	}
	return false
}

// nounDraft builds the draft of a noun event: "talks between Russian and
// Ukrainian delegations", "a Russian drone strike", "sanctions on Moscow".
func (c *Coder) nounDraft(doc *parley.Document, x *index, si int, an *clause.Analysis, ci, t int, p *Pattern) *draft {
	ch := an.Chunks[ci]
	d := &draft{sent: si, an: an, trig: t, group: -1, chunk: ci, pat: p, nominal: true, governedBy: -1, host: -1, hostSubject: -1}
	rule := "noun:" + p.Source()
	first := ch.First
	for i := t - len(p.Words) + 1; i > ch.First; i-- {
		first = i - 1
	}
	_ = first
	src := x.actorsIn(ch.First, t-len(p.Words)+1)
	if len(src) == 0 {
		if a, ok := x.demonymState(an, ch.First, t-len(p.Words)+1); ok {
			src = []int{a}
			rule += " demonym-state"
		}
	}
	var tgt []int
	// "invasion of Ukraine" inside the chunk.
	if t+1 < ch.End && an.Word(t+1).Lower == "of" {
		tgt = x.actorsIn(t+2, ch.End)
	}
	end := ch.End
	// Phrases after the noun, up to the next verb group.
	for k, n := ci+1, 0; k < len(an.Chunks) && n < 3; k++ {
		next := an.Chunks[k]
		if an.GroupAt(next.First-1) >= 0 || next.Prep == "" || clauseStops[next.Prep] {
			break
		}
		gap := false
		for u := end; u < next.First-1; u++ {
			if w := an.Word(u); w.Tag != clause.TagPrep && w.Tag != clause.TagTo {
				gap = true
			}
		}
		if gap {
			break
		}
		n++
		a := x.actorsIn(next.First, next.End)
		switch next.Prep {
		case "by", "from":
			if len(src) == 0 {
				src = a
				rule += " by"
			}
		case "between", "among":
			src = union(src, a)
			d.reciprocal = true
			rule += " between"
		case "on", "against", "with", "to", "at", "into", "of", "toward", "towards", "upon":
			if len(tgt) == 0 {
				tgt = a
			}
		}
		end = next.End
	}
	// "The meeting, held on Friday, ...": a participle clause after the
	// noun belongs to it.
	if end < an.First+len(an.Words)-1 && an.Word(end).Lower == "," {
		if k := an.GroupAt(end + 1); k >= 0 && an.Groups[k].Participle {
			sl := an.Slots(k)
			end = an.Groups[k].End
			for _, o := range sl.Obliques {
				end = max(end, an.Chunks[o].End)
			}
		}
	}
	// "the call with Putin is scheduled for 10 AM": a verb of scheduling
	// or duration whose subject the noun is belongs to it.
	for k := range an.Groups {
		g := an.Groups[k]
		if g.First < end || !timingVerbs[g.Lemma] {
			continue
		}
		sl := an.Slots(k)
		if sl.Subject != ci {
			continue
		}
		end = max(end, g.End)
		if sl.Object >= 0 {
			end = max(end, an.Chunks[sl.Object].End)
		}
		for _, o := range sl.Obliques {
			end = max(end, an.Chunks[o].End)
		}
		break
	}
	first = ch.First
	if w := an.Word(ch.First); w.Lower == "the" || w.Lower == "this" || w.Lower == "that" || w.Lower == "these" || w.Lower == "those" || w.Tag == clause.TagPoss {
		d.definite = true
	}
	for u := ch.First; u < t; u++ {
		if l := an.Word(u).Lower; strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
			d.definite = true
		}
	}
	// A light verb's subject is the source: "Moscow's team presented new
	// demands", "Iran and Oman held talks".
	for k := range an.Groups {
		sl := an.Slots(k)
		g := an.Groups[k]
		if sl.Object != ci && !(len(sl.Obliques) > 0 && sl.Obliques[0] == ci && sl.Object < 0) {
			continue
		}
		d.host, d.hostSubject = k, sl.Subject
		if c.lex.cue("light", g.Lemma) && len(src) == 0 && sl.Subject >= 0 {
			s := an.Chunks[sl.Subject]
			src = x.actorsIn(s.First, s.End)
			rule += " light:" + g.Lemma
			d.group = k
			if s.End <= g.First {
				first = s.First
			}
			if tgt == nil && len(sl.Obliques) > 0 {
				for _, o := range sl.Obliques {
					if targetPreps[an.Chunks[o].Prep] {
						tgt = x.actorsIn(an.Chunks[o].First, an.Chunks[o].End)
						end = max(end, an.Chunks[o].End)
						break
					}
				}
			}
		}
		if c.hasCue(an, ch, "separate") {
			d.separate = true
		}
	}
	tgt = minus(tgt, src)
	d.first, d.end = first, end
	d.ev = parley.Event{Type: p.Type, Mode: p.Mode, Sources: src, Targets: tgt, AttributedTo: -1, Rule: rule}
	if p.Context != "" {
		d.ev.Context = p.contexts
	}
	d.ev.Trigger = x.span(t-len(p.Words)+1, t+1)
	d.ev.Span = x.span(d.first, d.end)
	return d
}

// intentAdjectives say that their subject means to do what the infinitive
// after them says ("is ready to resume talks"): PLOVER codes that as AGREE.
var intentAdjectives = map[string]bool{"ready": true, "willing": true, "prepared": true, "eager": true, "determined": true}

// intentDrafts returns an AGREE event for every "be ready/willing to ..."
// of the sentence.
func (c *Coder) intentDrafts(x *index, si int, an *clause.Analysis) []*draft {
	var out []*draft
	for k, g := range an.Groups {
		if !g.Infinitive || g.Governor < 0 || g.First-1 < an.First {
			continue
		}
		adj := g.First - 1
		w := an.Word(adj)
		gov := an.Groups[g.Governor]
		if !intentAdjectives[w.Lower] || gov.Lemma != "be" {
			continue
		}
		sl := an.Slots(g.Governor)
		var src []int
		first := gov.First
		if sl.Subject >= 0 {
			ch := an.Chunks[sl.Subject]
			src = x.actorsIn(ch.First, ch.End)
			if ch.End <= gov.First {
				first = ch.First
			}
		}
		end := g.End
		var tgt []int
		gs := an.Slots(k)
		if gs.Object >= 0 {
			end = max(end, an.Chunks[gs.Object].End)
			tgt = x.actorsIn(an.Chunks[gs.Object].First, an.Chunks[gs.Object].End)
		}
		for _, o := range gs.Obliques {
			if ch := an.Chunks[o]; targetPreps[ch.Prep] && len(tgt) == 0 {
				tgt = x.actorsIn(ch.First, ch.End)
				end = max(end, ch.End)
			}
		}
		d := &draft{sent: si, an: an, trig: adj, group: g.Governor, chunk: -1, governedBy: -1, host: -1, hostSubject: -1,
			first: first, end: end, content: [2]int{g.First, end}}
		d.ev = parley.Event{Type: "AGREE", Sources: src, Targets: minus(tgt, src), AttributedTo: -1, Context: []string{"diplomatic"},
			Rule: "intent:" + w.Lower}
		d.ev.Trigger = x.span(adj, adj+1)
		d.ev.Span = x.span(first, end)
		out = append(out, d)
	}
	return out
}

// cooperative lists the types whose announcement in the future tense is
// an expression of intent, which PLOVER codes as AGREE ("Japan will send
// aid to Laos").
var cooperative = map[string]bool{"CONSULT": true, "SUPPORT": true, "COOPERATE": true, "AID": true,
	"CONCEDE": true, "RETREAT": true}

// conflictual lists the types whose announcement (future tense, a plan,
// readiness) or statement on a condition is a threat ("said it would
// strike if ...", "is preparing to impose sanctions"). PROTEST is among
// them: CAMEO 133, "threaten with political dissent, protest" ("the
// unions said they would strike"), is THREATEN in PLOVER.
var conflictual = map[string]bool{"ASSAULT": true, "COERCE": true, "SANCTION": true, "MOBILIZE": true, "PROTEST": true}

// intentOfPlans returns the statement events that announced events make,
// as CAMEO and PLOVER code them: an AGREE for a cooperative event its
// source announces for the future ("will send aid"), a THREATEN for a
// conflictual one announced for the future or on a condition ("would
// retaliate if"), and a REJECT for a cooperative one its source says it
// will not do ("will not attend").
func (c *Coder) intentOfPlans(ds []*draft) []*draft {
	var out []*draft
	for _, d := range ds {
		if d.nominal || d.group < 0 || strings.Contains(d.ev.Rule, " content") {
			continue
		}
		future := d.modalityRule == "future" || d.modalityRule == "would-reported"
		var typ, mode string
		switch {
		case cooperative[d.ev.Type] && d.ev.Modality == parley.Planned && future:
			typ = "AGREE"
		case conflictual[d.ev.Type] && (d.ev.Modality == parley.Planned || d.ev.Modality == parley.Conditional && d.modalityRule != "if-clause"):
			typ, mode = "THREATEN", threatModes[d.ev.Type]
			if d.ev.Type == "COERCE" && d.ev.Mode == "arrest" || d.ev.Mode == "deport" {
				mode = ""
			}
		case cooperative[d.ev.Type] && d.ev.Modality == parley.Negated && d.an.Groups[d.group].Tense == clause.TenseFuture:
			typ = "REJECT"
		default:
			continue
		}
		e := *d
		e.ev.Type, e.ev.Mode, e.ev.Context = typ, mode, nil
		if typ == "AGREE" {
			e.ev.Context = []string{"diplomatic"}
		}
		// The statement of intent is made: it occurred, the commitment
		// it makes is proposed.
		e.ev.Modality, e.modalityRule = parley.Occurred, "intent"
		e.ev.Rule = "intent-" + strings.ToLower(typ) + " " + d.ev.Rule + " intent:occurred"
		e.content = [2]int{d.an.Groups[d.group].First, d.end}
		out = append(out, &e)
	}
	return out
}
