// Package tsv reads the tab-separated data files that parley's annotators
// embed: one entry a line, fields separated by tabs, blank lines and lines
// starting with '#' (the source and licence header, comments) skipped.
// Errors name the file and the line.
package tsv

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
)

// Each calls fn with the fields of every entry line of the file name in
// fsys. Trailing spaces and carriage returns are dropped; empty fields are
// kept. An error from fn is returned as "name:line: err".
func Each(fsys fs.FS, name string, fn func(fields []string) error) error {
	return EachLine(fsys, name, func(_ int, fields []string) error { return fn(fields) })
}

// EachLine is Each with the 1-based line number of each entry, for data
// whose entries are cited by line (a rule "verbs.tsv:197").
func EachLine(fsys fs.FS, name string, fn func(line int, fields []string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// Rows returns the entry lines of the file name in fsys, each padded with
// empty fields to n fields. A line with fewer than min fields is an error.
func Rows(fsys fs.FS, name string, min, n int) ([][]string, error) {
	var rows [][]string
	err := Each(fsys, name, func(f []string) error {
		if len(f) < min {
			return fmt.Errorf("want at least %d fields, got %d", min, len(f))
		}
		for len(f) < n {
			f = append(f, "")
		}
		rows = append(rows, f)
		return nil
	})
	return rows, err
}
