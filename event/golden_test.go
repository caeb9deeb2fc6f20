package event_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
	"os"
)

// goldenEvent is the readable view of an event kept in golden files: the
// layers it points into are rendered by value, so a golden file reads
// without the rest of the document.
type goldenEvent struct {
	Type         string             `json:"type"`
	Mode         string             `json:"mode,omitempty"`
	Trigger      string             `json:"trigger"`
	Evidence     string             `json:"evidence"`
	Modality     parley.Modality    `json:"modality"`
	Sources      []string           `json:"sources"`
	Targets      []string           `json:"targets"`
	Times        []string           `json:"times,omitempty"`
	Places       []string           `json:"places,omitempty"`
	Quantities   []float64          `json:"quantities,omitempty"`
	AttributedTo int                `json:"attributed_to"`
	Commitment   *parley.Commitment `json:"commitment,omitempty"`
	Rule         string             `json:"rule"`
}

func goldenView(doc *parley.Document) []goldenEvent {
	out := []goldenEvent{}
	actors := func(ids []int) []string {
		s := []string{}
		for _, i := range ids {
			a := doc.Actors[i]
			s = append(s, a.Name+" "+a.Country+"/"+a.Sector)
		}
		return s
	}
	for _, e := range doc.Events {
		g := goldenEvent{Type: e.Type, Mode: e.Mode, Trigger: doc.Slice(e.Trigger), Evidence: doc.Slice(e.Span),
			Modality: e.Modality, Sources: actors(e.Sources), Targets: actors(e.Targets), AttributedTo: e.AttributedTo,
			Commitment: e.Commitment, Rule: e.Rule}
		for _, i := range e.Times {
			g.Times = append(g.Times, doc.Times[i].Value)
		}
		for _, i := range e.Places {
			g.Places = append(g.Places, doc.Places[i].Name)
		}
		for _, i := range e.Quantities {
			g.Quantities = append(g.Quantities, doc.Quantities[i].Value)
		}
		out = append(out, g)
	}
	return out
}

// TestGolden runs the full pipeline over the seed article and
// testdata/*.txt and compares the events with testdata/*.golden.json
// (regenerate with go test ./event -run Golden -update and review the diff).
func TestGolden(t *testing.T) {
	inputs := map[string]string{"seed": parleytest.SeedText(t)}
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			published := parleytest.SeedPublished
			if name != "seed" {
				published = time.Date(2025, 9, 14, 12, 0, 0, 0, time.UTC)
			}
			doc := MustFull(t, text, published)
			parleytest.MustValid(t, doc)
			got := parleytest.MarshalGolden(t, goldenView(doc))
			parleytest.Golden(t, filepath.Join("testdata", name+".golden.json"), got)
			again := MustFull(t, text, published)
			if string(parleytest.MarshalGolden(t, goldenView(again))) != string(got) {
				t.Fatal("second run gave different events")
			}
		})
	}
}
