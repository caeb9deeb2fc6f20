package feed_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/feed"
	"github.com/parleyhq/parley/internal/parleytest"
)

// MustParse parses a feed that must give no errors and checks every
// document's invariants.
func MustParse(tb testing.TB, data string, opt feed.Options) []*parley.Document {
	tb.Helper()
	docs, errs := feed.Parse([]byte(data), opt)
	if len(errs) > 0 {
		tb.Fatalf("errors: %v", errs)
	}
	for _, d := range docs {
		parleytest.MustValid(tb, d)
	}
	return docs
}

func rss(items string) string {
	return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour &amp; Coast</title><link>https://harbour.example/</link><language>en-us</language>` + items + `</channel></rss>`
}

func TestParse_Item(t *testing.T) {
	utc := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	for _, tt := range []struct {
		name      string
		item      string
		opt       feed.Options
		title     string
		url       string
		authors   []string
		published time.Time
		from      string
		text      string
		paras     []parley.Span
	}{
		{
			name:      "Description",
			item:      `<item><title>Ferry</title><link>https://harbour.example/1</link><pubDate>Mon, 03 Mar 2025 07:00:00 GMT</pubDate><description>Ferries run again.</description></item>`,
			title:     "Ferry",
			url:       "https://harbour.example/1",
			published: utc(2025, 3, 3, 7),
			from:      parley.DateFromFeed,
			text:      "Ferries run again.",
			paras:     []parley.Span{{Start: 0, End: 18}},
		},
		{
			name:    "ContentEncodedBeatsDescription",
			item:    `<item><title>Ferry</title><description>Short.</description><content:encoded><![CDATA[<p>Long one.</p><p>Two.</p>]]></content:encoded><dc:creator>Ana Lima</dc:creator></item>`,
			title:   "Ferry",
			authors: []string{"Ana Lima"},
			text:    "Long one.\n\nTwo.",
			paras:   []parley.Span{{Start: 0, End: 9}, {Start: 11, End: 15}},
		},
		{
			name:  "EscapedHTMLDescription",
			item:  `<item><title>A &amp;amp; B</title><description>&lt;p&gt;One &amp;amp; two&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>`,
			title: "A & B",
			text:  "One & two",
			paras: []parley.Span{{Start: 0, End: 9}},
		},
		{
			name:  "RelativeLink",
			item:  `<item><title>T</title><link>/news/2</link><description>Text.</description></item>`,
			title: "T",
			url:   "https://harbour.example/news/2",
			text:  "Text.",
			paras: []parley.Span{{Start: 0, End: 5}},
		},
		{
			name:  "GUIDLink",
			item:  `<item><title>T</title><guid>https://harbour.example/g/3</guid><description>Text.</description></item>`,
			title: "T",
			url:   "https://harbour.example/g/3",
			text:  "Text.",
			paras: []parley.Span{{Start: 0, End: 5}},
		},
		{
			name:  "TitleOnly",
			item:  `<item><title>Port closed by storm</title></item>`,
			title: "Port closed by storm",
			text:  "Port closed by storm",
			paras: []parley.Span{{Start: 0, End: 20}},
		},
		{
			name:      "DatelineWithFallbackYear",
			item:      `<item><title>T</title><description>ATHENS, Greece, May 14 (Wire) - Fire contained.</description></item>`,
			opt:       feed.Options{Published: utc(2025, 5, 20, 0)},
			title:     "T",
			published: utc(2025, 5, 14, 0),
			from:      parley.DateFromDateline,
			text:      "ATHENS, Greece, May 14 (Wire) - Fire contained.",
			paras:     []parley.Span{{Start: 0, End: 47}},
		},
		{
			name:      "Fallback",
			item:      `<item><title>T</title><description>Text.</description></item>`,
			opt:       feed.Options{Published: utc(2025, 5, 20, 0)},
			title:     "T",
			published: utc(2025, 5, 20, 0),
			from:      parley.DateFromUser,
			text:      "Text.",
			paras:     []parley.Span{{Start: 0, End: 5}},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			docs := MustParse(t, rss(tt.item), tt.opt)
			if len(docs) != 1 {
				t.Fatalf("%d documents, want 1", len(docs))
			}
			d := docs[0]
			if d.Title != tt.title || d.URL != tt.url || d.Text != tt.text {
				t.Errorf("Title=%q URL=%q Text=%q, want %q %q %q", d.Title, d.URL, d.Text, tt.title, tt.url, tt.text)
			}
			if !reflect.DeepEqual(d.Authors, tt.authors) {
				t.Errorf("Authors=%q, want %q", d.Authors, tt.authors)
			}
			if !d.Published.Equal(tt.published) || d.PublishedFrom != tt.from {
				t.Errorf("Published=%v from %q, want %v from %q", d.Published, d.PublishedFrom, tt.published, tt.from)
			}
			if !reflect.DeepEqual(d.Paragraphs, tt.paras) {
				t.Errorf("Paragraphs=%v, want %v", d.Paragraphs, tt.paras)
			}
			if d.Source != "Harbour & Coast" || d.Language != "en" || d.Format != "feed" || d.ID != parley.ContentID(d.Text) {
				t.Errorf("Source=%q Language=%q Format=%q ID=%q", d.Source, d.Language, d.Format, d.ID)
			}
		})
	}
}

