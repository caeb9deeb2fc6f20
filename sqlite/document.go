package sqlite

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/parleyhq/parley"
)

var _ parley.DocumentStore = (*DocumentStore)(nil)

// DocumentStore implements parley.DocumentStore on a DB.
type DocumentStore struct {
	db *DB
	// zw holds DEFLATE writers for reuse: each costs about a megabyte to
	// set up.
	zw sync.Pool
}

// NewDocumentStore returns the document store of db.
func NewDocumentStore(db *DB) *DocumentStore {
	return &DocumentStore{db: db}
}

// PutDocument stores rec with its events and quotes in one
// transaction, unless a document with the same canonical URL or content hash
// is stored already. It returns EINVALID for a record without ID or text and
// ECONFLICT when another document already has rec's ID.
func (s *DocumentStore) PutDocument(ctx context.Context, rec *parley.Record) (parley.PutResult, error) {
	res, errs, err := s.PutDocuments(ctx, []*parley.Record{rec})
	if err != nil {
		return parley.PutResult{}, err
	}
	return res[0], errs[0]
}

// PutDocuments stores several records in one transaction, each inside a
// savepoint: a record that fails (errs[i] != nil) leaves nothing behind and
// the others are stored. One commit for many documents is what makes bulk
// ingest fast; each document is still whole or absent after a crash. err is
// set, and nothing is stored, when the transaction itself fails.
func (s *DocumentStore) PutDocuments(ctx context.Context, recs []*parley.Record) (res []parley.PutResult, errs []error, err error) {
	res = make([]parley.PutResult, len(recs))
	errs = make([]error, len(recs))
	// Validate and encode before the transaction so that the write lock is
	// held only for the writes.
	encs := make([]*encoded, len(recs))
	pending := 0
	for i, rec := range recs {
		if encs[i], errs[i] = s.encode(rec); errs[i] == nil {
			pending++
		}
	}
	if pending == 0 {
		return res, errs, nil
	}
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("begin: %w", FormatError(err))
	}
	defer tx.Rollback()
	p := &putter{tx: tx}
	defer p.close()
	for i, enc := range encs {
		if enc == nil {
			continue
		}
		if _, err := p.exec(ctx, `SAVEPOINT document`); err != nil {
			return nil, nil, fmt.Errorf("savepoint: %w", FormatError(err))
		}
		res[i], errs[i] = p.put(ctx, enc, s.db.Now())
		if errs[i] != nil {
			if _, err := p.exec(ctx, `ROLLBACK TO document`); err != nil {
				return nil, nil, fmt.Errorf("roll back %s: %w", enc.doc.ID, FormatError(err))
			}
		}
		if _, err := p.exec(ctx, `RELEASE document`); err != nil {
			return nil, nil, fmt.Errorf("release savepoint: %w", FormatError(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, nil, fmt.Errorf("commit: %w", FormatError(err))
	}
	return res, errs, nil
}

// encoded is a record ready to be written: validated, its JSON and its
// event rows built.
type encoded struct {
	doc    *parley.Document
	record []byte
	events []*parley.EventRow
	rows   [][]byte
	hash   string
	url    any
}

func (s *DocumentStore) encode(rec *parley.Record) (*encoded, error) {
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
	e := &encoded{doc: doc, hash: parley.ContentID(doc.Text)}
	var err error
	if e.record, err = s.compressRecord(rec); err != nil {
		return nil, fmt.Errorf("encode record %s: %w", doc.ID, err)
	}
	e.rows = make([][]byte, len(doc.Events))
	e.events = make([]*parley.EventRow, len(doc.Events))
	for i := range doc.Events {
		e.events[i] = parley.NewEventRow(doc, i)
		if e.rows[i], err = json.Marshal(e.events[i]); err != nil {
			return nil, fmt.Errorf("encode event %s/%d: %w", doc.ID, i, err)
		}
	}
	if u := parley.CanonicalURL(doc.URL); u != "" {
		e.url = u
	}
	return e, nil
}

// putter writes documents in one transaction with statements prepared once
// for the transaction.
type putter struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

// stmt returns query prepared, preparing it on first use: parsing the SQL
// again for every document would cost more than some of the inserts.
func (p *putter) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	st := p.stmts[query]
	if st == nil {
		var err error
		if st, err = p.tx.PrepareContext(ctx, query); err != nil {
			return nil, FormatError(err)
		}
		if p.stmts == nil {
			p.stmts = map[string]*sql.Stmt{}
		}
		p.stmts[query] = st
	}
	return st, nil
}

// exec runs query with args.
func (p *putter) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := p.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	res, err := st.ExecContext(ctx, args...)
	return res, FormatError(err)
}

