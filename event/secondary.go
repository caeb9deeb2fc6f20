package event

import (
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
)

// asserted are the modalities of an event the report says took place.
var asserted = map[parley.Modality]bool{parley.Occurred: true, parley.Ongoing: true, parley.Habitual: true, parley.Historical: true}

// primary reports whether d is an event a PLOVER coder would code on its
// own: a statement of intent ("is ready to resume talks"), or an asserted
// event that is neither the content of another event nor a participle or
// gerund clause (see secondary for those).
func primary(d *draft) bool {
	if d.drop {
		return false
	}
	if strings.HasPrefix(d.ev.Rule, "intent") {
		return true
	}
	if !asserted[d.ev.Modality] || d.governedBy >= 0 || strings.Contains(d.ev.Rule, " content") {
		return false
	}
	return !participle(d)
}

// participle reports whether d is a verb event in a participle or gerund
// clause ("..., killing nine").
func participle(d *draft) bool {
	if d.nominal || d.group < 0 || d.group >= len(d.an.Groups) {
		return false
	}
	g := d.an.Groups[d.group]
	return g.Tense == clause.TenseNone && !g.Infinitive
}

// describes reports whether a participle event d describes the primary
// event p of its sentence rather than reporting an act of its own: it has
// p's type ("attacked the town, killing nine"), or p is a protest and d
// what the protesters want ("marched, demanding his release").
func describes(d, p *draft) bool {
	return d.ev.Type == p.ev.Type || p.ev.Type == "PROTEST"
}

// markSecondary appends " secondary" to the Rule of every event of a
// sentence that has a primary event but is not one itself: content events
// ("threatened to strike" gives THREATEN and a secondary conditional
// ASSAULT), planned events beside the AGREE of a pledge, demanded,
// negated, conditional and tentative events, and participle clauses that
// describe a primary event. A noun event without a light verb beside a
// primary verb event is secondary too ("condemned the attack on the
// convoy"). The events stay in the output with their modality; a PLOVER
// view keeps only the others, as PLOVER codes one event per reported
// action.
func markSecondary(all []*draft) {
	for i := 0; i < len(all); {
		j := i
		verb, noun := false, false
		for ; j < len(all) && all[j].sent == all[i].sent; j++ {
			if primary(all[j]) {
				if bareNoun(all[j]) {
					noun = true
				} else {
					verb = true
				}
			}
		}
		for _, d := range all[i:j] {
			if !d.drop && secondary(d, all[i:j], verb, noun) {
				d.ev.Rule += " secondary"
			}
		}
		i = j
	}
}

// secondary reports whether d is a secondary event of its sentence's
// events ds, given whether they have a primary verb or noun event.
func secondary(d *draft, ds []*draft, verb, noun bool) bool {
	if !verb && !noun {
		return false
	}
	if primary(d) {
		return verb && bareNoun(d)
	}
	if participle(d) && asserted[d.ev.Modality] && d.governedBy < 0 && !strings.Contains(d.ev.Rule, " content") {
		for _, p := range ds {
			if primary(p) && describes(d, p) {
				return true
			}
		}
		// A participle that reports an act of its own ("called for
		// sanctions, describing the strike as murder") is coded.
		return false
	}
	return true
}

// bareNoun reports whether d is a noun event that no light verb states
// ("the attack", not "held talks").
func bareNoun(d *draft) bool {
	return d.nominal && !strings.Contains(d.ev.Rule, " light:")
}

// Secondary reports whether e was marked as a secondary event of its
// sentence (see the package documentation): a PLOVER view of the events
// leaves it out.
func Secondary(e *parley.Event) bool {
	return strings.HasSuffix(e.Rule, " secondary") || strings.Contains(e.Rule, " secondary ")
}
