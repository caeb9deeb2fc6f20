package charset

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// prescanMax bounds how far declared looks for a declaration. The HTML
// standard says 1024 bytes; real pages often put <meta charset> after long
// scripts, so parley looks further.
const prescanMax = 8 << 10

// markup reports whether data is HTML or XML, by its content type or its
// first non-blank byte.
func markup(data []byte, contentType string) bool {
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "html") || strings.Contains(ct, "xml") {
		return true
	}
	t := bytes.TrimLeft(data[:min(len(data), 512)], " \t\r\n")
	return len(t) > 0 && t[0] == '<'
}

// declared returns the encoding label that markup declares for itself: the
// encoding of an XML declaration, or the charset of a <meta> element.
func declared(data []byte) string {
	if len(data) > prescanMax {
		data = data[:prescanMax]
	}
	if label := xmlDeclared(data); label != "" {
		return label
	}
	return metaDeclared(data)
}

// xmlDeclared returns the encoding of an <?xml ... encoding="..."?>
// declaration at the start of data.
func xmlDeclared(data []byte) string {
	t := bytes.TrimLeft(data, " \t\r\n")
	if !bytes.HasPrefix(t, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(t, []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(t[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	v := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(v, "=") {
		return ""
	}
	v = strings.TrimLeft(v[1:], " \t\r\n")
	if v == "" || (v[0] != '"' && v[0] != '\'') {
		return ""
	}
	q := v[0]
	v = v[1:]
	if j := strings.IndexByte(v, q); j >= 0 {
		return v[:j]
	}
	return ""
}

// metaDeclared returns the charset of the first <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=..."> in data.
func metaDeclared(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var charset, equiv, content string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					charset = string(v)
				case "http-equiv":
					equiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
			}
			if charset != "" {
				return charset
			}
			if equiv == "content-type" {
				if label := contentTypeCharset(content); label != "" {
					return label
				}
			}
		}
	}
}
