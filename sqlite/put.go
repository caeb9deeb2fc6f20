package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/parleyhq/parley"
)

// PutDocuments stores several records in one transaction, each inside a
// savepoint: a record that fails (errs[i] != nil) leaves nothing behind and
// the others are stored. One commit for many documents is what makes bulk
// ingest fast; each document is still whole or absent after a crash. err is
// set, and nothing is stored, when the transaction itself fails.
//
// The write costs a few statements a document, whatever its number of
// events: rows of one table go in one multi-row INSERT, event and quote ids
// are assigned here rather than read back row by row, duplicates of the
// whole batch are found with one query, and the full-text rows of the
// batch are inserted after the last savepoint, so that FTS5 flushes its
// pending terms once a transaction instead of once a savepoint.
func (s *DocumentStore) PutDocuments(ctx context.Context, recs []*parley.Record) (res []parley.PutResult, errs []error, err error) {
	res = make([]parley.PutResult, len(recs))
	errs = make([]error, len(recs))
	// Validate before the transaction; compress and marshal on other
	// goroutines while the transaction writes the documents already
	// encoded, so that the write lock is held about as long as the writes
	// take and the second CPU works meanwhile.
	encs := make([]*encoded, len(recs))
	pending := 0
	for i, rec := range recs {
		if encs[i], errs[i] = prepare(rec); errs[i] == nil {
			pending++
		}
	}
	if pending == 0 {
		return res, errs, nil
	}
	wait := s.encodeAll(encs)
	defer wait()
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("begin: %w", FormatError(err))
	}
	defer tx.Rollback()
	p := &putter{db: s.db, tx: tx, stmts: map[stmtKey]*sql.Stmt{}}
	defer p.close()
	if err := p.begin(ctx, encs); err != nil {
		return nil, nil, err
	}
	now := s.db.Now()
	for i, enc := range encs {
		if enc == nil {
			continue
		}
		if id, ok := p.duplicate(enc); ok {
			res[i] = parley.PutResult{ID: id, Duplicate: true}
			continue
		}
		if <-enc.done; enc.err != nil {
			errs[i] = enc.err
			continue
		}
		if _, err := p.exec(ctx, stmtKey{query: `SAVEPOINT document`}); err != nil {
			return nil, nil, fmt.Errorf("savepoint: %w", err)
		}
		mark := p.mark()
		res[i], errs[i] = p.put(ctx, enc, now)
		if errs[i] != nil {
			p.reset(mark)
			if _, err := p.exec(ctx, stmtKey{query: `ROLLBACK TO document`}); err != nil {
				return nil, nil, fmt.Errorf("roll back %s: %w", enc.doc.ID, err)
			}
		} else {
			p.stored(enc)
		}
		if _, err := p.exec(ctx, stmtKey{query: `RELEASE document`}); err != nil {
			return nil, nil, fmt.Errorf("release savepoint: %w", err)
		}
	}
	if err := p.index(ctx); err != nil {
		return nil, nil, fmt.Errorf("full-text index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, nil, fmt.Errorf("commit: %w", FormatError(err))
	}
	return res, errs, nil
}

// encoded is a record ready to be written: validated, its JSON and its
// event and quote rows built. prepare fills doc, hash and url; encode the
// rest, then closes done.
type encoded struct {
	doc    *parley.Document
	rec    *parley.Record
	hash   string
	url    any
	done   chan struct{}
	err    error
	record []byte
	events []*parley.EventRow
	rows   [][]byte // the events' JSON
	quotes [][]byte // the quotes' JSON
	texts  []string // the quotes' text
}

// prepare validates rec and computes its duplicate keys.
func prepare(rec *parley.Record) (*encoded, error) {
	if rec == nil || rec.Document == nil {
		return nil, parley.Errorf(parley.EINVALID, "record has no document")
	}
	doc := rec.Document
	switch {
	case doc.ID == "":
		return nil, parley.Errorf(parley.EINVALID, "%s: document has no id", doc.Input)
	case strings.TrimSpace(doc.Text) == "":
		return nil, parley.Errorf(parley.EINVALID, "%s: document %s has no text", doc.Input, doc.ID)
	}
	if rec.Schema == "" {
		rec.Schema = parley.Schema
	}
	e := &encoded{doc: doc, rec: rec, hash: parley.ContentID(doc.Text), done: make(chan struct{})}
	if u := parley.CanonicalURL(doc.URL); u != "" {
		e.url = u
	}
	return e, nil
}

