// Package jsonl reads documents from JSON Lines: one JSON object per line,
// each object one news report.
//
// # Input
//
// Each non-blank line holds an object with these fields, all optional but
// the text:
//
//	id         string   document id; default parley.ContentID(text)
//	url        string   where the report was published
//	title      string   headline
//	source     string   outlet or feed name
//	published  string   RFC 3339, a date 2006-01-02, or another common form
//	                    (see [ParseTime]); a number is read as Unix seconds
//	language   string   ISO 639-1 code
//	authors    string or array of strings
//	text       string   the plain text of the report
//	html       string   the HTML of the report, used when text is absent
//
// Other fields are ignored. A line with html and no text is handed to
// [Options.HTML], which the caller fills with an HTML parser, so this package
// does not depend on one.
//
// # Errors
//
// A bad line never stops the reading: bad JSON, a field of the wrong type, a
// missing text, a date that cannot be read, or a line longer than
// [Options.MaxBytes] becomes a *parley.InputError that names the input and
// the line, and the reader goes on at the next line. Invalid UTF-8 inside a
// string is replaced with U+FFFD, not reported. Blank lines and a leading
// byte order mark are skipped.
//
// # Layers
//
// Read writes the document metadata, Text and Paragraphs. It reads no layer.
// It uses no data files.
package jsonl
