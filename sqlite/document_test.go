package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/sqlite"
)

func TestDocumentStore_PutDocument(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewDocumentStore(db)
		doc := newDoc(1, "https://example.com/news/1")
		res := MustPut(t, s, doc)
		if res.ID != doc.ID || res.Duplicate || res.Events != 3 {
			t.Fatalf("PutDocument = %+v, want ID %s, 3 events", res, doc.ID)
		}
		got, err := s.FindDocumentByID(ctx, doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Schema != parley.Schema || got.Text != doc.Text || len(got.Events) != 3 || !got.Published.Equal(doc.Published) {
			t.Fatalf("FindDocumentByID: record does not round-trip: %+v", got.Document)
		}
		st, err := db.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != 1 || st.Events != 3 || st.Quotes != 1 {
			t.Fatalf("Stats = %+v, want 1 document, 3 events, 1 quote", st)
		}
		if err := db.IntegrityCheck(ctx); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("DuplicateByContent", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewDocumentStore(db)
		doc := newDoc(1, "https://example.com/news/1")
		MustPut(t, s, doc)
		// The same article re-published elsewhere with other white space
		// and case.
		again := newDoc(1, "https://mirror.example.org/story")
		again.Text = strings.ToUpper(strings.ReplaceAll(again.Text, " ", "  \n"))
		again.ID = "other-id"
		res := MustPut(t, s, again)
		if !res.Duplicate || res.ID != doc.ID || res.Events != 0 {
			t.Fatalf("PutDocument = %+v, want duplicate of %s", res, doc.ID)
		}
		if st, _ := db.Stats(ctx); st.Documents != 1 || st.Events != 3 {
			t.Fatalf("Stats = %+v, want nothing added", st)
		}
	})

	t.Run("DuplicateByURL", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewDocumentStore(db)
		doc := newDoc(1, "https://example.com/news/1")
		MustPut(t, s, doc)
		// An updated text at the same canonical URL.
		res := MustPut(t, s, newDoc(2, "HTTPS://EXAMPLE.com/news/1/?utm_source=feed#top"))
		if !res.Duplicate || res.ID != doc.ID {
			t.Fatalf("PutDocument = %+v, want duplicate of %s", res, doc.ID)
		}
	})

	t.Run("NoURL", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewDocumentStore(db)
		MustPut(t, s, newDoc(1, ""))
		if res := MustPut(t, s, newDoc(2, "")); res.Duplicate {
			t.Fatalf("documents without URL are distinct by text: %+v", res)
		}
	})

	t.Run("ErrConflict", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewDocumentStore(db)
		MustPut(t, s, newDoc(1, ""))
		other := newDoc(2, "")
		other.ID = newDoc(1, "").ID
		_, err := s.PutDocument(ctx, parley.NewRecord(other))
		if code := parley.ErrorCode(err); code != parley.ECONFLICT {
			t.Fatalf("code = %q (%v), want %q", code, err, parley.ECONFLICT)
		}
		// Nothing of the failed document is left.
		if st, _ := db.Stats(ctx); st.Documents != 1 || st.Events != 3 || st.Quotes != 1 {
			t.Fatalf("Stats = %+v after a conflict", st)
		}
		if err := db.IntegrityCheck(ctx); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		s := sqlite.NewDocumentStore(MustOpenDB(t))
		for _, rec := range []*parley.Record{nil, {}, parley.NewRecord(&parley.Document{Text: "x"}), parley.NewRecord(&parley.Document{ID: "a", Text: " \n"})} {
			if _, err := s.PutDocument(ctx, rec); parley.ErrorCode(err) != parley.EINVALID {
				t.Errorf("PutDocument(%+v) = %v, want EINVALID", rec, err)
			}
		}
	})
}

func TestDocumentStore_FindDocumentByID(t *testing.T) {
	s := sqlite.NewDocumentStore(MustOpenDB(t))
	_, err := s.FindDocumentByID(context.Background(), "nope")
	if code := parley.ErrorCode(err); code != parley.ENOTFOUND {
		t.Fatalf("code = %q, want %q", code, parley.ENOTFOUND)
	}
}

