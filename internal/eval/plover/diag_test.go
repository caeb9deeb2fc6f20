package plover_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/eval/plover"
	"github.com/parleyhq/parley/internal/parleytest"
)

func TestDiag(t *testing.T) {
	if os.Getenv("PLOVER_DIAG") == "" {
		t.Skip()
	}
	p := parleytest.SharedPath(t, "eval", "plover", "gold.jsonl")
	gold, _ := plover.ReadGold(p)
	as, _ := plover.Pipeline()
	_ = filepath.Dir
	covered, total, rightCountry := 0, 0, 0
	emptySrc, emptyTgt, noActors, mentionsNone := 0, 0, 0, 0
	seen := map[string]bool{}
	for _, g := range gold {
		if seen[g.SentenceID] {
			continue
		}
		seen[g.SentenceID] = true
		doc := &parley.Document{ID: "s", Text: g.Text, Published: plover.Published}
		for _, a := range as {
			a.Annotate(doc)
		}
		for _, r := range gold {
			if r.SentenceID != g.SentenceID {
				continue
			}
			for _, ga := range r.Recipient {
				i := strings.Index(r.Text, ga.Text)
				if i < 0 {
					continue
				}
				total++
				for _, m := range doc.Mentions {
					if m.Span.Start < i+len(ga.Text) && i < m.Span.End {
						covered++
						if m.Actor >= 0 && doc.Actors[m.Actor].Country == ga.Code {
							rightCountry++
						}
						break
					}
				}
			}
		}
		if len(doc.Mentions) == 0 {
			mentionsNone++
		}
		for _, e := range doc.Events {
			if e.Type != g.Event {
				continue
			}
			if len(e.Sources) == 0 {
				emptySrc++
			}
			if len(e.Targets) == 0 {
				emptyTgt++
			}
			if len(e.Sources)+len(e.Targets) == 0 {
				noActors++
			}
			break
		}
	}
	fmt.Println("recipient spans covered by a mention:", covered, "of", total, "with right country:", rightCountry)
	fmt.Println("sentences without mentions", mentionsNone, "matched events with empty sources", emptySrc, "empty targets", emptyTgt, "no actors", noActors)
}
