package timex_test

import (
	"testing"
	"time"

	"github.com/parleyhq/parley"
)

func TestClock(t *testing.T) {
	T := parley.TimeTime
	runCases(t, []tcase{
		{name: "eastern", text: "The call is set for 10 a.m. ET on Monday.",
			want: []want{{text: "10 a.m. ET on Monday", value: "2025-05-19T14:00Z", kind: T}}},
		{name: "gmt", text: "The strike began at 1400 GMT.",
			want: []want{{text: "1400 GMT", value: "2025-05-18T14:00Z", kind: T}}},
		{name: "winter est", text: "Markets closed at 4 p.m. Eastern time.", pub: time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC),
			want: []want{{text: "4 p.m. Eastern time", value: "2025-01-15T21:00Z"}}},
		{name: "cet", text: "The summit opens at 09:30 CET on Tuesday.", pub: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC),
			want: []want{{text: "09:30 CET on Tuesday", value: "2025-03-04T08:30Z"}}},
		{name: "moscow time", text: "Sirens sounded at 3 a.m. Moscow time.",
			want: []want{{text: "3 a.m. Moscow time", value: "2025-05-18T00:00Z"}}},
		{name: "unzoned", text: "Polls close at 8 PM.",
			want: []want{{text: "8 PM", value: "2025-05-18T20:00"}}},
		{name: "local time", text: "The blast hit at 14:00 local time.",
			want: []want{{text: "14:00 local time", value: "2025-05-18T14:00Z"}}},
		{name: "noon", text: "The deadline passed at noon on Friday.",
			want: []want{{text: "noon on Friday", value: "2025-05-16T12:00"}}},
		{name: "shortly after midnight", text: "Explosions were heard shortly after midnight.",
			want: []want{{text: "shortly after midnight", value: "2025-05-18T00:00", mod: "after"}}},
		{name: "midnight friday", text: "The funding will run out at midnight Friday.",
			want: []want{{text: "midnight Friday", value: "2025-05-24T00:00"}}},
		{name: "tonight", text: "The president will speak tonight.",
			want: []want{{text: "tonight", value: "2025-05-18TNI"}}},
		{name: "dawn", text: "Troops crossed the river at dawn.",
			want: []want{{text: "dawn", value: "2025-05-18TMO"}}},
		{name: "not a clock", text: "The score was 3:2 and 10 people came.", none: []string{"3:2", "10"}},
		{name: "decimal", text: "Shares rose 1.50 points, or 2.30 percent.", none: []string{"1.50", "2.30"}},
		// A clock time after a part of the day takes its day; the spans stay
		// apart, as TIMEX3 annotates them.
		{name: "tonight at", text: "The rally starts tonight at 7 p.m. in the square.",
			want: []want{{text: "tonight", value: "2025-05-18TNI"}, {text: "7 p.m.", value: "2025-05-18T19:00", kind: T}}},
		{name: "last night at", text: "Police arrived last night at 11:30 p.m.",
			want: []want{{text: "11:30 p.m.", value: "2025-05-17T23:30", kind: T}}},
		{name: "weekday morning at", text: "The court met on Friday morning at 9 a.m.",
			want: []want{{text: "Friday morning", value: "2025-05-16TMO"}, {text: "9 a.m.", value: "2025-05-16T09:00", kind: T}}},
		{name: "dotted clock", text: "The train left at 10.30 a.m. sharp.",
			want: []want{{text: "10.30 a.m.", value: "2025-05-18T10:30"}}},
	})
}

func TestClock_LocalTimeUncertain(t *testing.T) {
	doc := MustTag(t, "The blast hit Kyiv at 14:00 local time.", pub)
	for _, tm := range doc.Times {
		if doc.Slice(tm.Span) == "14:00 local time" && !tm.ZoneUncertain {
			t.Errorf("ZoneUncertain = false, want true without a place layer")
		}
	}
}

func TestClock_LocalTimePlace(t *testing.T) {
	text := "The blast hit Kyiv at 14:00 local time."
	doc := MustTag(t, text, pub)
	doc.Places = []parley.Place{{Span: parley.Span{Start: 14, End: 18}, Name: "Kyiv", TimeZone: "Europe/Kyiv", Rule: "test"}}
	tagger := mustTagger(t)
	tagger.Annotate(doc)
	for _, tm := range doc.Times {
		if doc.Slice(tm.Span) == "14:00 local time" {
			if tm.Value != "2025-05-18T11:00Z" || tm.ZoneUncertain || tm.Zone != "Europe/Kyiv" {
				t.Errorf("got Value=%q ZoneUncertain=%v Zone=%q, want 2025-05-18T11:00Z in Europe/Kyiv", tm.Value, tm.ZoneUncertain, tm.Zone)
			}
		}
	}
}
