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
// event that is not the content of another event and not a participle or
// gerund clause ("..., killing nine", "..., demanding his release") that
// describes the sentence's main event.
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
	if d.group >= 0 && d.group < len(d.an.Groups) {
		if g := d.an.Groups[d.group]; g.Tense == clause.TenseNone && !g.Infinitive {
			return false
		}
	}
	return true
}

// markSecondary appends " secondary" to the Rule of every event of a
// sentence that has a primary event but is not one itself: content events
// ("threatened to strike" gives THREATEN and a secondary conditional
// ASSAULT), planned events beside the AGREE of a pledge, demanded,
// negated, conditional and tentative events, and non-finite clauses. A
// noun event without a light verb beside a primary verb event is
// secondary too ("condemned the attack on the convoy"). The events stay in the output with their modality; a PLOVER view keeps only
// the others, as PLOVER codes one event per reported action.
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
		if verb || noun {
			for _, d := range all[i:j] {
				if !d.drop && (!primary(d) || verb && bareNoun(d)) {
					d.ev.Rule += " secondary"
				}
			}
		}
		i = j
	}
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
