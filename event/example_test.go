package event_test

import (
	"fmt"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/event"
	"github.com/parleyhq/parley/segment"
)

func ExampleCoder_Annotate() {
	seg, err := segment.New()
	if err != nil {
		panic(err)
	}
	c, err := event.New()
	if err != nil {
		panic(err)
	}
	doc := &parley.Document{ID: "ex", Text: "The two ministers will meet in Oslo. Kyiv has repeatedly rejected the demands."}
	seg.Annotate(doc)
	c.Annotate(doc) // without an actor layer, Sources and Targets stay empty
	for _, e := range doc.Events {
		fmt.Println(e.Type, doc.Slice(e.Trigger), e.Modality)
	}
	// Output:
	// CONSULT meet planned
	// AGREE meet occurred
	// REJECT rejected habitual
}
