package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// checkHolidayRule reports whether a rule of holidays.tsv is well formed.
func checkHolidayRule(rule string) error {
	if strings.HasPrefix(rule, "easter") {
		if _, err := strconv.Atoi(strings.TrimPrefix(rule[len("easter"):], "+")); err != nil {
			return fmt.Errorf("bad holiday rule %q", rule)
		}
		return nil
	}
	if strings.HasPrefix(rule, "nth:") {
		f := strings.Split(rule, ":")
		if len(f) != 4 {
			return fmt.Errorf("bad holiday rule %q", rule)
		}
		for _, x := range f[1:] {
			if _, err := strconv.Atoi(x); err != nil {
				return fmt.Errorf("bad holiday rule %q", rule)
			}
		}
		return nil
	}
	if _, err := time.Parse("01-02", rule); err != nil {
		return fmt.Errorf("bad holiday rule %q", rule)
	}
	return nil
}

// holidayDate returns the date of a holiday rule in year y.
func holidayDate(rule string, y int) time.Time {
	switch {
	case strings.HasPrefix(rule, "easter"):
		k, _ := strconv.Atoi(strings.TrimPrefix(rule[len("easter"):], "+"))
		return easter(y).AddDate(0, 0, k)
	case strings.HasPrefix(rule, "nth:"):
		f := strings.Split(rule, ":")
		n, _ := strconv.Atoi(f[1])
		wd, _ := strconv.Atoi(f[2])
		m, _ := strconv.Atoi(f[3])
		if n < 0 {
			d := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
			return d.AddDate(0, 0, -((isoWeekday(d) - wd + 7) % 7))
		}
		d := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		d = d.AddDate(0, 0, (wd-isoWeekday(d)+7)%7)
		return d.AddDate(0, 0, 7*(n-1))
	}
	m, _ := strconv.Atoi(rule[:2])
	d, _ := strconv.Atoi(rule[3:])
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// easter returns Easter Sunday of year y in the Gregorian calendar
// (the anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
