package feed

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/charset"
	"github.com/parleyhq/parley/ingest/htmltext"
	"github.com/parleyhq/parley/ingest/text"
)

// Name is the package name and the Format of the documents it builds.
const Name = "feed"

// DefaultMaxBytes is the size limit of one feed when Options.MaxBytes is
// zero.
const DefaultMaxBytes = 20 << 20

// Options tell Parse what is known about a feed besides its bytes.
type Options struct {
	// Limits.
	MaxBytes int64 // largest feed accepted; 0 means DefaultMaxBytes

	// What the input is.
	Name        string // file name, URL or "-", for errors and Document.Input
	ContentType string // HTTP Content-Type header, "" when none
	URL         string // address of the feed, to resolve relative item links

	// Fallback publication time of items that carry none.
	Published     time.Time
	PublishedFrom string // where Published came from; "" means parley.DateFromUser
}

// Parse returns one Document per item of the feed in data, in feed order,
// and one error per item that could not be read. When the feed as a whole
// cannot be read (too large, not a feed) it returns no documents and one
// error: ETOOLARGE, or EINVALID.
func Parse(data []byte, opt Options) ([]*parley.Document, []error) {
	name := opt.Name
	if name == "" {
		name = "-"
	}
	limit := opt.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if int64(len(data)) > limit {
		return nil, []error{parley.Errorf(parley.ETOOLARGE, "feed %s is %d bytes, more than the limit of %d bytes", name, len(data), limit)}
	}
	src, cs, err := charset.Decode(data, opt.ContentType)
	if err != nil {
		return nil, []error{parley.Errorf(parley.EINVALID, "feed %s: %v", name, err)}
	}
	// The text is UTF-8 now; an encoding in the XML declaration would make
	// the XML decoder convert it a second time.
	src = dropXMLEncoding(src)
	if strings.TrimSpace(src) == "" {
		return nil, []error{parley.Errorf(parley.EINVALID, "feed %s is empty", name)}
	}

	r := reader{opt: opt, name: name, charset: cs, lines: parley.NewLineIndex(name, src)}
	f, err := newParser().ParseString(src)
	if err == nil {
		r.feed(f, itemOffsets(src, len(f.Items)))
		return r.docs, r.errs
	}
	if !r.recover(src) {
		return nil, []error{parley.Errorf(parley.EINVALID, "feed %s: %v", name, err)}
	}
	return r.docs, r.errs
}

func newParser() *gofeed.Parser {
	p := gofeed.NewParser()
	// The image scan parses every item's HTML a second time; parley needs
	// no images.
	p.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	return p
}

// reader turns feed items into documents and errors.
type reader struct {
	opt     Options
	name    string
	charset string
	lines   *parley.LineIndex
	docs    []*parley.Document
	errs    []error
}

// feed reads every item of f. offsets holds the byte offset of each item
// in the source, or is nil when they are unknown.
func (r *reader) feed(f *gofeed.Feed, offsets []int) {
	for i, it := range f.Items {
		off := -1
		if offsets != nil {
			off = offsets[i]
		}
		r.item(f, it, i, off)
	}
}

// item reads item number i (from 0) of f, found at byte offset off (-1 when
// unknown).
func (r *reader) item(f *gofeed.Feed, it *gofeed.Item, i, off int) {
	doc, err := r.document(f, it)
	if err != nil {
		r.fail(i, off, err)
		return
	}
	r.docs = append(r.docs, doc)
}

// fail records an error about item i at byte offset off.
func (r *reader) fail(i, off int, err error) {
	pos := parley.Position{Name: r.name}
	if off >= 0 {
		pos = r.lines.Position(off)
	}
	r.errs = append(r.errs, &parley.InputError{Pos: pos, Err: fmt.Errorf("item %d: %w", i+1, err)})
}

// document builds the Document of one item.
func (r *reader) document(f *gofeed.Feed, it *gofeed.Item) (*parley.Document, error) {
	if it == nil {
		return nil, parley.Errorf(parley.EINVALID, "empty item")
	}
	content := it.Content
	if strings.TrimSpace(content) == "" {
		content = it.Description
	}
	body, paras := htmltext.ExtractString(content)
	title := oneLine(it.Title)
	if body == "" {
		if title == "" {
			return nil, parley.Errorf(parley.EINVALID, "item has no title and no text")
		}
		// A headline-only item still reports something.
		body, paras = title, []parley.Span{{Start: 0, End: len(title)}}
	}
	doc := &parley.Document{
		ID:         parley.ContentID(body),
		URL:        r.link(f, it),
		Title:      title,
		Source:     oneLine(f.Title),
		Authors:    authors(it.Authors),
		Language:   isoLanguage(f.Language),
		Input:      r.opt.Name,
		Format:     Name,
		Charset:    r.charset,
		Text:       body,
		Paragraphs: paras,
	}
	switch {
	case it.PublishedParsed != nil && !it.PublishedParsed.IsZero():
		doc.Published, doc.PublishedFrom = *it.PublishedParsed, parley.DateFromFeed
	case it.UpdatedParsed != nil && !it.UpdatedParsed.IsZero():
		doc.Published, doc.PublishedFrom = *it.UpdatedParsed, parley.DateFromFeed
	default:
		// A dateline without a year takes it from the fallback time, or
		// else from the feed's own date.
		year := r.opt.Published
		if year.IsZero() {
			year = feedTime(f)
		}
		if t, _, ok := text.FindDateline(body, paras, year); ok {
			doc.Published, doc.PublishedFrom = t, parley.DateFromDateline
		} else if !r.opt.Published.IsZero() {
			doc.Published, doc.PublishedFrom = r.opt.Published, r.opt.PublishedFrom
			if doc.PublishedFrom == "" {
				doc.PublishedFrom = parley.DateFromUser
			}
		}
	}
	return doc, nil
}

// feedTime returns the feed's own updated or published time, or zero.
func feedTime(f *gofeed.Feed) time.Time {
	for _, t := range []*time.Time{f.UpdatedParsed, f.PublishedParsed} {
		if t != nil && !t.IsZero() {
			return *t
		}
	}
	return time.Time{}
}

// link returns the item's address, absolute when the feed's address or
// link allows: the item link, else a GUID that is a URL.
func (r *reader) link(f *gofeed.Feed, it *gofeed.Item) string {
	link := strings.TrimSpace(it.Link)
	if link == "" && (strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://")) {
		link = strings.TrimSpace(it.GUID)
	}
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() {
		return link
	}
	for _, b := range []string{f.Link, r.opt.URL} {
		if base, err := url.Parse(b); err == nil && base.IsAbs() {
			return base.ResolveReference(u).String()
		}
	}
	return link
}

// oneLine returns the text of an HTML string such as a title on one line.
func oneLine(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	t, _ := htmltext.ExtractString(s)
	return strings.Join(strings.Fields(t), " ")
}

func authors(people []*gofeed.Person) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range people {
		if p == nil {
			continue
		}
		n := oneLine(p.Name)
		if n == "" {
			n = oneLine(p.Email)
		}
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// isoLanguage returns the two-letter primary subtag of a language tag such
// as "en-us", or "" when there is none.
func isoLanguage(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_,; "); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 {
		return ""
	}
	for i := 0; i < 2; i++ {
		if c := tag[i] | 0x20; c < 'a' || c > 'z' {
			return ""
		}
	}
	return strings.ToLower(tag)
}