// encodeAll starts encoding encs on one goroutine a CPU, in order, and
// returns at once with a function that waits for the goroutines to end;
// each encoded value's done is closed when it is ready.
// Compressing the record and marshalling its rows is about half as much
// work as writing them.
func (s *DocumentStore) encodeAll(encs []*encoded) (wait func()) {
	var todo []*encoded
	for _, e := range encs {
		if e != nil {
			todo = append(todo, e)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(todo); i += workers {
				e := todo[i]
				e.err = s.encode(e)
				close(e.done)
			}
		})
	}
	return wg.Wait
}

func (s *DocumentStore) encode(e *encoded) error {
	doc := e.doc
	var err error
	if e.record, err = s.compressRecord(e.rec); err != nil {
		return fmt.Errorf("encode record %s: %w", doc.ID, err)
	}
	e.rows = make([][]byte, len(doc.Events))
	e.events = make([]*parley.EventRow, len(doc.Events))
	for i := range doc.Events {
		e.events[i] = parley.NewEventRow(doc, i)
		if e.rows[i], err = json.Marshal(e.events[i]); err != nil {
			return fmt.Errorf("encode event %s/%d: %w", doc.ID, i, err)
		}
	}
	e.quotes = make([][]byte, len(doc.Quotes))
	e.texts = make([]string, len(doc.Quotes))
	for i := range doc.Quotes {
		row := parley.NewQuoteRow(doc, i)
		e.texts[i] = row.Text
		if e.quotes[i], err = json.Marshal(row); err != nil {
			return fmt.Errorf("encode quote %s/%d: %w", doc.ID, i, err)
		}
	}
	return nil
}

// putter writes documents in one transaction with statements prepared once
// for the transaction. It assigns the ids of events and quotes, which
// spares reading each row's id back, and gathers the full-text rows that
// index inserts at the end.
type putter struct {
	db    *DB
	tx    *sql.Tx
	stmts map[stmtKey]*sql.Stmt

	// nextEvent and nextQuote are the ids the next event and quote get.
	nextEvent, nextQuote int64
	// byHash and byURL map the content hashes and canonical URLs of the
	// stored documents that the batch could duplicate to their IDs.
	byHash, byURL map[string]string

	// The full-text rows of the documents stored so far: rowid and
	// columns, flat.
	docFTS, eventFTS, quoteFTS []any
}

// stmtKey names a prepared statement: an INSERT head repeated rows times,
// or a whole query when rows is 0.
type stmtKey struct {
	query string
	cols  int
	rows  int
}

// maxRows bounds the rows of one multi-row INSERT, to stay far below
// SQLite's limit on bound parameters (32,766).
const maxRows = 128

// stmt returns the statement of k bound to the transaction. The statement
// is prepared once for the database (DB.prepared) and, by database/sql,
// once a connection: parsing the SQL again for every transaction cost more
// than the inserts of a one-document batch.
func (p *putter) stmt(ctx context.Context, k stmtKey) (*sql.Stmt, error) {
	st := p.stmts[k]
	if st == nil {
		q := k.query
		if k.rows > 0 {
			row := "(" + placeholders(k.cols) + ")"
			q += " VALUES " + strings.TrimSuffix(strings.Repeat(row+", ", k.rows), ", ")
		}
		prep, err := p.db.prepared(ctx, q)
		if err != nil {
			return nil, err
		}
		st = p.tx.StmtContext(ctx, prep)
		p.stmts[k] = st
	}
	return st, nil
}

// exec runs the statement of k with args.
func (p *putter) exec(ctx context.Context, k stmtKey, args ...any) (sql.Result, error) {
	st, err := p.stmt(ctx, k)
	if err != nil {
		return nil, err
	}
	res, err := st.ExecContext(ctx, args...)
	return res, FormatError(err)
}

// insert runs head (an INSERT up to VALUES) on args, which are rows of cols
// values each, in statements of up to maxRows rows.
func (p *putter) insert(ctx context.Context, head string, cols int, args []any) error {
	for len(args) > 0 {
		n := min(len(args)/cols, maxRows)
		if _, err := p.exec(ctx, stmtKey{head, cols, n}, args[:n*cols]...); err != nil {
			return err
		}
		args = args[n*cols:]
	}
	return nil
}

func (p *putter) close() {
	for _, st := range p.stmts {
		st.Close()
	}
}

