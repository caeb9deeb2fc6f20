// Package evaldir reads the project's hand-checked evaluation sets: a
// directory of *.txt articles, each holding its text with inline gold
// annotations that a set-specific parser reads.
package evaldir

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// Load parses every *.txt file of dir, in name order, with parse, which
// receives the file's base name and its text.
func Load[T any](dir string, parse func(name, text string) (T, error)) ([]T, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	sort.Strings(names)
	var out []T
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("read article: %w", err)
		}
		a, err := parse(filepath.Base(n), string(b))
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}
