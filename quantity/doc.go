// Package quantity finds the quantities of a news report — casualty and
// prisoner figures, troop numbers, weapons, money, percentages and
// measures — and says what each one counts.
//
// The [Tagger] reads the Sentences and Tokens layers (written by package
// segment) and, when present, the Times layer (package timex), and writes
// the Quantities layer. Numbers are read by package numword: digits
// ("1,000", "12 000", "1.5"), words ("nine", "one hundred and twelve"),
// mixed forms ("1.5 million", "3 bn", "$5m") and vague amounts, which
// become ranges with Approx set ("tens of thousands" is 10,000–99,999,
// "millions" 1,000,000–9,999,999; see numword).
//
// # What a quantity records
//
//   - Value, Min and Max: the number, or the bounds of a range ("4-7",
//     "between 4 and 7", "4 to 5 million") or of a vague amount. Value is
//     Min for ranges and vague amounts. A modifier does not move the
//     bounds: "more than 5000" is Value 5000 with Mod more_than.
//   - Mod: at_least, more_than, less_than, up_to, about, nearly, from
//     data/modifiers.tsv ("at least", "over", "nearly", "or more",
//     "greater than or equal to", "no more than", "surpassed", ">", "<=").
//     "more than 50 or equal to" is at_least; "more than 10 and less than
//     40" and "higher or equal than 2 percent, lower or equal than 4
//     percent" are ranges; "no more than 12 and more than 50", whose bounds
//     exclude each other, stay two figures; "<>40" is no comparison.
//   - Unit: an ISO 4217 code for money ($, US$, C$, HK$, MXN$, €, £,
//     rubles, hryvnias, yuan, bitcoin as XBT, and the currencies the euro
//     replaced: guilders NLG, pesetas ESP, markka FIM, ...), percent or
//     percentage_point, a measure (km, mi, m, dm, km2, ha, kg, ug, t, lb,
//     l, bbl, km/h, MW, degC, ...), or person when people are counted;
//     from data/units.tsv. The value is in that unit, with its parts added:
//     "12 dollars and 50 cents" and, ending a clause, "12 euros 50" are
//     12.5; "6 feet and 2 inches" is 6.1667 ft; "90 USD million" is 9e7;
//     "1.2b" is 1.2 billion ("5m" alone stays five metres).
//   - Per: the period of a rate as an ISO 8601 duration ("5,000 soldiers a
//     week" is P1W, "daily" P1D, "every two weeks" P2W).
//   - EachSide and Total: "1,000 prisoners of war on each side" and
//     "1,000 for 1,000" are per-side figures; Total is twice the value.
//   - Counted: the span of the noun phrase counted ("Russian and Ukrainian
//     soldiers", "prisoners of war"), and Category, one of killed,
//     injured, missing, detained, prisoners_exchanged, displaced, troops,
//     weapons, money, other. The category comes from the governing verb or
//     noun before the quantity ("killed nine civilians", "death toll rose
//     to 9", "swap of 390 prisoners", "displaced millions") or the
//     participle after it ("9 people were killed", "9 dead"), when the
//     counted noun fits it, and otherwise from the counted noun itself
//     ("1,000 troops", "300 drones"); data/categories.tsv. Killed,
//     injured, missing and displaced people; detained: arrested, captured,
//     abducted, held or sentenced; prisoners_exchanged: prisoners or
//     hostages exchanged, released, freed or returned; troops: soldiers,
//     fighters, police and forces, deployed or counted; weapons: drones,
//     missiles, shells, tanks, aircraft; money: any currency amount; other:
//     everything else (percentages, measures, seats, votes, homes).
//   - A passive participle governs what stands before it ("one woman was
//     killed and three people were injured"); "on both sides" sums the
//     sides (it is not a per-side figure); "X and Y each" and "each side"
//     before a figure make it one.
//   - Claimant is -1: the quote layer says who states a figure.
//   - A spelled fraction is a quantity when it is a share of something:
//     "half of", "fell by a third", "half the population", "more than
//     half"; not "half an hour" or a bare "half".
//
// # What is left to other layers
//
// Numbers that belong to a time expression are not quantities: years
// ("since 2022"), days of a month ("May 16"), clock times ("10 AM", "1400
// GMT") and durations ("one hour and 40 minutes", "three years"), as well
// as ordinals ("the first direct contact") and labels ("Article 5",
// "Resolution 2334"). When doc.Times is set, any number inside a time
// expression is skipped; without it, the words of data/stop.tsv decide. A
// bare "one" is a quantity only before a unit or a counted noun.
//
// # Data
//
// The lexicons in data/*.tsv were written by the parley authors and are
// under parley's MIT licence; currency codes follow ISO 4217.
package quantity
