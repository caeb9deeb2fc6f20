package segment_test

import (
	"fmt"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/segment"
)

func ExampleSegmenter_Annotate() {
	s, err := segment.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := &parley.Document{
		ID:   "example",
		Text: "KYIV, Ukraine (AP) — Gen. Smith met U.S. envoys at 10 a.m. Monday. “Talks ended,” he said.",
	}
	s.Annotate(doc)
	for i, se := range doc.Sentences {
		fmt.Printf("%v %s\n", se.Span, doc.Slice(se.Span))
		toks := doc.SentenceTokens(i)
		for _, tk := range toks[:min(4, len(toks))] {
			fmt.Printf("  %v %s %q\n", tk.Span, tk.Kind, doc.Slice(tk.Span))
		}
	}
	// Output:
	// [0,68) KYIV, Ukraine (AP) — Gen. Smith met U.S. envoys at 10 a.m. Monday.
	//   [0,4) word "KYIV"
	//   [4,5) punct ","
	//   [6,13) word "Ukraine"
	//   [14,15) punct "("
	// [69,96) “Talks ended,” he said.
	//   [69,72) punct "“"
	//   [72,77) word "Talks"
	//   [78,83) word "ended"
	//   [83,84) punct ","
}
