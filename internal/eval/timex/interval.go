package timex

import (
	"fmt"
	"strings"
	"time"
)

// Interval returns the days a date value covers as a half-open interval:
// 2016 is 2016-01-01 to 2017-01-01, 2016-10 is 2016-10-01 to 2016-11-01,
// 2016-W44 runs Monday to Monday, 2016-Q3 is July to September, 2016-H2
// July to December, 199 is the 1990s and 19 the 1900s. A range "a/b" runs from
// the start of a to the end of b. ok is false for other values.
func Interval(v string) (start, end string, ok bool) {
	if a, b, cut := strings.Cut(v, "/"); cut {
		s1, _, ok1 := Interval(a)
		_, e2, ok2 := Interval(b)
		if !ok1 || !ok2 {
			return "", "", false
		}
		return s1, e2, true
	}
	const day = "2006-01-02"
	var s, e time.Time
	switch {
	case len(v) == 2 && isDigits(v): // century
		y := int(v[0]-'0')*1000 + int(v[1]-'0')*100
		s = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		e = s.AddDate(100, 0, 0)
	case len(v) == 7 && isDigits(v[:4]) && v[4] == '-' && (v[5] == 'Q' && v[6] >= '1' && v[6] <= '4' || v[5] == 'H' && v[6] >= '1' && v[6] <= '2'):
		y := int(v[0]-'0')*1000 + int(v[1]-'0')*100 + int(v[2]-'0')*10 + int(v[3]-'0')
		months := 3
		if v[5] == 'H' {
			months = 6
		}
		s = time.Date(y, time.Month(1+months*int(v[6]-'1')), 1, 0, 0, 0, 0, time.UTC)
		e = s.AddDate(0, months, 0)
	case len(v) == 3 && isDigits(v):
		y := int(v[0]-'0')*1000 + int(v[1]-'0')*100 + int(v[2]-'0')*10
		s = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		e = s.AddDate(10, 0, 0)
	case len(v) == 4 && isDigits(v):
		t, err := time.Parse("2006", v)
		if err != nil {
			return "", "", false
		}
		s, e = t, t.AddDate(1, 0, 0)
	case len(v) == 7 && v[4] == '-' && isDigits(v[5:]):
		t, err := time.Parse("2006-01", v)
		if err != nil {
			return "", "", false
		}
		s, e = t, t.AddDate(0, 1, 0)
	case len(v) == 10:
		t, err := time.Parse(day, v)
		if err != nil {
			return "", "", false
		}
		s, e = t, t.AddDate(0, 0, 1)
	case len(v) == 8 && v[5] == 'W', len(v) == 11 && v[5] == 'W' && strings.HasSuffix(v, "-WE"):
		var y, w int
		if _, err := fmt.Sscanf(v[:8], "%4d-W%2d", &y, &w); err != nil {
			return "", "", false
		}
		// Monday of ISO week w: the week of January 4th, shifted.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		wd := int(jan4.Weekday())
		if wd == 0 {
			wd = 7
		}
		s = jan4.AddDate(0, 0, 1-wd+7*(w-1))
		e = s.AddDate(0, 0, 7)
		if len(v) == 11 {
			s = s.AddDate(0, 0, 5)
		}
	default:
		return "", "", false
	}
	return s.Format(day), e.Format(day), true
}
