package actor_test

import (
	"testing"
	"testing/fstest"

	"github.com/parleyhq/parley/actor"
)

func TestNew(t *testing.T) {
	if _, err := actor.New(nil); err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	t.Run("ErrBadData", func(t *testing.T) {
		fsys := fstest.MapFS{"data/people.tsv": {Data: []byte("x\tX\t\tm\tUSA\t\tGOV\trole\tpresident\tnot-a-date\t\tsrc\n")}}
		if _, err := actor.NewFS(fsys, nil); err == nil {
			t.Fatal("NewFS accepted a bad date")
		}
	})
}

// want is one expected mention: its text, the n-th time that text occurs
// (0-based), and the code of its actor.
type want struct {
	text            string
	nth             int
	actor           string // actor name, "" to skip the check
	country, sector string
	rule            string // "" to skip the check
}

func TestTagger_Annotate(t *testing.T) {
	tg := MustTagger(t)
	tests := []struct {
		name, text, date string
		want             []want
	}{
		{"KBTitleName", "Russian Foreign Minister Sergei Lavrov met Hakan Fidan.", "2025-03-01", []want{
			{"Russian Foreign Minister Sergei Lavrov", 0, "Sergei Lavrov", "RUS", "GOV", "kb-title-name"},
			{"Hakan Fidan", 0, "Hakan Fidan", "TUR", "GOV", "kb-name"}}},
		{"TitleByDateAfter", "The U.S. president spoke.", "2025-03-01", []want{
			{"The U.S. president", 0, "Donald Trump", "USA", "GOV", "title-kb"}}},
		{"TitleByDateBefore", "The U.S. president spoke.", "2024-03-01", []want{
			{"The U.S. president", 0, "Joe Biden", "USA", "GOV", "title-kb"}}},
		{"ChancellorByDate", "The German chancellor arrived. The German chancellor left.", "2025-05-10", []want{
			{"The German chancellor", 0, "Friedrich Merz", "DEU", "GOV", "title-kb"}}},
		{"UnknownTitleName", "Interior Minister Mohsin Naqvi said Naqvi would resign.", "2025-03-01", []want{
			{"Interior Minister Mohsin Naqvi", 0, "Mohsin Naqvi", "", "GOV", "title-name"},
			{"Naqvi", 1, "Mohsin Naqvi", "", "GOV", "surname"}}},
		{"FirstName", "Ahmed Karimi, a farmer, said Karimi lost his land.", "2025-03-01", []want{
			{"Ahmed Karimi", 0, "Ahmed Karimi", "", "", "first-name"},
			{"his", 0, "Ahmed Karimi", "", "", "pronoun-subject"}}},
		{"WeakSurname", "Austin is a city. Lloyd Austin visited. Austin said no.", "2023-03-01", []want{
			{"Lloyd Austin", 0, "Lloyd Austin", "USA", "GOV", "kb-name"},
			{"Austin", 2, "Lloyd Austin", "USA", "GOV", "kb-alias"}}},
		{"OrgSuffix", "The Sudanese Armed Forces and the Ministry of Defence of Chad met.", "2025-03-01", []want{
			{"Sudanese Armed Forces", 0, "", "SDN", "MIL", ""}}},
		{"Anonymous", "A senior Israeli official said talks stalled.", "2025-03-01", []want{
			{"A senior Israeli official", 0, "", "ISR", "GOV", "anonymous"}}},
		{"AgentPlural", "Israeli troops and Hamas gunmen clashed as protesters gathered.", "2025-03-01", []want{
			{"Israeli troops", 0, "", "ISR", "MIL", "agent-plural"},
			{"Hamas gunmen", 0, "", "PSE", "REB", "agent-plural"},
			{"protesters", 0, "", "", "OPP", "agent-bare"}}},
		{"ConjList", "Israeli and Palestinian negotiators met.", "2025-03-01", []want{
			{"Israeli and Palestinian negotiators", 0, "", "ISR", "GOV", "conj-list"}}},
		{"Seat", "The White House and Downing Street disagreed.", "2025-03-01", []want{
			{"White House", 0, "", "USA", "GOV", "seat"},
			{"Downing Street", 0, "", "GBR", "GOV", "seat"}}},
		{"CapitalMetonym", "Kyiv rejected the plan, officials in Kyiv said.", "2025-03-01", []want{
			{"Kyiv", 0, "", "UKR", "GOV", "capital-metonym"}}},
		{"Apposition", "Dmitry Peskov, the Kremlin spokesman, said no.", "2025-03-01", []want{
			{"the Kremlin spokesman", 0, "Dmitry Peskov", "RUS", "GOV", "apposition"}}},
		{"TitleCoref", "Ukrainian President Volodymyr Zelenskyy spoke. The Ukrainian leader was firm.", "2025-03-01", []want{
			{"The Ukrainian leader", 0, "Volodymyr Zelenskyy", "UKR", "GOV", "title-coref"}}},
		{"PronounPrevious", "Maria Zakharova spoke on Monday. She said talks failed.", "2025-03-01", []want{
			{"She", 0, "Maria Zakharova", "RUS", "GOV", "pronoun-previous-subject"}}},
		{"PronounObject", "Joe Biden called Benjamin Netanyahu to congratulate him.", "2024-10-17", []want{
			{"him", 0, "Benjamin Netanyahu", "ISR", "GOV", "pronoun-object"}}},
		{"PronounGroup", "The Houthis said they fired a missile.", "2025-03-01", []want{
			{"they", 0, "Houthis", "YEM", "REB", "pronoun-group"}}},
		{"DefGroup", "M23 rebels took Goma. The group said the rebels would stay.", "2025-03-01", []want{
			{"The group", 0, "", "COD", "REB", "def-group"}}},
		{"Country", "Turkey hosted the talks.", "2025-03-01", []want{
			{"Turkey", 0, "Turkey", "TUR", "", "country"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustAnnotate(t, tg, tt.text, date(tt.date))
			for _, w := range tt.want {
				start := nthIndex(tt.text, w.text, w.nth)
				if start < 0 {
					t.Fatalf("test text has no %q #%d", w.text, w.nth)
				}
				found := false
				for _, m := range doc.Mentions {
					if m.Span.Start != start || m.Span.End != start+len(w.text) {
						continue
					}
					found = true
					a := doc.Actors[m.Actor]
					if w.actor != "" && a.Name != w.actor || a.Country != w.country || a.Sector != w.sector || w.rule != "" && m.Rule != w.rule {
						t.Errorf("%q [%d,%d): %s %s/%s rule %s, want %s %s/%s rule %s", w.text, m.Span.Start, m.Span.End,
							a.Name, a.Country, a.Sector, m.Rule, w.actor, w.country, w.sector, w.rule)
					}
					break
				}
				if !found {
					var got []string
					for _, m := range doc.Mentions {
						got = append(got, doc.Slice(m.Span))
					}
					t.Errorf("no mention %q at %d; got %q", w.text, start, got)
				}
			}
		})
	}
}

func nthIndex(s, sub string, n int) int {
	off := 0
	for {
		i := indexFrom(s, sub, off)
		if i < 0 || n == 0 {
			return i
		}
		n--
		off = i + 1
	}
}

func indexFrom(s, sub string, off int) int {
	for i := off; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestTagger_Annotate_Empty(t *testing.T) {
	tg := MustTagger(t)
	doc := MustAnnotate(t, tg, "", date("2025-01-01"))
	if len(doc.Mentions) != 0 || len(doc.Actors) != 0 {
		t.Fatalf("got %d mentions, %d actors on empty text", len(doc.Mentions), len(doc.Actors))
	}
}

func TestTagger_CAMEO(t *testing.T) {
	tg := MustTagger(t)
	doc := MustAnnotate(t, tg, "Russian forces and several NATO leaders.", date("2025-01-01"))
	var codes []string
	for _, a := range doc.Actors {
		codes = append(codes, tg.CAMEO(a))
	}
	if len(codes) != 2 || codes[0] != "RUSMIL" || codes[1] != "IGONAT" {
		t.Fatalf("CAMEO codes = %q, want [RUSMIL IGONAT]", codes)
	}
}
