// Package evaldir reads the project's hand-checked evaluation sets: a
// directory of *.txt articles, each holding its text with inline gold
// annotations that a set-specific parser reads.
package evaldir

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
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

// ParseMarked reads an article in the sets' inline markup: a first line
// "@YYYY-MM-DD" giving the publication date, then the text, in which
// open BODY close marks a gold annotation. For each mark, in order, it
// calls mark with the body and the byte offset in the cleaned text where
// the mark's own text will start; mark returns that text, which stays in the
// article while the rest of the body is dropped. Errors name the article.
func ParseMarked(name, src, open, close string, mark func(body string, start int) (string, error)) (time.Time, string, error) {
	first, rest, _ := strings.Cut(src, "\n")
	if !strings.HasPrefix(first, "@") {
		return time.Time{}, "", fmt.Errorf("parse %s: first line must be @YYYY-MM-DD", name)
	}
	published, err := time.Parse("2006-01-02", strings.TrimSpace(first[1:]))
	if err != nil {
		return time.Time{}, "", fmt.Errorf("parse %s: %w", name, err)
	}
	var b strings.Builder
	for {
		i := strings.Index(rest, open)
		if i < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:i])
		j := strings.Index(rest[i:], close)
		if j < 0 {
			return time.Time{}, "", fmt.Errorf("parse %s: unclosed %s at byte %d", name, open, b.Len())
		}
		body := rest[i+len(open) : i+j]
		rest = rest[i+j+len(close):]
		text, err := mark(body, b.Len())
		if err != nil {
			return time.Time{}, "", fmt.Errorf("parse %s: %w", name, err)
		}
		b.WriteString(text)
	}
	return published, b.String(), nil
}
