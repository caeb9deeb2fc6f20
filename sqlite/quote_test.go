package sqlite_test

import (
	"context"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/sqlite"
)

func TestQuoteStore_FindQuotes(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	docs := sqlite.NewDocumentStore(db)
	for i := range 3 {
		doc := newDoc(i, "")
		if i == 1 {
			// The second document's quote is by a known actor.
			doc.Quotes[0].Speaker = 0
		}
		MustPut(t, docs, doc)
	}
	qs := sqlite.NewQuoteStore(db)
	for _, tt := range []struct {
		name   string
		filter parley.QuoteFilter
		want   int
	}{
		{"All", parley.QuoteFilter{}, 3},
		{"SpeakerPhrase", parley.QuoteFilter{Speaker: "zelensky"}, 2},
		{"SpeakerActor", parley.QuoteFilter{Speaker: "Ukraine"}, 1},
		{"Country", parley.QuoteFilter{Country: "ukr"}, 1},
		{"Kind", parley.QuoteFilter{Kind: parley.QuoteReported}, 0},
		{"Query", parley.QuoteFilter{Query: "peace number 2"}, 1},
		{"QuerySpeaker", parley.QuoteFilter{Query: "zelensky"}, 2},
		{"Document", parley.QuoteFilter{DocumentID: newDoc(2, "").ID}, 1},
		{"To", parley.QuoteFilter{To: now}, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rows, _, err := qs.FindQuotes(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != tt.want {
				t.Fatalf("%d quotes, want %d", len(rows), tt.want)
			}
		})
	}

	t.Run("Row", func(t *testing.T) {
		rows, next, err := qs.FindQuotes(ctx, parley.QuoteFilter{Limit: 1, After: ""})
		if err != nil || len(rows) != 1 || next == "" {
			t.Fatalf("%d rows, next %q, %v", len(rows), next, err)
		}
		if rows[0].Text != "We want peace number 0" || rows[0].Speaker != nil {
			t.Fatalf("row = %+v", rows[0])
		}
		rows, _, _ = qs.FindQuotes(ctx, parley.QuoteFilter{After: next, Limit: 1})
		if len(rows) != 1 || rows[0].Speaker == nil || rows[0].Speaker.Name != "Ukraine" {
			t.Fatalf("second page = %+v", rows)
		}
	})
}
