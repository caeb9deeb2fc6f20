// Package feed reads the items of an RSS, Atom or JSON Feed document into
// Documents, one per item.
//
// [Parse] decodes the feed with package charset, parses it with gofeed
// (github.com/mmcdole/gofeed, MIT), and turns each item into a Document of
// Format "feed": the item's content (content:encoded, Atom content) or else
// its description or summary, through package htmltext, becomes Text and
// Paragraphs; the item link is the URL, the item title the Title, the feed
// title the Source, the item authors the Authors. The item's published (or
// else updated) time is Published with PublishedFrom "feed"; without one, a
// dateline in the text or Options.Published is used.
//
// A broken item becomes an error in the returned list, a
// *parley.InputError that names the input, the item's line when known and
// its number, and the other items go on. When the XML of the whole feed does
// not parse, Parse reads the items one by one, so that one malformed item
// costs only itself. [Sniff] tells feeds from other inputs.
//
// The package embeds no data.
package feed
