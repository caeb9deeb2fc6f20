package html_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/html"
	"github.com/parleyhq/parley/internal/parleytest"
)

func TestParse_Hostile(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "examples", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	garbage := make([]byte, 64<<10)
	x := uint32(1)
	for i := range garbage {
		x = x*1664525 + 1013904223
		garbage[i] = byte(x >> 24)
	}
	t.Run("Truncated", func(t *testing.T) {
		for _, n := range []int{len(page) / 4, len(page) / 2, len(page) - 100} {
			doc, err := html.Parse(page[:n], html.Options{Name: "cut.html"})
			if err != nil {
				if code := parley.ErrorCode(err); code != parley.EINVALID {
					t.Fatalf("cut at %d: code %q, want %q: %v", n, code, parley.EINVALID, err)
				}
				continue
			}
			parleytest.MustValid(t, doc)
		}
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		if testing.Short() {
			t.Skip("allocates 100 MB")
		}
		line := bytes.Repeat([]byte("a"), 100<<20)
		_, err := html.Parse(line, html.Options{Name: "line.html"})
		if code := parley.ErrorCode(err); code != parley.ETOOLARGE {
			t.Fatalf("code=%q (%v), want %q", code, err, parley.ETOOLARGE)
		}
		if msg := parley.ErrorMessage(err); !strings.Contains(msg, "line.html") || !strings.Contains(msg, "104857600 bytes") {
			t.Errorf("message %q does not name the input and size", msg)
		}
	})
	t.Run("Binary", func(t *testing.T) {
		_, err := html.Parse(garbage, html.Options{Name: "x.bin"})
		if code := parley.ErrorCode(err); code != parley.EINVALID {
			t.Fatalf("code=%q (%v), want %q", code, err, parley.EINVALID)
		}
	})
	t.Run("Empty", func(t *testing.T) {
		for _, in := range []string{"", "  \n", "<html><head><script>x()</script></head><body></body></html>"} {
			_, err := html.Parse([]byte(in), html.Options{})
			if code := parley.ErrorCode(err); code != parley.EINVALID {
				t.Errorf("Parse(%q) code=%q (%v), want %q", in, code, err, parley.EINVALID)
			}
		}
	})
	t.Run("TooDeep", func(t *testing.T) {
		deep := strings.Repeat("<div>", 5000) + "<p>Deep text survives.</p>" + strings.Repeat("</div>", 5000)
		doc, err := html.Parse([]byte(deep), html.Options{})
		if err != nil {
			t.Fatal(err)
		}
		parleytest.MustValid(t, doc)
		if doc.Text != "Deep text survives." {
			t.Errorf("Text=%q", doc.Text)
		}
	})
	t.Run("ManyElements", func(t *testing.T) {
		many := "<html><body>" + strings.Repeat("<p>Short line of text.</p>", 60000) + "</body></html>"
		doc, err := html.Parse([]byte(many), html.Options{})
		if err != nil {
			t.Fatal(err)
		}
		parleytest.MustValid(t, doc)
		if len(doc.Paragraphs) != 60000 {
			t.Errorf("%d paragraphs, want 60000", len(doc.Paragraphs))
		}
	})
	t.Run("WrongCharset", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join("testdata", "wrong-charset.html"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(data, html.Options{ContentType: "text/html; charset=utf-8"})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Charset != "windows-1251" || !strings.Contains(doc.Text, "Приморского края") {
			t.Errorf("Charset=%q Text=%.60q", doc.Charset, doc.Text)
		}
	})
}
