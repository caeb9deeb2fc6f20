// Package sqlite stores parley records in one SQLite file, through the
// pure-Go driver modernc.org/sqlite (no cgo).
//
// [DB] opens the file in WAL mode and applies the schema migrations embedded
// from migration/*.sql, in order, each in a transaction. [DocumentStore]
// implements [parley.DocumentStore] and [EventStore] implements
// [parley.EventStore]: every document is written with its
// events and quotes in one transaction, so a crash leaves each document
// either whole or absent. Full-text search uses SQLite's FTS5.
//
// [DocumentStore.PutDocuments] writes a batch in one transaction with a
// savepoint a document and a few multi-row INSERTs a document, finds the
// stored duplicates of the whole batch with one query, and inserts the
// batch's full-text rows after the last savepoint; records are compressed
// on other goroutines while the batch is written. docs/store.md has the
// measurements.
//
//	db := sqlite.NewDB("parley.db")
//	if err := db.Open(); err != nil { ... }
//	defer db.Close()
//	docs := sqlite.NewDocumentStore(db)
//	res, err := docs.PutDocument(ctx, parley.NewRecord(doc))
//
// Driver errors are translated at the boundary: a unique-constraint
// violation becomes ECONFLICT.
package sqlite
