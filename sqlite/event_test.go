package sqlite_test

import (
	"context"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/sqlite"
)

func TestEventStore_FindEvents(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	docs := sqlite.NewDocumentStore(db)
	events := sqlite.NewEventStore(db)
	for i := range 4 {
		MustPut(t, docs, newDoc(i, ""))
	}
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	first := newDoc(0, "")

	for _, tt := range []struct {
		name   string
		filter parley.EventFilter
		want   int
	}{
		{"All", parley.EventFilter{}, 12},
		{"Document", parley.EventFilter{DocumentID: first.ID}, 3},
		{"Type", parley.EventFilter{Types: []string{"assault"}}, 4},
		{"Types", parley.EventFilter{Types: []string{"ASSAULT", "CONSULT"}}, 12},
		{"Modality", parley.EventFilter{Modalities: []parley.Modality{parley.Planned}}, 4},
		{"From", parley.EventFilter{From: day("2025-06-01")}, 4},
		{"FromTo", parley.EventFilter{From: day("2025-05-16"), To: day("2025-05-17")}, 4},
		{"ToExclusive", parley.EventFilter{To: day("2025-05-16")}, 0},
		{"ActorName", parley.EventFilter{Actor: "vladimir putin"}, 4},
		{"ActorKB", parley.EventFilter{Actor: "Q159"}, 4},
		{"CountryActor", parley.EventFilter{Country: "usa"}, 4},
		{"CountryPlace", parley.EventFilter{Country: "TUR"}, 4},
		{"CountryEither", parley.EventFilter{Country: "UKR"}, 12},
		{"Place", parley.EventFilter{Place: "kyiv"}, 4},
		{"BBox", parley.EventFilter{BBox: &parley.BBox{MinLon: 22, MinLat: 44, MaxLon: 41, MaxLat: 53}}, 8}, // Istanbul lies south of 44°N
		{"BBoxUkraine", parley.EventFilter{BBox: &parley.BBox{MinLon: 22, MinLat: 44, MaxLon: 41, MaxLat: 53}, Country: "UKR", Types: []string{"ASSAULT"}}, 4},
		{"BBoxNone", parley.EventFilter{BBox: &parley.BBox{MinLon: 170, MinLat: -50, MaxLon: -170, MaxLat: 0}}, 0},
		{"Query", parley.EventFilter{Query: "shelled"}, 4},
		{"QueryAnd", parley.EventFilter{Query: "Trump kyiv"}, 4},
		{"Combined", parley.EventFilter{Actor: "Russia", Modalities: []parley.Modality{parley.Occurred}, Types: []string{"CONSULT"}, From: day("2025-05-01")}, 4},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rows, next, err := events.FindEvents(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != tt.want || next != "" {
				t.Fatalf("%d events (next %q), want %d", len(rows), next, tt.want)
			}
		})
	}

	t.Run("Row", func(t *testing.T) {
		rows, _, err := events.FindEvents(ctx, parley.EventFilter{DocumentID: first.ID, Types: []string{"ASSAULT"}})
		if err != nil || len(rows) != 1 {
			t.Fatalf("FindEvents = %d rows, %v", len(rows), err)
		}
		r := rows[0]
		if r.DocumentID != first.ID || r.Index != 2 || r.Place == nil || r.Place.Name != "Sumy" ||
			r.Time != "2025-05-17" || !r.Start.Equal(day("2025-05-17")) || len(r.Sources) != 1 || r.Sources[0].Name != "Russian forces" {
			t.Fatalf("row = %+v", r)
		}
		if want := first.Text[first.Events[2].Span.Start:first.Events[2].Span.End]; r.Text != want {
			t.Fatalf("Text = %q, want %q", r.Text, want)
		}
	})

	t.Run("Pages", func(t *testing.T) {
		seen := map[[2]any]bool{}
		f := parley.EventFilter{Limit: 5}
		pages := 0
		for {
			rows, next, err := events.FindEvents(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			pages++
			for _, r := range rows {
				k := [2]any{r.DocumentID, r.Index}
				if seen[k] {
					t.Fatalf("event %v twice", k)
				}
				seen[k] = true
			}
			if next == "" {
				break
			}
			f.After = next
		}
		if len(seen) != 12 || pages != 3 {
			t.Fatalf("%d events in %d pages, want 12 in 3", len(seen), pages)
		}
	})

	t.Run("QueryPages", func(t *testing.T) {
		f := parley.EventFilter{Query: "shelled", Types: []string{"ASSAULT"}, Limit: 3}
		var n, pages int
		for {
			rows, next, err := events.FindEvents(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			n, pages = n+len(rows), pages+1
			if next == "" {
				break
			}
			f.After = next
		}
		if n != 4 || pages != 2 {
			t.Fatalf("%d events in %d pages, want 4 in 2", n, pages)
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		for _, f := range []parley.EventFilter{
			{After: "d12"},
			{BBox: &parley.BBox{MinLat: 10, MaxLat: 0}},
		} {
			if _, _, err := events.FindEvents(ctx, f); parley.ErrorCode(err) != parley.EINVALID {
				t.Errorf("FindEvents(%+v) = %v, want EINVALID", f, err)
			}
		}
	})
}
