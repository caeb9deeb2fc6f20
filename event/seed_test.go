package event_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestSeed checks the events of the shared seed article against the list
// in expected.md (Events section), as far as the other layers allow. Not
// asserted: the target of event 10 (the international community is not
// named in the text) and the actors of "killing ... soldiers a week" (the
// clause after the commas is not parsed).
func TestSeed(t *testing.T) {
	doc := MustFull(t, parleytest.SeedText(t), parleytest.SeedPublished)
	parleytest.MustValid(t, doc)
	b, err := json.Marshal(parley.NewRecord(doc))
	if err != nil {
		t.Fatal(err)
	}
	parleytest.MustMatchSchema(t, b)
	for _, tt := range []struct {
		n        int // number in expected.md
		typ      string
		trigger  string
		src, tgt string // countries joined by "+", "" for none
		modality parley.Modality
		time     string // one of the event's time values, "" for none
		extra    func(t *testing.T, e parley.Event)
	}{
		{1, "CONSULT", "hold", "USA", "RUS", parley.Planned, "2025-05-19T14:00Z", nil},
		{2, "CONSULT", "hold", "USA", "UKR", parley.Planned, "2025-05-19", nil},
		{3, "CONSULT", "speak", "USA", "UKR+", parley.Planned, "", nil},
		{4, "CONSULT", "negotiations", "RUS+UKR", "", parley.Occurred, "2025-05-16", func(t *testing.T, e parley.Event) {
			if !hasTime(doc, e, "PT1H40M") {
				t.Errorf("event 4 lacks the duration PT1H40M")
			}
			if !hasPlace(doc, e, "TUR") {
				t.Errorf("event 4 lacks a place in Turkey")
			}
		}},
		{5, "AGREE", "agreement", "RUS+UKR", "", parley.Tentative, "", func(t *testing.T, e parley.Event) {
			if e.Commitment == nil || e.Commitment.Status != parley.StatusTentative || !e.Commitment.Unscheduled {
				t.Errorf("event 5 commitment=%+v, want tentative and unscheduled", e.Commitment)
			}
		}},
		{6, "COOPERATE", "exchange", "RUS+UKR", "", parley.Planned, "", func(t *testing.T, e parley.Event) {
			if len(e.Quantities) == 0 || doc.Quantities[e.Quantities[0]].Value != 1000 {
				t.Errorf("event 6 quantities=%v, want 1000", e.Quantities)
			}
		}},
		{7, "REQUEST", "demands", "RUS", "UKR", parley.Occurred, "", func(t *testing.T, e parley.Event) {
			if e.AttributedTo < 0 || doc.Actors[doc.Quotes[e.AttributedTo].Speaker].Country != "UKR" {
				t.Errorf("event 7 AttributedTo=%d, want the Ukrainian official's statement", e.AttributedTo)
			}
		}},
		{8, "REJECT", "rejected", "UKR", "RUS", parley.Habitual, "", nil},
		{9, "ASSAULT", "killed", "RUS", "", parley.Occurred, "2025-05-17", func(t *testing.T, e parley.Event) {
			if !hasPlace(doc, e, "UKR") {
				t.Errorf("event 9 lacks a place in Ukraine")
			}
			if len(e.Quantities) == 0 || doc.Quantities[e.Quantities[0]].Value != 9 {
				t.Errorf("event 9 quantities=%v, want 9", e.Quantities)
			}
		}},
		{10, "REQUEST", "called", "UKR", "", parley.Occurred, "2025-05-17", nil},
		{11, "ACCUSE", "describing", "UKR", "RUS", parley.Occurred, "", nil},
		{12, "CONSULT", "travel", "USA", "TUR", parley.Conditional, "2025-W19", nil},
		{14, "ASSAULT", "launched", "RUS", "UKR", parley.Historical, "2022-03", nil},
		{14, "ASSAULT", "KILLING", "", "", parley.Habitual, "", func(t *testing.T, e parley.Event) {
			if e.AttributedTo < 0 || doc.Actors[doc.Quotes[e.AttributedTo].Speaker].Name != "Donald Trump" {
				t.Errorf("killing a week: AttributedTo=%d, want Trump's quote", e.AttributedTo)
			}
		}},
	} {
		e, ok := seedEvent(doc, tt.typ, tt.trigger, tt.tgt)
		if !ok {
			t.Errorf("event %d: no %s %q", tt.n, tt.typ, tt.trigger)
			continue
		}
		if got := countries(doc, e.Sources); got != tt.src {
			t.Errorf("event %d sources=%q, want %q", tt.n, got, tt.src)
		}
		if got := countries(doc, e.Targets); !strings.HasPrefix(got, strings.TrimSuffix(tt.tgt, "+")) || (!strings.HasSuffix(tt.tgt, "+") && got != tt.tgt) {
			t.Errorf("event %d targets=%q, want %q", tt.n, got, tt.tgt)
		}
		if e.Modality != tt.modality {
			t.Errorf("event %d modality=%s, want %s (%s)", tt.n, e.Modality, tt.modality, e.Rule)
		}
		if tt.time != "" && !hasTime(doc, e, tt.time) {
			t.Errorf("event %d lacks time %s", tt.n, tt.time)
		}
		if tt.extra != nil {
			tt.extra(t, e)
		}
	}
}

// seedEvent finds the event of a type and trigger whose targets start with
// the wanted countries.
func seedEvent(doc *parley.Document, typ, trigger, tgt string) (parley.Event, bool) {
	var first *parley.Event
	for i, e := range doc.Events {
		if e.Type != typ || doc.Slice(e.Trigger) != trigger {
			continue
		}
		if first == nil {
			first = &doc.Events[i]
		}
		if strings.HasPrefix(countries(doc, e.Targets), strings.TrimSuffix(tgt, "+")) {
			return e, true
		}
	}
	if first != nil {
		return *first, true
	}
	return parley.Event{}, false
}

// countries returns the sorted, distinct countries of actors ids, joined
// by "+".
func countries(doc *parley.Document, ids []int) string {
	var s []string
	for _, i := range ids {
		if c := doc.Actors[i].Country; c != "" && !slices.Contains(s, c) {
			s = append(s, c)
		}
	}
	slices.Sort(s)
	return strings.Join(s, "+")
}

func hasTime(doc *parley.Document, e parley.Event, v string) bool {
	for _, i := range e.Times {
		if doc.Times[i].Value == v {
			return true
		}
	}
	return false
}

func hasPlace(doc *parley.Document, e parley.Event, country string) bool {
	for _, i := range e.Places {
		if doc.Places[i].Country == country {
			return true
		}
	}
	return false
}
