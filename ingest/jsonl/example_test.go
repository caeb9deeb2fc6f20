package jsonl_test

import (
	"fmt"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/jsonl"
)

func ExampleRead() {
	input := `{"id":"a","published":"2025-05-18","text":"Ferry service resumed.\nThe strike is over."}
{"id":"b","text":42}
`
	errs := jsonl.Read(strings.NewReader(input), jsonl.Options{Name: "news.jsonl"}, func(doc *parley.Document) error {
		fmt.Println(doc.ID, doc.Published.Format("2006-01-02"), len(doc.Paragraphs), "paragraphs")
		return nil
	})
	for _, err := range errs {
		fmt.Println(parley.ErrorMessage(err), "at", err.(*parley.InputError).Pos)
	}
	// Output:
	// a 2025-05-18 2 paragraphs
	// field text is a number, want a string at news.jsonl:2
}

func ExampleParseTime() {
	t, err := jsonl.ParseTime("Sun, 18 May 2025 10:00:00 EDT")
	fmt.Println(t.UTC(), err)
	// Output: 2025-05-18 14:00:00 +0000 UTC <nil>
}
