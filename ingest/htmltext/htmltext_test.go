package htmltext_test

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/htmltext"
)

func TestExtractString(t *testing.T) {
	for _, tt := range []struct {
		name  string
		in    string
		want  string
		spans []parley.Span
	}{
		{"Empty", "", "", nil},
		{"PlainText", "  Talks   resume\n on Monday. ", "Talks resume on Monday.", []parley.Span{{Start: 0, End: 23}}},
		{"Paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo.", []parley.Span{{Start: 0, End: 4}, {Start: 6, End: 10}}},
		{"Inline", "<p>The <b>mayor</b> <a href='#'>said</a>.</p>", "The mayor said.", []parley.Span{{Start: 0, End: 15}}},
		{"InlineNoSpace", "<p>re<i>open</i>ed</p>", "reopened", []parley.Span{{Start: 0, End: 8}}},
		{"Br", "First line<br>Second line<br/><br>Third", "First line\n\nSecond line\n\nThird", []parley.Span{{Start: 0, End: 10}, {Start: 12, End: 23}, {Start: 25, End: 30}}},
		{"Headings", "<h1>Title</h1><h2>Sub</h2>Body", "Title\n\nSub\n\nBody", []parley.Span{{Start: 0, End: 5}, {Start: 7, End: 10}, {Start: 12, End: 16}}},
		{"List", "<ul><li>one</li><li>two <b>2</b></li></ul>", "one\n\ntwo 2", []parley.Span{{Start: 0, End: 3}, {Start: 5, End: 10}}},
		{"Blockquote", "He said:<blockquote>We will go.</blockquote>Then left.", "He said:\n\nWe will go.\n\nThen left.", []parley.Span{{Start: 0, End: 8}, {Start: 10, End: 21}, {Start: 23, End: 33}}},
		{"NestedDivs", "<div><div>a</div>b<div>c</div></div>", "a\n\nb\n\nc", []parley.Span{{Start: 0, End: 1}, {Start: 3, End: 4}, {Start: 6, End: 7}}},
		{"Entities", "<p>Rock &amp; roll &mdash; &quot;yes&quot;&nbsp;now &#8364;5</p>", "Rock & roll — \"yes\" now €5", []parley.Span{{Start: 0, End: 30}}},
		{"Dropped", "<p>Keep</p><script>var x=1;</script><style>p{}</style><nav>Home</nav><aside>Ad</aside><footer>(c)</footer><form>Search</form><p>This</p>", "Keep\n\nThis", []parley.Span{{Start: 0, End: 4}, {Start: 6, End: 10}}},
		{"Hidden", "<p>a</p><p hidden>b</p><p aria-hidden=true>c</p><p style='display: none'>d</p><p>e</p>", "a\n\ne", []parley.Span{{Start: 0, End: 1}, {Start: 3, End: 4}}},
		{"Table", "<table><tr><td>Kyiv</td><td>12</td></tr><tr><th>Lviv</th><td>3</td></tr></table>", "Kyiv 12\n\nLviv 3", []parley.Span{{Start: 0, End: 7}, {Start: 9, End: 15}}},
		{"Pre", "<pre>line one\n  line two\n\nline three</pre>", "line one\n\nline two\n\nline three", []parley.Span{{Start: 0, End: 8}, {Start: 10, End: 18}, {Start: 20, End: 30}}},
		{"Invisible", "<p>soft\u00adhyphen zero\u200bwidth\x01</p>", "softhyphen zerowidth", []parley.Span{{Start: 0, End: 20}}},
		{"Cyrillic", "<p>Москва, 17 мая.</p><p>Переговоры.</p>", "Москва, 17 мая.\n\nПереговоры.", []parley.Span{{Start: 0, End: 24}, {Start: 26, End: 47}}},
		{"Truncated", "<p>Talks resume <b>on Mon", "Talks resume on Mon", []parley.Span{{Start: 0, End: 19}}},
		{"Comment", "<p>a<!-- hidden -->b</p>", "ab", []parley.Span{{Start: 0, End: 2}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, spans := htmltext.ExtractString(tt.in)
			if got != tt.want {
				t.Errorf("text=%q, want %q", got, tt.want)
			}
			if !reflect.DeepEqual(spans, tt.spans) {
				t.Errorf("spans=%v, want %v", spans, tt.spans)
			}
		})
	}
}

func TestExtract_Document(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<html><head><title>T</title></head><body><nav>menu</nav><article><h1>Head</h1><p>Body.</p></article></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	got, spans := htmltext.Extract(doc)
	if want := "Head\n\nBody."; got != want {
		t.Errorf("text=%q, want %q", got, want)
	}
	if want := []parley.Span{{Start: 0, End: 4}, {Start: 6, End: 11}}; !reflect.DeepEqual(spans, want) {
		t.Errorf("spans=%v, want %v", spans, want)
	}
	if got, spans := htmltext.Extract(nil); got != "" || spans != nil {
		t.Errorf("Extract(nil)=%q %v, want empty", got, spans)
	}
}

func TestExtract_Deep(t *testing.T) {
	const depth = 100000
	s := strings.Repeat("<div>", depth) + "deep" + strings.Repeat("</div>", depth)
	got, spans := htmltext.ExtractString(s)
	if got != "deep" || len(spans) != 1 {
		if len(got) > 100 {
			got = got[:100]
		}
		t.Errorf("text=%q spans=%v, want \"deep\" in one paragraph", got, spans)
	}
}

func TestExtractTokens(t *testing.T) {
	got, spans := htmltext.ExtractTokens("<head><title>x</title></head><p>One <b>two</b></p><script>x()</script><nav><p>menu</p></nav><li>three<br>four")
	if want := "One two\n\nthree\n\nfour"; got != want {
		t.Errorf("text=%q, want %q", got, want)
	}
	if want := []parley.Span{{Start: 0, End: 7}, {Start: 9, End: 14}, {Start: 16, End: 20}}; !reflect.DeepEqual(spans, want) {
		t.Errorf("spans=%v, want %v", spans, want)
	}
}