// begin reads the next event and quote ids and looks up, in one query a
// few hundred documents, the stored documents that encs could duplicate.
func (p *putter) begin(ctx context.Context, encs []*encoded) error {
	err := p.tx.QueryRowContext(ctx, `SELECT (SELECT COALESCE(MAX(id), 0) FROM events), (SELECT COALESCE(MAX(id), 0) FROM quotes)`).
		Scan(&p.nextEvent, &p.nextQuote)
	if err != nil {
		return fmt.Errorf("read last ids: %w", FormatError(err))
	}
	p.nextEvent++
	p.nextQuote++
	p.byHash, p.byURL = map[string]string{}, map[string]string{}
	var hashes, urls []any
	lookup := func() error {
		if len(hashes) == 0 {
			return nil
		}
		if len(urls) == 0 {
			urls = append(urls, nil)
		}
		q := `SELECT id, content_hash, url FROM documents WHERE content_hash IN (` + placeholders(len(hashes)) +
			`) OR url IN (` + placeholders(len(urls)) + `)`
		rows, err := p.tx.QueryContext(ctx, q, append(hashes, urls...)...)
		if err != nil {
			return fmt.Errorf("find duplicates: %w", FormatError(err))
		}
		defer rows.Close()
		for rows.Next() {
			var id, hash string
			var url sql.NullString
			if err := rows.Scan(&id, &hash, &url); err != nil {
				return err
			}
			p.byHash[hash] = id
			if url.Valid {
				p.byURL[url.String] = id
			}
		}
		hashes, urls = hashes[:0], urls[:0]
		return rows.Err()
	}
	for _, e := range encs {
		if e == nil {
			continue
		}
		hashes = append(hashes, e.hash)
		if e.url != nil {
			urls = append(urls, e.url)
		}
		if len(hashes) == 500 {
			if err := lookup(); err != nil {
				return err
			}
		}
	}
	return lookup()
}

// duplicate returns the ID of the document, stored before or earlier in the
// batch, that e duplicates: same content hash or same canonical URL.
func (p *putter) duplicate(e *encoded) (string, bool) {
	if id, ok := p.byHash[e.hash]; ok {
		return id, true
	}
	if u, ok := e.url.(string); ok {
		if id, ok := p.byURL[u]; ok {
			return id, true
		}
	}
	return "", false
}

// stored records that e was written, so that later copies in the batch are
// duplicates.
func (p *putter) stored(e *encoded) {
	p.byHash[e.hash] = e.doc.ID
	if u, ok := e.url.(string); ok {
		p.byURL[u] = e.doc.ID
	}
}

// putMark is the state of a putter before a document, to which a failed
// document returns it.
type putMark struct {
	nextEvent, nextQuote       int64
	docFTS, eventFTS, quoteFTS int
}

func (p *putter) mark() putMark {
	return putMark{p.nextEvent, p.nextQuote, len(p.docFTS), len(p.eventFTS), len(p.quoteFTS)}
}

func (p *putter) reset(m putMark) {
	p.nextEvent, p.nextQuote = m.nextEvent, m.nextQuote
	p.docFTS, p.eventFTS, p.quoteFTS = p.docFTS[:m.docFTS], p.eventFTS[:m.eventFTS], p.quoteFTS[:m.quoteFTS]
}

