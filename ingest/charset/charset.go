package charset

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
)

// Name is the package name, for logs.
const Name = "charset"

// Canonical encoding names that Decode, Check and Sniff return.
const (
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1251 = "windows-1251"
	Windows1252 = "windows-1252"
	KOI8R       = "koi8-r"
	ISO88592    = "iso-8859-2"
)

// Decode returns data as clean UTF-8 text and the name of the encoding it was
// decoded from. contentType is the HTTP Content-Type header, or "" when there
// is none. See the package documentation for the order of the evidence.
//
// The error is non-nil only when a decoder fails, which the encodings of the
// standard do not do on any input; the text is then the best that could be
// made of the bytes.
func Decode(data []byte, contentType string) (text string, name string, err error) {
	name, body := Detect(data, contentType)
	text, err = decode(body, name)
	return Clean(text), name, err
}

// Detect returns the name of the encoding of data and data without its byte
// order mark, following the same steps as Decode.
func Detect(data []byte, contentType string) (name string, body []byte) {
	if name, n := bom(data); name != "" {
		return name, data[n:]
	}
	if label := contentTypeCharset(contentType); label != "" {
		name := Check(data, label)
		if name != canonical(label) && markup(data, contentType) {
			// The bytes contradict the header; a declaration inside the
			// document may still be right.
			if decl := declared(data); decl != "" {
				return Check(data, decl), data
			}
		}
		return name, data
	}
	if markup(data, contentType) {
		if label := declared(data); label != "" {
			return Check(data, label), data
		}
	}
	return Sniff(data), data
}

// Check returns the encoding to decode data with when label was declared for
// it: the canonical name of label when the bytes agree with it, otherwise
// what Sniff finds. Bytes that are not valid UTF-8 contradict a UTF-8
// declaration; valid multi-byte UTF-8 contradicts a single-byte declaration;
// text that is mostly Cyrillic letters contradicts a Latin one. An unknown
// label is ignored.
func Check(data []byte, label string) string {
	name := canonical(label)
	switch name {
	case "":
		return Sniff(data)
	case UTF8:
		if utf8Like(data) {
			return UTF8
		}
		return Sniff(data)
	case UTF16LE, UTF16BE:
		return name
	}
	if !hasHigh(data) {
		return name
	}
	if utf8Strict(data) {
		// Legacy single-byte text is practically never valid multi-byte
		// UTF-8, so valid UTF-8 means the declaration is wrong.
		return UTF8
	}
	if latin(name) && cyrillicShare(data) > cyrillicMin {
		return Sniff(data)
	}
	return name
}

// canonical returns the WHATWG name of an encoding label, or "" when the
// label is unknown or names an encoding parley does not decode.
func canonical(label string) string {
	label = strings.Trim(strings.TrimSpace(label), `"'`)
	if label == "" {
		return ""
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return ""
	}
	name, err := htmlindex.Name(e)
	if err != nil || name == "replacement" || name == "x-user-defined" {
		return ""
	}
	return name
}

// latin reports whether name is a Latin-script single-byte encoding, the
// usual wrong default of servers.
func latin(name string) bool {
	return name == Windows1252 || strings.HasPrefix(name, "iso-8859-") && name != "iso-8859-5"
}

func contentTypeCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		// Broken headers such as "text/html; charset=utf-8;;" are common;
		// look for the parameter by hand.
		i := indexASCIIFold(contentType, "charset=")
		if i < 0 {
			return ""
		}
		v := contentType[i+len("charset="):]
		if j := strings.IndexAny(v, "; "); j >= 0 {
			v = v[:j]
		}
		return strings.Trim(v, `"'`)
	}
	return params["charset"]
}

// indexASCIIFold returns the index of the lower-case ASCII string sub in s,
// ignoring ASCII case, or -1. Unlike strings.ToLower it keeps byte offsets
// of s intact when s is not valid UTF-8.
func indexASCIIFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}

func bom(data []byte) (string, int) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return UTF8, 3
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return UTF16LE, 2
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return UTF16BE, 2
	}
	return "", 0
}

// decode converts data from the named encoding to UTF-8. Invalid sequences
// become U+FFFD.
func decode(data []byte, name string) (string, error) {
	if name == UTF8 {
		return strings.ToValidUTF8(string(data), "\uFFFD"), nil
	}
	e, err := htmlindex.Get(name)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), fmt.Errorf("decode %s: %w", name, err)
	}
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), fmt.Errorf("decode %s: %w", name, err)
	}
	if !utf8.Valid(out) {
		return strings.ToValidUTF8(string(out), "\uFFFD"), nil
	}
	return string(out), nil
}
