package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// recordWriter writes records in one of the output formats: jsonl (one
// compact record a line), json (an array of records), pretty (indented
// records, one after the other).
type recordWriter struct {
	w      io.Writer
	format string
	n      int
}

func newRecordWriter(w io.Writer, format string) (*recordWriter, error) {
	switch format {
	case "jsonl", "json", "pretty":
		return &recordWriter{w: w, format: format}, nil
	}
	return nil, fmt.Errorf("--format: unknown format %q (want jsonl, json or pretty)", format)
}

// Write writes one record.
func (rw *recordWriter) Write(v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode record: %w", err)
	}
	b := buf.Bytes()[:buf.Len()-1] // Encode ends with a newline
	if rw.format != "jsonl" {
		var err error
		if b, err = pretty(b, indentPrefix(rw.format)); err != nil {
			return fmt.Errorf("encode record: %w", err)
		}
	}
	if rw.format == "json" {
		sep := ",\n  "
		if rw.n == 0 {
			sep = "[\n  "
		}
		if _, err := io.WriteString(rw.w, sep); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	rw.n++
	b = append(b, '\n')
	if rw.format == "json" {
		b = b[:len(b)-1]
	}
	if _, err := rw.w.Write(b); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// Close ends the output: it closes the array of the json format.
func (rw *recordWriter) Close() error {
	if rw.format != "json" {
		return nil
	}
	end := "\n]\n"
	if rw.n == 0 {
		end = "[]\n"
	}
	if _, err := io.WriteString(rw.w, end); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

func indentPrefix(format string) string {
	if format == "json" {
		return "  "
	}
	return ""
}
