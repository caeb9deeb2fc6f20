package text_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/text"
	"github.com/parleyhq/parley/internal/parleytest"
)

// goldenDoc is the part of a Document that ingest decides.
type goldenDoc struct {
	ID            string        `json:"id"`
	Title         string        `json:"title,omitempty"`
	URL           string        `json:"url,omitempty"`
	Published     time.Time     `json:"published,omitzero"`
	PublishedFrom string        `json:"published_from,omitempty"`
	Charset       string        `json:"charset,omitempty"`
	Text          string        `json:"text"`
	Paragraphs    []parley.Span `json:"paragraphs"`
}

// goldenFallback is the fallback publication time of every golden case.
var goldenFallback = time.Date(2025, 8, 14, 0, 0, 0, 0, time.UTC)

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{} // input -> golden file
	for _, f := range files {
		cases[f] = strings.TrimSuffix(f, ".txt") + ".golden.json"
	}
	cases[filepath.Join("..", "..", "examples", "cp1251.txt")] = filepath.Join("testdata", "example-cp1251.golden.json")
	for in, golden := range cases {
		t.Run(filepath.Base(in), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := text.Parse(data, text.Options{Name: filepath.Base(in), Published: goldenFallback})
			if err != nil {
				t.Fatal(err)
			}
			parleytest.MustValid(t, doc)
			parleytest.MustMatchDocument(t, doc)
			g := goldenDoc{doc.ID, doc.Title, doc.URL, doc.Published, doc.PublishedFrom, doc.Charset, doc.Text, doc.Paragraphs}
			parleytest.Golden(t, golden, parleytest.MarshalGolden(t, g))
		})
	}
}
