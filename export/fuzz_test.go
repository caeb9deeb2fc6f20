package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/export"
)

// FuzzEventWriters writes an event with arbitrary text in every field a
// user's input reaches and checks that each format still parses.
func FuzzEventWriters(f *testing.F) {
	f.Add("Talks; in Kyiv, \\ \"quoted\"\r\nnext", "İstanbul", "https://example.com/a?x=1,2")
	f.Add(strings.Repeat("переговоры — ", 30), "Kyiv", "")
	f.Add("\x00\x7f\t", "", "\r\n")
	f.Fuzz(func(t *testing.T, sentence, place, url string) {
		if !utf8.ValidString(sentence) || !utf8.ValidString(place) || !utf8.ValidString(url) {
			return // records hold valid UTF-8
		}
		row := testRows()[1]
		row.Sentence, row.Text, row.URL = sentence, sentence, url
		row.Place = &parley.Place{Name: place, Lat: 41, Lon: 29}
		row.Sources = []parley.Actor{{Name: place, Country: "TUR"}}
		rows := []*parley.EventRow{row}

		out, _ := mustExport(t, export.FormatICal, rows)
		events, err := checkICal(out)
		if err != nil || len(events) != 1 {
			t.Fatalf("ical: %v (%d events)\n%q", err, len(events), out)
		}
		for _, p := range []string{"SUMMARY", "DESCRIPTION", "LOCATION"} {
			if _, err := unescapeText(events[0][p][0].Value); err != nil {
				t.Fatalf("ical %s: %v", p, err)
			}
		}

		out, _ = mustExport(t, export.FormatCSV, rows)
		r := csv.NewReader(strings.NewReader(out))
		r.FieldsPerRecord = len(export.CSVColumns)
		if recs, err := r.ReadAll(); err != nil || len(recs) != 2 {
			t.Fatalf("csv: %v (%d rows)", err, len(recs))
		}

		out, _ = mustExport(t, export.FormatGeoJSON, rows)
		if fs, err := checkGeoJSON([]byte(out)); err != nil || len(fs) != 1 {
			t.Fatalf("geojson: %v", err)
		}

		var buf bytes.Buffer
		w := export.NewRecordWriter(&buf)
		w.WriteRecord(parley.NewRecord(&parley.Document{ID: "x", Text: sentence, URL: url}))
		w.Close()
		var rec parley.Record
		if err := json.Unmarshal(buf.Bytes(), &rec); err != nil || rec.Text != sentence {
			t.Fatalf("jsonl: %v", err)
		}
	})
}
