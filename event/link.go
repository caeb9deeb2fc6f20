package event

import (
	"sort"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
)

// sortDrafts orders a sentence's drafts by trigger.
func sortDrafts(ds []*draft) {
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].trig < ds[j].trig })
}

// sentenceLinks links the events of one sentence to each other and to the
// events before it: governed infinitives, rejections of demands, and "no
// date has been set".
func (c *Coder) sentenceLinks(ds []*draft) {
	for _, d := range ds {
		if d.nominal || d.group < 0 {
			continue
		}
		gv := d.an.Groups[d.group].Governor
		if gv < 0 {
			continue
		}
		for j, e := range ds {
			if e.nominal || e.group != gv {
				continue
			}
			d.governedBy = j
			e.content = [2]int{d.an.Groups[d.group].First, d.end}
			// An event verb's infinitive is its content: it stays an event
			// with its own modality ("offered to travel" is conditional,
			// "refused to sign" negated), and "threatened to attack South
			// Korea" takes the content's target.
			d.ev.Rule += " content"
			if len(e.ev.Targets) == 0 {
				e.ev.Targets = minus(d.ev.Targets, e.ev.Sources)
			}
			if len(d.ev.Sources) == 0 {
				d.ev.Sources = e.ev.Sources
			}
		}
	}
	// "presented new demands, including that Ukrainian forces withdraw":
	// the demanded event's actors are the demand's target.
	for i, d := range ds {
		if d.ev.Modality != parley.Demanded || !strings.HasPrefix(d.modalityRule, "that-clause") {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if e := ds[j]; e.ev.Type == "REQUEST" && !e.drop {
				if len(e.ev.Targets) == 0 {
					e.ev.Targets = minus(d.ev.Sources, e.ev.Sources)
				}
				e.content = [2]int{d.first, d.end}
				e.end = max(e.end, d.end)
				break
			}
		}
	}
	// "accused Iran of arming the militia": a gerund after a preposition
	// is the content of the event verb before it.
	for i, d := range ds {
		if d.nominal || d.group < 0 || d.drop {
			continue
		}
		g := d.an.Groups[d.group]
		if !g.Participle || d.an.Word(g.Head).Form != clause.FormGerund || d.an.Word(g.First-1).Tag != clause.TagPrep {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if e := ds[j]; !e.nominal && !e.drop {
				d.drop = true
				e.content = [2]int{g.First, d.end}
				break
			}
		}
	}
	for i, d := range ds {
		if d.ev.Type != "REJECT" || len(d.ev.Targets) > 0 {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if e := ds[j]; e.ev.Type == "REQUEST" && !e.drop {
				d.ev.Targets = minus(e.ev.Sources, d.ev.Sources)
				d.ev.Rule += " rejects-request"
				d.antecedent = e
				break
			}
		}
	}
}

// noDateSentence reports whether sentence an says that no date or time has
// been set or fixed.
func noDateSentence(an *clause.Analysis) bool {
	for k, g := range an.Groups {
		if !g.Passive || (g.Lemma != "set" && g.Lemma != "fix" && g.Lemma != "schedule" && g.Lemma != "agree") {
			continue
		}
		sl := an.Slots(k)
		if sl.Subject < 0 {
			continue
		}
		ch := an.Chunks[sl.Subject]
		if an.Word(ch.First).Lower != "no" {
			continue
		}
		for t := ch.First; t < ch.End; t++ {
			if l := an.Word(t).Lemma; l == "date" || l == "time" || l == "timetable" || l == "timeline" {
				return true
			}
		}
	}
	return false
}

