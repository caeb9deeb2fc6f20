package jsonl_test

import (
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley/ingest/jsonl"
)

func TestParseTime(t *testing.T) {
	utc := func(y int, m time.Month, d, h, mi, s int) time.Time { return time.Date(y, m, d, h, mi, s, 0, time.UTC) }
	zone := func(h, m int) *time.Location { return time.FixedZone("", h*3600+m*60) }
	for _, tt := range []struct {
		in   string
		want time.Time
	}{
		{"2025-05-18T14:00:00Z", utc(2025, 5, 18, 14, 0, 0)},
		{"2025-05-18T14:00:00.250Z", utc(2025, 5, 18, 14, 0, 0).Add(250 * time.Millisecond)},
		{"2025-05-18T16:00:00+02:00", time.Date(2025, 5, 18, 16, 0, 0, 0, zone(2, 0))},
		{"2025-05-18T16:00:00+0200", time.Date(2025, 5, 18, 16, 0, 0, 0, zone(2, 0))},
		{"2025-05-18T16:00+05:30", time.Date(2025, 5, 18, 16, 0, 0, 0, zone(5, 30))},
		{"2025-05-18T14:00:00", utc(2025, 5, 18, 14, 0, 0)},
		{"2025-05-18T14:00", utc(2025, 5, 18, 14, 0, 0)},
		{"  2025-05-18 ", utc(2025, 5, 18, 0, 0, 0)},
		{"2025-05-18 14:00:00", utc(2025, 5, 18, 14, 0, 0)},
		{"2025-05-18 14:00:00+02:00", time.Date(2025, 5, 18, 14, 0, 0, 0, zone(2, 0))},
		{"2025-05-18 14:00:00 +0200 CEST", time.Date(2025, 5, 18, 14, 0, 0, 0, zone(2, 0))},
		{"2025-05-18 14:00", utc(2025, 5, 18, 14, 0, 0)},
		{"Sun, 18 May 2025 14:00:00 +0000", utc(2025, 5, 18, 14, 0, 0)},
		{"Sun, 18 May 2025 14:00:00 GMT", utc(2025, 5, 18, 14, 0, 0)},
		{"Sun, 18 May 2025 10:00:00 EDT", time.Date(2025, 5, 18, 10, 0, 0, 0, zone(-4, 0))},
		{"Sun, 8 May 2025 10:00:00 -0400", time.Date(2025, 5, 8, 10, 0, 0, 0, zone(-4, 0))},
		{"Sun, 8 May 2025 10:00 PST", time.Date(2025, 5, 8, 10, 0, 0, 0, zone(-8, 0))},
		{"18 May 2025 09:15:00 IST", time.Date(2025, 5, 18, 9, 15, 0, 0, zone(5, 30))},
		{"2025/05/18", utc(2025, 5, 18, 0, 0, 0)},
		{"18 May 2025", utc(2025, 5, 18, 0, 0, 0)},
		{"18 September 2025", utc(2025, 9, 18, 0, 0, 0)},
		{"May 18, 2025", utc(2025, 5, 18, 0, 0, 0)},
		{"September 8, 2025", utc(2025, 9, 8, 0, 0, 0)},
		{"Sunday, May 18, 2025", utc(2025, 5, 18, 0, 0, 0)},
	} {
		got, err := jsonl.ParseTime(tt.in)
		if err != nil {
			t.Errorf("ParseTime(%q): %v", tt.in, err)
			continue
		}
		_, gotOff := got.Zone()
		_, wantOff := tt.want.Zone()
		if !got.Equal(tt.want) || gotOff != wantOff {
			t.Errorf("ParseTime(%q)=%v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseTime_Err(t *testing.T) {
	for _, tt := range []struct{ in, msg string }{
		{"", "not understood"},
		{"yesterday", "not understood"},
		{"18/05/2025", "not understood"},
		{"2025-02-30", "day out of range"},
		{"2025-13-01", "month out of range"},
		{"Sun, 18 May 2025 14:00:00 XYZ", `unknown time zone "XYZ"`},
		{"0000-01-01", "out of range"},
	} {
		_, err := jsonl.ParseTime(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParseTime(%q) error %v, want one containing %q", tt.in, err, tt.msg)
		}
	}
}
