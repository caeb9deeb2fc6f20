package export_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/export"
)

// now is the fixed time of the exports.
var now = time.Date(2025, 5, 20, 12, 0, 0, 0, time.UTC)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// testRows are events as the store returns them: a past assault, a planned
// meeting to come with a long sentence full of characters that CSV and
// iCalendar must escape, a planned event in the past, one without a place,
// and a planned event at a clock time.
func testRows() []*parley.EventRow {
	putin := parley.Actor{Name: "Vladimir Putin", Type: "person", Country: "RUS", Sector: "GOV"}
	trump := parley.Actor{Name: "Donald Trump", Type: "person", Country: "USA", Sector: "GOV"}
	forces := parley.Actor{Name: "Russian forces", Type: "group", Country: "RUS", Sector: "MIL"}
	kyiv := &parley.Place{Name: "Kyiv", GeoNameID: 703448, Feature: "city", Country: "UKR", Lat: 50.45466, Lon: 30.5238}
	istanbul := &parley.Place{Name: "İstanbul", GeoNameID: 745044, Feature: "city", Country: "TUR", Lat: 41.01384, Lon: 28.94966}
	long := `Trump said; "we will meet, in Kyiv\Istanbul" on Monday, June 2 — after talks, which officials described as "constructive, frank and long", ended without agreement.` + "\nSecond line."
	return []*parley.EventRow{
		{DocumentID: "d1", Index: 0, Event: parley.Event{Type: "ASSAULT", Modality: parley.Occurred, Mode: "military"},
			Time: "2025-05-17", Start: day("2025-05-17"), End: day("2025-05-18"),
			Sources: []parley.Actor{forces}, Place: kyiv, Text: "Russian forces shelled Kyiv",
			Sentence: "Russian forces shelled Kyiv on Saturday.", URL: "https://example.com/a?x=1&y=2", Published: day("2025-05-18")},
		{DocumentID: "d1", Index: 1, Event: parley.Event{Type: "CONSULT", Modality: parley.Planned},
			Time: "2025-06-02", Start: day("2025-06-02"), End: day("2025-06-03"),
			Sources: []parley.Actor{trump}, Targets: []parley.Actor{putin}, Place: istanbul,
			Text: "we will meet", Sentence: long, URL: "https://example.com/a?x=1&y=2", Published: day("2025-05-18")},
		{DocumentID: "d2", Index: 0, Event: parley.Event{Type: "CONSULT", Modality: parley.Planned},
			Time: "2025-05-01", Start: day("2025-05-01"), End: day("2025-05-02"),
			Sources: []parley.Actor{trump}, Place: kyiv, Sentence: "They were to meet on May 1.", Published: day("2025-04-20")},
		{DocumentID: "d2", Index: 1, Event: parley.Event{Type: "REQUEST", Modality: parley.Demanded},
			Sources: []parley.Actor{putin}, Sentence: "Putin demanded talks.", Published: day("2025-04-20")},
		{DocumentID: "d3", Index: 0, Event: parley.Event{Type: "AGREE", Modality: parley.Planned},
			Time: "2025-06-10T14:00Z", Start: day("2025-06-10").Add(14 * time.Hour), End: day("2025-06-10").Add(14*time.Hour + time.Minute),
			Sources: []parley.Actor{trump, putin}, Sentence: "The leaders will sign the deal at 14:00 GMT on June 10.", Published: day("2025-05-19")},
	}
}

func mustExport(t *testing.T, format string, rows []*parley.EventRow) (string, int) {
	t.Helper()
	var buf bytes.Buffer
	w, err := export.NewEventWriter(&buf, format, export.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if err := w.WriteEvent(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String(), w.Written()
}

func TestNewEventWriter_ErrInvalid(t *testing.T) {
	_, err := export.NewEventWriter(&bytes.Buffer{}, "xml", export.Options{})
	if code := parley.ErrorCode(err); code != parley.EINVALID {
		t.Fatalf("code = %q, want %q", code, parley.EINVALID)
	}
}

func TestRecordWriter(t *testing.T) {
	var buf bytes.Buffer
	w := export.NewRecordWriter(&buf)
	for _, id := range []string{"a", "b"} {
		doc := &parley.Document{ID: id, Text: "<b>Talks</b> & more", Paragraphs: []parley.Span{{Start: 0, End: 19}}}
		if err := w.WriteRecord(parley.NewRecord(doc)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 || w.Written() != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	for i, l := range lines {
		var rec parley.Record
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Schema != parley.Schema || rec.Text != "<b>Talks</b> & more" || rec.ID != []string{"a", "b"}[i] {
			t.Fatalf("line %d: %+v", i, rec)
		}
	}
	if strings.Contains(buf.String(), `\u003c`) {
		t.Fatal("HTML characters are escaped; records keep them as they are")
	}
}

func TestCAMEORoot(t *testing.T) {
	for _, tt := range []struct {
		ev   parley.Event
		want string
		quad int
	}{
		{parley.Event{Type: "CONSULT"}, "04", 1},
		{parley.Event{Type: "AID"}, "07", 2},
		{parley.Event{Type: "ACCUSE"}, "11", 3},
		{parley.Event{Type: "ASSAULT"}, "18", 4},
		{parley.Event{Type: "ASSAULT", Context: []string{"military"}}, "19", 4},
		{parley.Event{Type: "REQUEST", Modality: parley.Demanded}, "10", 3},
		{parley.Event{Type: "NOPE"}, "", 0},
	} {
		got := export.CAMEORoot(tt.ev)
		if got != tt.want || export.QuadClass(got) != tt.quad {
			t.Errorf("CAMEORoot(%s %v) = %q (quad %d), want %q (quad %d)", tt.ev.Type, tt.ev.Context, got, export.QuadClass(got), tt.want, tt.quad)
		}
	}
	// Every PLOVER type has a code.
	for _, typ := range []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
		"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"} {
		if export.CAMEORoot(parley.Event{Type: typ}) == "" {
			t.Errorf("PLOVER %s has no CAMEO root", typ)
		}
	}
	if got := export.ActorCode(parley.Actor{Country: "RUS", Sector: "MIL"}); got != "RUSMIL" {
		t.Errorf("ActorCode = %q, want RUSMIL", got)
	}
}
