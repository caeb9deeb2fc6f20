package feed_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/feed"
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

// goldenFeed is the golden form of one parsed feed.
type goldenFeed struct {
	Documents []goldenDoc `json:"documents"`
	Errors    []string    `json:"errors,omitempty"`
}

// goldenCases maps each golden input to its golden file.
func goldenCases(tb testing.TB) map[string]string {
	tb.Helper()
	cases := map[string]string{}
	for _, pattern := range []string{"*.xml", "*.json"} {
		files, err := filepath.Glob(filepath.Join("testdata", pattern))
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range files {
			if !strings.HasSuffix(f, ".golden.json") {
				cases[f] = strings.TrimSuffix(f, filepath.Ext(f)) + ".golden.json"
			}
		}
	}
	cases[filepath.Join("..", "..", "examples", "feed.xml")] = filepath.Join("testdata", "example-feed.golden.json")
	return cases
}

func TestGolden(t *testing.T) {
	for in, golden := range goldenCases(t) {
		t.Run(filepath.Base(in), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			docs, errs := feed.Parse(data, feed.Options{Name: filepath.Base(in)})
			g := goldenFeed{Documents: []goldenDoc{}}
			for _, d := range docs {
				parleytest.MustValid(t, d)
				parleytest.MustMatchDocument(t, d)
				g.Documents = append(g.Documents, goldenDoc{d.ID, d.Title, d.URL, d.Source, d.Authors, d.Language,
					d.Published, d.PublishedFrom, d.Charset, d.Text, d.Paragraphs})
			}
			for _, err := range errs {
				g.Errors = append(g.Errors, err.Error())
			}
			parleytest.Golden(t, golden, parleytest.MarshalGolden(t, g))
		})
	}
}
