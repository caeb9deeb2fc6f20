package feed_test

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley/ingest/feed"
	"github.com/parleyhq/parley/internal/parleytest"
)

func FuzzFeed(f *testing.F) {
	for in, golden := range goldenCases(f) {
		if in == golden {
			continue
		}
		data, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>a</title><content type="html">&lt;p&gt;b</content></entry><entry>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"content_text":"x"},{}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := feed.Parse(data, feed.Options{Name: "fuzz", URL: "https://example.com/feed", MaxBytes: 1 << 20})
		for _, err := range errs {
			if err == nil {
				t.Fatal("nil error in the list")
			}
		}
		for _, d := range docs {
			for _, s := range append([]string{d.Text, d.Title, d.URL, d.Source}, d.Authors...) {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8: %q", s)
				}
			}
			if d.ID == "" {
				d.ID = "fuzz"
			}
			parleytest.MustValid(t, d)
		}
	})
}
