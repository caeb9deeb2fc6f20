// Package numword reads numbers written in English news text: digits with
// separators ("1,000", "12 000", "1 234 567.89", "1.5"), compact
// abbreviations ("3bn", "10k", "4 tln"), words ("nine", "forty-two", "one hundred and twelve"), mixed forms
// ("1.5 million", "3 bn"), ordinals ("first", "22nd", "twenty-first"),
// fractions ("a third", "half", "two-thirds") and vague amounts ("dozens",
// "hundreds", "tens of thousands", "millions", "several hundred").
//
// It is a small, dependency-free library shared by the timex and quantity
// annotators. It reads words, not documents: callers pass the texts of the
// tokens that follow a position and get back the number at their start and
// how many tokens it used.
//
// # Vague amounts
//
// A vague amount becomes a range with Approx set and Value equal to Min (the
// figure a careful report can stand behind):
//
//   - a plural scale word alone is its order of magnitude, [S, 10*S-1]:
//     "hundreds" 100–999, "thousands" 1,000–9,999, "millions"
//     1,000,000–9,999,999, "billions" 10^9–10^10-1;
//   - "tens of" and "hundreds of" a plural scale word multiply the range:
//     "tens of thousands" 10,000–99,999, "hundreds of thousands"
//     100,000–999,999, "tens of millions" 10^7–10^8-1;
//   - "dozens" is 24–99 and "scores of" 40–99;
//   - "several", "a few" and "a couple of" before a scale word multiply it
//     by 3–9, 2–5 and 2: "several hundred" is 300–900.
//
// Every bound is finite, so a Number always encodes in JSON: an open upper
// bound such as "millions" gets the top of its order of magnitude rather
// than +Inf. The ranges are in data/vague.tsv.
//
// # Fractions
//
// Any ordinal is a denominator: plural after a numerator other than one
// ("three fifths", "four thirty-sevenths", "ten millionths"), singular
// after "a" or "one" ("a hundredth", "one sixtieth"). "first" and "second"
// are never denominators alone ("two seconds" is a duration). A singular
// fraction before a noun is an ordinal ("a fifth column", "one millionth
// visitor"), before a function word a fraction ("fell by a quarter to",
// "a third last year"). A whole number, "and" and a proper fraction make
// a mixed number ("seven and two thirds", "one hundred and three
// quarters" is 100.75); an improper one is a numerator ("two hundred and
// nine fourths" is 209/4). A scale word multiplies the fraction before it
// ("three quarters billion", "two thirds of a million", "two billion and a
// half million" is 2,000,500,000). "X over Y" ending a clause is X/Y ("four
// over nine"; "7 over 8 days" is 7). Digits take slashes ("3/4", "10 1/2")
// and the vulgar fraction characters ("¾", "2½", "4 ¼"). Scientific
// notation ("1e10", "2^5") is not read: news copy does not use it.
//
// # Data
//
// The word lists are in data/*.tsv, embedded with go:embed. They were written
// by the parley authors and are under parley's MIT licence.
package numword
