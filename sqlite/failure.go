package sqlite

import (
	"context"
	"fmt"
	"time"
)

// Failure is an input whose last ingest failed.
type Failure struct {
	Input    string    `json:"input"`
	Reason   string    `json:"reason"`
	FailedAt time.Time `json:"failed_at"`
	Attempts int       `json:"attempts"`
}

// SetFailures records the outcome of an ingest: each input of failed (input
// to reason) is recorded as failed, one more attempt if it was already; each
// input of succeeded leaves the table.
func (db *DB) SetFailures(ctx context.Context, failed map[string]string, succeeded []string) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", FormatError(err))
	}
	defer tx.Rollback()
	now := formatTime(db.Now())
	for _, in := range succeeded {
		if _, ok := failed[in]; ok {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM failures WHERE input = ?`, in); err != nil {
			return fmt.Errorf("clear failure %s: %w", in, FormatError(err))
		}
	}
	for in, reason := range failed {
		_, err := tx.ExecContext(ctx, `
			INSERT INTO failures (input, reason, failed_at) VALUES (?, ?, ?)
			ON CONFLICT (input) DO UPDATE SET reason = excluded.reason, failed_at = excluded.failed_at, attempts = attempts + 1`,
			in, reason, now)
		if err != nil {
			return fmt.Errorf("record failure %s: %w", in, FormatError(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", FormatError(err))
	}
	return nil
}

// Failures returns the inputs whose last ingest failed, oldest first.
func (db *DB) Failures(ctx context.Context) ([]Failure, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT input, reason, failed_at, attempts FROM failures ORDER BY failed_at, input`)
	if err != nil {
		return nil, fmt.Errorf("find failures: %w", FormatError(err))
	}
	defer rows.Close()
	var out []Failure
	for rows.Next() {
		var f Failure
		var at string
		if err := rows.Scan(&f.Input, &f.Reason, &at, &f.Attempts); err != nil {
			return nil, err
		}
		f.FailedAt, _ = time.Parse(timeLayout, at)
		out = append(out, f)
	}
	return out, rows.Err()
}
