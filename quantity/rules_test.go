package quantity_test

import "testing"

// Fractions, comparisons, ranges and units added for the Recognizers-Text
// review; every sentence here was written for this test.

func TestTagger_Annotate_Fractions(t *testing.T) {
	runCases(t, []tcase{
		{"three fifths of", "Three fifths of the farmers lost their crops.", []want{{text: "Three fifths", value: 0.6, counted: "farmers", category: "other"}}},
		{"half the", "More than half the homes in the valley were damaged.", []want{{text: "More than half", value: 0.5, mod: "more_than", counted: "homes", category: "other"}}},
		{"half an hour", "Shelling stopped for half an hour.", nil},
		{"a hundredth", "The vote was decided by a hundredth of a point.", []want{{text: "a hundredth", value: 0.01, category: "other"}}},
		{"mixed", "The strike cut output by seven and two thirds percent.", []want{{text: "seven and two thirds percent", value: 7 + 2.0/3, unit: "percent", category: "other"}}},
		{"fraction billion", "The fund lost three quarters billion dollars.", []want{{text: "three quarters billion dollars", value: 7.5e8, unit: "USD", category: "money"}}},
		{"one over", "The quorum is one over three.", []want{{text: "one over three", value: 1.0 / 3, category: "other"}}},
		{"vulgar", "Rainfall reached 2½ inches.", []want{{text: "2½ inches", value: 2.5, unit: "in", category: "other"}}},
		{"fell by a fraction then level", "Imports fell by three quarters to $2 billion.", []want{
			{text: "three quarters", value: 0.75, category: "other"},
			{text: "$2 billion", value: 2e9, unit: "USD", category: "money"},
		}},
	})
}

func TestTagger_Annotate_Comparisons(t *testing.T) {
	runCases(t, []tcase{
		{"or equal than", "Turnout must be greater or equal than 50 percent.", []want{{text: "greater or equal than 50 percent", value: 50, mod: "at_least", unit: "percent", category: "other"}}},
		{"less than or equal to", "Fines of less than or equal to $500 apply.", []want{{text: "less than or equal to $500", value: 500, mod: "up_to", unit: "USD", category: "money"}}},
		{"or equal after", "Any loss of more than 5000 tonnes or equal to it is reported.", []want{{text: "more than 5000 tonnes or equal to", value: 5000, mod: "at_least", unit: "t", category: "other"}}},
		{"symbol", "Districts with >40% turnout were counted.", []want{{text: ">40%", value: 40, mod: "more_than", unit: "percent", category: "other"}}},
		{"not a comparison", "The filter reads <>40.", []want{{text: "40", value: 40, category: "other"}}},
		{"surpassed", "Losses surpassed $3bn last year.", []want{{text: "surpassed $3bn", value: 3e9, mod: "more_than", unit: "USD", category: "money"}}},
		{"two bounds with a comma", "Yields were higher or equal than 2 percent, lower or equal than 4 percent.", []want{{text: "higher or equal than 2 percent, lower or equal than 4 percent", value: 2, min: 2, max: 4, unit: "percent", category: "other"}}},
		{"and more than", "The bill needs no more than 12 and more than 5 votes.", []want{{text: "no more than 12 and more than 5", value: 5, min: 5, max: 12, counted: "votes", category: "other"}}},
		{"bounds that exclude each other", "The bill needs no more than 12 and more than 50 votes.", []want{
			{text: "no more than 12", value: 12, mod: "up_to", category: "other"},
			{text: "more than 50", value: 50, mod: "more_than", counted: "votes", category: "other"},
		}},
	})
}

func TestTagger_Annotate_RangesAndUnits(t *testing.T) {
	runCases(t, []tcase{
		{"between signed", "Rates will stay between minus 0.5 and 0.25 percent.", []want{{text: "between minus 0.5 and 0.25 percent", value: -0.5, min: -0.5, max: 0.25, unit: "percent", category: "other"}}},
		{"between with unit", "The storm left between 20 and 30 centimetres of snow.", []want{{text: "between 20 and 30 centimetres", value: 20, min: 20, max: 30, unit: "cm", category: "other"}}},
		{"to miles", "The wreck lies 3 to 4 miles offshore.", []want{{text: "3 to 4 miles", value: 3, min: 3, max: 4, unit: "mi", category: "other"}}},
		{"percentage points", "Support fell 4.5 percentage points.", []want{{text: "4.5 percentage points", value: 4.5, unit: "percentage_point", category: "other"}}},
		{"per cent", "Inflation reached 12 per cent in March.", []want{{text: "12 per cent", value: 12, unit: "percent", category: "other"}}},
		{"square kilometres", "The fire burned 1,200 square kilometres of forest.", []want{{text: "1,200 square kilometres", value: 1200, unit: "km2", category: "other"}}},
		{"tonnes and litres", "Trucks carried 350 tonnes of flour and 20,000 litres of fuel.", []want{
			{text: "350 tonnes", value: 350, unit: "t", category: "other"},
			{text: "20,000 litres", value: 20000, unit: "l", category: "other"},
		}},
		{"feet and inches", "The wall is 6 feet and 2 inches high.", []want{{text: "6 feet and 2 inches", value: 6 + 2.0/12, unit: "ft", category: "other"}}},
		{"unit ending the sentence", "The convoy travelled 40 km.", []want{{text: "40 km", value: 40, unit: "km", category: "other"}}},
		{"abbreviation ending the sentence", "The package weighs 200 lbs.", []want{{text: "200 lbs", value: 200, unit: "lb", category: "other"}}},
		{"tonnes tight", "The crane lifts 100t loads.", []want{{text: "100t", value: 100, unit: "t", category: "other"}}},
		{"micrograms", "Samples held 40 micrograms of lead.", []want{{text: "40 micrograms", value: 40, unit: "ug", category: "other"}}},
		{"dollar prefix", "Ottawa pledged C$15 million and Wellington NZ$3m.", []want{
			{text: "C$15 million", value: 15e6, unit: "CAD", category: "money"},
			{text: "NZ$3m", value: 3e6, unit: "NZD", category: "money"},
		}},
		{"spaced prefix", "the company paid c $ 16 million for it .", []want{{text: "c $ 16 million", value: 16e6, unit: "CAD", category: "money"}}},
		{"article before dollar", "He waved a $5 bill.", []want{{text: "$5", value: 5, unit: "USD", category: "money"}}},
		{"code dollar", "The bond paid MXN$ 40 million.", []want{{text: "MXN$ 40 million", value: 40e6, unit: "MXN", category: "money"}}},
		{"code then scale", "The deal was worth 90 USD million.", []want{{text: "90 USD million", value: 90e6, unit: "USD", category: "money"}}},
		{"cents without the word", "A ticket costs 12 euros 50.", []want{{text: "12 euros 50", value: 12.5, unit: "EUR", category: "money"}}},
		{"no cents before a noun", "He paid 12 dollars and 50 people watched.", []want{
			{text: "12 dollars", value: 12, unit: "USD", category: "money"},
			{text: "50", value: 50, counted: "people", category: "other"},
		}},
		{"old currency", "The bank raised 300 million guilders in 1990.", []want{{text: "300 million guilders", value: 3e8, unit: "NLG", category: "money"}}},
		{"bitcoins", "Hackers stole 1,500 bitcoins.", []want{{text: "1,500 bitcoins", value: 1500, unit: "XBT", category: "money"}}},
		{"b is billions", "Analysts expect 1.2b in sales.", []want{{text: "1.2b", value: 1.2e9, category: "other"}}},
	})
}
