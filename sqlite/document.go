package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/parleyhq/parley"
)

var _ parley.DocumentStore = (*DocumentStore)(nil)

// DocumentStore implements parley.DocumentStore on a DB.
type DocumentStore struct {
	db *DB
}

// NewDocumentStore returns the document store of db.
func NewDocumentStore(db *DB) *DocumentStore {
	return &DocumentStore{db: db}
}

// PutDocument stores rec with its actors, places, events and quotes in one
// transaction, unless a document with the same canonical URL or content hash
// is stored already. It returns EINVALID for a record without ID or text and
// ECONFLICT when another document already has rec's ID.
func (s *DocumentStore) PutDocument(ctx context.Context, rec *parley.Record) (parley.PutResult, error) {
	if rec == nil || rec.Document == nil {
		return parley.PutResult{}, parley.Errorf(parley.EINVALID, "record has no document")
	}
	doc := rec.Document
	switch {
	case doc.ID == "":
		return parley.PutResult{}, parley.Errorf(parley.EINVALID, "%s: document has no id", doc.Input)
	case strings.TrimSpace(doc.Text) == "":
		return parley.PutResult{}, parley.Errorf(parley.EINVALID, "%s: document %s has no text", doc.Input, doc.ID)
	}
	if rec.Schema == "" {
		rec.Schema = parley.Schema
	}
	// Encode before the transaction so that the write lock is held only for
	// the writes.
	recJSON, err := json.Marshal(rec)
	if err != nil {
		return parley.PutResult{}, fmt.Errorf("encode record %s: %w", doc.ID, err)
	}
	rows := make([][]byte, len(doc.Events))
	evRows := make([]*parley.EventRow, len(doc.Events))
	for i := range doc.Events {
		evRows[i] = parley.NewEventRow(doc, i)
		if rows[i], err = json.Marshal(evRows[i]); err != nil {
			return parley.PutResult{}, fmt.Errorf("encode event %s/%d: %w", doc.ID, i, err)
		}
	}
	hash := parley.ContentID(doc.Text)
	var url any
	if u := parley.CanonicalURL(doc.URL); u != "" {
		url = u
	}

	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return parley.PutResult{}, fmt.Errorf("begin: %w", FormatError(err))
	}
	defer tx.Rollback()

	var existing string
	err = tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE content_hash = ? OR url = ? LIMIT 1`, hash, url).Scan(&existing)
	switch {
	case err == nil:
		return parley.PutResult{ID: existing, Duplicate: true}, nil
	case err != sql.ErrNoRows:
		return parley.PutResult{}, fmt.Errorf("find duplicate of %s: %w", doc.ID, FormatError(err))
	}

	res, err := tx.ExecContext(ctx, `
		INSERT INTO documents (id, url, content_hash, title, source, published, input, events, record, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		doc.ID, url, hash, doc.Title, doc.Source, formatTime(doc.Published), doc.Input,
		len(doc.Events), recJSON, formatTime(s.db.Now()))
	if err != nil {
		return parley.PutResult{}, fmt.Errorf("insert document %s: %w", doc.ID, FormatError(err))
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return parley.PutResult{}, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`, seq, doc.Title, doc.Text); err != nil {
		return parley.PutResult{}, fmt.Errorf("index document %s: %w", doc.ID, FormatError(err))
	}
	if err := insertActors(ctx, tx, seq, doc); err != nil {
		return parley.PutResult{}, fmt.Errorf("insert actors of %s: %w", doc.ID, err)
	}
	if err := insertPlaces(ctx, tx, seq, doc); err != nil {
		return parley.PutResult{}, fmt.Errorf("insert places of %s: %w", doc.ID, err)
	}
	if err := insertEvents(ctx, tx, seq, doc, evRows, rows); err != nil {
		return parley.PutResult{}, fmt.Errorf("insert events of %s: %w", doc.ID, err)
	}
	if err := insertQuotes(ctx, tx, seq, doc); err != nil {
		return parley.PutResult{}, fmt.Errorf("insert quotes of %s: %w", doc.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return parley.PutResult{}, fmt.Errorf("commit %s: %w", doc.ID, FormatError(err))
	}
	return parley.PutResult{ID: doc.ID, Events: len(doc.Events)}, nil
}

func insertActors(ctx context.Context, tx *sql.Tx, seq int64, doc *parley.Document) error {
	if len(doc.Actors) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO actors (document_seq, idx, name, type, country, org, sector, kb_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return FormatError(err)
	}
	defer stmt.Close()
	for i, a := range doc.Actors {
		if _, err := stmt.ExecContext(ctx, seq, i, a.Name, a.Type, a.Country, a.Org, a.Sector, a.KBID); err != nil {
			return FormatError(err)
		}
	}
	return nil
}

func insertPlaces(ctx context.Context, tx *sql.Tx, seq int64, doc *parley.Document) error {
	if len(doc.Places) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO places (document_seq, idx, name, geonames_id, feature, country, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return FormatError(err)
	}
	defer stmt.Close()
	for i, p := range doc.Places {
		lat, lon := latLon(&p)
		if _, err := stmt.ExecContext(ctx, seq, i, p.Name, p.GeoNameID, p.Feature, p.Country, lat, lon); err != nil {
			return FormatError(err)
		}
	}
	return nil
}

// latLon returns a place's coordinates, or nils for a place the gazetteer
// did not locate (0, 0 in the record).
func latLon(p *parley.Place) (lat, lon any) {
	if p == nil || (p.Lat == 0 && p.Lon == 0) {
		return nil, nil
	}
	return p.Lat, p.Lon
}

func insertEvents(ctx context.Context, tx *sql.Tx, seq int64, doc *parley.Document, evRows []*parley.EventRow, rows [][]byte) error {
	if len(doc.Events) == 0 {
		return nil
	}
	ev, err := tx.PrepareContext(ctx, `
		INSERT INTO events (document_seq, idx, type, mode, modality, time_value, time_start, time_end,
			source_countries, target_countries, place_id, place_name, place_country, lat, lon, span_start, span_end, row)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return FormatError(err)
	}
	defer ev.Close()
	ea, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO event_actors (event_id, role, actor, name, kb_id, country) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return FormatError(err)
	}
	defer ea.Close()
	fts, err := tx.PrepareContext(ctx, `INSERT INTO events_fts (rowid, sentence) VALUES (?, ?)`)
	if err != nil {
		return FormatError(err)
	}
	defer fts.Close()
	for i, e := range doc.Events {
		r := evRows[i]
		var placeID, placeName, placeCountry any
		var lat, lon any
		if r.Place != nil {
			placeName, placeCountry = r.Place.Name, r.Place.Country
			if r.Place.GeoNameID != 0 {
				placeID = r.Place.GeoNameID
			}
			lat, lon = latLon(r.Place)
		}
		res, err := ev.ExecContext(ctx, seq, i, e.Type, e.Mode, string(e.Modality), r.Time,
			formatTime(r.Start), formatTime(r.End),
			strings.Join(parley.Countries(r.Sources), " "), strings.Join(parley.Countries(r.Targets), " "),
			placeID, placeName, placeCountry, lat, lon, e.Span.Start, e.Span.End, rows[i])
		if err != nil {
			return FormatError(err)
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
				if _, err := ea.ExecContext(ctx, id, role.name, a, act.Name, act.KBID, act.Country); err != nil {
					return FormatError(err)
				}
			}
		}
		if _, err := fts.ExecContext(ctx, id, r.Sentence); err != nil {
			return FormatError(err)
		}
	}
	return nil
}

