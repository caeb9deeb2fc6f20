package timex_test

import (
	"testing"

	"github.com/parleyhq/parley"
)

func TestWeekday(t *testing.T) {
	D := parley.TimeDate
	runCases(t, []tcase{
		{name: "past tense", text: "The meeting, held on Friday, ended without a deal.",
			want: []want{{text: "Friday", value: "2025-05-16", kind: D}}},
		{name: "future tense", text: "Trump said he will hold calls with both leaders on Monday.",
			want: []want{{text: "Monday", value: "2025-05-19"}}},
		{name: "lower case", text: "the vote was held last friday, and talks will resume on monday.",
			want: []want{{text: "last friday", value: "2025-05-16"}, {text: "monday", value: "2025-05-19"}}},
		{name: "lower case abbreviation", text: "the sun rose and sat down.",
			none: []string{"sun", "sat"}},
		{name: "scheduled", text: "The vote is scheduled for Wednesday.",
			want: []want{{text: "Wednesday", value: "2025-05-21"}}},
		{name: "cue after", text: "On Saturday, the president called for sanctions.",
			want: []want{{text: "Saturday", value: "2025-05-17"}}},
		{name: "possessive", text: "He declined to comment on Friday's talks.",
			want: []want{{text: "Friday", value: "2025-05-16"}}},
		{name: "same day past", text: "Police said Sunday that two men were arrested.",
			want: []want{{text: "Sunday", value: "2025-05-18"}}},
		{name: "last friday", text: "She spoke last Friday.",
			want: []want{{text: "last Friday", value: "2025-05-16"}}},
		{name: "next tuesday", text: "Ministers meet next Tuesday.",
			want: []want{{text: "next Tuesday", value: "2025-05-20"}}},
		{name: "weekday night", text: "Shelling resumed Thursday night.",
			want: []want{{text: "Thursday night", value: "2025-05-15TNI"}}},
		{name: "intent", text: "The ministers agreed to meet again on Tuesday.",
			want: []want{{text: "Tuesday", value: "2025-05-20"}}},
		{name: "passive future", text: "The runoff will be held on Sunday, May 25.",
			want: []want{{text: "Sunday, May 25", value: "2025-05-25"}}},
		{name: "until", text: "The judge adjourned the case until Thursday.",
			want: []want{{text: "Thursday", value: "2025-05-22"}}},
		{name: "neighbouring date", text: "Talks began on March 3, 2024. On Friday, they collapsed.",
			want: []want{{text: "Friday", value: "2024-03-08"}}},
		{name: "neighbouring date perfect", text: "The law passed on March 3, 2024. The senator had warned on Friday that it would fail.",
			want: []want{{text: "Friday", value: "2024-03-01"}}},
		{name: "neighbouring date near publication", text: "Talks began on May 14, 2025. On Friday, they collapsed.",
			want: []want{{text: "Friday", value: "2025-05-16"}}},
		{name: "no cue nearest", text: "Monday's summit in Rome.",
			want: []want{{text: "Monday", value: "2025-05-19"}}},
	})
}
