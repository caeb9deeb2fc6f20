package html_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/html"
	"github.com/parleyhq/parley/internal/parleytest"
)

// body is enough article text for readability to accept a page.
const body = `<p>Dock workers at the country's largest container port returned to work on Friday after their union accepted a pay offer, ending a three-day strike.</p>
<p>The union said members had voted by a large majority for a deal that raises wages by 6 percent this year and a further 4 percent next year.</p>`

// MustParse parses page and checks the document's invariants.
func MustParse(tb testing.TB, page string, opt html.Options) *parley.Document {
	tb.Helper()
	doc, err := html.Parse([]byte(page), opt)
	if err != nil {
		tb.Fatal(err)
	}
	parleytest.MustValid(tb, doc)
	return doc
}

func TestParse_Metadata(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	for _, tt := range []struct {
		name      string
		head      string
		opt       html.Options
		title     string
		url       string
		authors   []string
		source    string
		lang      string
		published time.Time
		from      string
	}{
		{
			name:  "TitleTag",
			head:  `<title>Strike ends</title>`,
			title: "Strike ends",
		},
		{
			name:   "TitleSiteSuffix",
			head:   `<title>Strike ends | Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			title:  "Strike ends",
			source: "Harbour Times",
		},
		{
			name:  "OGTitleFirst",
			head:  `<title>Strike ends | HT</title><meta property="og:title" content="Port strike ends">`,
			title: "Port strike ends",
		},
		{
			name: "CanonicalRelative",
			head: `<link rel="canonical" href="/news/strike">`,
			opt:  html.Options{URL: "https://harbour.example/amp/strike?x=1"},
			url:  "https://harbour.example/news/strike",
		},
		{
			name: "OGURL",
			head: `<meta property="og:url" content="https://harbour.example/news/strike">`,
			opt:  html.Options{URL: "https://harbour.example/amp/strike"},
			url:  "https://harbour.example/news/strike",
		},
		{
			name: "FetchedURL",
			opt:  html.Options{URL: "https://harbour.example/amp/strike"},
			url:  "https://harbour.example/amp/strike",
		},
		{
			name:    "MetaAuthor",
			head:    `<meta name="author" content="By Sam Okafor and Ana Lima">`,
			authors: []string{"Sam Okafor", "Ana Lima"},
		},
		{
			name:  "Lang",
			head:  `<meta property="og:locale" content="pt_BR">`,
			lang:  "pt",
			title: "",
		},
		{
			name:      "ArticlePublishedTime",
			head:      `<meta property="article:published_time" content="2024-03-08T17:30:00Z">`,
			published: utc(2024, 3, 8, 17, 30),
			from:      parley.DateFromMeta,
		},
		{
			name:      "ItempropDatePublished",
			head:      `<meta itemprop="datePublished" content="2024-03-08">`,
			published: utc(2024, 3, 8, 0, 0),
			from:      parley.DateFromMeta,
		},
		{
			name:      "NamePubdate",
			head:      `<meta name="pubdate" content="20240308">`,
			published: utc(2024, 3, 8, 0, 0),
			from:      parley.DateFromMeta,
		},
		{
			name:      "DCDate",
			head:      `<meta name="DC.date.issued" content="2024-03-08T10:00">`,
			published: utc(2024, 3, 8, 10, 0),
			from:      parley.DateFromMeta,
		},
		{
			name:      "MetaBeatsJSONLD",
			head:      `<meta name="date" content="2024-03-09"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-08"}</script>`,
			published: utc(2024, 3, 9, 0, 0),
			from:      parley.DateFromMeta,
		},
		{
			name:      "JSONLD",
			head:      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Strike over","datePublished":"2024-03-08T17:30:00+01:00","author":{"@type":"Person","name":"Sam Okafor"},"publisher":{"name":"HT"}}</script>`,
			title:     "Strike over",
			authors:   []string{"Sam Okafor"},
			source:    "HT",
			published: time.Date(2024, 3, 8, 17, 30, 0, 0, time.FixedZone("", 3600)),
			from:      parley.DateFromJSONLD,
		},
		{
			name:      "JSONLDGraph",
			head:      `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2024-01-01"},{"@type":["Article","NewsArticle"],"datePublished":"2024-03-08","author":["Ana Lima",{"name":"Sam Okafor"}]}]}</script>`,
			authors:   []string{"Ana Lima", "Sam Okafor"},
			published: utc(2024, 3, 8, 0, 0),
			from:      parley.DateFromJSONLD,
		},
		{
			name:      "JSONLDArray",
			head:      `<script type="application/ld+json">[{"@type":"Organization","name":"HT"},{"@type":"ReportageNewsArticle","datePublished":"2024-03-08"}]</script>`,
			published: utc(2024, 3, 8, 0, 0),
			from:      parley.DateFromJSONLD,
		},
		{
			name: "JSONLDBroken",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-08",}</script>`,
		},
		{
			name:      "Fallback",
			opt:       html.Options{Published: utc(2025, 1, 2, 3, 4), PublishedFrom: parley.DateFromHeader},
			published: utc(2025, 1, 2, 3, 4),
			from:      parley.DateFromHeader,
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body><article>" + body + "</article></body></html>"
			doc := MustParse(t, page, tt.opt)
			if doc.Title != tt.title {
				t.Errorf("Title=%q, want %q", doc.Title, tt.title)
			}
			if doc.URL != tt.url {
				t.Errorf("URL=%q, want %q", doc.URL, tt.url)
			}
			if !reflect.DeepEqual(doc.Authors, tt.authors) {
				t.Errorf("Authors=%q, want %q", doc.Authors, tt.authors)
			}
			if doc.Source != tt.source {
				t.Errorf("Source=%q, want %q", doc.Source, tt.source)
			}
			if doc.Language != tt.lang {
				t.Errorf("Language=%q, want %q", doc.Language, tt.lang)
			}
			if !doc.Published.Equal(tt.published) || doc.PublishedFrom != tt.from {
				t.Errorf("Published=%v from %q, want %v from %q", doc.Published, doc.PublishedFrom, tt.published, tt.from)
			}
		})
	}
}

