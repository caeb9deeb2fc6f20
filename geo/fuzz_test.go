package geo_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

func FuzzGeo(f *testing.F) {
	for _, s := range []string{
		"Talks in Ankara, Turkey.", "Ukraine’s northeastern Sumy region", "Paris, Texas, U.S.A.",
		"KYIV, Ukraine — Strikes hit Kharkiv-based plants.", "in the Gulf and the front lines",
		"Louisville, Ky.", "the city of Nice", "Côte d'Ivoire's", "’s", "-", "Ankara'", "A-B-C-Kyiv-",
		"St. Petersburg", "Moscow's", "THE GULF", "in", "\u00a0Kyiv\u200b",
	} {
		f.Add(s)
	}
	_, seg := MustTagger(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		tg, _ := MustTagger(t)
		doc := &parley.Document{ID: "fuzz", Text: text}
		seg.Annotate(doc)
		tg.Annotate(doc)
		parleytest.MustValid(t, doc)
		for i, p := range doc.Places {
			if p.Span.Len() == 0 || strings.TrimSpace(doc.Slice(p.Span)) != doc.Slice(p.Span) {
				t.Fatalf("place %d span %v %q is empty or padded", i, p.Span, doc.Slice(p.Span))
			}
			if i > 0 && p.Span.Start < doc.Places[i-1].Span.End {
				t.Fatalf("place %d overlaps the one before", i)
			}
			if p.Rule == "" || p.Name == "" {
				t.Fatalf("place %d lacks rule or name: %+v", i, p)
			}
		}
	})
}
