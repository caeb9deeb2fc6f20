package html

import (
	"bytes"
	"net/http"
	"strings"
)

// Sniff reports whether data looks like an HTML page: what
// net/http.DetectContentType calls text/html, or XHTML whose <html> element
// follows an XML declaration.
func Sniff(data []byte) bool {
	head := data[:min(len(data), 1024)]
	ct := http.DetectContentType(head)
	if strings.HasPrefix(ct, "text/html") {
		return true
	}
	if !strings.HasPrefix(ct, "text/xml") && !strings.HasPrefix(ct, "text/plain") {
		return false
	}
	lower := bytes.ToLower(head)
	return bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<!doctype html"))
}
