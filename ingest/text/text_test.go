package text_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/text"
	"github.com/parleyhq/parley/internal/parleytest"
)

func TestParse(t *testing.T) {
	pub := time.Date(2025, 5, 18, 9, 30, 0, 0, time.UTC)
	for _, tt := range []struct {
		name      string
		in        string
		opt       text.Options
		title     string
		published time.Time
		from      string
		paras     []parley.Span
	}{
		{
			name:  "Lines",
			in:    "One line.\nTwo line.\n",
			paras: []parley.Span{{Start: 0, End: 9}, {Start: 10, End: 19}},
		},
		{
			name:  "BlankLines",
			in:    "  First para\nwraps here.\n\n\n  Second.  \n",
			paras: []parley.Span{{Start: 2, End: 24}, {Start: 29, End: 36}},
		},
		{
			name:  "Title",
			in:    "Talks resume in Istanbul\n\nDelegations met on Friday.\n",
			title: "Talks resume in Istanbul",
			paras: []parley.Span{{Start: 0, End: 24}, {Start: 26, End: 52}},
		},
		{
			name:  "NoTitleWithFullStop",
			in:    "Talks resumed.\n\nDelegations met on Friday.\n",
			paras: []parley.Span{{Start: 0, End: 14}, {Start: 16, End: 42}},
		},
		{
			name:  "NoTitleWithoutBlankLine",
			in:    "Talks resume in Istanbul\nDelegations met on Friday.\n",
			paras: []parley.Span{{Start: 0, End: 24}, {Start: 25, End: 51}},
		},
		{
			name:      "DatelineWithYear",
			in:        "KYIV, Ukraine, May 17, 2025 (Reuters) - Talks went on.",
			published: time.Date(2025, 5, 17, 0, 0, 0, 0, time.UTC),
			from:      parley.DateFromDateline,
			paras:     []parley.Span{{Start: 0, End: 54}},
		},
		{
			name:  "DatelineWithoutYearNoFallback",
			in:    "KYIV, Ukraine, May 17 (Reuters) - Talks went on.",
			paras: []parley.Span{{Start: 0, End: 48}},
		},
		{
			name:      "DatelineWithoutYearFallback",
			in:        "KYIV, Ukraine, May 17 (Reuters) - Talks went on.",
			opt:       text.Options{Published: pub},
			published: time.Date(2025, 5, 17, 0, 0, 0, 0, time.UTC),
			from:      parley.DateFromDateline,
			paras:     []parley.Span{{Start: 0, End: 48}},
		},
		{
			name:      "FallbackOnly",
			in:        "WASHINGTON (AP) — Talks went on.",
			opt:       text.Options{Published: pub, PublishedFrom: parley.DateFromHeader},
			published: pub,
			from:      parley.DateFromHeader,
			paras:     []parley.Span{{Start: 0, End: 34}},
		},
		{
			name:      "FallbackUser",
			in:        "Talks went on.",
			opt:       text.Options{Published: pub},
			published: pub,
			from:      parley.DateFromUser,
			paras:     []parley.Span{{Start: 0, End: 14}},
		},
		{
			name:      "Russian",
			in:        "МОСКВА, 17 мая. /ТАСС/. Переговоры продолжатся.",
			opt:       text.Options{Published: pub},
			published: time.Date(2025, 5, 17, 0, 0, 0, 0, time.UTC),
			from:      parley.DateFromDateline,
			paras:     []parley.Span{{Start: 0, End: 81}},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := text.Parse([]byte(tt.in), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			parleytest.MustValid(t, doc)
			if doc.Title != tt.title {
				t.Errorf("Title=%q, want %q", doc.Title, tt.title)
			}
			if !doc.Published.Equal(tt.published) {
				t.Errorf("Published=%v, want %v", doc.Published, tt.published)
			}
			if doc.PublishedFrom != tt.from {
				t.Errorf("PublishedFrom=%q, want %q", doc.PublishedFrom, tt.from)
			}
			if !reflect.DeepEqual(doc.Paragraphs, tt.paras) {
				t.Errorf("Paragraphs=%v, want %v", doc.Paragraphs, tt.paras)
			}
			if doc.ID != parley.ContentID(tt.in) || doc.Format != "text" || doc.Charset != "utf-8" {
				t.Errorf("ID=%q Format=%q Charset=%q", doc.ID, doc.Format, doc.Charset)
			}
		})
	}
}

