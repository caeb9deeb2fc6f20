package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/sqlite"
)

// mustEventDB stores a hand-annotated document with a past assault in Sumy
// and a meeting planned in Istanbul on 2 June 2025, and returns the path.
func mustEventDB(t *testing.T) string {
	t.Helper()
	text := "Russian forces shelled Sumy on 17 May. Zelensky will meet Erdogan in Istanbul on 2 June."
	at := func(s string) parley.Span {
		i := strings.Index(text, s)
		return parley.Span{Start: i, End: i + len(s)}
	}
	doc := &parley.Document{
		ID: parley.ContentID(text), URL: "https://example.com/report", Title: "Report", Source: "Wire",
		Published: time.Date(2025, 5, 18, 9, 0, 0, 0, time.UTC), Text: text,
		Paragraphs: []parley.Span{{Start: 0, End: len(text)}},
		Sentences:  []parley.Sentence{{Span: at("Russian forces shelled Sumy on 17 May.")}, {Span: at("Zelensky will meet Erdogan in Istanbul on 2 June.")}},
		Actors: []parley.Actor{
			{Name: "Russian forces", Type: "group", Country: "RUS", Sector: "MIL", Mentions: []int{}},
			{Name: "Volodymyr Zelensky", Type: "person", Country: "UKR", Sector: "GOV", Mentions: []int{}},
			{Name: "Recep Tayyip Erdogan", Type: "person", Country: "TUR", Sector: "GOV", Mentions: []int{}},
		},
		Places: []parley.Place{
			{Span: at("Sumy"), Name: "Sumy", GeoNameID: 692194, Feature: "city", Country: "UKR", Lat: 50.9216, Lon: 34.80029, Rule: "t"},
			{Span: at("Istanbul"), Name: "Istanbul", GeoNameID: 745044, Feature: "city", Country: "TUR", Lat: 41.01384, Lon: 28.94966, Rule: "t"},
		},
		Times: []parley.Time{
			{Span: at("17 May"), Value: "2025-05-17", Kind: parley.TimeDate, Rule: "t"},
			{Span: at("2 June"), Value: "2025-06-02", Kind: parley.TimeDate, Rule: "t"},
		},
		Events: []parley.Event{
			{Span: at("Russian forces shelled Sumy on 17 May"), Trigger: at("shelled"), Type: "ASSAULT", Modality: parley.Occurred,
				Sources: []int{0}, Targets: []int{}, Times: []int{0}, Places: []int{0}, AttributedTo: -1, Rule: "t"},
			{Span: at("Zelensky will meet Erdogan in Istanbul on 2 June"), Trigger: at("meet"), Type: "CONSULT", Modality: parley.Planned,
				Sources: []int{1}, Targets: []int{2}, Times: []int{1}, Places: []int{1}, AttributedTo: -1, Rule: "t"},
		},
	}
	path := filepath.Join(t.TempDir(), "parley.db")
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := sqlite.NewDocumentStore(db).PutDocument(context.Background(), parley.NewRecord(doc)); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExport(t *testing.T) {
	db := mustEventDB(t)
	env := map[string]string{"PARLEY_DB": db, "PARLEY_NOW": "2025-05-20"}
	export := func(t *testing.T, args ...string) string {
		t.Helper()
		code, out, errOut := run(t, "", env, append([]string{"export"}, args...)...)
		if code != exitOK {
			t.Fatalf("exit %d, stderr %s", code, errOut)
		}
		return out
	}

	t.Run("JSONL", func(t *testing.T) {
		out := export(t, "--format", "jsonl")
		var rec parley.Record
		if err := json.Unmarshal([]byte(out), &rec); err != nil || len(rec.Events) != 2 {
			t.Fatalf("record: %v, %d events", err, len(rec.Events))
		}
	})

	t.Run("CSV", func(t *testing.T) {
		recs, err := csv.NewReader(strings.NewReader(export(t, "--format", "csv"))).ReadAll()
		if err != nil || len(recs) != 3 {
			t.Fatalf("%d rows, %v; want a header and 2 events", len(recs), err)
		}
		if recs[1][5] != "RUSMIL" || recs[2][16] != "04" {
			t.Fatalf("rows %q", recs[1:])
		}
		// Filters reach the store.
		recs, _ = csv.NewReader(strings.NewReader(export(t, "--format", "csv", "--country", "TUR", "--from", "2025-06-01"))).ReadAll()
		if len(recs) != 2 || recs[1][0] != parley.ContentID("Russian forces shelled Sumy on 17 May. Zelensky will meet Erdogan in Istanbul on 2 June.")+"-1" {
			t.Fatalf("filtered rows %q", recs)
		}
	})

	t.Run("GeoJSON", func(t *testing.T) {
		var fc struct {
			Type     string
			Features []struct {
				Geometry struct {
					Type        string
					Coordinates []float64
				}
			}
		}
		out := export(t, "--format", "geojson", "--bbox", "22,44,41,53")
		if err := json.Unmarshal([]byte(out), &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) != 1 {
			t.Fatalf("%v: %s", err, out)
		}
		if c := fc.Features[0].Geometry.Coordinates; len(c) != 2 || c[0] != 34.80029 {
			t.Fatalf("coordinates %v, want Sumy, longitude first", c)
		}
	})

	t.Run("ICal", func(t *testing.T) {
		out := export(t, "--format", "ical")
		if !strings.Contains(out, "\r\nBEGIN:VEVENT\r\n") || strings.Count(out, "BEGIN:VEVENT") != 1 ||
			!strings.Contains(out, "DTSTART;VALUE=DATE:20250602\r\n") {
			t.Fatalf("calendar:\n%s", out)
		}
		// After the meeting, the calendar is empty.
		env["PARLEY_NOW"] = "2025-06-03"
		defer func() { env["PARLEY_NOW"] = "2025-05-20" }()
		if out := export(t, "--format", "ical"); strings.Contains(out, "VEVENT") {
			t.Fatalf("calendar after the date:\n%s", out)
		}
	})

	t.Run("ErrNoDatabase", func(t *testing.T) {
		code, _, errOut := run(t, "", nil, "export", "--db", filepath.Join(t.TempDir(), "none.db"))
		if code == exitOK || !strings.Contains(errOut, "parley ingest") {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
	})

	t.Run("ErrUsage", func(t *testing.T) {
		for _, args := range [][]string{{"--format", "xml"}, {"--bbox", "1,2,3"}, {"--from", "yesterday"}} {
			if code, _, _ := run(t, "", env, append([]string{"export"}, args...)...); code != exitUsage {
				t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
			}
		}
	})
}
