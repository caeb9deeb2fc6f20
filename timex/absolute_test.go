package timex_test

import (
	"testing"

	"github.com/parleyhq/parley"
)

func TestAbsolute(t *testing.T) {
	D := parley.TimeDate
	runCases(t, []tcase{
		{name: "month day year", text: "The accord was signed on May 16, 2025, in Geneva.",
			want: []want{{text: "May 16, 2025", value: "2025-05-16", kind: D}}},
		{name: "day month", text: "Voting ends on 16 May.",
			want: []want{{text: "16 May", value: "2025-05-16", kind: D}}},
		{name: "day month year", text: "He was born on 4 July 1976 in Ohio.",
			want: []want{{text: "4 July 1976", value: "1976-07-04"}}},
		{name: "weekday month day", text: "Talks were held on Friday, May 16 in Istanbul.",
			want: []want{{text: "Friday, May 16", value: "2025-05-16"}}},
		{name: "ordinal", text: "The deadline is June 3rd and the vote the 5th of June.",
			want: []want{{text: "June 3rd", value: "2025-06-03"}, {text: "the 5th of June", value: "2025-06-05"}}},
		{name: "iso", text: "The filing, dated 2025-05-16, was released.",
			want: []want{{text: "2025-05-16", value: "2025-05-16"}}},
		{name: "us slashes", text: "The order of 5/16/2025 was lifted.",
			want: []want{{text: "5/16/2025", value: "2025-05-16"}}},
		{name: "abbreviated month", text: "The law took effect Jan. 1, 2024.",
			want: []want{{text: "Jan. 1, 2024", value: "2024-01-01"}}},
		{name: "month year", text: "Inflation peaked in October 2022.",
			want: []want{{text: "October 2022", value: "2022-10"}}},
		{name: "month alone past", text: "Prices rose in March.",
			want: []want{{text: "March", value: "2025-03"}}},
		{name: "month alone past previous year", text: "The plant closed in September.",
			want: []want{{text: "September", value: "2024-09"}}},
		{name: "month alone future", text: "The court will rule in February.",
			want: []want{{text: "February", value: "2026-02"}}},
		{name: "may the verb", text: "Officials said the talks may resume.", none: []string{"may"}},
		{name: "march the noun", text: "Thousands joined a march through the capital.", none: []string{"march"}},
		{name: "year", text: "The 2022 invasion displaced millions, and in 2014 Crimea was annexed.",
			want: []want{{text: "2022", value: "2022"}, {text: "2014", value: "2014"}}},
		{name: "not a year", text: "More than 2000 soldiers and 1500 civilians died.", none: []string{"2000", "1500"}},
		{name: "decade", text: "The party ruled in the 1990s.",
			want: []want{{text: "the 1990s", value: "199"}}},
		{name: "early decade", text: "The plant was built in the early 1990s.",
			want: []want{{text: "the early 1990s", value: "199", mod: "start"}}},
		{name: "before 1800", text: "The city was founded in 1781.",
			want: []want{{text: "1781", value: "1781"}}},
		{name: "century", text: "It was the worst war of the 20th century.",
			want: []want{{text: "the 20th century", value: "19"}}},
		{name: "early year", text: "Elections are expected in early 2026.",
			want: []want{{text: "early 2026", value: "2026", mod: "start"}}},
		{name: "mid month", text: "Fighting intensified in mid-May.",
			want: []want{{text: "mid-May", value: "2025-05", mod: "mid"}}},
		{name: "late year", text: "The plan was drafted in late 2023.",
			want: []want{{text: "late 2023", value: "2023", mod: "end"}}},
		{name: "end of month", text: "Troops left by the end of April.",
			want: []want{{text: "the end of April", value: "2025-04", mod: "end"}}},
		{name: "quarter", text: "Growth slowed in Q3 and in the first quarter of 2024.",
			want: []want{{text: "Q3", value: "2025-Q3"}, {text: "the first quarter of 2024", value: "2024-Q1"}}},
		{name: "season", text: "The offensive began in spring and ended in the summer of 2023.",
			want: []want{{text: "spring", value: "2025-SP"}, {text: "the summer of 2023", value: "2023-SU"}}},
		{name: "arab spring", text: "The Arab Spring toppled rulers.", none: []string{"Spring"}},
		{name: "holiday", text: "A truce was called on Christmas Eve 2024.",
			want: []want{{text: "Christmas Eve 2024", value: "2024-12-24"}}},
		{name: "easter", text: "Pilgrims gathered on Easter Sunday 2025.",
			want: []want{{text: "Easter Sunday 2025", value: "2025-04-20"}}},
		{name: "thanksgiving", text: "Stores open on Thanksgiving 2024.",
			want: []want{{text: "Thanksgiving 2024", value: "2024-11-28"}}},
	})
}
