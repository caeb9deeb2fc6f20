package parley

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
)

// Document is one news report: its metadata, its text once, and the
// annotation layers that point into that text.
//
// Text is valid UTF-8. Every layer is sorted by span start. Layers are added
// by annotators; a layer that no annotator wrote is nil.
type Document struct {
	// Identity and metadata, set by ingest.
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Source    string    `json:"source,omitempty"` // outlet or feed name
	Authors   []string  `json:"authors,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// PublishedFrom says where Published came from (see the DateFrom constants).
	PublishedFrom string `json:"published_from,omitempty"`
	Language      string `json:"language,omitempty"` // ISO 639-1, "" when unknown
	Input         string `json:"input,omitempty"`    // file name, URL or "-" the document was read from
	Format        string `json:"format,omitempty"`   // text, html, feed, jsonl
	Charset       string `json:"charset,omitempty"`  // encoding the input was decoded from

	// Text and its structure.
	Text       string `json:"text"`
	Paragraphs []Span `json:"paragraphs"`

	// Layers written by annotators.
	Sentences  []Sentence `json:"sentences"`
	Tokens     []Token    `json:"tokens"`
	Times      []Time     `json:"times,omitempty"`
	Quantities []Quantity `json:"quantities,omitempty"`
	Mentions   []Mention  `json:"mentions,omitempty"`
	Actors     []Actor    `json:"actors,omitempty"`
	Places     []Place    `json:"places,omitempty"`
	Quotes     []Quote    `json:"quotes,omitempty"`
	Events     []Event    `json:"events,omitempty"`
}

// Where a document's publication time came from.
const (
	DateFromMeta     = "meta"     // <meta property="article:published_time"> and kin
	DateFromJSONLD   = "json-ld"  // schema.org datePublished
	DateFromTimeTag  = "time-tag" // <time datetime>
	DateFromDateline = "dateline" // a dateline in the text
	DateFromFeed     = "feed"     // the feed item's date
	DateFromInput    = "input"    // a field of the input record (JSONL)
	DateFromHeader   = "header"   // the HTTP Last-Modified header
	DateFromUser     = "user"     // given by the user (--published)
)

// Slice returns the text that span s covers, or "" when s is out of range.
func (d *Document) Slice(s Span) string {
	if !s.Valid(len(d.Text)) {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// SentenceAt returns the index of the sentence that contains byte offset off,
// or -1 when no sentence does.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m].Span; {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// SentenceTokens returns the tokens of sentence i.
func (d *Document) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.FirstToken:s.EndToken]
}

// ContentID returns a stable identifier for a text: the first 16 hex digits
// of the SHA-256 of its words, so that changes of white space and case do not
// change it.
func ContentID(text string) string {
	h := sha256.New()
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) }) {
		h.Write([]byte(strings.ToLower(w)))
		h.Write([]byte{' '})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
