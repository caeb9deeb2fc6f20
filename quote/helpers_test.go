package quote_test

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/quote"
	"github.com/parleyhq/parley/segment"
)

// actorSpec is a hand-built actor: its name and the phrases that mention
// it (each the first occurrence after the one before, so "he" twice means
// two mentions).
type actorSpec struct {
	name     string
	sector   string
	mentions []string
}

// mustDoc segments text and adds the hand-built actor layer.
func mustDoc(tb testing.TB, text string, actors ...actorSpec) *parley.Document {
	tb.Helper()
	seg, err := segment.New()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &parley.Document{ID: "t", Text: text}
	seg.Annotate(doc)
	for ai, a := range actors {
		ac := parley.Actor{Name: a.name, Type: "person", Sector: a.sector}
		from := 0
		for _, m := range a.mentions {
			i := strings.Index(text[from:], m)
			if i < 0 {
				tb.Fatalf("mention %q of %s not in text after byte %d", m, a.name, from)
			}
			sp := parley.Span{Start: from + i, End: from + i + len(m)}
			doc.Mentions = append(doc.Mentions, parley.Mention{Span: sp, Actor: ai, Kind: mentionKind(m), Rule: "test"})
			from = sp.End
		}
		doc.Actors = append(doc.Actors, ac)
	}
	sortMentions(doc)
	return doc
}

// mentionKind guesses the kind of a hand-built mention as the actor layer
// would give it.
func mentionKind(m string) string {
	first, _, _ := strings.Cut(strings.ToLower(m), " ")
	switch first {
	case "he", "she", "it", "they", "his", "her", "its", "their":
		return "pronoun"
	case "a", "an", "the":
		return "description"
	}
	return "name"
}

func sortMentions(doc *parley.Document) {
	ms := doc.Mentions
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Span.Start < ms[j-1].Span.Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	for i := range doc.Actors {
		doc.Actors[i].Mentions = nil
	}
	for i, m := range ms {
		doc.Actors[m.Actor].Mentions = append(doc.Actors[m.Actor].Mentions, i)
	}
}

func mustTagger(tb testing.TB) *quote.Tagger {
	tb.Helper()
	t, err := quote.New()
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// spanOf returns the span of the first occurrence of sub in text, or of
// the nth (1-based) when sub is written "sub#n".
func spanOf(tb testing.TB, text, sub string) parley.Span {
	tb.Helper()
	n := 1
	if i := strings.LastIndex(sub, "#"); i > 0 && i == len(sub)-2 {
		n = int(sub[i+1] - '0')
		sub = sub[:i]
	}
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			tb.Fatalf("%q not in text", sub)
		}
		if k == n {
			return parley.Span{Start: from + i, End: from + i + len(sub)}
		}
		from += i + len(sub)
	}
}