const (
	sqlInsertDocument = `INSERT INTO documents (id, url, content_hash, title, source, published, input, events, record, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlInsertEvents = `INSERT INTO events (id, document_seq, idx, type, mode, modality, time_value, time_start, time_end,
			source_countries, target_countries, place_id, place_name, place_country, lat, lon, span_start, span_end, row)`
	sqlInsertEventActors    = `INSERT OR IGNORE INTO event_actors (event_id, role, actor, name, kb_id, country)`
	sqlInsertEventCountries = `INSERT OR IGNORE INTO event_countries (country, event_id)`
	sqlInsertQuotes         = `INSERT INTO quotes (id, document_seq, idx, kind, speaker, country, text, span_start, span_end, published, row)`
	sqlInsertDocumentFTS    = `INSERT INTO documents_fts (rowid, title, text)`
	sqlInsertEventFTS       = `INSERT INTO events_fts (rowid, sentence)`
	sqlInsertQuoteFTS       = `INSERT INTO quotes_fts (rowid, speaker, text)`
)

// put writes one document, which is not a duplicate.
func (p *putter) put(ctx context.Context, e *encoded, now time.Time) (parley.PutResult, error) {
	doc := e.doc
	res, err := p.exec(ctx, stmtKey{query: sqlInsertDocument},
		doc.ID, e.url, e.hash, doc.Title, doc.Source, formatTime(doc.Published), doc.Input,
		len(doc.Events), e.record, formatTime(now))
	if err != nil {
		return parley.PutResult{}, fmt.Errorf("insert document %s: %w", doc.ID, err)
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return parley.PutResult{}, err
	}
	p.docFTS = append(p.docFTS, seq, doc.Title, doc.Text)
	if err := p.putEvents(ctx, seq, e); err != nil {
		return parley.PutResult{}, fmt.Errorf("insert events of %s: %w", doc.ID, err)
	}
	if err := p.putQuotes(ctx, seq, e); err != nil {
		return parley.PutResult{}, fmt.Errorf("insert quotes of %s: %w", doc.ID, err)
	}
	return parley.PutResult{ID: doc.ID, Events: len(doc.Events)}, nil
}

// latLon returns a place's coordinates, or nils for a place the gazetteer
// did not locate (0, 0 in the record).
func latLon(p *parley.Place) (lat, lon any) {
	if p == nil || (p.Lat == 0 && p.Lon == 0) {
		return nil, nil
	}
	return p.Lat, p.Lon
}

// putEvents writes the events of a document with their actors and
// countries: three multi-row INSERTs.
func (p *putter) putEvents(ctx context.Context, seq int64, enc *encoded) error {
	doc := enc.doc
	if len(doc.Events) == 0 {
		return nil
	}
	events := make([]any, 0, 19*len(doc.Events))
	var actors, countries []any
	for i, e := range doc.Events {
		r := enc.events[i]
		id := p.nextEvent
		p.nextEvent++
		var placeID, placeName, placeCountry, lat, lon any
		if r.Place != nil {
			placeName, placeCountry = r.Place.Name, r.Place.Country
			if r.Place.GeoNameID != 0 {
				placeID = r.Place.GeoNameID
			}
			lat, lon = latLon(r.Place)
		}
		src, tgt := parley.Countries(r.Sources), parley.Countries(r.Targets)
		events = append(events, id, seq, i, e.Type, e.Mode, string(e.Modality), r.Time,
			formatTime(r.Start), formatTime(r.End),
			strings.Join(src, " "), strings.Join(tgt, " "),
			placeID, placeName, placeCountry, lat, lon, e.Span.Start, e.Span.End, enc.rows[i])
		for _, role := range []struct {
			name string
			idx  []int
		}{{"source", e.Sources}, {"target", e.Targets}} {
			for _, a := range role.idx {
				if a < 0 || a >= len(doc.Actors) {
					continue
				}
				act := doc.Actors[a]
				actors = append(actors, id, role.name, a, act.Name, act.KBID, act.Country)
			}
		}
		cs := append(src, tgt...)
		if r.Place != nil && r.Place.Country != "" {
			cs = append(cs, r.Place.Country)
		}
		for j, c := range cs {
			if !containsString(cs[:j], c) {
				countries = append(countries, c, id)
			}
		}
		p.eventFTS = append(p.eventFTS, id, r.Sentence)
	}
	if err := p.insert(ctx, sqlInsertEvents, 19, events); err != nil {
		return err
	}
	if err := p.insert(ctx, sqlInsertEventActors, 6, actors); err != nil {
		return err
	}
	return p.insert(ctx, sqlInsertEventCountries, 2, countries)
}

func (p *putter) putQuotes(ctx context.Context, seq int64, enc *encoded) error {
	doc := enc.doc
	var quotes []any
	for i, qu := range doc.Quotes {
		speaker, country := qu.SpeakerText, ""
		if qu.Speaker >= 0 && qu.Speaker < len(doc.Actors) {
			speaker, country = doc.Actors[qu.Speaker].Name, doc.Actors[qu.Speaker].Country
		}
		id := p.nextQuote
		p.nextQuote++
		quotes = append(quotes, id, seq, i, qu.Kind, speaker, country, enc.texts[i], qu.Span.Start, qu.Span.End, formatTime(doc.Published), enc.quotes[i])
		p.quoteFTS = append(p.quoteFTS, id, speaker, enc.texts[i])
	}
	return p.insert(ctx, sqlInsertQuotes, 11, quotes)
}

// index inserts the full-text rows of the documents stored in the batch.
// They are written after the last savepoint: FTS5 flushes its pending
// terms to disk at every savepoint, which cost more than the inserts when
// each document had its own.
func (p *putter) index(ctx context.Context) error {
	if err := p.insert(ctx, sqlInsertDocumentFTS, 3, p.docFTS); err != nil {
		return err
	}
	if err := p.insert(ctx, sqlInsertEventFTS, 2, p.eventFTS); err != nil {
		return err
	}
	return p.insert(ctx, sqlInsertQuoteFTS, 3, p.quoteFTS)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
