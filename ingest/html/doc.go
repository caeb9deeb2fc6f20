// Package html reads a news article web page into a Document.
//
// [Parse] decodes the page with package charset, parses it with
// golang.org/x/net/html, and finds the main text with go-readability
// (codeberg.org/readeck/go-readability/v2, a port of Mozilla's
// Readability.js). When readability fails or finds too little, the text of
// the page's <article>, <main> or <body> is used instead. Either way the text
// is produced by package htmltext, one paragraph per block element, and the
// Paragraphs layer records them.
//
// Metadata comes from the page:
//
//   - Title: og:title, JSON-LD headline, <title>, then the first <h1>.
//   - URL: <link rel=canonical>, og:url, then Options.URL.
//   - Authors: <meta name=author>, JSON-LD author, then readability's byline.
//   - Source (outlet): og:site_name, then JSON-LD publisher.
//   - Language: <html lang>, then og:locale and Content-Language.
//   - Published: <meta property="article:published_time"> and its kin
//     (itemprop/name datePublished, pubdate, date, dc.date, ...), JSON-LD
//     datePublished (also inside @graph), <time datetime>, then a dateline
//     at the start of the text, then Options.Published. PublishedFrom names
//     the source with the parley.DateFrom constants.
//
// Hostile input (truncated markup, binary data, pages nested too deep for
// the parser, huge pages) gives an error or a best-effort document, never a
// panic. The package embeds no data. Licences: go-readability Apache-2.0,
// golang.org/x/net BSD-3-Clause.
package html
