// Package ingest turns inputs into documents: it reads files, standard input
// and URLs, detects each input's format, and hands the bytes to the package
// for that format.
//
//	text/     plain text (charset detection, title and dateline heuristics)
//	html/     web pages (main-text extraction, metadata, publication date)
//	feed/     RSS 0.9x/2.0, Atom and JSON Feed: one document per item
//	jsonl/    JSON Lines: one document per line, streamed
//	fetch/    URL fetching with time and size limits and an SSRF guard
//	charset/  decoding of any common encoding to clean UTF-8
//	htmltext/ paragraph-preserving HTML to text, shared by html and feed
//
// A [Reader] reports each document, or each error, through a callback in the
// order of the input; a bad input or a bad line never stops the rest. Every
// error names its input, and its line where it has one.
package ingest
