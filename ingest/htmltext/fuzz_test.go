package htmltext_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/htmltext"
	"github.com/parleyhq/parley/internal/parleytest"
)

func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add("<p>a<br>b</p><pre>x\ny</pre>")
	f.Add("<table><tr><td>1<td>2</table><svg><title>t</title></svg>")
	f.Fuzz(func(t *testing.T, s string) {
		for _, extract := range []func(string) (string, []parley.Span){htmltext.ExtractString, htmltext.ExtractTokens} {
			text, paras := extract(s)
			if !utf8.ValidString(text) {
				t.Fatalf("text is not valid UTF-8: %q", text)
			}
			doc := &parley.Document{ID: "fuzz", Text: text, Paragraphs: paras}
			parleytest.MustValid(t, doc)
			for i, p := range paras {
				if p.Len() == 0 {
					t.Fatalf("paragraph %d is empty", i)
				}
			}
		}
	})
}