// resolve links noun events to earlier mentions of the same event, fills
// sources from the events they depend on, and drops noun events without
// any actor.
func (c *Coder) resolve(doc *parley.Document, x *index, all []*draft) []*draft {
	for i, d := range all {
		if d.drop {
			continue
		}
		if d.nominal && d.definite && len(d.ev.Sources) == 0 {
			a := antecedent(all[:i], d)
			if a != nil {
				if !d.sentenceTime {
					a.ev.Times = union(a.ev.Times, d.ev.Times)
				}
				a.ev.Places = union(a.ev.Places, d.ev.Places)
				a.ev.Quantities = union(a.ev.Quantities, d.ev.Quantities)
				if a.ev.Modality == parley.Occurred && d.ev.Modality == parley.Planned && (strings.HasPrefix(d.modalityRule, "noun-modifier") || strings.HasPrefix(d.modalityRule, "scheduled")) {
					a.ev.Modality = parley.Planned
				}
				a.ev.Rule += " +anaphor"
				d.drop = true
				d.antecedent = a
			}
			if d.drop {
				continue
			}
		}
		// "The talks ... resulted in a tentative agreement": the subject
		// event's parties.
		if d.nominal && len(d.ev.Sources) == 0 && d.hostSubject >= 0 {
			for j := i - 1; j >= 0; j-- {
				s := all[j]
				if s.sent == d.sent && s.nominal && s.chunk == d.hostSubject {
					src := s
					if s.antecedent != nil {
						src = s.antecedent
					}
					d.ev.Sources = union(append([]int(nil), src.ev.Sources...), src.ev.Targets)
					d.reciprocal = true
					d.ev.Rule += " parties-of-subject-event"
					break
				}
			}
		}
		// "an agreement to exchange": the noun event's parties.
		if !d.nominal && d.group >= 0 && len(d.ev.Sources) == 0 {
			if n := d.an.Groups[d.group].Noun; n >= 0 {
				for j := i - 1; j >= 0; j-- {
					s := all[j]
					if s.sent == d.sent && !s.drop && (s.nominal && s.trig == n || s.objectHas(n)) {
						d.ev.Sources = append([]int(nil), s.ev.Sources...)
						d.ev.Rule += " parties-of-noun-event"
						s.content = [2]int{d.an.Groups[d.group].First, d.end}
						break
					}
				}
			}
		}
		// "condemned the attack": the attackers are the target.
		if !d.nominal && len(d.ev.Targets) == 0 && d.objectType != "" && d.objectDefinite {
			for j := i - 1; j >= 0 && all[j].sent >= d.sent-2; j-- {
				a := all[j]
				if !a.drop && a.ev.Type == d.objectType && len(minus(a.ev.Sources, d.ev.Sources)) > 0 {
					d.ev.Targets = minus(a.ev.Sources, d.ev.Sources)
					d.ev.Rule += " target-of-object-event"
					break
				}
			}
		}
		if !d.nominal && len(d.ev.Targets) == 0 && d.group >= 0 && laterTargetTypes[d.ev.Type] && d.pat != nil && !d.pat.ObjectOnly {
			// "demonstrated outside the American embassy", "demanded that
			// Iraq ...": the first other party named later in the sentence.
			if t := d.laterParty(x); len(t) > 0 {
				d.ev.Targets = t
				d.ev.Rule += " target-later-party"
			}
		}
		if d.nominal && len(d.ev.Sources) == 0 && len(d.ev.Targets) == 0 && !d.anchored() {
			// A noun event without parties counts only where a clause is
			// about it ("The riots lasted three nights"), not inside a
			// phrase ("three years into the war").
			d.drop = true
		}
	}
	return all
}

// markUnscheduled marks the latest agreement and the latest planned event
// before a sentence that says no date has been set.
func markUnscheduled(all []*draft) {
	agree, planned := false, false
	for j := len(all) - 1; j >= 0 && !(agree && planned); j-- {
		d := all[j]
		if d.drop {
			continue
		}
		if !agree && d.ev.Type == "AGREE" {
			d.unscheduled, agree = true, true
			continue
		}
		if !planned && d.ev.Modality == parley.Planned {
			d.unscheduled, planned = true, true
			d.ev.Rule += " unscheduled"
		}
	}
}

// antecedent returns the earlier event that a definite noun event names
// again ("the talks", "The meeting, held on Friday"): the latest noun event
// of the same type and mode, else the latest event of the same type and
// mode, whose parties include the noun event's targets.
func antecedent(before []*draft, d *draft) *draft {
	for _, nounOnly := range []bool{true, false} {
		for j := len(before) - 1; j >= 0; j-- {
			a := before[j]
			if a.drop || a.ev.Type != d.ev.Type || (nounOnly && !a.nominal) {
				continue
			}
			if d.ev.Mode != "" && a.ev.Mode != d.ev.Mode {
				continue
			}
			parties := union(append([]int(nil), a.ev.Sources...), a.ev.Targets)
			if len(minus(d.ev.Targets, parties)) > 0 {
				continue
			}
			return a
		}
	}
	return nil
}

// anchored reports whether a noun event is the subject or object of a
// verb, or the object of a light verb.
func (d *draft) anchored() bool {
	ch := d.an.Chunks[d.chunk]
	if ch.Prep != "" {
		return false
	}
	for k := range d.an.Groups {
		sl := d.an.Slots(k)
		if (sl.Subject == d.chunk || sl.Object == d.chunk) && d.an.Groups[k].Finite() {
			return true
		}
	}
	return false
}

// objectHas reports whether token t lies in the object of a verb event
// ("reached an agreement").
func (d *draft) objectHas(t int) bool {
	if d.nominal || d.group < 0 {
		return false
	}
	sl := d.an.Slots(d.group)
	return sl.Object >= 0 && d.an.Chunks[sl.Object].First <= t && t < d.an.Chunks[sl.Object].End
}

// laterTargetTypes are the types whose target, when no slot names it, is
// the first other party named after the verb: protests, demands, threats,
// accusations and agreements are aimed at someone.
var laterTargetTypes = map[string]bool{"PROTEST": true, "REQUEST": true, "THREATEN": true, "ACCUSE": true,
	"AGREE": true, "REJECT": true}

// laterParty returns the actors of the first noun phrase after the verb
// group and before the next finite verb that names a party other than the
// sources.
func (d *draft) laterParty(x *index) []int {
	an := d.an
	g := an.Groups[d.group]
	stop := an.First + len(an.Words)
	for k := d.group + 1; k < len(an.Groups); k++ {
		if an.Groups[k].Finite() {
			stop = an.Groups[k].First
			break
		}
	}
	for _, ch := range an.Chunks {
		if ch.First < g.End {
			continue
		}
		if ch.End > stop {
			break
		}
		a := minus(x.actorsIn(ch.First, ch.End), d.ev.Sources)
		if len(a) == 0 {
			if s, ok := x.demonymState(an, ch.First, ch.End); ok && !containsInt(d.ev.Sources, s) {
				a = []int{s}
			}
		}
		if len(a) > 0 {
			return a
		}
	}
	return nil
}
