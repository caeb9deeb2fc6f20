package actor_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// golden is what the golden files hold: mentions with their text, and the
// actors.
type golden struct {
	Mentions []goldenMention `json:"mentions"`
	Actors   []parley.Actor  `json:"actors"`
}

type goldenMention struct {
	Text string `json:"text"`
	parley.Mention
}

func goldenOf(doc *parley.Document) golden {
	g := golden{Actors: doc.Actors, Mentions: []goldenMention{}}
	for _, m := range doc.Mentions {
		g.Mentions = append(g.Mentions, goldenMention{Text: doc.Slice(m.Span), Mention: m})
	}
	return g
}

func TestGolden(t *testing.T) {
	tg := MustTagger(t)
	cases := map[string]struct {
		text      string
		published time.Time
	}{
		"seed": {parleytest.SeedText(t), parleytest.SeedPublished},
	}
	names, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		cases[strings.TrimSuffix(filepath.Base(n), ".txt")] = struct {
			text      string
			published time.Time
		}{string(b), date("2025-05-18")}
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			doc := MustAnnotate(t, tg, c.text, c.published)
			got := parleytest.MarshalGolden(t, goldenOf(doc))
			parleytest.Golden(t, filepath.Join("testdata", name+".golden.json"), got)
			// A second run gives the same bytes.
			again := parleytest.MarshalGolden(t, goldenOf(MustAnnotate(t, tg, c.text, c.published)))
			if string(again) != string(got) {
				t.Errorf("second run differs")
			}
		})
	}
}
