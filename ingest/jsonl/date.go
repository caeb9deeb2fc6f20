package jsonl

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

// layouts are the date forms ParseTime tries, most common first. Forms
// without a zone are read as UTC.
var layouts = []string{
	time.RFC3339Nano,
	"2006-01-02",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"Monday, 02-Jan-06 15:04:05 MST",
	"2006/01/02",
	"2006/01/02 15:04:05",
	"2 Jan 2006",
	"2 January 2006",
	"Jan 2, 2006",
	"January 2, 2006",
	"Mon, 2 Jan 2006",
	"Monday, January 2, 2006",
}

// zones gives the offsets of the zone abbreviations that news sites use
// most. time.Parse reads an unknown abbreviation as UTC, which would shift
// the date silently; a name missing here is an error instead.
// Offsets are in minutes east of UTC.
var zones = map[string]int{
	"UTC": 0, "GMT": 0, "UT": 0,
	"EST": -5 * 60, "EDT": -4 * 60, "CST": -6 * 60, "CDT": -5 * 60,
	"MST": -7 * 60, "MDT": -6 * 60, "PST": -8 * 60, "PDT": -7 * 60,
	"BST": 60, "CET": 60, "CEST": 2 * 60, "EET": 2 * 60, "EEST": 3 * 60,
	"IST": 5*60 + 30, "JST": 9 * 60, "AEST": 10 * 60, "AEDT": 11 * 60,
}

// ParseTime reads a publication date: RFC 3339 (2006-01-02T15:04:05Z07:00,
// with or without fractional seconds), a date 2006-01-02, the RFC 1123
// forms of e-mail and HTTP headers, and a few more common forms such as
// "2006-01-02 15:04:05", "2006/01/02", "2 January 2006" and
// "January 2, 2006". A time without a zone, or a date alone, is taken as
// UTC. The year must lie between 1 and 9999.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	var rangeErr string // why a date of the right form was refused
	for _, layout := range layouts {
		t, err := time.Parse(layout, s)
		var pe *time.ParseError
		if errors.As(err, &pe) && pe.Message != "" && rangeErr == "" {
			rangeErr = strings.TrimPrefix(pe.Message, ": ")
		}
		if err != nil {
			continue
		}
		// A numeric offset beside the name is trusted over the table.
		if strings.Contains(layout, "MST") && !strings.Contains(layout, "-0700") {
			if t, err = fixZone(t); err != nil {
				return time.Time{}, fmt.Errorf("date %q: %w", s, err)
			}
		}
		if y := t.Year(); y < 1 || y > 9999 {
			return time.Time{}, fmt.Errorf("date %q: year %d out of range", s, y)
		}
		return t, nil
	}
	if rangeErr != "" {
		return time.Time{}, fmt.Errorf("date %q: %s", s, rangeErr)
	}
	return time.Time{}, fmt.Errorf("date %q not understood (want RFC 3339 or 2006-01-02)", s)
}

// fixZone gives t the offset of its zone abbreviation from the zones table,
// keeping its clock reading.
func fixZone(t time.Time) (time.Time, error) {
	name, _ := t.Zone()
	off, ok := zones[name]
	if !ok {
		return time.Time{}, fmt.Errorf("unknown time zone %q", name)
	}
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return time.Date(y, mo, d, h, mi, s, t.Nanosecond(), time.FixedZone(name, off*60)), nil
}

// unixTime converts a number of Unix seconds to a UTC time. Numbers too big
// to be seconds of the years 1 to 9999 are read as milliseconds.
func unixTime(v float64) (time.Time, error) {
	const maxSec = 253402300799 // 9999-12-31T23:59:59Z
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return time.Time{}, errors.New("not a finite number")
	}
	if math.Abs(v) > maxSec {
		v /= 1000
	}
	if v < 0 || v > maxSec {
		return time.Time{}, fmt.Errorf("unix time %v out of range", v)
	}
	sec, frac := math.Modf(v)
	return time.Unix(int64(sec), int64(math.Round(frac*1e9))).UTC(), nil
}
