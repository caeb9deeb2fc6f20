package quote_test

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/actor"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/quote"
	"github.com/parleyhq/parley/segment"
)

// TestSeedWithActorLayer runs segment, actor and quote over the seed
// article: every quote of expected.md comes out with its span, and its
// speaker resolved to an actor, the pronoun "He" of sentence 4 through the
// actor layer's coreference.
func TestSeedWithActorLayer(t *testing.T) {
	doc := &parley.Document{ID: "seed", Text: parleytest.SeedText(t), Published: parleytest.SeedPublished}
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	seg.Annotate(doc)
	g, err := geo.NewGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	at, err := actor.New(g)
	if err != nil {
		t.Fatal(err)
	}
	at.Annotate(doc)
	qt, err := quote.New()
	if err != nil {
		t.Fatal(err)
	}
	qt.Annotate(doc)
	parleytest.MustValid(t, doc)
	want := []struct {
		content, speaker, channel string
		via                       int
	}{
		{"he will hold separate calls with Russian President Vladimir Putin", "Donald Trump", "", 0},
		{"the planned talks", "Donald Trump", "social media", 0},
		{"THE SUBJECTS OF THE CALL WILL BE, STOPPING THE ‘BLOODBATH’", "Donald Trump", "social media", 0},
		{"the call with Putin is scheduled for 10 AM Eastern time Monday (1400 GMT)", "Donald Trump", "", 0},
		{"he would speak afterwards with Zelenskyy and several NATO leaders", "Donald Trump", "", 0},
		{"Hopefully it will be a productive day", "Donald Trump", "social media", 0},
		{"preparations were underway for the conversation with Trump", "Russian government", "news agency", 2},
		{"Moscow’s team presented new demands", "senior Ukrainian official", "interview", 0},
		{"he continues to pressure both leaders for a ceasefire", "Donald Trump", "", 0},
		{"This was a deliberate killing of civilians", "Volodymyr Zelenskyy", "statement", 0},
	}
	if len(doc.Quotes) != len(want) {
		t.Fatalf("len(Quotes)=%d, want %d", len(doc.Quotes), len(want))
	}
	for i, w := range want {
		q := doc.Quotes[i]
		if got := doc.Slice(q.Span); !strings.HasPrefix(got, w.content) {
			t.Errorf("quote %d: %q, want it to start with %q", i, got, w.content)
		}
		if q.Speaker < 0 || doc.Actors[q.Speaker].Name != w.speaker {
			t.Errorf("quote %d: speaker %d, want %s", i, q.Speaker, w.speaker)
		}
		if q.Channel != w.channel || len(q.Via) != w.via {
			t.Errorf("quote %d: channel %q via %v, want %q and %d", i, q.Channel, q.Via, w.channel, w.via)
		}
		for _, v := range q.Via {
			if v < 0 {
				t.Errorf("quote %d: via %v has an unresolved actor", i, q.Via)
			}
		}
	}
}
