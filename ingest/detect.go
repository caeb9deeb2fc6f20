package ingest

import (
	"bytes"
	"mime"
	"path"
	"strings"
)

// Input formats.
const (
	FormatAuto  = "auto"
	FormatText  = "text"
	FormatHTML  = "html"
	FormatFeed  = "feed"
	FormatJSONL = "jsonl"
)

// ValidFormat reports whether f names an input format or "auto".
func ValidFormat(f string) bool {
	switch f {
	case FormatAuto, "", FormatText, FormatHTML, FormatFeed, FormatJSONL:
		return true
	}
	return false
}

// Detect returns the format of an input from its HTTP content type, its
// name's extension and its first bytes, in that order of trust.
func Detect(name, contentType string, head []byte) string {
	if f := fromContentType(contentType, head); f != "" {
		return f
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".rss", ".atom", ".rdf":
		return FormatFeed
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".txt", ".text":
		return FormatText
	}
	return Sniff(head)
}

func fromContentType(ct string, head []byte) string {
	if ct == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return FormatHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return FormatFeed
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
		return FormatJSONL
	case "text/plain":
		return FormatText
	case "text/xml", "application/xml", "application/json":
		return Sniff(head) // servers label feeds and pages loosely
	}
	return ""
}

// Sniff guesses the format of an input from its first bytes: markup that
// opens a feed, an HTML document, a JSON Feed or JSON Lines; anything else
// is plain text.
func Sniff(head []byte) string {
	h := bytes.TrimLeft(trimBOM(head), " \t\r\n")
	if len(h) > 4096 {
		h = h[:4096]
	}
	lower := bytes.ToLower(h)
	switch {
	case bytes.HasPrefix(h, []byte("{")):
		if bytes.Contains(lower, []byte("jsonfeed.org/version")) {
			return FormatFeed
		}
		return FormatJSONL
	case bytes.HasPrefix(h, []byte("<")):
		for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if bytes.Contains(lower, []byte(root)) {
				return FormatFeed
			}
		}
		return FormatHTML
	}
	for _, tag := range []string{"<html", "<!doctype html", "<body", "<p>"} {
		if bytes.Contains(lower, []byte(tag)) {
			return FormatHTML
		}
	}
	return FormatText
}

// trimBOM drops a leading UTF-8 byte order mark; UTF-16 inputs keep theirs
// for the charset decoder, and sniff as text unless named otherwise.
func trimBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
}
