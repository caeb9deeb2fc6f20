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
	return scanPage(rows, limit, "d", func(_ int64, buf []byte) (*parley.Record, error) { return decodeRecord(buf) })
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