func insertQuotes(ctx context.Context, tx *sql.Tx, seq int64, doc *parley.Document) error {
	if len(doc.Quotes) == 0 {
		return nil
	}
	q, err := tx.PrepareContext(ctx, `INSERT INTO quotes (document_seq, idx, kind, speaker, country, text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return FormatError(err)
	}
	defer q.Close()
	fts, err := tx.PrepareContext(ctx, `INSERT INTO quotes_fts (rowid, speaker, text) VALUES (?, ?, ?)`)
	if err != nil {
		return FormatError(err)
	}
	defer fts.Close()
	for i, qu := range doc.Quotes {
		speaker, country := qu.SpeakerText, ""
		if qu.Speaker >= 0 && qu.Speaker < len(doc.Actors) {
			speaker, country = doc.Actors[qu.Speaker].Name, doc.Actors[qu.Speaker].Country
		}
		text := doc.Slice(qu.Span)
		res, err := q.ExecContext(ctx, seq, i, qu.Kind, speaker, country, text, qu.Span.Start, qu.Span.End)
		if err != nil {
			return FormatError(err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if _, err := fts.ExecContext(ctx, id, speaker, text); err != nil {
			return FormatError(err)
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

func decodeRecord(buf []byte) (*parley.Record, error) {
	var rec parley.Record
	if err := json.Unmarshal(buf, &rec); err != nil {
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
	if q := ftsQuery(f.Query); q != "" {
		where, args = append(where, "d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"), append(args, q)
	}
	limit := parley.Limit(f.Limit)
	args = append(args, limit+1)
	rows, err := s.db.db.QueryContext(ctx, `SELECT d.seq, d.record FROM documents d WHERE `+strings.Join(where, " AND ")+` ORDER BY d.seq LIMIT ?`, args...)
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
