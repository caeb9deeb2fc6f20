package html_test

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley/ingest/html"
	"github.com/parleyhq/parley/internal/parleytest"
)

func FuzzHTML(f *testing.F) {
	for in := range goldenCases(f) {
		data, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-01-01","author":[{"name":"A"}]}]}</script></head><body><p>x</p></body></html>`))
	f.Add([]byte(`<meta charset="koi8-r"><time datetime="2024-01-01">x</time><p>NEW YORK, Jan. 2 - y</p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := html.Parse(data, html.Options{Name: "fuzz", URL: "https://example.com/a/b", MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		for _, s := range append([]string{doc.Text, doc.Title, doc.URL, doc.Source}, doc.Authors...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8: %q", s)
			}
		}
		parleytest.MustValid(t, doc)
	})
}
