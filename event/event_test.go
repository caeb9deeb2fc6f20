package event_test

import (
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

func TestCoder_Roles(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		actors     []string
		typ        string
		trigger    string
		src, tgt   string
	}{
		{"SubjectObject", "Russia attacked Ukraine on Friday.", []string{"Russia=RUS", "Ukraine=UKR"}, "ASSAULT", "attacked", "RUS", "UKR"},
		{"PassiveAgent", "Ukraine was attacked by Russia.", []string{"Russia=RUS", "Ukraine=UKR"}, "ASSAULT", "attacked", "RUS", "UKR"},
		{"WithPhrase", "Macron met with Modi in Paris.", []string{"Macron=FRA", "Modi=IND"}, "CONSULT", "met", "FRA", "IND"},
		{"CoordinatedSubject", "Ghana and Togo signed a border treaty.", []string{"Ghana=GHA", "Togo=TGO"}, "SUPPORT", "signed", "GHA+TGO", ""},
		{"Reverse", "Ukraine received weapons from Germany.", []string{"Ukraine=UKR", "Germany=DEU"}, "AID", "received", "DEU", "UKR"},
		{"ObjectControl", "Brussels urged Serbia to recognise Kosovo.", []string{"Brussels=BEL", "Serbia=SRB", "Kosovo=XKX"}, "REQUEST", "urged", "BEL", "SRB"},
		{"NounBetween", "Talks between Armenia and Azerbaijan ended without a deal.", []string{"Armenia=ARM", "Azerbaijan=AZE"}, "CONSULT", "Talks", "ARM+AZE", ""},
		{"NounOn", "Sanctions on Iran were tightened.", []string{"Iran=IRN"}, "SANCTION", "tightened", "", "IRN"},
		{"NounOnly", "The sanctions on Iran hurt its exports.", []string{"Iran=IRN"}, "SANCTION", "sanctions", "", "IRN"},
		{"LightVerb", "Iran held talks with Oman.", []string{"Iran=IRN", "Oman=OMN"}, "CONSULT", "held", "IRN", "OMN"},
		{"NounSubjectOfVerb", "A Turkish drone strike killed two Kurdish commanders.", []string{"Turkey=TUR"}, "ASSAULT", "killed", "TUR", ""},
		{"RelativeSubject", "Kenya, which mediated between the parties, welcomed the truce.", []string{"Kenya=KEN"}, "SUPPORT", "welcomed", "KEN", ""},
		{"PassivePhraseEvent", "Three civilians were killed in a Syrian air strike on Idlib.", []string{"Syria=SYR"}, "ASSAULT", "killed", "SYR", ""},
		{"Intent", "Iran is ready to resume talks with Oman.", []string{"Iran=IRN", "Oman=OMN"}, "AGREE", "ready", "IRN", "OMN"},
		{"ThreatPlan", "Ankara is preparing to impose sanctions on Athens.", []string{"Ankara=TUR", "Athens=GRC"}, "THREATEN", "impose", "TUR", "GRC"},
		{"ThreatProtest", "Solidarity will strike on Monday unless wages rise.", []string{"Solidarity=POL"}, "THREATEN", "strike", "POL", ""},
		{"MustDemand", "Seoul said Pyongyang must dismantle its reactor.", []string{"Seoul=KOR", "Pyongyang=PRK"}, "REQUEST", "said", "KOR", "PRK"},
		{"RejectsDemand", "Moscow made new demands, a condition Kyiv rejected.", []string{"Moscow=RUS", "Kyiv=UKR"}, "REJECT", "rejected", "UKR", "RUS"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustHand(t, tt.text, tt.actors...)
			parleytest.MustValid(t, doc)
			e := find(t, doc, tt.typ)
			if got := doc.Slice(e.Trigger); got != tt.trigger {
				t.Errorf("trigger=%q, want %q", got, tt.trigger)
			}
			if got := codes(doc, e.Sources); got != tt.src {
				t.Errorf("sources=%q, want %q (%s)", got, tt.src, e.Rule)
			}
			if got := codes(doc, e.Targets); got != tt.tgt {
				t.Errorf("targets=%q, want %q (%s)", got, tt.tgt, e.Rule)
			}
		})
	}
}

