package event_test

import (
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// FuzzEvent runs the segmenter and the coder over arbitrary text, with and
// without hand-made actor mentions, and checks that the document stays
// valid and every index points into its layer.
func FuzzEvent(f *testing.F) {
	for _, s := range []string{
		"Russia attacked Ukraine.",
		"The talks, held on Friday, ended. No date has been set.",
		"If Kyiv agreed, Moscow would withdraw; Kyiv has repeatedly rejected the demands.",
		"“WE WILL NOT SIGN,” he said.",
		"Talks between A and B to exchange 1,000 prisoners",
		"to to to . , and and",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, actors := range [][]string{nil, {"Russia=RUS", "Kyiv=UKR", "A=AAA"}} {
			doc := MustHand(t, text, actors...)
			parleytest.MustValid(t, doc)
			checkIndexes(t, doc)
		}
	})
}

func checkIndexes(t *testing.T, doc *parley.Document) {
	t.Helper()
	for _, e := range doc.Events {
		if !e.Trigger.Valid(len(doc.Text)) || !e.Span.Valid(len(doc.Text)) {
			t.Fatalf("event spans out of range: %+v", e)
		}
		for _, ids := range [][]int{e.Sources, e.Targets} {
			for _, i := range ids {
				if i < 0 || i >= len(doc.Actors) {
					t.Fatalf("actor index %d out of range", i)
				}
			}
		}
		for _, i := range e.Times {
			if i < 0 || i >= len(doc.Times) {
				t.Fatalf("time index %d out of range", i)
			}
		}
		if e.AttributedTo < -1 || e.AttributedTo >= len(doc.Quotes) {
			t.Fatalf("AttributedTo %d out of range", e.AttributedTo)
		}
		if e.Modality == "" || e.Type == "" || e.Sources == nil || e.Targets == nil {
			t.Fatalf("incomplete event %+v", e)
		}
	}
}
