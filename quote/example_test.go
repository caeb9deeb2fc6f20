package quote_test

import (
	"fmt"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/quote"
	"github.com/parleyhq/parley/segment"
)

func ExampleTagger_Annotate() {
	doc := &parley.Document{ID: "ex", Text: "“This was a deliberate killing of civilians,” Zelenskyy said in a statement. " +
		"The Kremlin confirmed preparations were underway, according to Russian news agencies citing spokesman Dmitry Peskov."}
	seg, err := segment.New()
	if err != nil {
		panic(err)
	}
	seg.Annotate(doc)
	tg, err := quote.New()
	if err != nil {
		panic(err)
	}
	tg.Annotate(doc)
	for _, q := range doc.Quotes {
		fmt.Printf("%s: %q by %s (%s, %s)\n", q.Kind, doc.Slice(q.Span), q.SpeakerText, doc.Slice(q.Cue), q.Channel)
		for _, v := range q.ViaSpans {
			fmt.Printf("  via %s\n", doc.Slice(v))
		}
	}
	// Output:
	// direct: "This was a deliberate killing of civilians" by Zelenskyy (said, statement)
	// reported: "preparations were underway" by The Kremlin (confirmed, news agency)
	//   via Russian news agencies
	//   via spokesman Dmitry Peskov
}
