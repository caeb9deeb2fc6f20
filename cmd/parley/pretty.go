package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// prettyWidth is the widest value that pretty output keeps on one line.
const prettyWidth = 100

// pretty indents compact JSON for reading: an object or array whose compact
// form fits in prettyWidth columns stays on one line (a token, a span, a
// short list), larger ones are spread over lines. Key order is kept.
func pretty(compact []byte, prefix string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(prefix)
	if err := writePretty(&b, compact, prefix, len(prefix)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func writePretty(b *bytes.Buffer, raw json.RawMessage, indent string, col int) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return fmt.Errorf("pretty: empty value")
	}
	if col+len(raw) <= prettyWidth || (raw[0] != '{' && raw[0] != '[') {
		b.Write(spaced(raw))
		return nil
	}
	inner := indent + "  "
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	open, _ := dec.Token()
	closing := byte('}')
	if open == json.Delim('[') {
		closing = ']'
	}
	b.WriteByte(raw[0])
	first := true
	for dec.More() {
		if !first {
			b.WriteByte(',')
		}
		first = false
		b.WriteString("\n" + inner)
		c := len(inner)
		if closing == '}' {
			key, err := dec.Token()
			if err != nil {
				return fmt.Errorf("pretty: %w", err)
			}
			k, _ := json.Marshal(key)
			b.Write(k)
			b.WriteString(": ")
			c += len(k) + 2
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("pretty: %w", err)
		}
		if err := writePretty(b, v, inner, c); err != nil {
			return err
		}
	}
	if !first {
		b.WriteString("\n" + indent)
	}
	b.WriteByte(closing)
	return nil
}

// spaced adds a space after the commas and colons of compact JSON that lie
// outside strings, so one-line values read like the rest.
func spaced(raw []byte) []byte {
	if raw[0] != '{' && raw[0] != '[' {
		return raw
	}
	var b strings.Builder
	inString, escaped := false, false
	for _, c := range raw {
		b.WriteByte(c)
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case !inString && (c == ',' || c == ':'):
			b.WriteByte(' ')
		}
	}
	return []byte(b.String())
}
