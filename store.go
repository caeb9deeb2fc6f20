package parley

import (
	"context"
	"net/url"
	"sort"
	"strings"
	"time"
)

// DocumentStore keeps records, one per document, and recognises a document
// it already holds: by its canonical URL or by the [ContentID] of its text.
type DocumentStore interface {
	// PutDocument stores rec with all its layers and events in one
	// transaction. A record whose canonical URL or content hash is already
	// stored is a duplicate: nothing is added and the result names the
	// stored document. It returns EINVALID when rec has no ID or no text and
	// ECONFLICT when another document already uses rec's ID.
	PutDocument(ctx context.Context, rec *Record) (PutResult, error)

	// PutDocuments stores several records in one transaction, each of them
	// whole or not at all: errs[i] is PutDocument's error for recs[i], and
	// the other records are stored. err is set, and nothing is stored, when
	// the transaction itself fails.
	PutDocuments(ctx context.Context, recs []*Record) (results []PutResult, errs []error, err error)

	// FindDocumentByID returns the stored record of the document id. It
	// returns ENOTFOUND when there is none.
	FindDocumentByID(ctx context.Context, id string) (*Record, error)

	// FindDocuments returns the documents that match filter, in the order
	// they were stored, and the cursor of the next page ("" on the last
	// page). It returns EINVALID for a malformed cursor or filter.
	FindDocuments(ctx context.Context, filter DocumentFilter) ([]*Record, string, error)
}

// EventStore answers queries over the events of the stored documents.
type EventStore interface {
	// FindEvents returns the events that match filter, in the order they
	// were stored, and the cursor of the next page ("" on the last page). It
	// returns EINVALID for a malformed cursor or filter.
	FindEvents(ctx context.Context, filter EventFilter) ([]*EventRow, string, error)
}

// QuoteStore answers queries over the quotes of the stored documents.
type QuoteStore interface {
	// FindQuotes returns the quotes that match filter, in the order they
	// were stored, and the cursor of the next page ("" on the last page).
	// It returns EINVALID for a malformed cursor.
	FindQuotes(ctx context.Context, filter QuoteFilter) ([]*QuoteRow, string, error)
}

// QuoteFilter selects quotes. Zero fields do not filter.
type QuoteFilter struct {
	DocumentID string `json:"document_id,omitempty"`
	// Speaker matches the speaker's actor name, or the phrase naming the
	// speaker when it is no actor, ignoring case.
	Speaker string `json:"speaker,omitempty"`
	// Country is the ISO 3166-1 alpha-3 code of the speaker.
	Country string `json:"country,omitempty"`
	// Kind is direct or reported.
	Kind string `json:"kind,omitempty"`
	// From and To bound the document's publication time.
	From time.Time `json:"from,omitzero"`
	To   time.Time `json:"to,omitzero"`
	// Query is a list of words that must all appear in the quote or its
	// speaker, ignoring case; "*" after a word matches it as a prefix.
	Query string `json:"q,omitempty"`

	After string `json:"after,omitempty"`
	Limit int    `json:"limit,omitempty"`
}