func (p *putter) close() {
	for _, st := range p.stmts {
		st.Close()
	}
}

const (
	sqlInsertDocument = `INSERT INTO documents (id, url, content_hash, title, source, published, input, events, record, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlInsertDocumentFTS = `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`
	sqlInsertEvent       = `INSERT INTO events (document_seq, idx, type, mode, modality, time_value, time_start, time_end,
			source_countries, target_countries, place_id, place_name, place_country, lat, lon, span_start, span_end, row)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlInsertEventActor   = `INSERT OR IGNORE INTO event_actors (event_id, role, actor, name, kb_id, country) VALUES (?, ?, ?, ?, ?, ?)`
	sqlInsertEventCountry = `INSERT OR IGNORE INTO event_countries (country, event_id) VALUES (?, ?)`
	sqlInsertEventFTS     = `INSERT INTO events_fts (rowid, sentence) VALUES (?, ?)`
	sqlInsertQuote        = `INSERT INTO quotes (document_seq, idx, kind, speaker, country, text, span_start, span_end, published, row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlInsertQuoteFTS     = `INSERT INTO quotes_fts (rowid, speaker, text) VALUES (?, ?, ?)`
)

// put writes one document unless it is a duplicate.
func (p *putter) put(ctx context.Context, e *encoded, now time.Time) (parley.PutResult, error) {
	doc := e.doc
	var existing string
	dup, err := p.stmt(ctx, `SELECT id FROM documents WHERE content_hash = ? OR url = ? LIMIT 1`)
	if err != nil {
		return parley.PutResult{}, fmt.Errorf("find duplicate of %s: %w", doc.ID, err)
	}
	err = dup.QueryRowContext(ctx, e.hash, e.url).Scan(&existing)
	switch {
	case err == nil:
		return parley.PutResult{ID: existing, Duplicate: true}, nil
	case err != sql.ErrNoRows:
		return parley.PutResult{}, fmt.Errorf("find duplicate of %s: %w", doc.ID, FormatError(err))
	}
	res, err := p.exec(ctx, sqlInsertDocument,
		doc.ID, e.url, e.hash, doc.Title, doc.Source, formatTime(doc.Published), doc.Input,
		len(doc.Events), e.record, formatTime(now))
	if err != nil {
		return parley.PutResult{}, fmt.Errorf("insert document %s: %w", doc.ID, err)
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return parley.PutResult{}, err
	}
	if _, err := p.exec(ctx, sqlInsertDocumentFTS, seq, doc.Title, doc.Text); err != nil {
		return parley.PutResult{}, fmt.Errorf("index document %s: %w", doc.ID, err)
	}
	if err := p.putEvents(ctx, seq, e); err != nil {
		return parley.PutResult{}, fmt.Errorf("insert events of %s: %w", doc.ID, err)
	}
	if err := p.putQuotes(ctx, seq, doc); err != nil {
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

func (p *putter) putEvents(ctx context.Context, seq int64, enc *encoded) error {
	doc := enc.doc
	for i, e := range doc.Events {
		r := enc.events[i]
		var placeID, placeName, placeCountry, lat, lon any
		if r.Place != nil {
			placeName, placeCountry = r.Place.Name, r.Place.Country
			if r.Place.GeoNameID != 0 {
				placeID = r.Place.GeoNameID
			}
			lat, lon = latLon(r.Place)
		}
		res, err := p.exec(ctx, sqlInsertEvent, seq, i, e.Type, e.Mode, string(e.Modality), r.Time,
			formatTime(r.Start), formatTime(r.End),
			strings.Join(parley.Countries(r.Sources), " "), strings.Join(parley.Countries(r.Targets), " "),
			placeID, placeName, placeCountry, lat, lon, e.Span.Start, e.Span.End, enc.rows[i])
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for _, role := range []struct {
			name string
			idx  []int
		}{{"source", e.Sources}, {"target", e.Targets}} {
			for _, a := range role.idx {
				if a < 0 || a >= len(doc.Actors) {
					continue
				}
				act := doc.Actors[a]
				if _, err := p.exec(ctx, sqlInsertEventActor, id, role.name, a, act.Name, act.KBID, act.Country); err != nil {
					return err
				}
			}
		}
		countries := append(parley.Countries(r.Sources), parley.Countries(r.Targets)...)
		if r.Place != nil && r.Place.Country != "" {
			countries = append(countries, r.Place.Country)
		}
		for _, c := range countries {
			if _, err := p.exec(ctx, sqlInsertEventCountry, c, id); err != nil {
				return err
			}
		}
		if _, err := p.exec(ctx, sqlInsertEventFTS, id, r.Sentence); err != nil {
			return err
		}
	}
	return nil
}

func (p *putter) putQuotes(ctx context.Context, seq int64, doc *parley.Document) error {
	for i, qu := range doc.Quotes {
		speaker, country := qu.SpeakerText, ""
		if qu.Speaker >= 0 && qu.Speaker < len(doc.Actors) {
			speaker, country = doc.Actors[qu.Speaker].Name, doc.Actors[qu.Speaker].Country
		}
		row := parley.NewQuoteRow(doc, i)
		buf, err := json.Marshal(row)
		if err != nil {
			return fmt.Errorf("encode quote %d: %w", i, err)
		}
		text := row.Text
		res, err := p.exec(ctx, sqlInsertQuote, seq, i, qu.Kind, speaker, country, text, qu.Span.Start, qu.Span.End, formatTime(doc.Published), buf)
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if _, err := p.exec(ctx, sqlInsertQuoteFTS, id, speaker, text); err != nil {
			return err
		}
	}
	return nil
}

// FindDocumentByID returns the record of document id, or ENOTFOUND.
func (s *DocumentStore) FindDocumentByID(ctx context.Context, id string) (*parley.Record, error) {
	var buf []byte
	err := s.db.db.QueryRowContext(ctx, `SELECT record FROM documents WHERE id = ?`, id).Scan(&buf)
	if err == sql.ErrNoRows {
		return nil, parley.Errorf(parley.ENOTFOUND, "document %s not found", id)
	} else if err != nil {
		return nil, fmt.Errorf("find document %s: %w", id, FormatError(err))
	}
	return decodeRecord(buf)
}

// Records are stored as DEFLATE-compressed JSON: the token layer makes a
// record several times its text, and compresses about sixfold. A stored
// value that starts with '{' is plain JSON, which decodeRecord also reads.
func (s *DocumentStore) compressRecord(rec *parley.Record) ([]byte, error) {
	var buf bytes.Buffer
	zw, _ := s.zw.Get().(*flate.Writer)
	if zw == nil {
		var err error
		if zw, err = flate.NewWriter(&buf, flate.BestSpeed); err != nil {
			return nil, err
		}
	} else {
		zw.Reset(&buf)
	}
	defer s.zw.Put(zw)
	enc := json.NewEncoder(zw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decodeRecord(buf []byte) (*parley.Record, error) {
	var rec parley.Record
	var err error
	if len(buf) > 0 && buf[0] == '{' {
		err = json.Unmarshal(buf, &rec)
	} else {
		err = json.NewDecoder(flate.NewReader(bytes.NewReader(buf))).Decode(&rec)
	}
	if err != nil {
		return nil, fmt.Errorf("decode stored record: %w", err)
	}
	return &rec, nil
}

// FindDocuments returns the documents that match filter in the order they
// were stored, and the cursor of the next page. It returns EINVALID for a
// malformed cursor.
func (s *DocumentStore) FindDocuments(ctx context.Context, f parley.DocumentFilter) ([]*parley.Record, string, error) {
	after, err := parseCursor(f.After, "d")
	if err != nil {
		return nil, "", err
	}
	where := []string{"d.seq > ?"}
	args := []any{after}
	if !f.From.IsZero() {
		where, args = append(where, "d.published >= ?"), append(args, formatTime(f.From))
	}
	if !f.To.IsZero() {
		where, args = append(where, "d.published < ?"), append(args, formatTime(f.To))
	}
	if f.Source != "" {
		where, args = append(where, "d.source = ?"), append(args, f.Source)
	}
	// A text query drives the scan from the full-text index, in rowid
	// order, so that a page costs a page whatever the number of matches.
	from, order := "documents d", "d.seq"
	if q := ftsQuery(f.Query); q != "" {
		from, order = "documents_fts f JOIN documents d ON d.seq = f.rowid", "f.rowid"
		where, args = append(where, "documents_fts MATCH ?", "f.rowid > ?"), append(args, q, after)
	}
	limit := parley.Limit(f.Limit)
	args = append(args, limit+1)
	rows, err := s.db.db.QueryContext(ctx, `SELECT d.seq, d.record FROM `+from+` WHERE `+strings.Join(where, " AND ")+` ORDER BY `+order+` LIMIT ?`, args...)
	if err != nil {
		return nil, "", fmt.Errorf("find documents: %w", FormatError(err))
	}
	defer rows.Close()
	var out []*parley.Record
	var last int64
	for rows.Next() {
		var seq int64
		var buf []byte
		if err := rows.Scan(&seq, &buf); err != nil {
			return nil, "", err
		}
		if len(out) == limit {
			return out, formatCursor("d", last), nil
		}
		rec, err := decodeRecord(buf)
		if err != nil {
			return nil, "", err
		}
		out, last = append(out, rec), seq
	}
	return out, "", rows.Err()
}

// formatCursor and parseCursor write and read the opaque page cursors: a
// kind letter and the last row's key.
func formatCursor(kind string, key int64) string {
	return kind + strconv.FormatInt(key, 36)
}

func parseCursor(s, kind string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(strings.TrimPrefix(s, kind), 36, 64)
	if !strings.HasPrefix(s, kind) || err != nil || n < 0 {
		return 0, parley.Errorf(parley.EINVALID, "malformed cursor %q", s)
	}
	return n, nil
}

// FindDuplicate returns the ID of the stored document that a document with
// this URL and text would duplicate: one with the same canonical URL or the
// same content hash. It returns ENOTFOUND when there is none. Ingest asks it
// before annotating, so that re-reading an input costs a lookup a document.
func (s *DocumentStore) FindDuplicate(ctx context.Context, url, text string) (string, error) {
	var u any
	if c := parley.CanonicalURL(url); c != "" {
		u = c
	}
	var id string
	err := s.db.db.QueryRowContext(ctx, `SELECT id FROM documents WHERE content_hash = ? OR url = ? LIMIT 1`, parley.ContentID(text), u).Scan(&id)
	if err == sql.ErrNoRows {
		return "", parley.Errorf(parley.ENOTFOUND, "no duplicate")
	} else if err != nil {
		return "", fmt.Errorf("find duplicate: %w", FormatError(err))
	}
	return id, nil
}
