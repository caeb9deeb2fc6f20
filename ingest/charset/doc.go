// Package charset turns the bytes of an outside input into clean UTF-8 text.
//
// [Decode] finds the encoding of the bytes in this order: a byte order mark
// (UTF-8, UTF-16LE, UTF-16BE); the charset parameter of the HTTP
// Content-Type; for markup, a <meta charset>, <meta http-equiv> or XML
// declaration near the start; and last a sniff of the bytes themselves
// ([Sniff]): valid UTF-8, UTF-16 without a mark, Windows-1251 or KOI8-R for
// Cyrillic, ISO-8859-2 or Windows-1252 for Latin text. A declaration that the
// bytes contradict (UTF-8 declared over Windows-1251 bytes, say) is corrected
// by [Check].
//
// The text that comes out is always valid UTF-8: bytes that are not valid in
// the chosen encoding become U+FFFD. Line ends are normalised to "\n", and
// NUL and the other control characters except "\n" and "\t" are removed
// ([Clean]).
//
// Encoding names follow the WHATWG Encoding Standard, so "iso-8859-1" and
// "latin1" decode as their superset "windows-1252", as browsers do.
//
// The package reads no layers and writes none: it is used by the ingest
// packages before a Document exists. It uses golang.org/x/text and
// golang.org/x/net (BSD-3-Clause) and embeds no data.
package charset
