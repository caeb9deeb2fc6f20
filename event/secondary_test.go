package event_test

import (
	"testing"

	"github.com/parleyhq/parley/event"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestSecondary checks which events of a sentence the PLOVER view keeps.
func TestSecondary(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		actors     []string
		coded      []string // types of the events not marked secondary
		secondary  []string // types of the events marked secondary
	}{
		{"ThreatContent", "Seoul threatened to strike Pyongyang.", []string{"Seoul=KOR", "Pyongyang=PRK"}, []string{"THREATEN"}, []string{"ASSAULT"}},
		{"Pledge", "Japan will send aid to Laos.", []string{"Japan=JPN", "Laos=LAO"}, []string{"AGREE"}, []string{"AID"}},
		{"Refusal", "Iran refused to meet Oman.", []string{"Iran=IRN", "Oman=OMN"}, []string{"REJECT"}, []string{"CONSULT"}},
		{"ParticipleSameType", "Rebels shelled the town, killing nine.", nil, []string{"ASSAULT"}, nil},
		{"ParticipleOwnAct", "Kyiv called for sanctions on Moscow, accusing Russia of war crimes.", []string{"Kyiv=UKR", "Moscow=RUS", "Russia=RUS"}, []string{"REQUEST", "ACCUSE"}, nil},
		{"AlonePlanned", "The talks are scheduled for Tuesday.", nil, []string{"CONSULT"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustHand(t, tt.text, tt.actors...)
			parleytest.MustValid(t, doc)
			var coded, sec []string
			for i := range doc.Events {
				e := &doc.Events[i]
				if event.Secondary(e) {
					sec = appendNew(sec, e.Type)
				} else {
					coded = appendNew(coded, e.Type)
				}
			}
			if !sameSet(coded, tt.coded) || !sameSet(sec, tt.secondary) {
				t.Errorf("coded %v secondary %v, want %v %v", coded, sec, tt.coded, tt.secondary)
				for _, e := range doc.Events {
					t.Logf("%s %s %s", e.Type, e.Modality, e.Rule)
				}
			}
		})
	}
}

func appendNew(s []string, x string) []string {
	for _, y := range s {
		if y == x {
			return s
		}
	}
	return append(s, x)
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if len(appendNew(b, x)) != len(b) {
			return false
		}
	}
	return true
}
