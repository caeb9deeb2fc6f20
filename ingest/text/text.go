package text

import (
	"strings"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/charset"
)

// Name is the package name and the Format of the documents it builds.
const Name = "text"

// DefaultMaxBytes is the size limit when Options.MaxBytes is zero.
const DefaultMaxBytes = 20 << 20

// Options tell Parse what is known about an input besides its bytes.
type Options struct {
	// Limits.
	MaxBytes int64 // largest input accepted; 0 means DefaultMaxBytes

	// What the input is.
	Name        string // file name, URL or "-", for errors and Document.Input
	ContentType string // HTTP Content-Type header, "" when none
	ID          string // document ID; "" means parley.ContentID of the text

	// Fallback publication time, used when the text has no dated dateline.
	Published     time.Time
	PublishedFrom string // where Published came from; "" means parley.DateFromUser
}

// Parse builds a Document from the bytes of a plain-text report.
//
// It returns an ETOOLARGE error when data is larger than the limit and an
// EINVALID error when the input is empty, holds only white space, or is
// binary rather than text.
func Parse(data []byte, opt Options) (*parley.Document, error) {
	name := inputName(opt.Name)
	limit := opt.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if int64(len(data)) > limit {
		return nil, parley.Errorf(parley.ETOOLARGE, "input %s is %d bytes, more than the limit of %d bytes", name, len(data), limit)
	}
	if Binary(data) {
		return nil, parley.Errorf(parley.EINVALID, "input %s is binary data, not text", name)
	}
	text, cs, err := charset.Decode(data, opt.ContentType)
	if err != nil {
		return nil, parley.Errorf(parley.EINVALID, "input %s: %v", name, err)
	}
	if strings.TrimSpace(text) == "" {
		return nil, parley.Errorf(parley.EINVALID, "input %s has no text", name)
	}
	doc := &parley.Document{
		ID:         opt.ID,
		Title:      Title(text),
		Input:      opt.Name,
		Format:     Name,
		Charset:    cs,
		Text:       text,
		Paragraphs: paragraphs(text),
	}
	if doc.ID == "" {
		doc.ID = parley.ContentID(text)
	}
	if t, _, ok := FindDateline(text, doc.Paragraphs, opt.Published); ok {
		doc.Published, doc.PublishedFrom = t, parley.DateFromDateline
	} else if !opt.Published.IsZero() {
		doc.Published, doc.PublishedFrom = opt.Published, opt.PublishedFrom
		if doc.PublishedFrom == "" {
			doc.PublishedFrom = parley.DateFromUser
		}
	}
	return doc, nil
}

// paragraphs splits text into paragraphs with parley.SplitParagraphs. A
// title line set off by a blank line is a paragraph of its own and the rule
// applies to the rest, so that the blank line under a headline does not
// merge a one-paragraph-a-line body into one paragraph.
func paragraphs(text string) []parley.Span {
	if Title(text) == "" {
		return parley.SplitParagraphs(text)
	}
	start := len(text) - len(strings.TrimLeft(text, " \t\n"))
	end := start + strings.IndexByte(text[start:], '\n')
	title := parley.Span{Start: start, End: start + len(strings.TrimRight(text[start:end], " \t"))}
	out := []parley.Span{title}
	for _, p := range parley.SplitParagraphs(text[end:]) {
		out = append(out, parley.Span{Start: p.Start + end, End: p.End + end})
	}
	return out
}

func inputName(name string) string {
	if name == "" {
		return "-"
	}
	return name
}

// Binary reports whether data looks like binary data rather than text in
// some encoding: NUL bytes outside UTF-16, or many control characters, in
// its first 8 KiB.
func Binary(data []byte) bool {
	head := data[:min(len(data), 8<<10)]
	if len(head) == 0 {
		return false
	}
	if name, _ := charset.Detect(head, ""); name == charset.UTF16LE || name == charset.UTF16BE {
		return false
	}
	var nul, ctl int
	for _, c := range head {
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B:
			ctl++
		}
	}
	return nul*100 > len(head) || ctl*20 > len(head)
}
