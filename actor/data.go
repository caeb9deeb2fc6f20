package actor

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"time"
)

//go:embed data/*.tsv
var dataFS embed.FS

// readTSV returns the rows of a tab-separated data file, skipping blank
// lines and lines that start with "#". Every row must have want columns;
// trailing empty columns may be left out.
func readTSV(fsys fs.FS, name string, want int) ([][]string, error) {
	b, err := fs.ReadFile(fsys, "data/"+name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var rows [][]string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) > want {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", name, line, len(f), want)
		}
		for len(f) < want {
			f = append(f, "")
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		rows = append(rows, f)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("scan %s: %w", name, err)
	}
	return rows, nil
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