func TestParse_BrokenItems(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "broken-item.xml"))
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := feed.Parse(data, feed.Options{Name: "broken.xml"})
	var titles []string
	for _, d := range docs {
		parleytest.MustValid(t, d)
		titles = append(titles, d.Title)
	}
	if want := []string{"Ferry timetable changes", "Harbour dredging starts"}; !reflect.DeepEqual(titles, want) {
		t.Errorf("titles=%q, want %q", titles, want)
	}
	var msgs []string
	for _, err := range errs {
		var ie *parley.InputError
		if !errors.As(err, &ie) {
			t.Errorf("error %v is not an *parley.InputError", err)
		}
		msgs = append(msgs, err.Error())
	}
	want := []string{
		"broken.xml:12:1: item 2: malformed XML: unexpected EOF in CDATA section",
		"broken.xml:16:1: item 3: item has no title and no text",
	}
	if !reflect.DeepEqual(msgs, want) {
		t.Errorf("errors=%q, want %q", msgs, want)
	}
}

func TestParse_EmptyItemPosition(t *testing.T) {
	_, errs := feed.Parse([]byte(rss("\n<item><title>A</title></item>\n<item></item>")), feed.Options{Name: "f.xml"})
	if len(errs) != 1 || errs[0].Error() != "f.xml:4:1: item 2: item has no title and no text" {
		t.Errorf("errors=%v", errs)
	}
}

func TestParse_Errors(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   string
		opt  feed.Options
		code string
	}{
		{"Empty", "", feed.Options{}, parley.EINVALID},
		{"NotAFeed", "<html><body><p>Hello</p></body></html>", feed.Options{}, parley.EINVALID},
		{"Text", "Just some words.", feed.Options{}, parley.EINVALID},
		{"TooLarge", rss(""), feed.Options{MaxBytes: 10}, parley.ETOOLARGE},
	} {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := feed.Parse([]byte(tt.in), tt.opt)
			if len(docs) != 0 || len(errs) != 1 {
				t.Fatalf("got %d documents and errors %v, want one error", len(docs), errs)
			}
			if got := parley.ErrorCode(errs[0]); got != tt.code {
				t.Errorf("code=%q (%v), want %q", got, errs[0], tt.code)
			}
		})
	}
}

