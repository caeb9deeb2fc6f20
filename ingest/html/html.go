package html

import (
	"log/slog"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/charset"
	"github.com/parleyhq/parley/ingest/htmltext"
	"github.com/parleyhq/parley/ingest/text"
)

// Name is the package name and the Format of the documents it builds.
const Name = "html"

// DefaultMaxBytes is the size limit when Options.MaxBytes is zero.
const DefaultMaxBytes = 20 << 20

// Readability limits. Pages with more elements skip readability and use the
// fallback extraction; readability output shorter than minReadable bytes,
// and shorter than half the fallback text, is taken as a failure.
// Pages whose fallback text is shorter than minReadabilityInput skip
// readability too: below its own threshold of 500 characters it retries
// with ever looser rules, which costs several passes over the page and
// cannot find more text than the fallback already has.
const (
	maxReadabilityElems = 50000
	minReadable         = 200
	minReadabilityInput = 500
)

// Options tell Parse what is known about a page besides its bytes.
type Options struct {
	// Limits.
	MaxBytes int64 // largest input accepted; 0 means DefaultMaxBytes

	// What the input is.
	Name        string // file name, URL or "-", for errors and Document.Input
	ContentType string // HTTP Content-Type header, "" when none
	URL         string // address the page was fetched from, "" when unknown
	ID          string // document ID; "" means parley.ContentID of the text

	// Fallback publication time, used when the page gives none.
	Published     time.Time
	PublishedFrom string // where Published came from; "" means parley.DateFromUser
}

// Parse builds a Document from the bytes of a web page.
//
// It returns an ETOOLARGE error when data is larger than the limit and an
// EINVALID error when the input is empty, binary, or has no text.
func Parse(data []byte, opt Options) (*parley.Document, error) {
	name := opt.Name
	if name == "" {
		name = "-"
	}
	limit := opt.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if int64(len(data)) > limit {
		return nil, parley.Errorf(parley.ETOOLARGE, "input %s is %d bytes, more than the limit of %d bytes", name, len(data), limit)
	}
	if text.Binary(data) {
		return nil, parley.Errorf(parley.EINVALID, "input %s is binary data, not HTML", name)
	}
	src, cs, err := charset.Decode(data, opt.ContentType)
	if err != nil {
		return nil, parley.Errorf(parley.EINVALID, "input %s: %v", name, err)
	}
	if strings.TrimSpace(src) == "" {
		return nil, parley.Errorf(parley.EINVALID, "input %s has no text", name)
	}
	base, _ := url.Parse(opt.URL)
	doc := &parley.Document{ID: opt.ID, Input: opt.Name, Format: Name, Charset: cs}

	root, err := html.Parse(strings.NewReader(src))
	var m meta
	if err != nil {
		// The parser rejects pages nested deeper than it allows; read the
		// tokens for text and give up on metadata.
		doc.Text, doc.Paragraphs = htmltext.ExtractTokens(src)
	} else {
		m = readMeta(root, base)
		doc.Text, doc.Paragraphs = extract(root, base, &m)
	}
	if strings.TrimSpace(doc.Text) == "" {
		return nil, parley.Errorf(parley.EINVALID, "input %s: no article text found", name)
	}
	if doc.ID == "" {
		doc.ID = parley.ContentID(doc.Text)
	}
	doc.Title = m.title()
	doc.URL = m.url(opt.URL)
	doc.Authors = m.authors()
	doc.Source = m.source()
	doc.Language = m.language()
	doc.Published, doc.PublishedFrom = m.published, m.publishedFrom
	if doc.Published.IsZero() {
		if t, _, ok := text.FindDateline(doc.Text, doc.Paragraphs, opt.Published); ok {
			doc.Published, doc.PublishedFrom = t, parley.DateFromDateline
		} else if !opt.Published.IsZero() {
			doc.Published, doc.PublishedFrom = opt.Published, opt.PublishedFrom
			if doc.PublishedFrom == "" {
				doc.PublishedFrom = parley.DateFromUser
			}
		}
	}
	return doc, nil
}

// extract returns the main text of the page and its paragraphs, from
// readability when it finds enough and from the fallback container
// otherwise. It records readability's metadata in m as a fallback.
func extract(root *html.Node, base *url.URL, m *meta) (string, []parley.Span) {
	// The fallback runs first: readability rewrites the tree.
	ftext, fparas := htmltext.Extract(container(root))
	if textLen(root) < minReadabilityInput || countElements(root, maxReadabilityElems) > maxReadabilityElems {
		return ftext, fparas
	}
	article, ok := readable(root, base)
	if !ok {
		return ftext, fparas
	}
	m.readTitle, m.readByline, m.readSite, m.readLang = article.Title(), article.Byline(), article.SiteName(), article.Language()
	rtext, rparas := htmltext.Extract(article.Node)
	if len(rtext) < minReadable && 2*len(rtext) < len(ftext) {
		return ftext, fparas
	}
	return rtext, rparas
}

// readable runs readability over the tree at root, which it rewrites. It
// reports false when readability fails, finds nothing, or panics: a fault in
// the library must not take the caller down with it.
func readable(root *html.Node, base *url.URL) (article readability.Article, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	p := readability.NewParser()
	// A discarding handler makes the library's debug logging free.
	p.Logger = slog.New(slog.DiscardHandler)
	article, err := p.ParseAndMutate(root, base)
	return article, err == nil && article.Node != nil
}

// container returns the element whose text is the fallback article text:
// the <article> with the most text, else <main>, else <body>, else root.
// An <article> or <main> that holds less than a quarter of the page's text
// is a teaser or a widget, not the story, and is passed over.
func container(root *html.Node) *html.Node {
	var article, main, body *html.Node
	best := -1
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.Data {
		case "article":
			if l := textLen(n); l > best {
				article, best = n, l
			}
			return false
		case "main":
			if main == nil {
				main = n
			}
		case "body":
			body = n
		case "script", "style", "template":
			return false
		}
		return true
	})
	total := textLen(root)
	switch {
	case article != nil && best > 0 && 4*best >= total:
		return article
	case main != nil && 4*textLen(main) >= total:
		return main
	case body != nil:
		return body
	}
	return root
}

// textLen returns the number of bytes of text under n.
func textLen(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			total += len(strings.TrimSpace(c.Data))
		}
		return c.Type != html.ElementNode || (c.Data != "script" && c.Data != "style")
	})
	return total
}

// countElements counts the elements under root, stopping after limit+1.
func countElements(root *html.Node, limit int) int {
	n := 0
	walk(root, func(c *html.Node) bool {
		if c.Type == html.ElementNode {
			n++
		}
		return n <= limit
	})
	return n
}

// walk calls visit for every node under root in document order, without
// recursion; when visit returns false the node's children are skipped.
func walk(root *html.Node, visit func(*html.Node) bool) {
	n := root
	for n != nil {
		if visit(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}
