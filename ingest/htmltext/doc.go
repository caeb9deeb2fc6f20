// Package htmltext turns HTML into paragraph-preserving plain text.
//
// [Extract] walks a parsed HTML tree and writes one paragraph per block
// element (p, div, li, h1-h6, blockquote, tr, ...) or run of text between
// <br> elements. Paragraphs are joined by a blank line ("\n\n"), white space
// inside a paragraph collapses to single spaces, character references are
// decoded by the HTML parser, and elements that carry no article text
// (script, style, nav, aside, footer, form, hidden elements, ...) are
// dropped. It returns the text with the span of every paragraph.
//
// The ingest packages html and feed use it for article bodies and feed item
// content. It builds no Document and reads or writes no layer itself; its
// spans become Document.Paragraphs. It uses golang.org/x/net/html
// (BSD-3-Clause) and embeds no data.
package htmltext