func TestCoder_Modality(t *testing.T) {
	for _, tt := range []struct {
		name, text, typ string
		want            parley.Modality
	}{
		{"Past", "Egypt closed its border with Libya.", "SANCTION", parley.Occurred},
		{"Future", "The ministers will meet in Oslo on Monday.", "CONSULT", parley.Planned},
		{"GoingTo", "The army is going to withdraw from the town.", "RETREAT", parley.Planned},
		{"Scheduled", "The talks are scheduled for Tuesday.", "CONSULT", parley.Planned},
		{"PlannedNoun", "Officials announced the planned talks.", "CONSULT", parley.Planned},
		{"Negated", "Police did not arrest the protesters.", "COERCE", parley.Negated},
		{"Never", "The rebels have never attacked the capital.", "ASSAULT", parley.Negated},
		{"WouldStressed", "The minister stressed that Ghana would close the border.", "SANCTION", parley.Planned},
		{"MustReported", "The envoy said the army must leave the city.", "RETREAT", parley.Demanded},
		{"Declined", "The ministry declined to meet the envoy.", "CONSULT", parley.Negated},
		{"Conditional", "The army would withdraw if the rebels disarmed.", "RETREAT", parley.Conditional},
		{"IfClause", "Talks will resume if the rebels release the hostages.", "RETREAT", parley.Conditional},
		{"Demanded", "The council urged both sides to withdraw their troops.", "REQUEST", parley.Occurred},
		{"DemandedContent", "The envoy demanded that the army withdraw its forces.", "RETREAT", parley.Demanded},
		{"Tentative", "The two sides may sign a deal next week.", "SUPPORT", parley.Tentative},
		{"TentativeNoun", "The talks produced a tentative agreement on trade.", "AGREE", parley.Tentative},
		{"Habitual", "Kyiv has repeatedly rejected the demand.", "REJECT", parley.Habitual},
		{"Ongoing", "Russian forces are shelling the city.", "ASSAULT", parley.Ongoing},
		{"Continues", "The army continues to shell the city.", "ASSAULT", parley.Ongoing},
		{"ReportedWould", "He said he would visit Kyiv.", "CONSULT", parley.Planned},
		{"Hopefully", "Hopefully a ceasefire will take place.", "RETREAT", parley.Tentative},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustHand(t, tt.text)
			e := find(t, doc, tt.typ)
			if e.Modality != tt.want {
				t.Fatalf("modality=%s, want %s (%s)", e.Modality, tt.want, e.Rule)
			}
		})
	}
}

func TestCoder_Commitment(t *testing.T) {
	doc := MustHand(t, "Armenia and Azerbaijan reached a tentative agreement to exchange prisoners. No date has been set for the exchange.", "Armenia=ARM", "Azerbaijan=AZE")
	e := find(t, doc, "AGREE")
	r := e.Commitment
	if r == nil {
		t.Fatalf("no commitment on %s", describe(doc, e))
	}
	if r.Kind != parley.CommitAgreement || r.Status != parley.StatusTentative || !r.Unscheduled {
		t.Fatalf("commitment=%+v, want a tentative unscheduled agreement", r)
	}
	if got := codes(doc, r.Parties); got != "ARM+AZE" {
		t.Fatalf("parties=%q, want ARM+AZE", got)
	}
	if got := doc.Slice(r.Content); got != "to exchange prisoners" {
		t.Fatalf("content=%q, want %q", got, "to exchange prisoners")
	}
	x := find(t, doc, "COOPERATE")
	if x.Modality != parley.Planned || codes(doc, x.Sources) != "ARM+AZE" {
		t.Fatalf("exchange=%s, want planned ARM+AZE", describe(doc, x))
	}
}

func TestCoder_Attribution(t *testing.T) {
	doc := MustHand(t, "Officials said rebels attacked the base.", "rebels=SDN")
	doc.Quotes = []parley.Quote{{Span: parley.Span{Start: 15, End: 39}, Kind: "reported", Speaker: -1, Rule: "test"}}
	MustCoder(t).Annotate(doc)
	e := find(t, doc, "ASSAULT")
	if e.AttributedTo != 0 {
		t.Fatalf("AttributedTo=%d, want 0", e.AttributedTo)
	}
}

func TestCoder_Empty(t *testing.T) {
	c := MustCoder(t)
	for _, doc := range []*parley.Document{{}, {ID: "x", Text: "Hello."}} {
		c.Annotate(doc)
		if doc.Events != nil {
			t.Fatalf("Events=%v, want nil", doc.Events)
		}
	}
}
