package event

import (
	"strings"

	"github.com/parleyhq/parley"
)

// pledgeVerbs make a pledge rather than an agreement.
var pledgeVerbs = map[string]bool{"offer": true, "pledge": true, "promise": true, "vow": true,
	"commit": true, "guarantee": true}

// records builds the Commitment of every agreement (AGREE, and SUPPORT
// for signing or ratifying one), pledge and demand.
func (c *Coder) records(doc *parley.Document, x *index, all []*draft) {
	for _, d := range all {
		if d.drop {
			continue
		}
		var r *parley.Commitment
		switch d.ev.Type {
		case "AGREE":
			r = &parley.Commitment{Kind: parley.CommitAgreement}
			if pledgeVerbs[d.an.Word(d.trig).Lemma] || strings.HasPrefix(d.ev.Rule, "intent-") {
				r.Kind = parley.CommitPledge
			}
		case "REQUEST":
			r = &parley.Commitment{Kind: parley.CommitDemand}
		case "SUPPORT":
			// PLOVER codes signing a formal agreement as SUPPORT; the
			// agreement is still a record.
			if l := d.an.Word(d.trig).Lemma; l != "sign" && l != "ratify" {
				continue
			}
			r = &parley.Commitment{Kind: parley.CommitAgreement}
		default:
			continue
		}
		r.Parties = union(append([]int{}, d.ev.Sources...), d.ev.Targets)
		switch {
		case d.content != [2]int{}:
			r.Content = x.span(d.content[0], d.content[1])
		case d.trig+1 < d.end:
			r.Content = x.span(d.trig+1, d.end)
		}
		switch d.ev.Modality {
		case parley.Tentative:
			r.Status = parley.StatusTentative
		case parley.Planned, parley.Conditional, parley.Demanded:
			r.Status = parley.StatusProposed
		case parley.Negated:
			r.Status = parley.StatusRejected
		default:
			r.Status = parley.StatusAgreed
			if r.Kind != parley.CommitAgreement {
				r.Status = parley.StatusProposed
			}
		}
		if f, e, ok := c.conditionRange(d.an); ok && d.ev.Modality == parley.Conditional {
			r.Conditions = []parley.Span{x.span(f, e)}
		}
		r.Times = append([]int(nil), d.ev.Times...)
		r.Unscheduled = d.unscheduled
		d.ev.Commitment = r
	}
	// A demand that a later event of its sentence rejects.
	for _, d := range all {
		if d.drop || d.ev.Type != "REJECT" || d.antecedent == nil || d.antecedent.ev.Commitment == nil {
			continue
		}
		d.antecedent.ev.Commitment.Status = parley.StatusRejected
	}
}