// QuoteRow is one quote with its text, its speaker and its document.
type QuoteRow struct {
	DocumentID string `json:"document_id"`
	Index      int    `json:"index"`
	Quote      Quote  `json:"quote"`
	// Text is the quoted or reported content; Speaker the speaker's actor,
	// nil when the speaker is no actor of the document.
	Text    string `json:"text"`
	Speaker *Actor `json:"speaker,omitempty"`

	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

// NewQuoteRow returns the row of doc.Quotes[i].
func NewQuoteRow(doc *Document, i int) *QuoteRow {
	q := doc.Quotes[i]
	row := &QuoteRow{
		DocumentID: doc.ID, Index: i, Quote: q, Text: doc.Slice(q.Span),
		URL: doc.URL, Title: doc.Title, Source: doc.Source, Published: doc.Published,
	}
	if q.Speaker >= 0 && q.Speaker < len(doc.Actors) {
		a := doc.Actors[q.Speaker]
		row.Speaker = &a
	}
	return row
}

// PutResult says what PutDocument did.
type PutResult struct {
	// ID is the ID of the stored document: rec's own, or for a duplicate
	// the ID of the document that was already stored.
	ID string `json:"id"`
	// Duplicate is set when nothing was added.
	Duplicate bool `json:"duplicate,omitempty"`
	// Events is the number of event rows added.
	Events int `json:"events"`
}

// DefaultLimit and MaxLimit bound the page size of the Find methods.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

// DocumentFilter selects documents. Zero fields do not filter.
type DocumentFilter struct {
	// From and To bound the publication time: From <= published < To.
	From time.Time `json:"from,omitzero"`
	To   time.Time `json:"to,omitzero"`
	// Source is the outlet or feed name, compared exactly.
	Source string `json:"source,omitempty"`
	// Query is a list of words that must all appear in the title or text,
	// ignoring case; "*" after a word matches it as a prefix.
	Query string `json:"q,omitempty"`

	// After is the cursor returned by the previous page; Limit the page
	// size (DefaultLimit when 0, at most MaxLimit).
	After string `json:"after,omitempty"`
	Limit int    `json:"limit,omitempty"`
}

// EventFilter selects events. Zero fields do not filter; the fields that
// are set must all match.
type EventFilter struct {
	// DocumentID keeps the events of one document.
	DocumentID string `json:"document_id,omitempty"`
	// From and To select events whose time overlaps [From, To). Events
	// without a resolved date do not match a time filter.
	From time.Time `json:"from,omitzero"`
	To   time.Time `json:"to,omitzero"`
	// Actor matches the name or the knowledge-base ID of a source or target
	// actor, ignoring case.
	Actor string `json:"actor,omitempty"`
	// Country is an ISO 3166-1 alpha-3 code that a source or target actor
	// or the event's place belongs to.
	Country string `json:"country,omitempty"`
	// Types are PLOVER types (CONSULT, ASSAULT, ...); any of them matches.
	Types []string `json:"types,omitempty"`
	// Modalities are modalities; any of them matches.
	Modalities []Modality `json:"modalities,omitempty"`
	// Place matches the name of the event's place, ignoring case.
	Place string `json:"place,omitempty"`
	// BBox keeps events whose place lies inside it.
	BBox *BBox `json:"bbox,omitempty"`
	// Query is a list of words that must all appear in the event's
	// sentence, ignoring case; "*" after a word matches it as a prefix.
	Query string `json:"q,omitempty"`

	// After is the cursor returned by the previous page; Limit the page
	// size (DefaultLimit when 0, at most MaxLimit).
	After string `json:"after,omitempty"`
	Limit int    `json:"limit,omitempty"`
}

// BBox is a bounding box in degrees. MinLon > MaxLon is a box that crosses
// the antimeridian.
type BBox struct {
	MinLon float64 `json:"min_lon"`
	MinLat float64 `json:"min_lat"`
	MaxLon float64 `json:"max_lon"`
	MaxLat float64 `json:"max_lat"`
}

// Validate returns an EINVALID error when b's latitudes are out of range or
// reversed, or its longitudes out of range.
func (b *BBox) Validate() error {
	switch {
	case b.MinLat < -90 || b.MaxLat > 90 || b.MinLat > b.MaxLat:
		return Errorf(EINVALID, "bbox: latitudes must satisfy -90 <= min_lat <= max_lat <= 90")
	case b.MinLon < -180 || b.MaxLon > 180 || b.MinLon > 180 || b.MaxLon < -180:
		return Errorf(EINVALID, "bbox: longitudes must lie in [-180, 180]")
	}
	return nil
}

// Contains reports whether the point lat, lon lies in b.
func (b *BBox) Contains(lat, lon float64) bool {
	if lat < b.MinLat || lat > b.MaxLat {
		return false
	}
	if b.MinLon <= b.MaxLon {
		return lon >= b.MinLon && lon <= b.MaxLon
	}
	return lon >= b.MinLon || lon <= b.MaxLon
}

// Limit returns the page size that a filter's limit asks for.
func Limit(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

// EventRow is one event with what a query result needs to stand alone: the
// actors and place it points to, its date as an interval, the evidence
// text, and the document it comes from.
type EventRow struct {
	// DocumentID and Index locate the event: Document.Events[Index].
	DocumentID string `json:"document_id"`
	Index      int    `json:"index"`
	Event      Event  `json:"event"`

	// Time is the TIMEX value of the event's first dated time ("" when it
	// has none); Start and End are the interval it denotes, zero when the
	// value is not a calendar date.
	Time  string    `json:"time,omitempty"`
	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`

	// Sources and Targets are the actors Event.Sources and Event.Targets
	// point to; Place is the event's first place, nil when it has none.
	Sources []Actor `json:"sources"`
	Targets []Actor `json:"targets"`
	Place   *Place  `json:"place,omitempty"`

	// Text is the event's span; Sentence the sentence it lies in.
	Text     string `json:"text"`
	Sentence string `json:"sentence"`

	// The document's metadata.
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

// NewEventRow returns the row of doc.Events[i]. Indexes that point outside
// their layers are ignored, so it never panics on a valid index i.
func NewEventRow(doc *Document, i int) *EventRow {
	ev := doc.Events[i]
	row := &EventRow{
		DocumentID: doc.ID, Index: i, Event: ev,
		Sources: actorsAt(doc, ev.Sources), Targets: actorsAt(doc, ev.Targets),
		Text: doc.Slice(ev.Span),
		URL:  doc.URL, Title: doc.Title, Source: doc.Source, Published: doc.Published,
	}
	if s := doc.SentenceAt(ev.Span.Start); s >= 0 {
		row.Sentence = doc.Slice(doc.Sentences[s].Span)
	} else {
		row.Sentence = row.Text
	}
	for _, t := range ev.Times {
		if t < 0 || t >= len(doc.Times) {
			continue
		}
		if start, end, ok := TimeInterval(doc.Times[t].Value); ok {
			row.Time, row.Start, row.End = doc.Times[t].Value, start, end
			break
		}
	}
	for _, p := range ev.Places {
		if p >= 0 && p < len(doc.Places) {
			pl := doc.Places[p]
			row.Place = &pl
			break
		}
	}
	return row
}

func actorsAt(doc *Document, idx []int) []Actor {
	out := make([]Actor, 0, len(idx))
	for _, i := range idx {
		if i >= 0 && i < len(doc.Actors) {
			out = append(out, doc.Actors[i])
		}
	}
	return out
}

// Countries returns the sorted distinct countries of actors.
func Countries(actors []Actor) []string {
	var out []string
	for _, a := range actors {
		if a.Country != "" && !containsString(out, a.Country) {
			out = append(out, a.Country)
		}
	}
	sort.Strings(out)
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TimeInterval returns the UTC interval [start, end) that a TIMEX calendar
// value denotes: a year (2025), month (2025-05), day (2025-05-19), minute
// (2025-05-19T14:00Z), ISO week (2025-W20), quarter (2025-Q3), or a range of
// two of them joined by "/". It reports false for durations, sets,
// references and values with a part of day it cannot place.
func TimeInterval(v string) (start, end time.Time, ok bool) {
	if a, b, found := strings.Cut(v, "/"); found {
		s1, _, ok1 := TimeInterval(a)
		_, e2, ok2 := TimeInterval(b)
		if !ok1 || !ok2 || !s1.Before(e2) {
			return time.Time{}, time.Time{}, false
		}
		return s1, e2, true
	}
	switch {
	case len(v) == 4:
		if t, err := time.Parse("2006", v); err == nil {
			return t, t.AddDate(1, 0, 0), true
		}
	case len(v) == 7 && v[5] == 'Q':
		if t, err := time.Parse("2006", v[:4]); err == nil && v[4] == '-' && v[6] >= '1' && v[6] <= '4' {
			s := t.AddDate(0, 3*int(v[6]-'1'), 0)
			return s, s.AddDate(0, 3, 0), true
		}
	case len(v) == 7:
		if t, err := time.Parse("2006-01", v); err == nil {
			return t, t.AddDate(0, 1, 0), true
		}
	case len(v) == 8 && v[5] == 'W':
		return isoWeek(v)
	case len(v) == 10:
		if t, err := time.Parse("2006-01-02", v); err == nil {
			return t, t.AddDate(0, 0, 1), true
		}
	case len(v) > 10 && v[10] == 'T':
		for _, layout := range []string{"2006-01-02T15:04Z07:00", "2006-01-02T15:04:05Z07:00", "2006-01-02T15:04", "2006-01-02T15:04:05"} {
			if t, err := time.Parse(layout, v); err == nil {
				t = t.UTC()
				return t, t.Add(time.Minute), true
			}
		}
		// A part of day (2025-05-18TNI) is placed on its day.
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t, t.AddDate(0, 0, 1), true
		}
	}
	return time.Time{}, time.Time{}, false
}

// isoWeek reads 2025-W20 as the Monday-to-Monday interval of that ISO week.
func isoWeek(v string) (start, end time.Time, ok bool) {
	y, err1 := time.Parse("2006", v[:4])
	var w int
	for _, c := range v[6:] {
		if c < '0' || c > '9' {
			return time.Time{}, time.Time{}, false
		}
		w = w*10 + int(c-'0')
	}
	if err1 != nil || v[4] != '-' || w < 1 || w > 53 {
		return time.Time{}, time.Time{}, false
	}
	// 4 January is always in week 1.
	jan4 := y.AddDate(0, 0, 3)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	s := monday.AddDate(0, 0, 7*(w-1))
	return s, s.AddDate(0, 0, 7), true
}

// CanonicalURL returns the form of a document URL that duplicates share:
// scheme and host in lower case, default port, fragment and tracking
// parameters (utm_*, fbclid, gclid) removed, remaining parameters sorted,
// and no trailing slash on a non-root path. It returns "" for "" and s
// itself when s is not an absolute http(s) URL.
func CanonicalURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "HTTP" && u.Scheme != "HTTPS") {
		return s
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Host = strings.TrimSuffix(u.Host, map[string]string{"http": ":80", "https": ":443"}[u.Scheme])
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode() // sorted by key
	if len(u.Path) > 1 {
		u.Path = strings.TrimSuffix(u.Path, "/")
		u.RawPath = ""
	}
	return u.String()
}