func TestParse_ID(t *testing.T) {
	doc, err := text.Parse([]byte("Some text."), text.Options{ID: "given"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "given" {
		t.Errorf("ID=%q, want %q", doc.ID, "given")
	}
}

func TestParse_Errors(t *testing.T) {
	garbage := make([]byte, 4096)
	x := uint32(88172645)
	for i := range garbage {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		garbage[i] = byte(x)
	}
	for _, tt := range []struct {
		name string
		in   []byte
		opt  text.Options
		code string
		msg  string
	}{
		{"Empty", nil, text.Options{Name: "a.txt"}, parley.EINVALID, "input a.txt has no text"},
		{"WhiteSpace", []byte(" \n\t\r\n"), text.Options{}, parley.EINVALID, "input - has no text"},
		{"Controls", []byte("\x00\x00\x00"), text.Options{Name: "nul.txt"}, parley.EINVALID, "input nul.txt is binary data, not text"},
		{"Binary", garbage, text.Options{Name: "x.bin"}, parley.EINVALID, "input x.bin is binary data, not text"},
		{"TooLarge", []byte("0123456789"), text.Options{Name: "big.txt", MaxBytes: 8}, parley.ETOOLARGE, "input big.txt is 10 bytes, more than the limit of 8 bytes"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := text.Parse(tt.in, tt.opt)
			if err == nil {
				t.Fatalf("Parse=%v, want an error", doc)
			}
			if got := parley.ErrorCode(err); got != tt.code {
				t.Errorf("code=%q, want %q", got, tt.code)
			}
			if got := parley.ErrorMessage(err); got != tt.msg {
				t.Errorf("message=%q, want %q", got, tt.msg)
			}
		})
	}
}

func TestParse_HugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 100 MB")
	}
	data := []byte(strings.Repeat("a", 100<<20))
	_, err := text.Parse(data, text.Options{Name: "huge.txt"})
	if got := parley.ErrorCode(err); got != parley.ETOOLARGE {
		t.Fatalf("code=%q (%v), want %q", got, err, parley.ETOOLARGE)
	}
}

func TestTitle(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Headline here\n\nBody.", "Headline here"},
		{"\n\n  Headline   here  \n \nBody.", "Headline here"},
		{"Headline: with colon inside\n\nBody.", "Headline: with colon inside"},
		{"He said “no”\n\nBody.", "He said “no”"},
		{"Ends with stop.\n\nBody.", ""},
		{"Ends with colon:\n\nBody.", ""},
		{"Asks a question?\n\nBody.", ""},
		{"No blank line\nBody.", ""},
		{"Nothing after\n\n", ""},
		{"Only one line", ""},
		{strings.Repeat("word ", 25) + "\n\nBody.", ""},
	} {
		if got := text.Title(tt.in); got != tt.want {
			t.Errorf("Title(%q)=%q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateline(t *testing.T) {
	fb := time.Date(2025, 1, 3, 12, 0, 0, 0, time.UTC)
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	for _, tt := range []struct {
		in       string
		fallback time.Time
		want     time.Time
		n        int
	}{
		{"KYIV, Ukraine, May 17, 2025 (Reuters) - Talks", time.Time{}, d(2025, 5, 17), 39},
		{"KYIV, Ukraine, May 17 (Reuters) - Talks", time.Time{}, time.Time{}, 0},
		{"KYIV, Ukraine, May 17 (Reuters) - Talks", fb, d(2024, 5, 17), 33},
		{"GENEVA, Jan. 2 (Wire) — Talks", fb, d(2025, 1, 2), 25},
		{"NEW YORK, Dec. 30 — Talks", fb, d(2024, 12, 30), 21},
		{"LONDON, 17 May 2025 - Talks", time.Time{}, d(2025, 5, 17), 21},
		{"Sept. 3, 2024 — Talks", time.Time{}, d(2024, 9, 3), 17},
		{"2024-11-05: Talks", time.Time{}, d(2024, 11, 5), 11},
		{"МОСКВА, 17 мая 2025 г. /ТАСС/. Переговоры", time.Time{}, d(2025, 5, 17), 45},
		{"КИЇВ, 17 травня 2025 р. – Переговори", time.Time{}, d(2025, 5, 17), 38},
		{"WASHINGTON (AP) — Talks", fb, time.Time{}, 0},
		{"KYIV, Ukraine, Feb 30, 2025 - Talks", time.Time{}, time.Time{}, 0},
		{"The talks began on May 17, 2025 - again", time.Time{}, time.Time{}, 0},
		{"May 17 2025 was the day", time.Time{}, time.Time{}, 0},
	} {
		got, n, ok := text.Dateline(tt.in, tt.fallback)
		if !got.Equal(tt.want) || n != tt.n || ok != !tt.want.IsZero() {
			t.Errorf("Dateline(%q)=%v %d %v, want %v %d", tt.in, got, n, ok, tt.want, tt.n)
		}
	}
}

func TestParse_TitleThenLines(t *testing.T) {
	in := "Headline here\n\nFirst line.\nSecond line.\n"
	doc, err := text.Parse([]byte(in), text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []parley.Span{{Start: 0, End: 13}, {Start: 15, End: 26}, {Start: 27, End: 39}}
	if !reflect.DeepEqual(doc.Paragraphs, want) {
		t.Errorf("Paragraphs=%v, want %v", doc.Paragraphs, want)
	}
}