func TestParse_TimeTag(t *testing.T) {
	page := `<html lang="de-AT"><body><nav><time datetime="2020-01-01">today</time></nav><article>` + body +
		`<p><time datetime="2024-03-08T09:00:00Z">8 March</time></p></article></body></html>`
	doc := MustParse(t, page, html.Options{})
	if want := time.Date(2024, 3, 8, 9, 0, 0, 0, time.UTC); !doc.Published.Equal(want) || doc.PublishedFrom != parley.DateFromTimeTag {
		t.Errorf("Published=%v from %q, want %v from time-tag", doc.Published, doc.PublishedFrom, want)
	}
	if doc.Language != "de" {
		t.Errorf("Language=%q, want de", doc.Language)
	}
}

func TestParse_Paragraphs(t *testing.T) {
	page := `<html><body><nav>Home News</nav><article><h1>Head</h1><p>First   paragraph
	of the story, long enough.</p><p>Second &amp; last.</p></article><footer>(c)</footer></body></html>`
	doc := MustParse(t, page, html.Options{})
	var got []string
	for _, p := range doc.Paragraphs {
		got = append(got, doc.Slice(p))
	}
	want := []string{"Head", "First paragraph of the story, long enough.", "Second & last."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs=%q, want %q", got, want)
	}
	if !strings.Contains(doc.Text, "\n\n") || doc.Format != "html" {
		t.Errorf("Text=%q Format=%q", doc.Text, doc.Format)
	}
}

func TestSniff(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{"\n  <html lang=en>", true},
		{"<p>fragment</p>", true},
		{`<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><html xmlns="http://www.w3.org/1999/xhtml">`, true},
		{"\xef\xbb\xbf<html><body>", true},
		{`<?xml version="1.0"?><rss version="2.0"><channel>`, false},
		{`<feed xmlns="http://www.w3.org/2005/Atom">`, false},
		{`{"id": 1}`, false},
		{"Plain text report.", false},
		{"", false},
	} {
		if got := html.Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q)=%v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParse_BadURL(t *testing.T) {
	doc := MustParse(t, "<html><head><link rel=canonical href='/a'></head><body><article>"+body+"</article></body></html>", html.Options{URL: "http://[::1"})
	if doc.URL != "/a" {
		t.Errorf("URL=%q, want %q", doc.URL, "/a")
	}
}

func TestParse_TeaserArticle(t *testing.T) {
	// A small <article> teaser must not stand in for the story, which here
	// sits in plain divs.
	story := strings.Repeat(`<p>Dock workers at the port returned to work on Friday after their union accepted a pay offer, ending a strike.</p>`, 6)
	page := `<html><body><div class="story">` + story + `</div><article class="teaser"><p>Read also: weather</p></article></body></html>`
	doc := MustParse(t, page, html.Options{})
	if !strings.HasPrefix(doc.Text, "Dock workers") || len(doc.Paragraphs) < 6 {
		t.Errorf("Text=%.60q, %d paragraphs", doc.Text, len(doc.Paragraphs))
	}
}

func TestParse_BylineNoise(t *testing.T) {
	doc := MustParse(t, `<html><head><meta name="author" content="Lucas Nolan22 Dec 2016651"><meta name="author" content="Ana Lima"></head><body><article>`+body+`</article></body></html>`, html.Options{})
	if want := []string{"Ana Lima"}; !reflect.DeepEqual(doc.Authors, want) {
		t.Errorf("Authors=%q, want %q", doc.Authors, want)
	}
}
