package event_test

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley/internal/parleytest"
)

// TestCoder_NearestRoles checks the roles taken from the nearest actor
// mentions when the clause rules find none, and where the search stops.
func TestCoder_NearestRoles(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		actors     []string
		typ        string
		src, tgt   string
		rule       string // a rule the event must record, "" for none
	}{
		{"PronounSubject", "Kenya said on Monday it condemned the coup in Niger.", []string{"Kenya=KEN", "Niger=NER"}, "ACCUSE", "KEN", "NER", "source:nearest"},
		{"StopsAtSubordinator", "Ghana protested after Togo closed the border.", []string{"Ghana=GHA", "Togo=TGO"}, "SANCTION", "TGO", "", ""},
		{"StopsAtSpeaker", "The talks will resume soon, Oman said.", []string{"Oman=OMN"}, "CONSULT", "", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustHand(t, tt.text, tt.actors...)
			parleytest.MustValid(t, doc)
			e := find(t, doc, tt.typ)
			if got := countries(doc, e.Sources); got != tt.src {
				t.Errorf("sources=%q, want %q (%s)", got, tt.src, e.Rule)
			}
			if got := countries(doc, e.Targets); got != tt.tgt {
				t.Errorf("targets=%q, want %q (%s)", got, tt.tgt, e.Rule)
			}
			if tt.rule != "" && !strings.Contains(e.Rule, tt.rule) {
				t.Errorf("rule %q lacks %q", e.Rule, tt.rule)
			}
		})
	}
}
