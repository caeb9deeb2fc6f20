package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/sqlite"
)

// now is the fixed clock of the tests.
var now = time.Date(2025, 5, 20, 12, 0, 0, 0, time.UTC)

// MustOpenDB opens a new database in a temporary directory and closes it
// when the test ends.
func MustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db := sqlite.NewDB(filepath.Join(tb.TempDir(), "sub", "parley.db"))
	db.Now = func() time.Time { return now }
	if err := db.Open(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db
}

// newDoc builds an annotated document by hand: "A met B in PLACE on DATE."
// sentences, one CONSULT event each, plus one quote. n makes the text
// unique.
func newDoc(n int, url string) *parley.Document {
	type ev struct {
		a, b     parley.Actor
		place    parley.Place
		date     string
		typ      string
		modality parley.Modality
	}
	evs := []ev{
		{parley.Actor{Name: "Ukraine", Type: "state", Country: "UKR", Sector: "GOV", KBID: "Q212"},
			parley.Actor{Name: "Russia", Type: "state", Country: "RUS", Sector: "GOV", KBID: "Q159"},
			parley.Place{Name: "Istanbul", GeoNameID: 745044, Country: "TUR", Lat: 41.01, Lon: 28.95, Rule: "t"},
			"2025-05-16", "CONSULT", parley.Occurred},
		{parley.Actor{Name: "Donald Trump", Type: "person", Country: "USA", Sector: "GOV"},
			parley.Actor{Name: "Vladimir Putin", Type: "person", Country: "RUS", Sector: "GOV"},
			parley.Place{Name: "Kyiv", GeoNameID: 703448, Country: "UKR", Lat: 50.45, Lon: 30.52, Rule: "t"},
			"2025-06-02", "CONSULT", parley.Planned},
		{parley.Actor{Name: "Russian forces", Type: "group", Country: "RUS", Sector: "MIL"},
			parley.Actor{Name: "Sumy", Type: "group", Country: "UKR", Sector: "CVL"},
			parley.Place{Name: "Sumy", GeoNameID: 692194, Country: "UKR", Lat: 50.91, Lon: 34.8, Rule: "t"},
			"2025-05-17", "ASSAULT", parley.Occurred},
	}
	doc := &parley.Document{
		URL: url, Title: fmt.Sprintf("Report %d", n), Source: "Test Wire",
		Published: time.Date(2025, 5, 18, 9, 0, 0, 0, time.UTC), Input: fmt.Sprintf("doc%d.txt", n),
	}
	var b strings.Builder
	for i, e := range evs {
		start := b.Len()
		aStart := b.Len()
		b.WriteString(e.a.Name)
		aEnd := b.Len()
		verb := map[string]string{"CONSULT": " met ", "ASSAULT": " shelled "}[e.typ]
		b.WriteString(verb)
		bStart := b.Len()
		b.WriteString(e.b.Name)
		bEnd := b.Len()
		b.WriteString(" in ")
		pStart := b.Len()
		b.WriteString(e.place.Name)
		pEnd := b.Len()
		b.WriteString(" on ")
		tStart := b.Len()
		b.WriteString(e.date)
		tEnd := b.Len()
		b.WriteString(".")
		end := b.Len()
		b.WriteString(" ")
		doc.Sentences = append(doc.Sentences, parley.Sentence{Span: parley.Span{Start: start, End: end}})
		doc.Mentions = append(doc.Mentions,
			parley.Mention{Span: parley.Span{Start: aStart, End: aEnd}, Actor: 2 * i, Kind: "name", Rule: "t"},
			parley.Mention{Span: parley.Span{Start: bStart, End: bEnd}, Actor: 2*i + 1, Kind: "name", Rule: "t"})
		a, bb := e.a, e.b
		a.Mentions, bb.Mentions = []int{2 * i}, []int{2*i + 1}
		doc.Actors = append(doc.Actors, a, bb)
		p := e.place
		p.Span = parley.Span{Start: pStart, End: pEnd}
		doc.Places = append(doc.Places, p)
		doc.Times = append(doc.Times, parley.Time{Span: parley.Span{Start: tStart, End: tEnd}, Value: e.date, Kind: parley.TimeDate, Granularity: "day", Rule: "t"})
		doc.Events = append(doc.Events, parley.Event{
			Span: parley.Span{Start: start, End: end - 1}, Trigger: parley.Span{Start: aEnd + 1, End: bStart - 1},
			Type: e.typ, Modality: e.modality, Sources: []int{2 * i}, Targets: []int{2*i + 1},
			Times: []int{i}, Places: []int{i}, AttributedTo: -1, Rule: "t",
		})
	}
	qStart := b.Len() + 1
	fmt.Fprintf(&b, "\"We want peace number %d,\" Zelensky said.", n)
	doc.Sentences = append(doc.Sentences, parley.Sentence{Span: parley.Span{Start: qStart - 1, End: b.Len()}})
	doc.Quotes = append(doc.Quotes, parley.Quote{
		Span: parley.Span{Start: qStart, End: strings.Index(b.String(), ",\"")}, Kind: parley.QuoteDirect,
		Speaker: -1, SpeakerText: "Zelensky", Rule: "t",
	})
	doc.Text = b.String()
	doc.Paragraphs = []parley.Span{{Start: 0, End: len(doc.Text)}}
	doc.ID = parley.ContentID(doc.Text)
	return doc
}

