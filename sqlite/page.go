package sqlite

import (
	"database/sql"
	"encoding/json"
	"fmt"
)

// scanPage reads one page of (id, stored row) results, queried with
// LIMIT limit+1: the extra row only tells that another page follows, and
// the cursor then points after the last row kept. decode turns a stored
// row into its value.
func scanPage[T any](rows *sql.Rows, limit int, cursorPrefix string, decode func(id int64, buf []byte) (T, error)) ([]T, string, error) {
	var out []T
	var last int64
	for rows.Next() {
		var id int64
		var buf []byte
		if err := rows.Scan(&id, &buf); err != nil {
			return nil, "", err
		}
		if len(out) == limit {
			return out, formatCursor(cursorPrefix, last), nil
		}
		v, err := decode(id, buf)
		if err != nil {
			return nil, "", err
		}
		out, last = append(out, v), id
	}
	return out, "", rows.Err()
}

// decodeJSON returns a decoder of stored JSON rows of type T, whose errors
// name what and the row id.
func decodeJSON[T any](what string) func(int64, []byte) (*T, error) {
	return func(id int64, buf []byte) (*T, error) {
		var v T
		if err := json.Unmarshal(buf, &v); err != nil {
			return nil, fmt.Errorf("decode stored %s %d: %w", what, id, err)
		}
		return &v, nil
	}
}
