package sqlite_test

import (
	"context"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/sqlite"
)

// BenchmarkPutDocument stores distinct three-event documents, one
// transaction each, and reports documents/s and event rows/s.
func BenchmarkPutDocument(b *testing.B) {
	ctx := context.Background()
	db := MustOpenDB(b)
	s := sqlite.NewDocumentStore(db)
	// Build the documents outside the timed loop.
	const pool = 1 << 14
	docs := make([]*parley.Document, pool)
	for i := range docs {
		docs[i] = newDoc(i, "")
	}
	b.ReportAllocs()
	n, events := 0, 0
	for b.Loop() {
		if n == pool {
			b.StopTimer()
			for i := range docs {
				docs[i] = newDoc(n+i+pool*(n/pool), "")
			}
			b.StartTimer()
		}
		res, err := s.PutDocument(ctx, parley.NewRecord(docs[n%pool]))
		if err != nil {
			b.Fatal(err)
		}
		if res.Duplicate {
			b.Fatal("duplicate")
		}
		n++
		events += res.Events
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(n)/sec, "docs/s")
	b.ReportMetric(float64(events)/sec, "events/s")
}

// BenchmarkFindEvents queries one page of events by country and type on a
// database of 3,000 documents (9,000 events).
func BenchmarkFindEvents(b *testing.B) {
	ctx := context.Background()
	db := MustOpenDB(b)
	s := sqlite.NewDocumentStore(db)
	for i := range 3000 {
		MustPut(b, s, newDoc(i, ""))
	}
	es := sqlite.NewEventStore(db)
	f := parley.EventFilter{Country: "UKR", Types: []string{"ASSAULT"}, Limit: 50}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := es.FindEvents(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPutDocuments stores distinct three-event documents in batches of
// 64 a transaction, as parley ingest does, and reports documents/s and event
// rows/s.
func BenchmarkPutDocuments(b *testing.B) {
	ctx := context.Background()
	db := MustOpenDB(b)
	s := sqlite.NewDocumentStore(db)
	const batch = 64
	b.ReportAllocs()
	n, events := 0, 0
	for b.Loop() {
		b.StopTimer()
		recs := make([]*parley.Record, batch)
		for i := range recs {
			recs[i] = parley.NewRecord(newDoc(n+i, ""))
		}
		b.StartTimer()
		res, errs, err := s.PutDocuments(ctx, recs)
		if err != nil {
			b.Fatal(err)
		}
		for i := range res {
			if errs[i] != nil || res[i].Duplicate {
				b.Fatal(errs[i], res[i])
			}
			events += res[i].Events
		}
		n += batch
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(n)/sec, "docs/s")
	b.ReportMetric(float64(events)/sec, "events/s")
}
