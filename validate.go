package parley

import (
	"fmt"
	"unicode/utf8"
)

// Validate checks the invariants every layer must keep: valid UTF-8 text,
// spans in bounds and on character boundaries, layers sorted, and token and
// sentence indexes consistent. It returns an EINVALID *Error naming the first
// field that breaks one.
func (d *Document) Validate() error {
	if d.ID == "" {
		return Errorf(EINVALID, "document id required")
	}
	if !utf8.ValidString(d.Text) {
		return Errorf(EINVALID, "document %s: text is not valid UTF-8", d.ID)
	}
	check := func(field string, i int, s Span) error {
		if !s.Valid(len(d.Text)) {
			return Errorf(EINVALID, "document %s: %s[%d] span %v out of bounds (text has %d bytes)", d.ID, field, i, s, len(d.Text))
		}
		if !d.onBoundary(s.Start) || !d.onBoundary(s.End) {
			return Errorf(EINVALID, "document %s: %s[%d] span %v splits a UTF-8 character", d.ID, field, i, s)
		}
		return nil
	}
	sorted := func(field string, n int, span func(int) Span) error {
		for i := range n {
			if err := check(field, i, span(i)); err != nil {
				return err
			}
			if i > 0 && span(i).Start < span(i-1).Start {
				return Errorf(EINVALID, "document %s: %s not sorted at %d", d.ID, field, i)
			}
		}
		return nil
	}
	for _, l := range []struct {
		name string
		n    int
		span func(int) Span
	}{
		{"paragraphs", len(d.Paragraphs), func(i int) Span { return d.Paragraphs[i] }},
		{"sentences", len(d.Sentences), func(i int) Span { return d.Sentences[i].Span }},
		{"tokens", len(d.Tokens), func(i int) Span { return d.Tokens[i].Span }},
		{"times", len(d.Times), func(i int) Span { return d.Times[i].Span }},
		{"quantities", len(d.Quantities), func(i int) Span { return d.Quantities[i].Span }},
		{"mentions", len(d.Mentions), func(i int) Span { return d.Mentions[i].Span }},
		{"places", len(d.Places), func(i int) Span { return d.Places[i].Span }},
		{"quotes", len(d.Quotes), func(i int) Span { return d.Quotes[i].Span }},
		{"events", len(d.Events), func(i int) Span { return d.Events[i].Span }},
	} {
		if err := sorted(l.name, l.n, l.span); err != nil {
			return err
		}
	}
	for i := 1; i < len(d.Tokens); i++ {
		if d.Tokens[i].Span.Start < d.Tokens[i-1].Span.End {
			return Errorf(EINVALID, "document %s: tokens[%d] overlaps the token before it", d.ID, i)
		}
	}
	next := 0
	for i, s := range d.Sentences {
		if s.FirstToken < next || s.EndToken < s.FirstToken || s.EndToken > len(d.Tokens) {
			return Errorf(EINVALID, "document %s: sentences[%d] token range [%d,%d) invalid", d.ID, i, s.FirstToken, s.EndToken)
		}
		for _, t := range d.Tokens[s.FirstToken:s.EndToken] {
			if !s.Span.Contains(t.Span) {
				return Errorf(EINVALID, "document %s: sentences[%d] does not contain its token %v", d.ID, i, t.Span)
			}
		}
		if s.Paragraph < 0 || (len(d.Paragraphs) > 0 && s.Paragraph >= len(d.Paragraphs)) {
			return Errorf(EINVALID, "document %s: sentences[%d] paragraph %d out of range", d.ID, i, s.Paragraph)
		}
		next = s.EndToken
	}
	return nil
}

func (d *Document) onBoundary(off int) bool {
	return off == len(d.Text) || utf8.RuneStart(d.Text[off])
}

// String returns the document's ID and size, for logs.
func (d *Document) String() string {
	return fmt.Sprintf("document %s (%d bytes)", d.ID, len(d.Text))
}
