package timex_test

import (
	"fmt"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/segment"
	"github.com/parleyhq/parley/timex"
)

func ExampleTagger_Annotate() {
	seg, err := segment.New()
	if err != nil {
		panic(err)
	}
	tagger, err := timex.New()
	if err != nil {
		panic(err)
	}
	doc := &parley.Document{
		ID:        "example",
		Text:      "The meeting, held on Friday, lasted one hour and 40 minutes. The call is scheduled for 10 AM Eastern time Monday (1400 GMT).",
		Published: time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC),
	}
	seg.Annotate(doc)
	tagger.Annotate(doc)
	for _, t := range doc.Times {
		fmt.Printf("%s | %s %s\n", doc.Slice(t.Span), t.Kind, t.Value)
	}
	// Output:
	// Friday | date 2025-05-16
	// one hour and 40 minutes | duration PT1H40M
	// 10 AM Eastern time Monday (1400 GMT) | time 2025-05-19T14:00Z
}
