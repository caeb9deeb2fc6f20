package feed

import (
	"bytes"
	"strings"

	"github.com/parleyhq/parley/ingest/charset"
)

// sniffMax is how much of the input Sniff reads.
const sniffMax = 4 << 10

// Sniff reports whether data looks like a feed: an XML document whose root
// element is <rss>, <feed> (Atom) or <rdf:RDF> (RSS 1.0), or a JSON object
// that names a jsonfeed.org version.
func Sniff(data []byte) bool {
	head := data[:min(len(data), sniffMax)]
	if name, _ := charset.Detect(head, ""); name == charset.UTF16LE || name == charset.UTF16BE {
		s, _, _ := charset.Decode(head, "")
		head = []byte(s)
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	s := strings.TrimLeft(string(head), " \t\r\n")
	if strings.HasPrefix(s, "{") {
		return strings.Contains(s, "jsonfeed.org/version")
	}
	switch root := rootElement(s); root {
	case "rss", "feed", "rdf:RDF", "RDF":
		return true
	}
	return false
}

// rootElement returns the name of the first element of the XML text s,
// skipping the declaration, processing instructions, comments and the
// document type, or "" when there is none in s.
func rootElement(s string) string {
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		switch {
		case strings.HasPrefix(s, "<?"):
			i := strings.Index(s, "?>")
			if i < 0 {
				return ""
			}
			s = s[i+2:]
		case strings.HasPrefix(s, "<!--"):
			i := strings.Index(s, "-->")
			if i < 0 {
				return ""
			}
			s = s[i+3:]
		case strings.HasPrefix(s, "<!"):
			i := strings.IndexByte(s, '>')
			if i < 0 {
				return ""
			}
			s = s[i+1:]
		case strings.HasPrefix(s, "<"):
			end := strings.IndexAny(s[1:], " \t\r\n/>")
			if end < 0 {
				return ""
			}
			return s[1 : 1+end]
		default:
			return ""
		}
	}
}
