package quantity_test

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/quantity"
)

func TestNew(t *testing.T) {
	if _, err := quantity.New(); err != nil {
		t.Fatal(err)
	}
}

func TestTagger_Annotate_Numbers(t *testing.T) {
	runCases(t, []tcase{
		{"digits", "Police arrested 42 protesters.", []want{{text: "42", value: 42, unit: "person", counted: "protesters", category: "detained"}}},
		{"grouped", "The ministry said 1,250 homes were destroyed.", []want{{text: "1,250", value: 1250, counted: "homes", category: "other"}}},
		{"spaced groups", "Some 12 000 troops were deployed.", []want{{text: "Some 12 000", value: 12000, mod: "about", approx: true, counted: "troops", category: "troops"}}},
		{"words", "Forty-two villagers fled.", []want{{text: "Forty-two", value: 42, counted: "villagers", category: "displaced"}}},
		{"hundred and", "One hundred and twelve passengers survived.", []want{{text: "One hundred and twelve", value: 112, counted: "passengers", category: "other"}}},
		{"scaled", "The fund holds 1.5 million dollars.", []want{{text: "1.5 million dollars", value: 1.5e6, unit: "USD", category: "money"}}},
		{"dozen", "A dozen rockets hit the city.", []want{{text: "A dozen", value: 12, counted: "rockets", category: "weapons"}}},
		{"vague dozens", "Dozens of people were injured.", []want{{text: "Dozens", value: 24, min: 24, max: 99, approx: true, counted: "people", category: "injured"}}},
		{"vague hundreds of thousands", "Hundreds of thousands of refugees crossed the border.", []want{{text: "Hundreds of thousands", value: 1e5, min: 1e5, max: 999999, approx: true, counted: "refugees", category: "displaced"}}},
		{"fraction of", "Half of the residents left.", []want{{text: "Half", value: 0.5, counted: "residents", category: "other"}}},
		{"percent", "Turnout was 61.5 percent.", []want{{text: "61.5 percent", value: 61.5, unit: "percent", category: "other"}}},
		{"percent sign", "Prices rose 7% in April.", []want{{text: "7%", value: 7, unit: "percent", category: "other"}}},
		{"bare one skipped", "One of the victims was a child.", nil},
		{"one before noun", "One soldier was killed.", []want{{text: "One", value: 1, counted: "soldier", category: "killed"}}},
	})
}

func TestTagger_Annotate_Skips(t *testing.T) {
	runCases(t, []tcase{
		{"year", "The war began in February 2022 and escalated in 2023.", nil},
		{"clock", "The call is at 10 AM (1400 GMT).", nil},
		{"day of month", "Talks resumed on May 16 and ended 18 March.", nil},
		{"duration", "The talks lasted one hour and 40 minutes.", nil},
		{"duration years", "More than three years into the war.", nil},
		{"ordinal", "It was the first direct contact.", nil},
		{"label", "Under Article 5 and Resolution 2334.", nil},
		{"age compound", "A 40-year-old man was arrested.", nil},
		{"age in commas", "The victim, John Smith, 45, was a teacher.", nil},
		{"model number", "The airline grounded its Boeing 737 fleet.", nil},
		{"score", "The home side won 3-1 on Sunday.", nil},
		{"tally", "The bill passed 52-48 in the Senate.", nil},
		{"phone", "Call 555-1234 for details.", nil},
		{"season", "The 2023-24 season ended early.", nil},
		{"ratio", "One in four voters is undecided.", nil},
		{"ratio out of", "Nine out of 10 households lack water.", nil},
		{"label range", "The ages 18 to 25 were most affected.", nil},
	})
}

