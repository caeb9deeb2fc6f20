// Package segment splits a document into paragraphs, sentences and tokens,
// the layers every other annotator reads.
//
// It reads Document.Text (and Document.Paragraphs when set) and writes
// Document.Tokens and Document.Sentences, and Document.Paragraphs when it
// is nil. Every span is a byte range of Document.Text.
//
// # Paragraphs
//
// When the caller leaves Paragraphs nil they come from
// [parley.SplitParagraphs]: every non-empty line is a paragraph, except in
// hard-wrapped text, where blank lines separate paragraphs. A paragraph
// boundary is always a sentence boundary, so a headline without final
// punctuation is a sentence of its own. Inside a paragraph a line break is
// no boundary (hard-wrapped text), except after a line in capitals when
// the next line is not, and after a line shorter than half the longest
// that ends in a word or number when the next line starts with a capital
// or digit: a heading or headline set directly above its text.
//
// # Tokens
//
// Tokens never contain white space and never overlap, and every character
// other than white space, control characters, the zero-width space, the
// word joiner and the byte-order mark lies in exactly one token. Kinds:
//
//   - word: letters, marks and digits (Зеленський, Erdoğan, G7, MH17), with
//     inner apostrophes (don't, Russia’s), the final apostrophe of a plural
//     possessive when no single quotation mark is open in the paragraph
//     (the soldiers’ families), inner hyphens (full-scale,
//     40-year-old, COVID-19), the periods of initialisms (U.S., a.m.,
//     Ph.D.), domain labels (Amazon.com, bbc.co.uk/news) and the final period
//     of an initial (J.) or a listed abbreviation (Gen., Jan.; No. and
//     pp. only before a number: "No. 10"). URLs, e-mail addresses,
//     #hashtags and @handles are single word tokens.
//   - number: digits with inner thousands separators (1,000; a comma
//     followed by exactly three digits), decimal points (1.5), time colons
//     (10:00), date slashes (5/18/2025), an ISO date (2025-05-18), and an
//     ordinal or plural suffix (1st, 22nd, 1990s); also a year or decade
//     cut short by an apostrophe (’90s, '22). Digits and letters
//     otherwise split: "10AM" is "10" and "AM". A space never joins
//     digits: "12 000" is two numbers, because news text also writes
//     "in 2022 100 people".
//   - punct: punctuation, quotation marks, brackets and dashes, one
//     character each, except that a run of periods is one ellipsis token
//     and a run of hyphens one dash token.
//   - symbol: currency and other symbols and % # @ & § * ("$5" is "$" and
//     "5"; "3.5%" is "3.5" and "%").
//
// # Sentences
//
// A sentence runs from its first token's start to its last token's end.
// It may end after . ? ! … (and runs of them), together with the closing
// quotation marks and brackets that touch the terminator (’end." Next’
// ends after the quotation mark). It ends there only when the next token
// is not a lower-case word and not punctuation other than an opening
// quotation mark or bracket.
//
// A quotation that ends in ? or ! does not end the sentence when a speaker
// and a verb of saying follow: “Why now?” Trump asked. (After a period the
// quotation does end it, as news style puts a comma before attributions.)
//
// A sentence never ends inside quotation marks or brackets that close
// within the same paragraph: “Stop. Now,” he said is one sentence, and so
// is a dateline such as "KYIV, Ukraine (AP) — Russia launched ...".
// Quotation marks are paired by glyph and by the space around them;
// unmatched ones (a quotation running into the next paragraph) protect
// nothing.
//
// An abbreviation that keeps its period ends a sentence by its class:
// titles (Mr., Gen., Sen., Lt., Col.) and number prefixes (No. 10) never;
// months (Jan., Sept.) before a capitalised word but not before a number;
// a.m. and p.m. before a capitalised word that is not a weekday, month or
// time zone ("10 a.m. Monday" goes on, "10 a.m. Police" ends); initials,
// initialisms and other abbreviations (U.S., J., Inc., etc.) only before a
// sentence starter such as The, He or However, or an opening quotation
// mark.
//
// # Data
//
// The lists in data/*.tsv were written by hand for parley and are
// released under CC0-1.0: abbreviations.tsv (abbreviations and their
// classes), starters.tsv (sentence starters), timewords.tsv (words that
// follow a.m. and p.m. inside a sentence), speechverbs.tsv (verbs of
// saying) and tlds.tsv (domain labels). [NewFS] reads replacements in the
// same format.
package segment
