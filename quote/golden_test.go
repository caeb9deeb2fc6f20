package quote_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// goldenQuote is a quote with the texts of its spans, for review.
type goldenQuote struct {
	Text    string `json:"text"`
	CueText string `json:"cue_text,omitempty"`
	parley.Quote
}

// TestGolden runs segment and quote (without the actor layer, so that the
// files change only with this package) over the seed article and the
// texts of testdata/, and compares the quotes with testdata/NAME.golden.json.
func TestGolden(t *testing.T) {
	inputs := map[string]string{"seed": parleytest.SeedText(t)}
	names, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		inputs[strings.TrimSuffix(filepath.Base(n), ".txt")] = string(b)
	}
	tg := mustTagger(t)
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			doc := mustDoc(t, text)
			tg.Annotate(doc)
			parleytest.MustValid(t, doc)
			out := make([]goldenQuote, 0, len(doc.Quotes))
			for _, q := range doc.Quotes {
				out = append(out, goldenQuote{Text: doc.Slice(q.Span), CueText: doc.Slice(q.Cue), Quote: q})
			}
			got := parleytest.MarshalGolden(t, out)
			parleytest.Golden(t, filepath.Join("testdata", name+".golden.json"), got)
			// A second run gives the same bytes.
			tg.Annotate(doc)
			out2 := make([]goldenQuote, 0, len(doc.Quotes))
			for _, q := range doc.Quotes {
				out2 = append(out2, goldenQuote{Text: doc.Slice(q.Span), CueText: doc.Slice(q.Cue), Quote: q})
			}
			if again := parleytest.MarshalGolden(t, out2); string(again) != string(got) {
				t.Fatal("second run differs")
			}
		})
	}
}
