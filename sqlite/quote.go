package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/parleyhq/parley"
)

var _ parley.QuoteStore = (*QuoteStore)(nil)

// QuoteStore implements parley.QuoteStore on a DB.
type QuoteStore struct {
	db *DB
}

// NewQuoteStore returns the quote store of db.
func NewQuoteStore(db *DB) *QuoteStore {
	return &QuoteStore{db: db}
}

// FindQuotes returns the quotes that match f in the order they were
// stored, and the cursor of the next page. It returns EINVALID for a
// malformed cursor.
func (s *QuoteStore) FindQuotes(ctx context.Context, f parley.QuoteFilter) ([]*parley.QuoteRow, string, error) {
	after, err := parseCursor(f.After, "q")
	if err != nil {
		return nil, "", err
	}
	where := []string{"q.id > ?"}
	args := []any{after}
	add := func(cond string, a ...any) {
		where, args = append(where, cond), append(args, a...)
	}
	if f.DocumentID != "" {
		add("q.document_seq = (SELECT seq FROM documents WHERE id = ?)", f.DocumentID)
	}
	if f.Speaker != "" {
		add("q.speaker = ? COLLATE NOCASE", f.Speaker)
	}
	if f.Country != "" {
		add("q.country = ?", strings.ToUpper(f.Country))
	}
	if f.Kind != "" {
		add("q.kind = ?", f.Kind)
	}
	if !f.From.IsZero() {
		add("q.published >= ?", formatTime(f.From))
	}
	if !f.To.IsZero() {
		add("q.published < ?", formatTime(f.To))
	}
	// A text query drives the scan from the full-text index, in rowid
	// order, so that a page costs a page whatever the number of matches.
	from, order := "quotes q", "q.id"
	if fq := ftsQuery(f.Query); fq != "" {
		from, order = "quotes_fts f JOIN quotes q ON q.id = f.rowid", "f.rowid"
		add("quotes_fts MATCH ?", fq)
		add("f.rowid > ?", after)
	}
	limit := parley.Limit(f.Limit)
	args = append(args, limit+1)
	rows, err := s.db.db.QueryContext(ctx, `SELECT q.id, q.row FROM `+from+` WHERE `+strings.Join(where, " AND ")+` ORDER BY `+order+` LIMIT ?`, args...)
	if err != nil {
		return nil, "", fmt.Errorf("find quotes: %w", FormatError(err))
	}
	defer rows.Close()
	return scanPage(rows, limit, "q", decodeJSON[parley.QuoteRow]("quote"))
}