func TestTagger_Annotate_Modifiers(t *testing.T) {
	runCases(t, []tcase{
		{"at least", "At least 30 people were killed.", []want{{text: "At least 30", value: 30, mod: "at_least", counted: "people", category: "killed"}}},
		{"more than", "More than 1,000 soldiers died.", []want{{text: "More than 1,000", value: 1000, mod: "more_than", counted: "soldiers", category: "killed"}}},
		{"nearly", "Nearly 200 civilians were wounded.", []want{{text: "Nearly 200", value: 200, mod: "nearly", approx: true, counted: "civilians", category: "injured"}}},
		{"up to", "Up to 50 drones were launched.", []want{{text: "Up to 50", value: 50, mod: "up_to", counted: "drones", category: "weapons"}}},
		{"about", "About 300 migrants are missing.", []want{{text: "About 300", value: 300, mod: "about", approx: true, counted: "migrants", category: "missing"}}},
		{"or more", "It killed 20 or more people.", []want{{text: "20 or more", value: 20, mod: "at_least", counted: "people", category: "killed"}}},
		{"an estimated", "An estimated 5,000 residents were evacuated.", []want{{text: "An estimated 5,000", value: 5000, mod: "about", approx: true, counted: "residents", category: "displaced"}}},
	})
}

func TestTagger_Annotate_Ranges(t *testing.T) {
	runCases(t, []tcase{
		{"between", "Between 4 and 7 people died.", []want{{text: "Between 4 and 7", value: 4, min: 4, max: 7, counted: "people", category: "killed"}}},
		{"dash", "The strike killed 4-7 people.", []want{{text: "4-7", value: 4, min: 4, max: 7, counted: "people", category: "killed"}}},
		{"to with scale", "The city has 4 to 5 million residents.", []want{{text: "4 to 5 million", value: 4e6, min: 4e6, max: 5e6, counted: "residents", category: "other"}}},
		{"or words", "Two or three shells landed nearby.", []want{{text: "Two or three", value: 2, min: 2, max: 3, approx: true, counted: "shells", category: "weapons"}}},
		{"change is no range", "The toll rose from 9 to 12.", []want{{text: "9", value: 9, category: "killed"}, {text: "12", value: 12, category: "killed"}}},
	})
}

func TestTagger_Annotate_Units(t *testing.T) {
	runCases(t, []tcase{
		{"dollar", "The US pledged $500 million in aid.", []want{{text: "$500 million", value: 5e8, unit: "USD", category: "money"}}},
		{"us dollar", "It cost US$2.5 billion.", []want{{text: "US$2.5 billion", value: 2.5e9, unit: "USD", category: "money"}}},
		{"euro", "The EU approved €50bn for Ukraine.", []want{{text: "€50bn", value: 5e10, unit: "EUR", category: "money"}}},
		{"pound", "A fine of £3m was imposed.", []want{{text: "£3m", value: 3e6, unit: "GBP", category: "money"}}},
		{"rubles", "The fine was 100,000 rubles.", []want{{text: "100,000 rubles", value: 1e5, unit: "RUB", category: "money"}}},
		{"hryvnias", "Kyiv paid 2 billion hryvnias.", []want{{text: "2 billion hryvnias", value: 2e9, unit: "UAH", category: "money"}}},
		{"yuan", "Beijing offered 10 billion yuan.", []want{{text: "10 billion yuan", value: 1e10, unit: "CNY", category: "money"}}},
		{"km", "The convoy was 40 km long.", []want{{text: "40 km", value: 40, unit: "km", category: "other"}}},
		{"compound mile", "A six-mile convoy.", []want{{text: "six-mile", value: 6, unit: "mi", category: "other"}}},
		{"kg", "Police seized 300 kg of cocaine.", []want{{text: "300 kg", value: 300, unit: "kg", category: "other"}}},
		{"square km", "Fires burned 1,200 square kilometres.", []want{{text: "1,200 square kilometres", value: 1200, unit: "km2", category: "other"}}},
		{"metres", "A 5m wall.", []want{{text: "5m", value: 5, unit: "m", category: "other"}}},
	})
}

// TestTagger_Annotate_RateFromTimes takes a rate's period from the time
// layer when its own lexicon has none.
func TestTagger_Annotate_RateFromTimes(t *testing.T) {
	p := MustPipe(t)
	text := "Russia fires 300 drones every other week."
	doc := &parley.Document{ID: "t", Text: text}
	p.seg.Annotate(doc)
	i := strings.Index(text, "every other week")
	doc.Times = []parley.Time{{Span: parley.Span{Start: i, End: i + len("every other week")}, Value: "P2W", Kind: parley.TimeSet, Rule: "test"}}
	p.tg.Annotate(doc)
	parleytest.MustValid(t, doc)
	if len(doc.Quantities) != 1 {
		t.Fatalf("got %d quantities, want 1", len(doc.Quantities))
	}
	if q := doc.Quantities[0]; q.Per != "P2W" || q.Value != 300 {
		t.Errorf("Per=%q Value=%v, want P2W 300", q.Per, q.Value)
	}
}

