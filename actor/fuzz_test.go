package actor_test

import (
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/segment"
)

func FuzzActor(f *testing.F) {
	for _, s := range []string{
		"President Donald Trump said he will call Russian President Vladimir Putin.",
		"A senior Ukrainian official told the Associated Press that Moscow’s team presented demands.",
		"Russian and Ukrainian delegations met. Both leaders agreed. The two countries signed.",
		"Dmitry Peskov, the Kremlin spokesman, said it declined. They said so.",
		"Syria's interim president, Ahmed al-Sharaa, met Hamas official Osama Hamdan in Kyiv's",
		"the of , and Ministry of of Defence 's ’s U.S. US",
		"\u00a0Erdoğan’s\u200b Kremlin’",
	} {
		f.Add(s)
	}
	seg, err := segment.New()
	if err != nil {
		f.Fatal(err)
	}
	tg := MustTagger(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc := &parley.Document{ID: "fuzz", Text: text, Published: parleytest.SeedPublished}
		if doc.Validate() != nil {
			return // not valid UTF-8
		}
		seg.Annotate(doc)
		tg.Annotate(doc)
		parleytest.MustValid(t, doc)
		for i, m := range doc.Mentions {
			if m.Actor < 0 || m.Actor >= len(doc.Actors) {
				t.Fatalf("mention %d actor %d out of range", i, m.Actor)
			}
			if m.Span.Len() == 0 {
				t.Fatalf("mention %d has an empty span", i)
			}
		}
		for i, a := range doc.Actors {
			if len(a.Mentions) == 0 {
				t.Fatalf("actor %d has no mentions", i)
			}
		}
	})
}