// bigFeed returns an RSS feed of n generated items.
func bigFeed(n int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>`)
	for i := range n {
		fmt.Fprintf(&b, "\n<item><title>Report %d</title><link>https://wire.example/r/%d</link><pubDate>Mon, 03 Mar 2025 07:%02d:00 GMT</pubDate>"+
			"<description>&lt;p&gt;Officials said on Monday that %d people had been moved from the flood zone.&lt;/p&gt;&lt;p&gt;More rain is expected.&lt;/p&gt;</description></item>", i, i, i%60, i)
	}
	b.WriteString("\n</channel></rss>\n")
	return []byte(b.String())
}

func TestParse_TenThousandItems(t *testing.T) {
	data := bigFeed(10000)
	start := time.Now()
	docs, errs := feed.Parse(data, feed.Options{Name: "big.xml"})
	t.Logf("%d items, %d bytes in %v", len(docs), len(data), time.Since(start))
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs[:min(3, len(errs))])
	}
	if len(docs) != 10000 {
		t.Fatalf("%d documents, want 10000", len(docs))
	}
	for _, i := range []int{0, 4999, 9999} {
		d := docs[i]
		parleytest.MustValid(t, d)
		if d.Title != fmt.Sprintf("Report %d", i) || len(d.Paragraphs) != 2 {
			t.Errorf("docs[%d]: Title=%q, %d paragraphs", i, d.Title, len(d.Paragraphs))
		}
	}
	_, errs = feed.Parse(data, feed.Options{Name: "big.xml", MaxBytes: int64(len(data) - 1)})
	if len(errs) != 1 || parley.ErrorCode(errs[0]) != parley.ETOOLARGE {
		t.Errorf("with a smaller limit: errors %v, want one ETOOLARGE", errs)
	}
}

func TestParse_TenThousandItemsOneBroken(t *testing.T) {
	data := strings.Replace(string(bigFeed(10000)), "<title>Report 500</title>", "<title>Report <500</title>", 1)
	docs, errs := feed.Parse([]byte(data), feed.Options{Name: "big.xml"})
	if len(docs) < 9999 || len(errs) > 1 {
		t.Fatalf("%d documents, errors %v; want 9999 or more and at most one", len(docs), errs)
	}
}

func TestParse_Charset(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "cp1251.xml"))
	if err != nil {
		t.Fatal(err)
	}
	// The header wrongly says UTF-8; the XML declaration and the bytes say
	// Windows-1251.
	docs, errs := feed.Parse(data, feed.Options{ContentType: "application/rss+xml; charset=utf-8"})
	if len(errs) != 0 || len(docs) != 2 {
		t.Fatalf("%d documents, errors %v", len(docs), errs)
	}
	if docs[0].Title != "В Приморье эвакуировали жителей трёх сёл" || docs[0].Charset != "windows-1251" || docs[0].Source != "Новости Приморья" {
		t.Errorf("Title=%q Charset=%q Source=%q", docs[0].Title, docs[0].Charset, docs[0].Source)
	}
}

func TestParse_Binary(t *testing.T) {
	garbage := make([]byte, 8192)
	x := uint32(7)
	for i := range garbage {
		x = x*1103515245 + 12345
		garbage[i] = byte(x >> 16)
	}
	docs, errs := feed.Parse(garbage, feed.Options{})
	if len(docs) != 0 || len(errs) != 1 || parley.ErrorCode(errs[0]) != parley.EINVALID {
		t.Errorf("%d documents, errors %v; want one EINVALID", len(docs), errs)
	}
}

func TestSniff(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{`<?xml version="1.0"?><rss version="2.0">`, true},
		{"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- c -->\n<?xml-stylesheet href=\"s.xsl\"?>\n<rss>", true},
		{`<feed xmlns="http://www.w3.org/2005/Atom">`, true},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, true},
		{`{"version": "https://jsonfeed.org/version/1.1", "items": []}`, true},
		{`{"id": 1, "text": "a JSONL record"}`, false},
		{`<!DOCTYPE html><html>`, false},
		{`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, false},
		{"Plain text.", false},
		{"", false},
	} {
		if got := feed.Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q)=%v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParse_HugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 100 MB")
	}
	data := []byte(strings.Repeat("a", 100<<20))
	_, errs := feed.Parse(data, feed.Options{Name: "huge.xml"})
	if len(errs) != 1 || parley.ErrorCode(errs[0]) != parley.ETOOLARGE {
		t.Fatalf("errors %v, want one ETOOLARGE", errs)
	}
	if msg := parley.ErrorMessage(errs[0]); msg != "feed huge.xml is 104857600 bytes, more than the limit of 20971520 bytes" {
		t.Errorf("message=%q", msg)
	}
}
