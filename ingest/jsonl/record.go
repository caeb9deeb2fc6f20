package jsonl

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// record holds the fields of one line once their types are checked.
type record struct {
	id, url, title, source, language string
	authors                          []string
	published                        time.Time
	text, html                       string
	hasText, hasHTML                 bool
}

// lineDocument decodes one non-blank line into a valid document, or returns
// a *parley.InputError at pos.
func lineDocument(line []byte, pos parley.Position, opt Options) (*parley.Document, error) {
	rec, err := decodeRecord(line, &pos)
	if err != nil {
		return nil, &parley.InputError{Pos: pos, Err: err}
	}
	doc, err := rec.document(pos, opt)
	if err != nil {
		return nil, &parley.InputError{Pos: pos, Err: err}
	}
	if err := doc.Validate(); err != nil {
		return nil, &parley.InputError{Pos: pos, Err: err}
	}
	return doc, nil
}

// decodeRecord decodes and type-checks the fields of one line. It sets
// pos.Column when the line is not well-formed JSON.
func decodeRecord(line []byte, pos *parley.Position) (record, error) {
	var rec record
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			off := int(min(max(syn.Offset, 1), int64(len(line))))
			pos.Column = utf8.RuneCount(line[:off])
			return rec, parley.Errorf(parley.EINVALID, "bad JSON: %v", err)
		}
		return rec, parley.Errorf(parley.EINVALID, "line is %s, want a JSON object", article(kind(line)))
	}
	if fields == nil { // the line is null
		return rec, parley.Errorf(parley.EINVALID, "line is null, want a JSON object")
	}
	for _, f := range []struct {
		key string
		dst *string
	}{
		{"id", &rec.id},
		{"url", &rec.url},
		{"title", &rec.title},
		{"source", &rec.source},
		{"language", &rec.language},
	} {
		s, _, err := stringField(fields, f.key)
		if err != nil {
			return rec, err
		}
		*f.dst = strings.TrimSpace(s)
	}
	var err error
	if rec.text, rec.hasText, err = stringField(fields, "text"); err != nil {
		return rec, err
	}
	if rec.html, rec.hasHTML, err = stringField(fields, "html"); err != nil {
		return rec, err
	}
	if rec.authors, err = authorsField(fields); err != nil {
		return rec, err
	}
	if rec.published, err = publishedField(fields); err != nil {
		return rec, err
	}
	return rec, nil
}

// document builds the document of a decoded record.
func (rec *record) document(pos parley.Position, opt Options) (*parley.Document, error) {
	var doc *parley.Document
	switch {
	case rec.hasText:
		if strings.TrimSpace(rec.text) == "" {
			return nil, parley.Errorf(parley.EINVALID, "field text is empty")
		}
		doc = &parley.Document{Text: rec.text, Paragraphs: parley.SplitParagraphs(rec.text)}
	case rec.hasHTML:
		if opt.HTML == nil {
			return nil, parley.Errorf(parley.EINVALID, "html field needs an HTML parser")
		}
		if strings.TrimSpace(rec.html) == "" {
			return nil, parley.Errorf(parley.EINVALID, "field html is empty")
		}
		name := fmt.Sprintf("%s:%d", pos.Name, pos.Line)
		d, err := opt.HTML([]byte(rec.html), name, rec.url)
		if err != nil {
			return nil, fmt.Errorf("parse html: %w", err)
		}
		if d == nil || strings.TrimSpace(d.Text) == "" {
			return nil, parley.Errorf(parley.EINVALID, "html field has no text")
		}
		doc = d
		if doc.Paragraphs == nil {
			doc.Paragraphs = parley.SplitParagraphs(doc.Text)
		}
	default:
		return nil, parley.Errorf(parley.EINVALID, "line has neither a text nor an html field")
	}

	// Fields of the line win over what the HTML parser found.
	doc.ID = cmp.Or(rec.id, parley.ContentID(doc.Text))
	doc.URL = cmp.Or(rec.url, doc.URL)
	doc.Title = cmp.Or(rec.title, doc.Title)
	doc.Source = cmp.Or(rec.source, doc.Source)
	doc.Language = cmp.Or(rec.language, doc.Language)
	if len(rec.authors) > 0 {
		doc.Authors = rec.authors
	}
	if !rec.published.IsZero() {
		doc.Published, doc.PublishedFrom = rec.published, parley.DateFromInput
	}
	doc.Input = opt.Name
	doc.Format = Name
	doc.Charset = "utf-8" // JSON text is UTF-8
	return doc, nil
}

// stringField returns the string value of key, and whether the key is
// present and not null.
func stringField(fields map[string]json.RawMessage, key string) (string, bool, error) {
	raw, ok := fields[key]
	if !ok || kind(raw) == "null" {
		return "", false, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false, parley.Errorf(parley.EINVALID, "field %s is %s, want a string", key, article(kind(raw)))
	}
	return s, true, nil
}

// authorsField returns the authors field: a string or an array of strings,
// trimmed, without empty names.
func authorsField(fields map[string]json.RawMessage) ([]string, error) {
	raw, ok := fields["authors"]
	if !ok {
		return nil, nil
	}
	var list []string
	switch kind(raw) {
	case "null":
		return nil, nil
	case "string":
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, parley.Errorf(parley.EINVALID, "field authors: %v", err)
		}
		list = []string{s}
	default:
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, parley.Errorf(parley.EINVALID, "field authors is %s, want a string or an array of strings", describe(raw))
		}
	}
	var out []string
	for _, a := range list {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out, nil
}

// publishedField returns the published field: a date string read by
// ParseTime, or a number of Unix seconds. It is the zero time when absent.
func publishedField(fields map[string]json.RawMessage) (time.Time, error) {
	raw, ok := fields["published"]
	if !ok {
		return time.Time{}, nil
	}
	switch kind(raw) {
	case "null":
		return time.Time{}, nil
	case "number":
		var sec float64
		if err := json.Unmarshal(raw, &sec); err != nil {
			return time.Time{}, parley.Errorf(parley.EINVALID, "field published: %v", err)
		}
		t, err := unixTime(sec)
		if err != nil {
			return time.Time{}, parley.Errorf(parley.EINVALID, "field published: %v", err)
		}
		return t, nil
	case "string":
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return time.Time{}, parley.Errorf(parley.EINVALID, "field published: %v", err)
		}
		if strings.TrimSpace(s) == "" {
			return time.Time{}, nil
		}
		t, err := ParseTime(s)
		if err != nil {
			return time.Time{}, parley.Errorf(parley.EINVALID, "field published: %v", err)
		}
		return t, nil
	default:
		return time.Time{}, parley.Errorf(parley.EINVALID, "field published is %s, want a string or a number", article(kind(raw)))
	}
}

// kind names the JSON type of a raw value from its first byte.
func kind(raw []byte) string {
	for _, c := range raw {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		case '{':
			return "object"
		case '[':
			return "array"
		case '"':
			return "string"
		case 't', 'f':
			return "boolean"
		case 'n':
			return "null"
		default:
			return "number"
		}
	}
	return "empty value"
}

// describe names the JSON type of raw with an article, saying "an array
// with a non-string element" for an array, which failed to decode as strings.
func describe(raw []byte) string {
	if k := kind(raw); k != "array" {
		return article(k)
	}
	return "an array with a non-string element"
}

// article puts "a" or "an" before a JSON type name; null stays bare.
func article(k string) string {
	switch k {
	case "null":
		return k
	case "array", "object", "empty value":
		return "an " + k
	}
	return "a " + k
}
