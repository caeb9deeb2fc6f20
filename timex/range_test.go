package timex_test

import (
	"testing"

	"github.com/parleyhq/parley"
)

func TestRange(t *testing.T) {
	R := parley.TimeRange
	runCases(t, []tcase{
		{name: "from to", text: "The festival runs from March to May.",
			want: []want{{text: "March to May", value: "2025-03/2025-05", kind: R}, {text: "May", value: "2025-05", after: "to "}}},
		{name: "between hours", text: "Polls are open between 2 and 4 p.m. on Tuesday.",
			want: []want{{text: "2 and 4 p.m. on Tuesday", value: "2025-05-20T14:00/2025-05-20T16:00", kind: R}}},
		{name: "day range", text: "The summit is set for May 23-25.",
			want: []want{{text: "May 23-25", value: "2025-05-23/2025-05-25", kind: R}}},
		{name: "en dash", text: "The summit is set for May 23–25.",
			want: []want{{text: "May 23–25", value: "2025-05-23/2025-05-25", kind: R}, {text: "May 23", value: "2025-05-23"}}},
		{name: "day range first", text: "The fair runs 23-25 June 2025.",
			want: []want{{text: "23-25 June 2025", value: "2025-06-23/2025-06-25", kind: R}}},
		{name: "years", text: "The pandemic of 2020-2022 changed travel.",
			want: []want{{text: "2020-2022", value: "2020/2022", kind: R}, {text: "2020", value: "2020"}}},
		{name: "bare years", text: "Exports grew each year 2014 to 2018, the agency said.",
			want: []want{{text: "2014 to 2018", value: "2014/2018", kind: R}}},
		{name: "bare years until", text: "She chaired the board 2009 until 2013.",
			want: []want{{text: "2009 until 2013", value: "2009/2013", kind: R}}},
		{name: "bare months", text: "The ferry sails June through August.",
			want: []want{{text: "June through August", value: "2025-06/2025-08", kind: R}}},
		{name: "not a bare range", text: "Sales rose 5 percent in 2019 to 4 billion.",
			none: []string{"2019 to 4"}},
		{name: "month dash month", text: "Rainfall in June-August 2021 was the lowest on record.",
			want: []want{{text: "June-August 2021", value: "2021-06/2021-08", kind: R}, {text: "June", value: "2021-06"}, {text: "August 2021", value: "2021-08"}}},
		{name: "abbreviated months across a year", text: "Imports rose in Nov.-Feb. 2024, the agency said.",
			want: []want{{text: "Nov.-Feb. 2024", value: "2023-11/2024-02", kind: R}}},
		{name: "month-day dash month-day", text: "The exhibition ran Nov. 18-Dec. 19, 2023 in Paris.",
			want: []want{{text: "Nov. 18-Dec. 19, 2023", value: "2023-11-18/2023-12-19", kind: R}, {text: "Nov. 18", value: "2023-11-18"}}},
		{name: "month dash month no year", text: "The May-June offensive stalled.",
			none: []string{"May-June"}},
		{name: "clock dash", text: "The office is open 2-4 p.m. on Friday.",
			want: []want{{text: "2-4 p.m. on Friday", value: "2025-05-23T14:00/2025-05-23T16:00", kind: R}}},
		{name: "clock dash both halves", text: "Polls will be open 7 a.m.-8 p.m. on Tuesday.",
			want: []want{{text: "7 a.m.-8 p.m. on Tuesday", value: "2025-05-20T07:00/2025-05-20T20:00", kind: R}}},
		{name: "score is not a clock range", text: "They won 3-2 at 4 p.m.",
			none: []string{"3-2"}},
		{name: "weekdays", text: "Fighting raged from Monday through Thursday.",
			want: []want{{text: "Monday through Thursday", kind: R, value: "2025-05-12/2025-05-15"}}},
	})
}
