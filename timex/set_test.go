package timex_test

import (
	"testing"

	"github.com/parleyhq/parley"
)

func TestSet(t *testing.T) {
	S := parley.TimeSet
	runCases(t, []tcase{
		{name: "rate", text: "More than 5000 soldiers a week are killed.",
			want: []want{{text: "a week", value: "P1W", kind: S}}},
		{name: "every day", text: "Rebels shell the town every day.",
			want: []want{{text: "every day", value: "P1D", kind: S}}},
		{name: "weekly", text: "The council meets weekly.",
			want: []want{{text: "weekly", value: "P1W", kind: S}}},
		{name: "per month", text: "Rent is $500 per month.",
			want: []want{{text: "per month", value: "P1M", kind: S}}},
		{name: "twice a year", text: "The board meets twice a year.",
			want: []want{{text: "twice a year", value: "P1Y", kind: S}}},
		{name: "every monday", text: "Protesters gather every Monday.",
			want: []want{{text: "every Monday", value: "XXXX-WXX-1", kind: S}}},
		{name: "on fridays", text: "Markets close early on Fridays.",
			want: []want{{text: "Fridays", value: "XXXX-WXX-5", kind: S}}},
		{name: "every two years", text: "Elections are held every two years.",
			want: []want{{text: "every two years", value: "P2Y", kind: S}}},
		{name: "every day at", text: "The market opens every day at 9 a.m.",
			want: []want{{text: "every day at 9 a.m.", value: "XXXX-XX-XXT09:00", kind: S}}},
		{name: "weekdays at", text: "Rallies start on Tuesdays at 6:30 p.m.",
			want: []want{{text: "Tuesdays at 6:30 p.m.", value: "XXXX-WXX-2T18:30", kind: S}}},
		{name: "for a week is a duration", text: "The border was closed for a week.",
			want: []want{{text: "a week", value: "P1W", kind: parley.TimeDuration}}},
	})
}
