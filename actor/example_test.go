package actor_test

import (
	"fmt"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/actor"
	"github.com/parleyhq/parley/segment"
)

func ExampleTagger_Annotate() {
	seg, err := segment.New()
	if err != nil {
		panic(err)
	}
	tg, err := actor.New(nil) // or actor.New(gazetteer) to add geo's countries
	if err != nil {
		panic(err)
	}
	doc := &parley.Document{
		ID:        "example",
		Text:      "The Kremlin said Putin would not attend. The U.S. president said he was disappointed.",
		Published: time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC),
	}
	seg.Annotate(doc)
	tg.Annotate(doc)
	for _, m := range doc.Mentions {
		a := doc.Actors[m.Actor]
		fmt.Printf("%-18s %-20s %s/%s %s\n", doc.Slice(m.Span), a.Name, a.Country, a.Sector, m.Rule)
	}
	// Output:
	// Kremlin            Russian government   RUS/GOV seat
	// Putin              Vladimir Putin       RUS/GOV kb-alias
	// The U.S. president Donald Trump         USA/GOV title-kb
	// he                 Donald Trump         USA/GOV pronoun-subject
}
