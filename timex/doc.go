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
// its day and to a second form in brackets; a set joined to its clock time,
// "every day at 9 a.m."). At each token the longest match wins.
//
// Ranges are read with "from ... to", "between ... and", a dash ("May
// 23-25", "June-August 2021", "Nov. 18-Dec. 19", "2-4 p.m.") or, for two
// years or two months, a bare "to", "through" or "until" ("2014 to 2018").
// "Three days after May 2" is that day moved; "the first week of June" is
// the first ISO week whose Thursday falls in June. "In the past" and "the
// near future" are TIMEX3's PAST_REF and FUTURE_REF; "in the morning" is
// that part of the day of the previous time of the text.
//
// A weekday or a month with no year is resolved by the tense of its clause
// (tense.go): the nearest cue before it ("will", "scheduled", "held", past
// participles; "will be held" is future), else the nearest after, else the
// nearest day. A weekday next to an explicit date far from the publication
// date is read on from that date instead. "The following day" and "two days
// later" are anchored on the previous time of the text.
//
// Zoned times are converted to UTC with the tz database (embedded with
// time/tzdata) for the date in question; Original keeps the zoned form.
// "Local time" takes the zone of a place in the same sentence
// (Document.Places, written by the geo layer); without one it takes the
// publication's zone and sets ZoneUncertain. Spans follow TIMEX3 extents:
// modifiers in, prepositions out.
//
// Numbers in words ("one hour and 40 minutes", "a dozen days") are read with
// package numword.
//
// # Values
//
// Dates are ISO 8601 at their granularity (2025-05-19, 2025-05, 2025,
// 2025-W20), with TIMEX3 forms where ISO has none (2025-Q3, 2025-SU,
// 2025-W20-WE, 199 for the 1990s, 2025-05-18TNI for a night). Zoned times
// are in UTC (2025-05-19T14:00Z); unzoned times are local (2025-05-18T20:00).
// Durations and the periods of sets are ISO 8601 (PT1H40M, P1W), with X for
// an unknown count (PXW). A relative expression in a document without a
// publication date has the value "". ValidValue checks every value the
// Tagger can write.
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
// hand-written sets in testdata/news_cases.txt and testdata/news_holdout.txt
// are in docs/accuracy.md; the scorer is internal/eval/timex, and
// bench/timex compares the Tagger with chrono-node.
package timex
