package geo_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// goldenPlace is one place of a golden file, with its text for review.
type goldenPlace struct {
	Text string `json:"text"`
	parley.Place
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
	}
	cases["seed"] = parleytest.SeedText(t)
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			doc := MustAnnotate(t, text)
			parleytest.MustValid(t, doc)
			out := make([]goldenPlace, len(doc.Places))
			for i, p := range doc.Places {
				out[i] = goldenPlace{Text: doc.Slice(p.Span), Place: p}
			}
			got := parleytest.MarshalGolden(t, out)
			parleytest.Golden(t, filepath.Join("testdata", name+".golden.json"), got)
			// A second run gives the same bytes.
			again := MustAnnotate(t, text)
			if string(parleytest.MarshalGolden(t, again.Places)) != string(parleytest.MarshalGolden(t, doc.Places)) {
				t.Fatal("second run differs")
			}
		})
	}
}
