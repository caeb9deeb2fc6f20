package clause_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
	"github.com/parleyhq/parley/segment"
)

// dump renders the analysis of every sentence of text, for tests and for
// reading with CLAUSE_DUMP=1.
func dump(t testing.TB, text string) string {
	t.Helper()
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := clause.New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &parley.Document{ID: "d", Text: text}
	seg.Annotate(doc)
	var b strings.Builder
	for i := range doc.Sentences {
		an := a.Analyze(doc, i)
		for k, w := range an.Words {
			fmt.Fprintf(&b, "%s/%s ", doc.Slice(doc.Tokens[an.First+k].Span), w.Tag)
		}
		b.WriteString("\n")
		for k, g := range an.Groups {
			sl := an.Slots(k)
			span := func(c int) string {
				if c < 0 {
					return "-"
				}
				ch := an.Chunks[c]
				return doc.Text[doc.Tokens[ch.First].Span.Start:doc.Tokens[ch.End-1].Span.End]
			}
			var obl []string
			for _, o := range sl.Obliques {
				obl = append(obl, an.Chunks[o].Prep+":"+span(o))
			}
			fmt.Fprintf(&b, "  [%s] lemma=%s tense=%s modal=%s perf=%v prog=%v pass=%v neg=%v inf=%v part=%v gov=%d adv=%v subj=%q(%s) obj=%q agent=%q obl=%q\n",
				doc.Text[doc.Tokens[g.First].Span.Start:doc.Tokens[g.End-1].Span.End], g.Lemma, g.Tense, g.Modal, g.Perfect, g.Progressive, g.Passive, g.Negated, g.Infinitive, g.Participle, g.Governor, g.Adverbs,
				span(sl.Subject), sl.Rule, span(sl.Object), span(sl.Agent), obl)
		}
	}
	return b.String()
}

func TestDump(t *testing.T) {
	p := os.Getenv("CLAUSE_DUMP")
	if p == "" {
		t.Skip("set CLAUSE_DUMP to a file to print its analysis")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print(dump(t, string(b)))
}
