package text_test

import (
	"fmt"
	"time"

	"github.com/parleyhq/parley/ingest/text"
)

func ExampleParse() {
	data := []byte("Ferry service resumes\n\nPIRAEUS, Greece, March 3 (Wire) - Ferries left port on Monday after a two-day strike.\n")
	doc, err := text.Parse(data, text.Options{Name: "ferry.txt", Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title)
	fmt.Println(doc.Published.Format(time.DateOnly), doc.PublishedFrom)
	for _, p := range doc.Paragraphs {
		fmt.Printf("%v %.30s\n", p, doc.Slice(p))
	}
	// Output:
	// Ferry service resumes
	// 2025-03-03 dateline
	// [0,21) Ferry service resumes
	// [23,108) PIRAEUS, Greece, March 3 (Wire
}
