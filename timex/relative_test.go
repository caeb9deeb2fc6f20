package timex_test

import (
	"testing"

	"github.com/parleyhq/parley"
)

func TestRelative(t *testing.T) {
	D := parley.TimeDate
	runCases(t, []tcase{
		{name: "yesterday", text: "Yesterday, the army said it had withdrawn.",
			want: []want{{text: "Yesterday", value: "2025-05-17", kind: D}}},
		{name: "today tomorrow", text: "The minister arrives today and leaves tomorrow.",
			want: []want{{text: "today", value: "2025-05-18"}, {text: "tomorrow", value: "2025-05-19"}}},
		{name: "yesterday morning", text: "The blast hit yesterday morning.",
			want: []want{{text: "yesterday morning", value: "2025-05-17TMO"}}},
		{name: "last week", text: "He travelled to Turkey last week.",
			want: []want{{text: "last week", value: "2025-W19"}}},
		{name: "next month", text: "Elections are due next month.",
			want: []want{{text: "next month", value: "2025-06"}}},
		{name: "this year", text: "Exports fell this year and rose last year.",
			want: []want{{text: "this year", value: "2025"}, {text: "last year", value: "2024"}}},
		{name: "this weekend", text: "Protests are planned this weekend.",
			want: []want{{text: "this weekend", value: "2025-W20-WE"}}},
		{name: "ago", text: "The ceasefire collapsed three days ago, two weeks ago and a year ago.",
			want: []want{{text: "three days ago", value: "2025-05-15"}, {text: "two weeks ago", value: "2025-W18"}, {text: "a year ago", value: "2024"}}},
		{name: "earlier this year", text: "Earlier this year, the minister resigned.",
			want: []want{{text: "Earlier this year", value: "2025"}}},
		{name: "following day", text: "Talks opened on May 12, 2025. The following day, they collapsed.",
			want: []want{{text: "The following day", value: "2025-05-13"}}},
		{name: "days later", text: "The deal was signed on March 3, 2024. Two days later, it was broken.",
			want: []want{{text: "Two days later", value: "2024-03-05"}}},
		{name: "later after a year", text: "The first vote, in 2021, was annulled two weeks later.",
			want: []want{{text: "two weeks later", value: "2021"}}},
		{name: "weekday next week", text: "The talks resume Tuesday next week.",
			want: []want{{text: "Tuesday next week", value: "2025-05-20"}}},
		{name: "next week on weekday", text: "The vote is next week on Thursday.",
			want: []want{{text: "next week on Thursday", value: "2025-05-22"}}},
		{name: "weekday of last week", text: "The raid took place on Wednesday of last week.",
			want: []want{{text: "Wednesday of last week", value: "2025-05-07"}}},
		{name: "week of", text: "The summit is planned for the week of June 9.",
			want: []want{{text: "the week of June 9", value: "2025-W24"}}},
		{name: "now", text: "The city is now under curfew.",
			want: []want{{text: "now", value: "PRESENT_REF"}}},
		{name: "last night", text: "Drones struck the port last night.",
			want: []want{{text: "last night", value: "2025-05-17TNI"}}},
		{name: "this morning", text: "Sirens sounded this morning.",
			want: []want{{text: "this morning", value: "2025-05-18TMO"}}},
		{name: "last summer", text: "The fires of last summer burned for weeks.",
			want: []want{{text: "last summer", value: "2024-SU"}}},
		{name: "next spring", text: "Construction starts next spring.",
			want: []want{{text: "next spring", value: "2026-SP"}}},
		{name: "last march", text: "The law passed last March.",
			want: []want{{text: "last March", value: "2025-03"}}},
		{name: "vague ago", text: "The town fell a few weeks ago.",
			want: []want{{text: "a few weeks ago", value: "PAST_REF"}}},
		{name: "the weekend past", text: "Talks were held over the weekend.",
			want: []want{{text: "the weekend", value: "2025-W20-WE"}}},
		{name: "overnight", text: "Drones attacked the city overnight.",
			want: []want{{text: "overnight", value: "2025-05-18TNI", kind: parley.TimeTime}}},
		{name: "no anchor", text: "Talks resume next week.", noPub: true,
			want: []want{{text: "next week", value: ""}}},
	})
}
