// Package timex finds the time expressions of a news report and normalises
// them, TIMEX3 style, against the report's publication date: dates ("May 16,
// 2025", "mid-May", "the 1990s", "Q3"), relative dates ("on Friday", "last
// week", "three days ago", "the following day"), times of day with their
// zone ("10 AM Eastern time Monday (1400 GMT)", "14:00 local time"),
// durations ("one hour and 40 minutes", "more than three years"), sets
// ("every day", "5000 soldiers a week") and ranges ("from March to May",
// "May 23-25").
//
// # Layers
//
// The Tagger reads Document.Tokens and Document.Sentences (written by
// package segment; it never re-tokenises), Document.Published (the anchor of
// relative expressions and the zone of "local time" when no place is known)
// and, when present, Document.Places (a place with a time zone in the same
// sentence resolves "local time"). It writes Document.Times.
//
// # Rules
//
// Rule families live one per file: absolute.go (calendar dates, years,
// decades, quarters, seasons, holidays), weekday.go, relative.go, clock.go
// (times of day and zones), duration.go, set.go, rangeexpr.go, modifier.go
// ("more than", "early", "the end of"), compose.go (a clock time joined to
// its day and to a second form in brackets). At each token the longest
// match wins. A weekday or a month with no year is resolved by the tense of
// its clause (tense.go): the nearest cue before it ("will", "scheduled",
// "held", past participles), else the nearest after, else the nearest day.
// "The following day" and "two days later" are anchored on the previous
// time of the text. Zoned times are converted to UTC with the tz database
// (embedded with time/tzdata) for the date in question; Original keeps the
// zoned form. Spans follow TIMEX3 extents: modifiers in, prepositions out.
//
// Numbers in words ("one hour and 40 minutes", "a dozen days") are read with
// package numword.
//
// # Data
//
// The word lists in data/*.tsv (months, weekdays, units, zones, holidays,
// other time words, tense cues) were written for parley and are under its
// MIT licence; zone names follow the tz database (public domain).
//
// # Accuracy
//
// Scores on TE3-platinum, the Recognizers-Text DateTime cases and the
// hand-written set in testdata/news_cases.txt are in docs/accuracy.md; the
// scorer is internal/eval/timex.
package timex
