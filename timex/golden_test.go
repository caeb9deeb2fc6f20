package timex_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// goldenTime is a time with the text its span covers, for reading golden
// files.
type goldenTime struct {
	Text string `json:"text"`
	parley.Time
}

func goldenTimes(doc *parley.Document) []goldenTime {
	out := make([]goldenTime, 0, len(doc.Times))
	for _, t := range doc.Times {
		out = append(out, goldenTime{Text: doc.Slice(t.Span), Time: t})
	}
	return out
}

func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		text func(t *testing.T) string
		pub  time.Time
	}{
		{"seed", func(t *testing.T) string { return parleytest.SeedText(t) }, parleytest.SeedPublished},
		{"markets", readTestdata("markets.txt"), time.Date(2025, 6, 3, 17, 0, 0, 0, time.UTC)},
		{"conflict", readTestdata("conflict.txt"), time.Date(2025, 7, 9, 0, 0, 0, 0, mustZone(t, "Europe/Kyiv"))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := MustTag(t, c.text(t), c.pub)
			rec, err := json.Marshal(parley.NewRecord(doc))
			if err != nil {
				t.Fatal(err)
			}
			parleytest.MustMatchSchema(t, rec)
			got := parleytest.MarshalGolden(t, goldenTimes(doc))
			parleytest.Golden(t, filepath.Join("testdata", c.name+".golden.json"), got)
			// A second run gives the same bytes.
			again := parleytest.MarshalGolden(t, goldenTimes(MustTag(t, c.text(t), c.pub)))
			if string(again) != string(got) {
				t.Errorf("second run differs")
			}
		})
	}
}

func readTestdata(name string) func(t *testing.T) string {
	return func(t *testing.T) string {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(b))
	}
}

func mustZone(t *testing.T, name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
