package quantity_test

import (
	"fmt"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/quantity"
	"github.com/parleyhq/parley/segment"
)

func ExampleTagger_Annotate() {
	seg, err := segment.New()
	if err != nil {
		panic(err)
	}
	tg, err := quantity.New()
	if err != nil {
		panic(err)
	}
	doc := &parley.Document{ID: "example", Text: "The talks ended with a deal to exchange 1,000 prisoners of war on each side. The strike killed nine civilians."}
	seg.Annotate(doc)
	tg.Annotate(doc)
	for _, q := range doc.Quantities {
		fmt.Printf("%s: %v %s, counts %q (%s), each side %v, total %v\n",
			doc.Slice(q.Span), q.Value, q.Unit, doc.Slice(q.Counted), q.Category, q.EachSide, q.Total)
	}
	// Output:
	// 1,000: 1000 person, counts "prisoners of war" (prisoners_exchanged), each side true, total 2000
	// nine: 9 person, counts "civilians" (killed), each side false, total 0
}
