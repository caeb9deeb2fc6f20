package actor

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/parleyhq/parley/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

// readTSV returns the rows of a tab-separated data file, skipping blank
// lines and lines that start with "#". Every row must have at most want
// columns; trailing empty columns may be left out, and fields are trimmed.
func readTSV(fsys fs.FS, name string, want int) ([][]string, error) {
	var rows [][]string
	err := tsv.Each(fsys, "data/"+name, func(f []string) error {
		if len(f) > want {
			return fmt.Errorf("%d columns, want %d", len(f), want)
		}
		for len(f) < want {
			f = append(f, "")
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		rows = append(rows, f)
		return nil
	})
	return rows, err
}

// splitList splits a "|" or "," separated cell, dropping empty items.
func splitList(s, sep string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// parseDate parses a YYYY-MM-DD date; a trailing "?" marks it uncertain and
// is ignored. The empty string is the zero time (an open end).
func parseDate(s string) (time.Time, bool, error) {
	if s == "" {
		return time.Time{}, false, nil
	}
	uncertain := strings.HasSuffix(s, "?")
	t, err := time.Parse("2006-01-02", strings.TrimSuffix(s, "?"))
	if err != nil {
		return time.Time{}, false, fmt.Errorf("date %q: %w", s, err)
	}
	return t, uncertain, nil
}
