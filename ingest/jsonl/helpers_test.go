package jsonl_test

import (
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/jsonl"
	"github.com/parleyhq/parley/internal/parleytest"
)

// MustRead reads r with opt and returns the documents and the errors,
// checking that every document is valid.
func MustRead(tb testing.TB, r io.Reader, opt jsonl.Options) ([]*parley.Document, []error) {
	tb.Helper()
	var docs []*parley.Document
	errs := jsonl.Read(r, opt, func(doc *parley.Document) error {
		parleytest.MustValid(tb, doc)
		docs = append(docs, doc)
		return nil
	})
	return docs, errs
}

// tag matches an HTML tag, for stripTags.
var tag = regexp.MustCompile(`<[^>]*>`)

// stripTags is a stand-in HTML parser for tests: it turns each closing </p>
// and </h1> into a line break, drops the other tags and takes the <title> as title. The
// real parser lives in ingest/html; this package must not depend on it.
func stripTags(data []byte, name, url string) (*parley.Document, error) {
	s := string(data)
	if strings.Contains(s, "<fail>") {
		return nil, errors.New("cannot parse")
	}
	var title string
	if i, j := strings.Index(s, "<title>"), strings.Index(s, "</title>"); i >= 0 && j > i {
		title = strings.TrimSpace(s[i+len("<title>") : j])
		s = s[:i] + s[j+len("</title>"):]
	}
	s = strings.NewReplacer("</p>", "\n", "</h1>", "\n").Replace(s)
	s = tag.ReplaceAllString(s, "")
	return &parley.Document{Title: title, Text: s, Format: "html", Input: name, URL: url}, nil
}

// errLines returns the line of each *parley.InputError in errs, and -1 for
// other errors.
func errLines(errs []error) []int {
	var lines []int
	for _, err := range errs {
		var ie *parley.InputError
		if errors.As(err, &ie) {
			lines = append(lines, ie.Pos.Line)
		} else {
			lines = append(lines, -1)
		}
	}
	return lines
}
