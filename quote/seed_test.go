package quote_test

import (
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// seedActors is a hand-built actor layer for the seed article, so that the
// seed check does not depend on package actor.
var seedActors = []actorSpec{
	{name: "Donald Trump", mentions: []string{"President Donald Trump", "Trump", "Trump", "He", "Trump", "Trump", "Trump"}},
	{name: "Volodymyr Zelenskyy", mentions: []string{"Ukrainian President Volodymyr Zelenskyy", "Zelenskyy", "Zelenskyy", "Zelenskyy"}},
	{name: "Russian government", mentions: []string{"The Kremlin"}},
	{name: "Russian news agencies", sector: "MED", mentions: []string{"Russian news agencies"}},
	{name: "Dmitry Peskov", mentions: []string{"spokesman Dmitry Peskov"}},
	{name: "senior Ukrainian official", mentions: []string{"A senior Ukrainian official"}},
	{name: "Associated Press", sector: "MED", mentions: []string{"Associated Press"}},
}

// seedWant are the quotes of the seed article: the three direct quotes
// and the reported statements of expected.md, and the participle
// "adding that the call ... is scheduled".
var seedWant = []wantQuote{
	{kind: "reported", content: "he will hold separate calls with Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy on Monday, in a renewed effort to broker a ceasefire more than three years into the war between the two countries",
		speaker: "President Donald Trump", actor: "Donald Trump", cue: "said"},
	{kind: "reported", content: "the planned talks", speaker: "Trump", actor: "Donald Trump", cue: "announced", channel: "social media", platform: "Truth Social"},
	{kind: "direct", content: "THE SUBJECTS OF THE CALL WILL BE, STOPPING THE ‘BLOODBATH’ THAT IS KILLING, ON AVERAGE, MORE THAN 5000 RUSSIAN AND UKRAINIAN SOLDIERS A WEEK, AND TRADE",
		speaker: "Trump", actor: "Donald Trump", cue: "wrote", channel: "social media", platform: "Truth Social"},
	{kind: "reported", content: "the call with Putin is scheduled for 10 AM Eastern time Monday (1400 GMT)", speaker: "Trump", actor: "Donald Trump", cue: "adding"},
	{kind: "reported", content: "he would speak afterwards with Zelenskyy and several NATO leaders", speaker: "Trump", actor: "Donald Trump", cue: "said#2"},
	{kind: "direct", content: "Hopefully it will be a productive day, a ceasefire will take place, and this very violent war, a war that should have never happened, will end",
		speaker: "Trump", actor: "Donald Trump", cue: "wrote#2", channel: "social media", platform: "Truth Social"},
	{kind: "reported", content: "preparations were underway for the conversation with Trump", speaker: "The Kremlin", actor: "Russian government", cue: "confirmed",
		channel: "news agency", via: []string{"Russian news agencies", "spokesman Dmitry Peskov"}},
	{kind: "reported", content: "Moscow’s team presented new demands, including that Ukrainian forces withdraw from all territories claimed by Russia — a condition Kyiv has repeatedly rejected",
		speaker: "A senior Ukrainian official familiar with the negotiations", actor: "senior Ukrainian official", cue: "told", channel: "interview"},
	{kind: "reported", content: "he continues to pressure both leaders for a ceasefire", speaker: "Trump", actor: "Donald Trump", cue: "said#3"},
	{kind: "direct", content: "This was a deliberate killing of civilians", speaker: "Zelenskyy", actor: "Volodymyr Zelenskyy", cue: "said#4", channel: "statement"},
}

func TestTagger_Annotate_Seed(t *testing.T) {
	doc := mustDoc(t, parleytest.SeedText(t), seedActors...)
	doc.Quantities = []parley.Quantity{
		{Span: spanOf(t, doc.Text, "MORE THAN 5000"), Value: 5000, Claimant: -1, Rule: "test"},
		{Span: spanOf(t, doc.Text, "1,000"), Value: 1000, Claimant: -1, Rule: "test"},
		{Span: spanOf(t, doc.Text, "nine"), Value: 9, Claimant: -1, Rule: "test"},
	}
	mustTagger(t).Annotate(doc)
	parleytest.MustValid(t, doc)
	if len(doc.Quotes) != len(seedWant) {
		for _, q := range doc.Quotes {
			t.Logf("got %s %q (%s)", q.Kind, doc.Slice(q.Span), q.Rule)
		}
		t.Fatalf("len(Quotes)=%d, want %d", len(doc.Quotes), len(seedWant))
	}
	for i, w := range seedWant {
		checkQuote(t, doc, i, w)
	}
	// The reporter states the exchange and the deaths; the weekly toll is
	// Trump's figure.
	for i, want := range []int{2, -1, -1} {
		if got := doc.Quantities[i].Claimant; got != want {
			t.Errorf("Quantities[%d].Claimant=%d, want %d", i, got, want)
		}
	}
	// Sentence attribution: sentences 4 and 5 relay Trump (quotes 4 and
	// 5), sentence 9 (the talks in Ankara) is the reporter's.
	for si, want := range map[int]int{4: 4, 5: 5} {
		if got := doc.SentenceAttribution(si); got != want {
			t.Errorf("SentenceAttribution(%d)=%d, want %d", si, got, want)
		}
	}
	if got := doc.SentenceAttribution(9); got != -1 {
		t.Errorf("SentenceAttribution(9)=%d, want -1", got)
	}
}

func TestDocument_AttributionAt(t *testing.T) {
	doc := mustDoc(t, "Peskov said talks on a “lasting peace” would resume. The weather was fine.")
	mustTagger(t).Annotate(doc)
	if len(doc.Quotes) != 1 {
		t.Fatalf("len(Quotes)=%d, want 1", len(doc.Quotes))
	}
	for _, tt := range []struct {
		sub  string
		want int
	}{
		{"lasting peace", 0}, {"would resume", 0}, {"Peskov", -1}, {"weather", -1},
	} {
		if got := doc.AttributionAt(spanOf(t, doc.Text, tt.sub)); got != tt.want {
			t.Errorf("AttributionAt(%q)=%d, want %d", tt.sub, got, tt.want)
		}
	}
	if got := doc.SentenceAttribution(0); got != 0 {
		t.Errorf("SentenceAttribution(0)=%d, want 0", got)
	}
	if got := doc.SentenceAttribution(1); got != -1 {
		t.Errorf("SentenceAttribution(1)=%d, want -1", got)
	}
	if got := doc.SentenceAttribution(7); got != -1 {
		t.Errorf("SentenceAttribution(7)=%d, want -1", got)
	}
}
