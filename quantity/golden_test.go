package quantity_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// goldenQuantity is a quantity with its evidence, for readable golden files.
type goldenQuantity struct {
	Text    string `json:"text"`
	Counted string `json:"counted_text,omitempty"`
	parley.Quantity
}

func goldenOf(doc *parley.Document) []goldenQuantity {
	out := []goldenQuantity{}
	for _, q := range doc.Quantities {
		out = append(out, goldenQuantity{Text: doc.Slice(q.Span), Counted: doc.Slice(q.Counted), Quantity: q})
	}
	return out
}

func TestGolden(t *testing.T) {
	p := MustPipe(t)
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]string{"seed": parleytest.SeedText(t)}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			got := parleytest.MarshalGolden(t, goldenOf(p.run(t, text)))
			again := parleytest.MarshalGolden(t, goldenOf(p.run(t, text)))
			if string(got) != string(again) {
				t.Fatal("second run differs")
			}
			parleytest.Golden(t, filepath.Join("testdata", name+".golden.json"), got)
		})
	}
}