func TestDocumentStore_FindDocuments(t *testing.T) {
	ctx := context.Background()
	s := sqlite.NewDocumentStore(MustOpenDB(t))
	var ids []string
	for i := range 5 {
		doc := newDoc(i, "")
		if i == 3 {
			doc.Source = "Other"
			doc.Title = "Ceasefire collapses"
		}
		MustPut(t, s, doc)
		ids = append(ids, doc.ID)
	}

	t.Run("Pages", func(t *testing.T) {
		var got []string
		f := parley.DocumentFilter{Limit: 2}
		for pages := 0; ; pages++ {
			recs, next, err := s.FindDocuments(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range recs {
				got = append(got, r.ID)
			}
			if next == "" {
				if pages != 2 {
					t.Fatalf("pages = %d, want 3", pages+1)
				}
				break
			}
			f.After = next
		}
		if strings.Join(got, ",") != strings.Join(ids, ",") {
			t.Fatalf("ids = %v, want %v", got, ids)
		}
	})

	t.Run("Filters", func(t *testing.T) {
		for _, tt := range []struct {
			name   string
			filter parley.DocumentFilter
			want   int
		}{
			{"Source", parley.DocumentFilter{Source: "Other"}, 1},
			{"Query", parley.DocumentFilter{Query: "ceasefire"}, 1},
			{"QueryPrefix", parley.DocumentFilter{Query: "cease*"}, 1},
			{"QueryText", parley.DocumentFilter{Query: "peace number 4"}, 1},
			{"QuerySyntax", parley.DocumentFilter{Query: `"AND OR (`}, 0},
			{"From", parley.DocumentFilter{From: now}, 0},
			{"To", parley.DocumentFilter{To: now}, 5},
		} {
			recs, _, err := s.FindDocuments(ctx, tt.filter)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if len(recs) != tt.want {
				t.Errorf("%s: %d documents, want %d", tt.name, len(recs), tt.want)
			}
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		_, _, err := s.FindDocuments(ctx, parley.DocumentFilter{After: "zz!"})
		if code := parley.ErrorCode(err); code != parley.EINVALID {
			t.Fatalf("code = %q, want %q", code, parley.EINVALID)
		}
	})
}

func TestDocumentStore_PutDocuments(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s := sqlite.NewDocumentStore(db)
	MustPut(t, s, newDoc(0, ""))
	conflict := newDoc(9, "")
	conflict.ID = newDoc(0, "").ID
	recs := []*parley.Record{
		parley.NewRecord(newDoc(1, "https://example.com/1")),
		parley.NewRecord(conflict),                           // ECONFLICT: rolled back alone
		parley.NewRecord(newDoc(2, "")),                      // stored
		parley.NewRecord(newDoc(3, "https://example.com/1")), // duplicate of the first, same batch
		nil, // EINVALID
	}
	res, errs, err := s.PutDocuments(ctx, recs)
	if err != nil {
		t.Fatal(err)
	}
	wantCodes := []string{"", parley.ECONFLICT, "", "", parley.EINVALID}
	for i, want := range wantCodes {
		if got := parley.ErrorCode(errs[i]); got != want {
			t.Errorf("errs[%d] = %v, want code %q", i, errs[i], want)
		}
	}
	if res[0].Events != 3 || res[2].Events != 3 || !res[3].Duplicate || res[3].ID != recs[0].ID {
		t.Fatalf("results = %+v", res)
	}
	if st, _ := db.Stats(ctx); st.Documents != 3 || st.Events != 9 || st.Quotes != 3 {
		t.Fatalf("Stats = %+v, want 3 whole documents", st)
	}
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	// The full-text rows are written at the end of the batch: the rolled
	// back document has none, the stored ones have theirs.
	for _, tt := range []struct {
		q    string
		want int
	}{{"9", 0}, {"2", 1}, {"Report", 3}} {
		docs, _, err := s.FindDocuments(ctx, parley.DocumentFilter{Query: tt.q})
		if err != nil || len(docs) != tt.want {
			t.Errorf("FindDocuments(q=%q) = %d documents, %v; want %d", tt.q, len(docs), err, tt.want)
		}
	}
	es := sqlite.NewEventStore(db)
	rows, _, err := es.FindEvents(ctx, parley.EventFilter{Query: "Istanbul"})
	if err != nil || len(rows) != 3 {
		t.Fatalf("FindEvents(q=Istanbul) = %d events, %v; want one a stored document", len(rows), err)
	}
	rows, _, err = es.FindEvents(ctx, parley.EventFilter{DocumentID: recs[2].Document.ID, Actor: "Vladimir Putin", Country: "TUR"})
	if err == nil && len(rows) != 0 {
		t.Fatalf("FindEvents(actor and wrong country) = %d events", len(rows))
	}
	rows, _, err = es.FindEvents(ctx, parley.EventFilter{DocumentID: recs[2].Document.ID, Actor: "Vladimir Putin", Country: "USA"})
	if err != nil || len(rows) != 1 || rows[0].Index != 1 {
		t.Fatalf("FindEvents(document, actor, country) = %+v, %v; want its event 1", rows, err)
	}
	quotes, _, err := sqlite.NewQuoteStore(db).FindQuotes(ctx, parley.QuoteFilter{Query: recs[2].Document.Quotes[0].SpeakerText + " " + strings.Fields(recs[2].Document.Slice(recs[2].Document.Quotes[0].Span))[0]})
	if err != nil || len(quotes) == 0 {
		t.Fatalf("FindQuotes(q) = %d quotes, %v", len(quotes), err)
	}
}

// TestDocumentStore_PutDocuments_Large writes a batch larger than one
// multi-row INSERT holds, with copies inside it.
func TestDocumentStore_PutDocuments_Large(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s := sqlite.NewDocumentStore(db)
	var recs []*parley.Record
	for i := range 300 {
		recs = append(recs, parley.NewRecord(newDoc(i%250, "")))
	}
	res, errs, err := s.PutDocuments(ctx, recs)
	if err != nil {
		t.Fatal(err)
	}
	dups := 0
	for i := range res {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if res[i].Duplicate {
			dups++
		}
	}
	if dups != 50 {
		t.Errorf("%d duplicates, want 50", dups)
	}
	if st, _ := db.Stats(ctx); st.Documents != 250 || st.Events != 750 || st.Quotes != 250 {
		t.Fatalf("Stats = %+v", st)
	}
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	rows, _, err := sqlite.NewEventStore(db).FindEvents(ctx, parley.EventFilter{Query: "Sumy", Limit: 1000})
	if err != nil || len(rows) != 250 {
		t.Fatalf("FindEvents(q=Sumy) = %d events, %v; want 250", len(rows), err)
	}
	// A second batch of the same documents adds nothing.
	res, _, err = s.PutDocuments(ctx, recs[:100])
	if err != nil || !res[0].Duplicate || !res[99].Duplicate {
		t.Fatalf("second batch: %+v, %v", res[0], err)
	}
	if st, _ := db.Stats(ctx); st.Documents != 250 {
		t.Fatalf("Stats after a second batch = %+v", st)
	}
}

func TestDocumentStore_FindDuplicate(t *testing.T) {
	ctx := context.Background()
	s := sqlite.NewDocumentStore(MustOpenDB(t))
	doc := newDoc(1, "https://example.com/a")
	MustPut(t, s, doc)
	for _, tt := range []struct {
		name, url, text string
		want            string
	}{
		{"SameText", "", strings.ToUpper(doc.Text), doc.ID},
		{"SameURL", "https://EXAMPLE.com/a/?utm_medium=x", "other text", doc.ID},
		{"New", "https://example.com/b", "other text", ""},
	} {
		id, err := s.FindDuplicate(ctx, tt.url, tt.text)
		if tt.want == "" {
			if parley.ErrorCode(err) != parley.ENOTFOUND {
				t.Errorf("%s: %q, %v, want ENOTFOUND", tt.name, id, err)
			}
		} else if err != nil || id != tt.want {
			t.Errorf("%s: %q, %v, want %q", tt.name, id, err, tt.want)
		}
	}
}
