// Package numword reads numbers written in English news text: digits with
// separators ("1,000", "12 000", "1.5"), compact abbreviations ("3bn",
// "10k"), words ("nine", "forty-two", "one hundred and twelve"), mixed forms
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
// # Data
//
// The word lists are in data/*.tsv, embedded with go:embed. They were written
// by the parley authors and are under parley's MIT licence.
package numword
