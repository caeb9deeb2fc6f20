package clause_test

import (
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
	"github.com/parleyhq/parley/segment"
)

// FuzzAnalyze checks that every analysis of arbitrary text keeps its
// groups, chunks and slots inside the sentence.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Russia and Ukraine will not sign the deal, officials said.",
		"“THE TALKS WILL BE HELD,” he wrote. No date has been set.",
		"to to , and , the the of of",
		"",
	} {
		f.Add(s)
	}
	seg, err := segment.New()
	if err != nil {
		f.Fatal(err)
	}
	a, err := clause.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &parley.Document{ID: "f", Text: text}
		seg.Annotate(doc)
		for i, an := range a.AnalyzeDocument(doc) {
			s := doc.Sentences[i]
			in := func(t0 int) bool { return s.FirstToken <= t0 && t0 < s.EndToken }
			if len(an.Words) != s.EndToken-s.FirstToken {
				t.Fatalf("len(Words)=%d, want %d", len(an.Words), s.EndToken-s.FirstToken)
			}
			for k, g := range an.Groups {
				if !in(g.First) || !in(g.Head) || g.End > s.EndToken || g.First >= g.End {
					t.Fatalf("group %+v outside sentence %+v", g, s)
				}
				sl := an.Slots(k)
				for _, c := range append([]int{sl.Subject, sl.Object, sl.Agent}, sl.Obliques...) {
					if c < -1 || c >= len(an.Chunks) {
						t.Fatalf("slot chunk %d out of range", c)
					}
				}
				if g.Governor >= len(an.Groups) {
					t.Fatalf("governor %d out of range", g.Governor)
				}
			}
			for _, c := range an.Chunks {
				if !in(c.First) || c.End > s.EndToken || c.First >= c.End {
					t.Fatalf("chunk %+v outside sentence", c)
				}
			}
		}
	})
}
