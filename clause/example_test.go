package clause_test

import (
	"fmt"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
	"github.com/parleyhq/parley/segment"
)

func ExampleAnalyzer_Analyze() {
	seg, err := segment.New()
	if err != nil {
		panic(err)
	}
	a, err := clause.New()
	if err != nil {
		panic(err)
	}
	doc := &parley.Document{ID: "ex", Text: "No date has been set for the exchange."}
	seg.Annotate(doc)
	an := a.Analyze(doc, 0)
	g := an.Groups[0]
	fmt.Println(g.Lemma, g.Tense, g.Perfect, g.Passive)
	subj := an.Chunks[an.Slots(0).Subject]
	fmt.Println(doc.Text[doc.Tokens[subj.First].Span.Start:doc.Tokens[subj.End-1].Span.End])
	// Output:
	// set present true true
	// No date
}
