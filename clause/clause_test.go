package clause_test

import (
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
	"github.com/parleyhq/parley/segment"
)

// analyze segments text and analyses its first sentence.
func analyze(t testing.TB, text string) (*parley.Document, *clause.Analysis) {
	t.Helper()
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := clause.New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &parley.Document{ID: "d", Text: text}
	seg.Annotate(doc)
	return doc, a.Analyze(doc, 0)
}

func span(doc *parley.Document, first, end int) string {
	return doc.Text[doc.Tokens[first].Span.Start:doc.Tokens[end-1].Span.End]
}

func TestAnalyzer_Groups(t *testing.T) {
	type want struct {
		text, lemma     string
		tense           clause.Tense
		modal           string
		perf, pass, neg bool
		subject, object string
	}
	for _, tt := range []struct {
		name, text string
		want       []want
	}{
		{"Future", "The leaders will hold talks on Monday.", []want{{"will hold", "hold", clause.TenseFuture, "will", false, false, false, "The leaders", "talks"}}},
		{"PastPassiveAgent", "Nine civilians were killed by a drone.", []want{{"were killed", "kill", clause.TensePast, "", false, true, false, "Nine civilians", ""}}},
		{"PerfectPassive", "No date has been set for the transfer.", []want{{"has been set", "set", clause.TensePresent, "", true, true, false, "No date", ""}}},
		{"DidNot", "The ministry did not comment on the report.", []want{{"did not comment", "comment", clause.TensePast, "", false, false, true, "The ministry", ""}}},
		{"Contraction", "Officials won't attend the summit.", []want{{"won't attend", "attend", clause.TenseFuture, "will", false, false, true, "Officials", "the summit"}}},
		{"Adverb", "Kyiv has repeatedly rejected the plan.", []want{{"has repeatedly rejected", "reject", clause.TensePresent, "", true, false, false, "Kyiv", "the plan"}}},
		{"NounCompound", "A drone strike killed two soldiers.", []want{{"killed", "kill", clause.TensePast, "", false, false, false, "A drone strike", "two soldiers"}}},
		{"ThirdPerson", "The army attacks the town.", []want{{"attacks", "attack", clause.TensePresent, "", false, false, false, "The army", "the town"}}},
		{"Coordination", "Russia and Ukraine signed a deal.", []want{{"signed", "sign", clause.TensePast, "", false, false, false, "Russia and Ukraine", "a deal"}}},
		{"Capitals", "POLICE ARRESTED THE LEADER.", []want{{"ARRESTED", "arrest", clause.TensePast, "", false, false, false, "POLICE", "THE LEADER"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, an := analyze(t, tt.text)
			if len(an.Groups) != len(tt.want) {
				t.Fatalf("len(Groups)=%d, want %d: %+v", len(an.Groups), len(tt.want), an.Groups)
			}
			for k, w := range tt.want {
				g := an.Groups[k]
				if got := span(doc, g.First, g.End); got != w.text {
					t.Errorf("group %d=%q, want %q", k, got, w.text)
				}
				if g.Lemma != w.lemma || g.Tense != w.tense || g.Modal != w.modal || g.Perfect != w.perf || g.Passive != w.pass || g.Negated != w.neg {
					t.Errorf("group %d=%+v, want %+v", k, g, w)
				}
				sl := an.Slots(k)
				chunk := func(c int) string {
					if c < 0 {
						return ""
					}
					return span(doc, an.Chunks[c].First, an.Chunks[c].End)
				}
				if got := chunk(sl.Subject); got != w.subject {
					t.Errorf("subject=%q, want %q", got, w.subject)
				}
				if got := chunk(sl.Object); got != w.object {
					t.Errorf("object=%q, want %q", got, w.object)
				}
			}
		})
	}
}

func TestAnalyzer_Control(t *testing.T) {
	doc, an := analyze(t, "The minister urged Ukraine to withdraw its troops.")
	if len(an.Groups) != 2 {
		t.Fatalf("len(Groups)=%d, want 2", len(an.Groups))
	}
	g := an.Groups[1]
	if !g.Infinitive || g.Governor != 0 {
		t.Fatalf("Infinitive=%v Governor=%d, want true 0", g.Infinitive, g.Governor)
	}
	sl := an.Slots(1)
	if got := span(doc, an.Chunks[sl.Subject].First, an.Chunks[sl.Subject].End); got != "Ukraine" {
		t.Fatalf("subject=%q, want Ukraine", got)
	}
	_, an = analyze(t, "They reached an agreement to exchange prisoners.")
	if g := an.Groups[len(an.Groups)-1]; g.Noun < 0 || an.Word(g.Noun).Lemma != "agreement" {
		t.Fatalf("Noun=%d, want the token of agreement", g.Noun)
	}
}

func TestAnalyzer_Agent(t *testing.T) {
	doc, an := analyze(t, "The bus was hit by a Russian drone in Sumy.")
	sl := an.Slots(0)
	if sl.Agent < 0 {
		t.Fatal("no agent")
	}
	if got := span(doc, an.Chunks[sl.Agent].First, an.Chunks[sl.Agent].End); got != "a Russian drone" {
		t.Fatalf("agent=%q, want %q", got, "a Russian drone")
	}
}

func TestAnalyzer_OutOfRange(t *testing.T) {
	a, err := clause.New()
	if err != nil {
		t.Fatal(err)
	}
	an := a.Analyze(&parley.Document{}, 3)
	if len(an.Words) != 0 || an.Slots(0).Subject != -1 {
		t.Fatal("want an empty analysis")
	}
}
