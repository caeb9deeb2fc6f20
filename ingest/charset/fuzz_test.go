package charset_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/parleyhq/parley/ingest/charset"
)

func FuzzCharset(f *testing.F) {
	f.Add([]byte(russian), "")
	f.Add(MustEncode(f, charmap.Windows1251, russian), "text/html; charset=utf-8")
	f.Add(MustEncode(f, charmap.KOI8R, russian), "")
	f.Add(MustEncode(f, charmap.ISO8859_2, polish), "text/plain")
	f.Add([]byte("\xff\xfeT\x00a\x00"), "")
	f.Add([]byte(`<?xml version="1.0" encoding="koi8-r"?><rss/>`), "")
	f.Add([]byte(`<meta http-equiv="content-type" content="text/html; charset=cp1251">`), "text/html")
	f.Add([]byte("a\r\nb\x00c"), "text/plain; charset=\"")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		text, name, err := charset.Decode(data, contentType)
		if err != nil {
			t.Fatalf("Decode: %v", err)
		}
		if name == "" {
			t.Fatal("empty encoding name")
		}
		if !utf8.ValidString(text) {
			t.Fatalf("text is not valid UTF-8: %q", text)
		}
		if strings.ContainsAny(text, "\x00\r") {
			t.Fatalf("text keeps NUL or CR: %q", text)
		}
	})
}