func TestTagger_Annotate_Structure(t *testing.T) {
	runCases(t, []tcase{
		{"rate a week", "The fighting kills 1,500 soldiers a week.", []want{{text: "1,500", value: 1500, per: "P1W", counted: "soldiers", category: "killed"}}},
		{"rate per day", "Russia fires 40 drones per day.", []want{{text: "40", value: 40, per: "P1D", counted: "drones", category: "weapons"}}},
		{"rate every", "About 100 people cross every two weeks.", []want{{text: "About 100", value: 100, mod: "about", approx: true, counted: "people", category: "other"}}},
		{"rate daily", "The army loses $50 million daily.", []want{{text: "$50 million", value: 5e7, unit: "USD", per: "P1D", category: "money"}}},
		{"a week ago no rate", "Ten people were arrested a week ago.", []want{{text: "Ten", value: 10, counted: "people", category: "detained"}}},
		{"each side", "They agreed to swap 1,000 prisoners on each side.", []want{{text: "1,000", value: 1000, side: true, counted: "prisoners", category: "prisoners_exchanged"}}},
		{"for", "The sides exchanged 390 for 390 prisoners.", []want{{text: "390", value: 390, side: true, category: "prisoners_exchanged"}}},
		{"strong", "A 5,000-strong force advanced.", []want{{text: "5,000-strong", value: 5000, counted: "force", category: "troops"}}},
		{"coordination", "The attack killed 5 soldiers and 3 civilians.", []want{{text: "5", value: 5, counted: "soldiers", category: "killed"}, {text: "3", value: 3, counted: "civilians", category: "killed"}}},
		{"toll", "The death toll rose to 19.", []want{{text: "19", value: 19, category: "killed"}}},
		{"dead after", "The blast left 9 dead.", []want{{text: "9", value: 9, counted: "dead", category: "killed"}}},
		{"more", "Dozens more were wounded and 5 more soldiers died.", []want{{text: "Dozens", value: 24, min: 24, max: 99, approx: true, category: "injured"}, {text: "5", value: 5, counted: "soldiers", category: "killed"}}},
		{"verb forms", "The deal frees 5 American citizens.", []want{{text: "5", value: 5, counted: "American citizens", category: "prisoners_exchanged"}}},
		{"passive before", "One woman was killed and three people were injured.", []want{{text: "One", value: 1, counted: "woman", category: "killed"}, {text: "three", value: 3, counted: "people", category: "injured"}}},
		{"over as preposition", "Troops downed 20 drones over eight regions.", []want{{text: "20", value: 20, counted: "drones", category: "weapons"}, {text: "eight", value: 8, counted: "regions", category: "other"}}},
		{"each side before", "Each side will release 1,000 prisoners.", []want{{text: "1,000", value: 1000, side: true, counted: "prisoners", category: "prisoners_exchanged"}}},
		{"both sides is a total", "The war has killed 500,000 soldiers on both sides.", []want{{text: "500,000", value: 500000, counted: "soldiers", category: "killed"}}},
		{"were killed", "At least 12 people were killed and 40 injured.", []want{{text: "At least 12", value: 12, mod: "at_least", counted: "people", category: "killed"}, {text: "40", value: 40, counted: "injured", category: "injured"}}},
	})
}

func TestTagger_Annotate_CapitalsKeepOffsets(t *testing.T) {
	runCases(t, []tcase{
		{"capital before", "THE ARMY lost 17 men.", []want{{text: "17", value: 17, unit: "person", counted: "men"}}},
		{"quote", "\"We lost 17 men in one night,\" a commander said.", []want{{text: "17", value: 17, unit: "person", counted: "men"}}},
	})
}
