package timex_test

import (
	"testing"

	"github.com/parleyhq/parley"
)

func TestDuration(t *testing.T) {
	U := parley.TimeDuration
	runCases(t, []tcase{
		{name: "hours and minutes", text: "The talks lasted one hour and 40 minutes.",
			want: []want{{text: "one hour and 40 minutes", value: "PT1H40M", kind: U}}},
		{name: "all day", text: "Protesters stayed in the square all day and all week.",
			want: []want{{text: "all day", value: "P1D", kind: U}, {text: "all week", value: "P1W", kind: U}}},
		{name: "all not a duration", text: "All day-care centres and all the years of work.",
			none: []string{"All day", "all the years"}},
		{name: "more than", text: "The war has raged for more than three years.",
			want: []want{{text: "more than three years", value: "P3Y", mod: "more_than"}}},
		{name: "about", text: "The siege lasted about a week.",
			want: []want{{text: "about a week", value: "P1W", mod: "approx"}}},
		{name: "nearly", text: "He was held for nearly two decades.",
			want: []want{{text: "nearly two decades", value: "P20Y", mod: "less_than"}}},
		{name: "at least", text: "The road will be closed for at least 10 days.",
			want: []want{{text: "at least 10 days", value: "P10D", mod: "at_least"}}},
		{name: "bare plural", text: "Fighting lasted for weeks.",
			want: []want{{text: "weeks", value: "PXW"}}},
		{name: "adjective", text: "A two-year deal and a 90-day truce were agreed.",
			want: []want{{text: "two-year", value: "P2Y"}, {text: "90-day", value: "P90D"}}},
		{name: "past n", text: "Prices doubled over the past three years.",
			want: []want{{text: "the past three years", value: "P3Y"}}},
		{name: "past unit", text: "Cases rose over the past week.",
			want: []want{{text: "the past week", value: "P1W"}}},
		{name: "age", text: "A five-year-old boy was rescued.", none: []string{"five-year-old"}},
		{name: "long", text: "The decade-long war ended.",
			want: []want{{text: "decade-long", value: "P10Y"}}},
		{name: "half hour", text: "The meeting lasted half an hour.",
			want: []want{{text: "half an hour", value: "PT30M"}}},
		{name: "a dozen days", text: "The hostages were held for a dozen days.",
			want: []want{{text: "a dozen days", value: "P12D"}}},
		{name: "several", text: "Talks could take several months.",
			want: []want{{text: "several months", value: "PXM"}}},
		{name: "and a half", text: "The trial took two and a half years.",
			want: []want{{text: "two and a half years", value: "P2.5Y"}}},
		{name: "hundred", text: "The truce held for one hundred and twelve days.",
			want: []want{{text: "one hundred and twelve days", value: "P112D"}}},
	})
}
