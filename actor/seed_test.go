package actor_test

import (
	"slices"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/actor"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestSeed checks every actor of the shared seed article's expected list
// (../shared/examples/seed/expected.md), with its mentions and its code.
func TestSeed(t *testing.T) {
	g, err := geo.NewGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	withGeo, err := actor.New(g)
	if err != nil {
		t.Fatal(err)
	}
	for name, tg := range map[string]*actor.Tagger{"embedded": MustTagger(t), "geo": withGeo} {
		t.Run(name, func(t *testing.T) { testSeed(t, tg) })
	}
}

func testSeed(t *testing.T, tg *actor.Tagger) {
	doc := MustAnnotate(t, tg, parleytest.SeedText(t), parleytest.SeedPublished)
	// mentionsOf returns the texts of the mentions of the actor that the
	// mention with text first links to.
	actorOf := func(text string) (parley.Actor, []string) {
		t.Helper()
		for _, m := range doc.Mentions {
			if doc.Slice(m.Span) == text {
				a := doc.Actors[m.Actor]
				var texts []string
				for _, mi := range a.Mentions {
					texts = append(texts, doc.Slice(doc.Mentions[mi].Span))
				}
				return a, texts
			}
		}
		t.Fatalf("no mention %q", text)
		return parley.Actor{}, nil
	}
	tests := []struct {
		first            string
		name, typ        string
		country, sector  string
		anonymous        bool
		mentions         []string // all of the actor's mentions, in order
		mustHaveMentions []string // a subset, when the full list is long
	}{
		{first: "President Donald Trump", name: "Donald Trump", typ: "person", country: "USA", sector: "GOV",
			mentions: []string{"President Donald Trump", "he", "Trump", "his", "Trump", "He", "he", "Trump", "Trump", "Trump", "he"}},
		{first: "Russian President Vladimir Putin", name: "Vladimir Putin", typ: "person", country: "RUS", sector: "GOV",
			mentions: []string{"Russian President Vladimir Putin", "Putin", "Putin", "both leaders"}},
		{first: "Ukrainian President Volodymyr Zelenskyy", name: "Volodymyr Zelenskyy", typ: "person", country: "UKR", sector: "GOV",
			mentions: []string{"Ukrainian President Volodymyr Zelenskyy", "Zelenskyy", "both leaders", "Zelenskyy", "Zelenskyy"}},
		{first: "spokesman Dmitry Peskov", name: "Dmitry Peskov", typ: "person", country: "RUS", sector: "GOV",
			mentions: []string{"spokesman Dmitry Peskov"}},
		{first: "Kremlin", typ: "group", country: "RUS", sector: "GOV",
			mentions: []string{"Kremlin", "it", "Moscow"}},
		{first: "Moscow’s team", typ: "group", country: "RUS", sector: "GOV",
			mentions: []string{"Russian and Ukrainian delegations", "the two sides", "Moscow’s team"}},
		{first: "Kyiv", typ: "group", country: "UKR", sector: "GOV", mentions: []string{"Kyiv"}},
		{first: "Ukrainian forces", typ: "group", country: "UKR", sector: "MIL",
			mustHaveMentions: []string{"Ukrainian forces"}},
		{first: "A senior Ukrainian official", typ: "person", country: "UKR", sector: "GOV", anonymous: true,
			mentions: []string{"A senior Ukrainian official"}},
		{first: "several NATO leaders", typ: "group", sector: "IGO", mentions: []string{"several NATO leaders"}},
		{first: "Associated Press", name: "Associated Press", typ: "organisation", country: "USA", sector: "MED",
			mentions: []string{"Associated Press"}},
		{first: "Russian news agencies", typ: "group", country: "RUS", sector: "MED", mentions: []string{"Russian news agencies"}},
		{first: "Turkey", name: "Turkey", typ: "state", country: "TUR", mentions: []string{"Turkey", "Turkey"}},
		{first: "civilians", typ: "group", sector: "CVL", mentions: []string{"civilians", "civilians"}},
	}
	for _, tt := range tests {
		t.Run(tt.first, func(t *testing.T) {
			a, texts := actorOf(tt.first)
			if tt.name != "" && a.Name != tt.name {
				t.Errorf("Name = %q, want %q", a.Name, tt.name)
			}
			if a.Type != tt.typ || a.Country != tt.country || a.Sector != tt.sector || a.Anonymous != tt.anonymous {
				t.Errorf("code = %s %s/%s anonymous=%v, want %s %s/%s anonymous=%v", a.Type, a.Country, a.Sector, a.Anonymous,
					tt.typ, tt.country, tt.sector, tt.anonymous)
			}
			if tt.mentions != nil && !slices.Equal(texts, tt.mentions) {
				t.Errorf("mentions = %q, want %q", texts, tt.mentions)
			}
			for _, m := range tt.mustHaveMentions {
				if !slices.Contains(texts, m) {
					t.Errorf("mentions = %q, want one %q", texts, m)
				}
			}
		})
	}
	// Russia and Ukraine are states; the delegations are a list of two.
	for _, s := range []struct{ text, iso string }{{"Russia", "RUS"}, {"Ukraine", "UKR"}} {
		if a, _ := actorOf(s.text); a.Type != "state" || a.Country != s.iso {
			t.Errorf("%s: %s %s, want state %s", s.text, a.Type, a.Country, s.iso)
		}
	}
	var delegations []string
	for _, m := range doc.Mentions {
		if doc.Slice(m.Span) == "Russian and Ukrainian delegations" {
			a := doc.Actors[m.Actor]
			delegations = append(delegations, a.Country+"/"+a.Sector)
		}
	}
	if !slices.Equal(delegations, []string{"RUS/GOV", "UKR/GOV"}) {
		t.Errorf("delegations = %q, want RUS/GOV and UKR/GOV", delegations)
	}
}
