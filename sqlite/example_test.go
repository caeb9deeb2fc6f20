package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/sqlite"
)

func ExampleDocumentStore_PutDocument() {
	dir, _ := os.MkdirTemp("", "parley")
	defer os.RemoveAll(dir)
	db := sqlite.NewDB(filepath.Join(dir, "parley.db"))
	if err := db.Open(); err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	docs := sqlite.NewDocumentStore(db)
	ctx := context.Background()

	doc := newDoc(1, "https://example.com/news/1")
	res, _ := docs.PutDocument(ctx, parley.NewRecord(doc))
	fmt.Println("new:", res.Events, "events, duplicate:", res.Duplicate)

	// The same story again, re-published with tracking parameters.
	again := newDoc(1, "https://example.com/news/1?utm_source=feed")
	res, _ = docs.PutDocument(ctx, parley.NewRecord(again))
	fmt.Println("again: duplicate:", res.Duplicate, "same id:", res.ID == doc.ID)

	rows, _, _ := sqlite.NewEventStore(db).FindEvents(ctx, parley.EventFilter{Country: "TUR"})
	for _, r := range rows {
		fmt.Println(r.Event.Type, r.Place.Name, r.Time, r.Text)
	}
	// Output:
	// new: 3 events, duplicate: false
	// again: duplicate: true same id: true
	// CONSULT Istanbul 2025-05-16 Ukraine met Russia in Istanbul on 2025-05-16
}
