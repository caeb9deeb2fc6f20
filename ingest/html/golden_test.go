package html_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/html"
	"github.com/parleyhq/parley/internal/parleytest"
)

// goldenDoc is the part of a Document that ingest decides.
type goldenDoc struct {
	ID            string        `json:"id"`
	Title         string        `json:"title,omitempty"`
	URL           string        `json:"url,omitempty"`
	Source        string        `json:"source,omitempty"`
	Authors       []string      `json:"authors,omitempty"`
	Language      string        `json:"language,omitempty"`
	Published     time.Time     `json:"published,omitzero"`
	PublishedFrom string        `json:"published_from,omitempty"`
	Charset       string        `json:"charset,omitempty"`
	Text          string        `json:"text"`
	Paragraphs    []parley.Span `json:"paragraphs"`
}

// goldenCases maps each golden input to its golden file.
func goldenCases(tb testing.TB) map[string]string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil {
		tb.Fatal(err)
	}
	cases := map[string]string{}
	for _, f := range files {
		cases[f] = strings.TrimSuffix(f, ".html") + ".golden.json"
	}
	cases[filepath.Join("..", "..", "examples", "page.html")] = filepath.Join("testdata", "example-page.golden.json")
	return cases
}

func TestGolden(t *testing.T) {
	for in, golden := range goldenCases(t) {
		t.Run(filepath.Base(in), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := html.Parse(data, html.Options{Name: filepath.Base(in)})
			if err != nil {
				t.Fatal(err)
			}
			parleytest.MustValid(t, doc)
			parleytest.MustMatchDocument(t, doc)
			g := goldenDoc{doc.ID, doc.Title, doc.URL, doc.Source, doc.Authors, doc.Language,
				doc.Published, doc.PublishedFrom, doc.Charset, doc.Text, doc.Paragraphs}
			parleytest.Golden(t, golden, parleytest.MarshalGolden(t, g))
		})
	}
}