func MustPut(tb testing.TB, s *sqlite.DocumentStore, doc *parley.Document) parley.PutResult {
	tb.Helper()
	res, err := s.PutDocument(context.Background(), parley.NewRecord(doc))
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

func TestDB_Open(t *testing.T) {
	db := MustOpenDB(t)
	names, err := db.Migrations(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"migration/00000001_init.sql", "migration/00000002_failures.sql", "migration/00000003_unused_indexes.sql"}
	if !slices.Equal(names, want) {
		t.Fatalf("Migrations = %q", names)
	}
	// Reopening applies nothing twice.
	db2 := sqlite.NewDB(db.Path)
	if err := db2.Open(); err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if names, _ := db2.Migrations(context.Background()); len(names) != len(want) {
		t.Fatalf("Migrations after reopen = %q", names)
	}
	if err := db2.IntegrityCheck(context.Background()); err != nil {
		t.Fatal(err)
	}

	t.Run("ErrNoPath", func(t *testing.T) {
		if code := parley.ErrorCode(sqlite.NewDB("").Open()); code != parley.EINVALID {
			t.Fatalf("code = %q, want %q", code, parley.EINVALID)
		}
	})
}

func TestDB_Pragmas(t *testing.T) {
	db := MustOpenDB(t)
	for _, tt := range []struct{ pragma, want string }{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"synchronous", "1"}, // NORMAL
		{"busy_timeout", "10000"},
	} {
		var got string
		if err := db.SQL().QueryRow("PRAGMA " + tt.pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("PRAGMA %s = %q, want %q", tt.pragma, got, tt.want)
		}
	}
}

// TestDB_Concurrent writes documents from two goroutines while a third
// reads: WAL lets the reader go on, immediate transactions queue the
// writers, and every document arrives whole.
func TestDB_Concurrent(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	docs := sqlite.NewDocumentStore(db)
	events := sqlite.NewEventStore(db)
	const n = 40
	errc := make(chan error, 3)
	for w := range 2 {
		go func() {
			for i := range n {
				if _, err := docs.PutDocument(ctx, parley.NewRecord(newDoc(w*n+i, ""))); err != nil {
					errc <- err
					return
				}
			}
			errc <- nil
		}()
	}
	go func() {
		for range n {
			if _, _, err := events.FindEvents(ctx, parley.EventFilter{Country: "UKR"}); err != nil {
				errc <- err
				return
			}
		}
		errc <- nil
	}()
	for range 3 {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
	if st, _ := db.Stats(ctx); st.Documents != 2*n || st.Events != 6*n {
		t.Fatalf("Stats = %+v, want %d documents", st, 2*n)
	}
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
}
