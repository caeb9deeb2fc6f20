package feed

import (
	"encoding/xml"
	"errors"
	"fmt"
	"regexp"
	"strings"
)

var xmlEncodingAttr = regexp.MustCompile(`\s+encoding\s*=\s*("[^"]*"|'[^']*')`)

// dropXMLEncoding removes the encoding attribute from the XML declaration
// at the start of s, if any.
func dropXMLEncoding(s string) string {
	lead := len(s) - len(strings.TrimLeft(s, " \t\n"))
	if !strings.HasPrefix(s[lead:], "<?xml") {
		return s
	}
	end := strings.Index(s[lead:], "?>")
	if end < 0 {
		return s
	}
	end += lead
	return s[:lead] + xmlEncodingAttr.ReplaceAllString(s[lead:end], "") + s[end:]
}

// itemOffsets returns the byte offset of each of the n items of the feed
// source s, found by their <item> or <entry> start tags, or nil when the
// count of such tags is not n (a JSON feed, or tags inside CDATA).
func itemOffsets(s string, n int) []int {
	for _, tag := range []string{"item", "entry"} {
		if offs := tagOffsets(s, tag); len(offs) == n && n > 0 {
			return offs
		}
	}
	return nil
}

// tagOffsets returns the offsets of the start tags <tag ...> in s.
func tagOffsets(s, tag string) []int {
	var offs []int
	open := "<" + tag
	for i := 0; ; {
		j := strings.Index(s[i:], open)
		if j < 0 {
			return offs
		}
		at := i + j
		next := at + len(open)
		if next < len(s) && strings.IndexByte(" \t\r\n>/", s[next]) >= 0 {
			offs = append(offs, at)
		}
		i = next
	}
}

// recover reads a feed whose XML does not parse as a whole, item by item:
// each <item> or <entry> is parsed with the feed's header (everything
// before the first item) around it. It reports false when s holds no items.
func (r *reader) recover(s string) bool {
	tag := "item"
	offs := tagOffsets(s, tag)
	if len(offs) == 0 {
		tag = "entry"
		offs = tagOffsets(s, tag)
	}
	if len(offs) == 0 {
		return false
	}
	header := s[:offs[0]]
	closers := closeOpen(header)
	p := newParser()
	for i, off := range offs {
		end := len(s)
		if i+1 < len(offs) {
			end = offs[i+1]
		}
		chunk := s[off:end]
		if j := strings.Index(chunk, "</"+tag+">"); j >= 0 {
			chunk = chunk[:j+len("</"+tag+">")]
		}
		f, err := p.ParseString(header + chunk + closers)
		switch {
		case err != nil:
			r.fail(i, off, xmlError(err))
		case len(f.Items) != 1:
			r.fail(i, off, errItem)
		default:
			r.item(f, f.Items[0], i, off)
		}
	}
	return true
}

// xmlError returns err without the line number of an XML syntax error,
// which counts lines of the rebuilt item rather than of the input.
func xmlError(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("malformed XML: %s", se.Msg)
	}
	return err
}

// errItem reports an item that does not read as exactly one item.
var errItem = errString("malformed item")

type errString string

func (e errString) Error() string { return string(e) }

// closeOpen returns the end tags that close the elements still open at the
// end of the XML fragment s, innermost first.
func closeOpen(s string) string {
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = false
	var stack []string
	for {
		tok, err := d.RawToken()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, qname(t.Name))
		case xml.EndElement:
			if n := len(stack); n > 0 && stack[n-1] == qname(t.Name) {
				stack = stack[:n-1]
			}
		}
	}
	var b strings.Builder
	for i := len(stack) - 1; i >= 0; i-- {
		b.WriteString("</" + stack[i] + ">")
	}
	return b.String()
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}
