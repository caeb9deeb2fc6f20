package charset_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/parleyhq/parley/ingest/charset"
)

const (
	russian = "Президент заявил, что переговоры в Стамбуле продолжатся в понедельник утром."
	french  = "Le président français a déclaré que les négociations reprendront à Genève après l'été."
	polish  = "Prezydent powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu w Łodzi."
	czech   = "Ministr řekl, že jednání budou pokračovat příští týden v Brně a že se účastní i Slovensko."
)

// MustEncode returns s encoded with e.
func MustEncode(tb testing.TB, e encoding.Encoding, s string) []byte {
	tb.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	cp1251 := MustEncode(t, charmap.Windows1251, russian)
	for _, tt := range []struct {
		name        string
		data        []byte
		contentType string
		want        string
		wantName    string
	}{
		{"ASCII", []byte("Talks resume on Monday."), "", "Talks resume on Monday.", "utf-8"},
		{"UTF8", []byte(russian), "", russian, "utf-8"},
		{"UTF8BOM", append([]byte{0xEF, 0xBB, 0xBF}, russian...), "", russian, "utf-8"},
		{"UTF16LEBOM", MustEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), russian), "", russian, "utf-16le"},
		{"UTF16BEBOM", MustEncode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), french), "", french, "utf-16be"},
		{"UTF16LENoBOM", MustEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "Talks resume on Monday in Geneva."), "", "Talks resume on Monday in Geneva.", "utf-16le"},
		{"Windows1251", cp1251, "", russian, "windows-1251"},
		{"KOI8R", MustEncode(t, charmap.KOI8R, russian), "", russian, "koi8-r"},
		{"ISO88591", MustEncode(t, charmap.ISO8859_1, french), "", french, "windows-1252"},
		{"ISO88591Declared", MustEncode(t, charmap.ISO8859_1, french), "text/plain; charset=ISO-8859-1", french, "windows-1252"},
		{"ISO88592", MustEncode(t, charmap.ISO8859_2, polish), "", polish, "iso-8859-2"},
		{"ISO88592Czech", MustEncode(t, charmap.ISO8859_2, czech), "", czech, "iso-8859-2"},
		{"Windows1251Declared", cp1251, "text/html; charset=windows-1251", russian, "windows-1251"},
		{"WrongUTF8Declared", cp1251, "text/html; charset=utf-8", russian, "windows-1251"},
		{"WrongLatinDeclared", cp1251, "text/plain; charset=iso-8859-1", russian, "windows-1251"},
		{"WrongLegacyDeclaredOverUTF8", []byte(russian), "text/plain; charset=windows-1251", russian, "utf-8"},
		{"UnknownLabel", cp1251, "text/plain; charset=x-nonsense", russian, "windows-1251"},
		{"BrokenHeader", cp1251, "text/html; charset=windows-1251;;", russian, "windows-1251"},
		{"MetaCharset", append([]byte(`<html><head><meta charset="windows-1251"></head><body>`), cp1251...), "", `<html><head><meta charset="windows-1251"></head><body>` + russian, "windows-1251"},
		{"MetaHTTPEquiv", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>`), MustEncode(t, charmap.KOI8R, russian)...), "", `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>` + russian, "koi8-r"},
		{"HeaderBeatsMeta", append([]byte(`<meta charset="koi8-r"><p>`), cp1251...), "text/html; charset=windows-1251", `<meta charset="koi8-r"><p>` + russian, "windows-1251"},
		{"XMLDeclaration", append([]byte(`<?xml version="1.0" encoding="windows-1251"?><rss>`), cp1251...), "", `<?xml version="1.0" encoding="windows-1251"?><rss>` + russian, "windows-1251"},
		{"MarkupAroundCyrillic", append([]byte(`<rss version="2.0"><channel><title>`), append(cp1251, []byte(`</title><link>https://primorye.example/news/index.html</link><description>`)...)...), "", `<rss version="2.0"><channel><title>` + russian + `</title><link>https://primorye.example/news/index.html</link><description>`, "windows-1251"},
		{"WrongHeaderRightXMLDeclaration", append([]byte(`<?xml version="1.0" encoding="koi8-r"?><rss>`), MustEncode(t, charmap.KOI8R, russian)...), "application/rss+xml; charset=utf-8", `<?xml version="1.0" encoding="koi8-r"?><rss>` + russian, "koi8-r"},
		{"InvalidBytesInUTF8", []byte("Переговоры \xff\xfe продолжатся в понедельник утром."), "", "Переговоры \uFFFD продолжатся в понедельник утром.", "utf-8"},
		{"TruncatedRune", []byte("Переговоры\xd0"), "text/plain; charset=utf-8", "Переговоры\uFFFD", "utf-8"},
		{"CRLF", []byte("one\r\ntwo\rthree\n"), "", "one\ntwo\nthree\n", "utf-8"},
		{"Controls", []byte("a\x00b\x07c\td\x1be\x7ff"), "", "abc\tdef", "utf-8"},
		{"Empty", nil, "", "", "utf-8"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, name, err := charset.Decode(tt.data, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("text=%q, want %q", got, tt.want)
			}
			if name != tt.wantName {
				t.Errorf("name=%q, want %q", name, tt.wantName)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	cp1251 := MustEncode(t, charmap.Windows1251, russian)
	for _, tt := range []struct {
		name  string
		data  []byte
		label string
		want  string
	}{
		{"UTF8OK", []byte(russian), "UTF-8", "utf-8"},
		{"UTF8OverWindows1251", cp1251, "utf-8", "windows-1251"},
		{"UTF8OverKOI8R", MustEncode(t, charmap.KOI8R, russian), "utf8", "koi8-r"},
		{"Windows1251OK", cp1251, "cp1251", "windows-1251"},
		{"LatinOverCyrillic", cp1251, "latin1", "windows-1251"},
		{"LatinOK", MustEncode(t, charmap.Windows1252, french), "iso-8859-1", "windows-1252"},
		{"ASCIIKeepsLabel", []byte("plain words"), "koi8-r", "koi8-r"},
		{"Unknown", []byte(russian), "bogus", "utf-8"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := charset.Check(tt.data, tt.label); got != tt.want {
				t.Errorf("Check=%q, want %q", got, tt.want)
			}
		})
	}
}

func TestClean(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"plain\ttext\n", "plain\ttext\n"},
		{"a\r\nb\r\rc", "a\nb\n\nc"},
		{"x\x00y\u0085z\ufeff", "xyz"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
	} {
		if got := charset.Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q)=%q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDecode_Garbage(t *testing.T) {
	data := make([]byte, 4096)
	x := uint32(2463534242)
	for i := range data {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		data[i] = byte(x)
	}
	got, _, err := charset.Decode(data, "")
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(got) {
		t.Fatal("text is not valid UTF-8")
	}
	if strings.ContainsAny(got, "\x00\r") {
		t.Fatal("text keeps NUL or CR")
	}
}
