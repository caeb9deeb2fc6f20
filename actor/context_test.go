package actor_test

import "testing"

// TestTagger_Annotate_Context covers national adjectives before non-agent
// nouns ("adj-noun") and institution nouns that take their country from
// the context ("institution-*"). The sentences are written for these tests.
func TestTagger_Annotate_Context(t *testing.T) {
	tg := MustTagger(t)
	tests := []struct {
		name, text string
		want       []want
	}{
		{"AdjNoun", "Greek boats entered Libyan waters at dawn.", []want{
			{"Greek", 0, "Greece", "GRC", "", "adj-noun"},
			{"Libyan", 0, "Libya", "LBY", "", "adj-noun"}}},
		{"AdjNounList", "Saudi and Emirati jets flew over the desert.", []want{
			{"Saudi", 0, "Saudi Arabia", "SAU", "", "adj-noun"},
			{"Emirati", 0, "United Arab Emirates", "ARE", "", "adj-noun"}}},
		{"AdjNounAfterDeterminer", "Shells landed near the Armenian positions.", []want{
			{"Armenian", 0, "Armenia", "ARM", "", "adj-noun"}}},
		{"AdjNounSide", "Talks stalled after the Turkish side walked out.", []want{
			{"Turkish", 0, "Turkey", "TUR", "", "adj-noun"}}},
		{"KBOrgWins", "The Sudanese army said it held the bridge.", []want{
			{"Sudanese army", 0, "", "SDN", "MIL", "kb-org"}}},
		{"Counterpart", "The envoy later phoned his Qatari counterpart.", []want{
			{"Qatari counterpart", 0, "", "QAT", "GOV", "description"}}},
		{"InstitutionIn", "Police in Nairobi detained a journalist.", []want{
			{"Police", 0, "", "KEN", "COP", "institution-in"}}},
		{"InstitutionInCountry", "The foreign ministry in Kenya summoned the envoy.", []want{
			{"The foreign ministry", 0, "", "KEN", "GOV", "institution-in"}}},
		{"InstitutionSentence", "Authorities said Peru would reopen the border.", []want{
			{"Authorities", 0, "", "PER", "GOV", "institution-sentence"}}},
		{"DefiniteTitle", "The foreign minister said Chile would reopen its embassy.", []want{
			{"The foreign minister", 0, "", "CHL", "GOV", "description+institution-sentence"}}},
		{"AnonymousOfficial", "A senior official said Peru had closed the border.", []want{
			{"A senior official", 0, "", "PER", "GOV", "anonymous+institution-sentence"}}},
		{"AppositionName", "Tariq Rahimi, the Afghan foreign minister, said talks would resume.", []want{
			{"Tariq Rahimi", 0, "Tariq Rahimi", "AFG", "GOV", "apposition-name"},
			{"the Afghan foreign minister", 0, "Tariq Rahimi", "AFG", "GOV", "apposition"}}},
		{"AppositionPossessive", "Juan Ortega Ruiz, Bolivia's interior minister, resigned.", []want{
			{"Bolivia's interior minister", 0, "Juan Ortega Ruiz", "BOL", "GOV", "apposition"}}},
		{"InstitutionDocument", "Chile held a vote on Sunday. The interior ministry said turnout was high.", []want{
			{"The interior ministry", 0, "", "CHL", "GOV", "institution-document"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustAnnotate(t, tg, tt.text, date("2025-03-01"))
			for _, w := range tt.want {
				start := nthIndex(tt.text, w.text, w.nth)
				found := false
				for _, m := range doc.Mentions {
					if m.Span.Start != start || m.Span.End != start+len(w.text) {
						continue
					}
					found = true
					a := doc.Actors[m.Actor]
					if w.actor != "" && a.Name != w.actor || a.Country != w.country || a.Sector != w.sector || m.Rule != w.rule {
						t.Errorf("%q: %s %s/%s rule %s, want %s %s/%s rule %s", w.text, a.Name, a.Country, a.Sector, m.Rule,
							w.actor, w.country, w.sector, w.rule)
					}
				}
				if !found {
					var got []string
					for _, m := range doc.Mentions {
						got = append(got, doc.Slice(m.Span)+" ("+m.Rule+")")
					}
					t.Errorf("no mention %q; got %q", w.text, got)
				}
			}
		})
	}
}

// TestTagger_Annotate_NoAdjNoun lists national adjectives that do not head
// a noun: no adj-noun mention, and pronouns do not link to one.
func TestTagger_Annotate_NoAdjNoun(t *testing.T) {
	tg := MustTagger(t)
	for _, text := range []string{
		"She speaks fluent Turkish and some Greek.",
		"The crew was Polish, the captain said.",
		"The Vatican offered to mediate.",
		"Two sailors were Indian.",
	} {
		doc := MustAnnotate(t, tg, text, date("2025-03-01"))
		for _, m := range doc.Mentions {
			if m.Rule == "adj-noun" {
				t.Errorf("%q: adj-noun mention %q", text, doc.Slice(m.Span))
			}
		}
	}
	doc := MustAnnotate(t, tg, "A Turkish ship docked. It was loaded with grain, it said.", date("2025-03-01"))
	for _, m := range doc.Mentions {
		if m.Kind == "pronoun" {
			t.Errorf("pronoun %q linked to %s", doc.Slice(m.Span), doc.Actors[m.Actor].Name)
		}
	}
}
