// Package text reads a plain-text news report into a Document.
//
// [Parse] decodes the bytes to UTF-8 with package charset, checks the size
// limit, and builds a Document of Format "text" whose Text is the decoded
// input (line ends normalised, control characters removed), so that byte
// offsets in the text match lines and columns of the file. It writes the
// Paragraphs layer: when the text holds a blank line, blank lines separate
// paragraphs; otherwise every non-empty line is one. A title line (below) is
// a paragraph of its own and the rule applies to the text after it, so a
// headline over a one-paragraph-a-line body keeps the body's paragraphs.
//
// Metadata is set only on clear evidence. The title is the first line when
// it is short, ends without sentence punctuation and is followed by a blank
// line. The publication date comes from a dateline at the start of one of
// the first paragraphs ("KYIV, Ukraine, May 17, 2025 (Reuters) -",
// "МОСКВА, 17 мая 2025. /ТАСС/."; see [Dateline]); a dateline without a year
// is used only when Options.Published supplies the year. Otherwise
// Options.Published, when given, is the date.
//
// The package embeds no data and uses only the standard library, charset and
// the root package.
package text
