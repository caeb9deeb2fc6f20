package text

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/parleyhq/parley"
)

// datelineParagraphs is how many paragraphs from the start FindDateline
// looks at: a dateline opens the body, which may follow a title and a byline.
const datelineParagraphs = 3

// datelineMaxLen bounds the dateline, place and agency included.
const datelineMaxLen = 120

// A date in a dateline: "May 17", "May 17, 2025", "Sept. 3 2024", "17 May
// 2025", "2025-05-17", "17 мая 2025 г.", "17 травня".
const (
	monthEN = `(?i:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:tember|t\.|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)`
	monthRU = `(?i:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)`
	dateRE  = `(?:(` + monthEN + `)\s+(\d{1,2})(?:,?\s+(\d{4}))?` +
		`|(\d{1,2})\s+(` + monthEN + `|` + monthRU + `)(?:,?\s+(\d{4})(?:\s*(?:г\.|года|року|р\.))?)?` +
		`|(\d{4})-(\d{2})-(\d{2}))`
	// placeRE is an upper-case place name, maybe followed by a region or
	// country: "KYIV", "NEW YORK", "KYIV, Ukraine", "МОСКВА".
	placeRE = `\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}\p{M}.'’ -]{1,30}){0,2}`
	// agencyRE is the wire agency after the date: "(Reuters)", "/ТАСС/".
	agencyRE = `(?:\s*\([^()\n]{1,40}\)|\s*/[^/\n]{1,20}/)?`
	// endRE ends the dateline: a dash, a colon or a full stop.
	endRE = `\s*(?:[-–—:]|\.(?:\s|$))`
)

var (
	datelinePlaced = regexp.MustCompile(`^(` + placeRE + `),\s*` + dateRE + `\.?` + agencyRE + endRE)
	datelineDated  = regexp.MustCompile(`^` + dateRE + agencyRE + endRE)
	monthNumber    = map[string]time.Month{
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
		"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
		"июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
		"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
		"липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
	}
)

// Dateline reads a dateline at the start of s and returns the date it
// names and its length in bytes. A date without a year takes the year of
// fallback, or the year before when that would put the date more than a week
// after fallback; without a fallback such a dateline gives no date. ok is
// false when s does not start with a dated dateline.
func Dateline(s string, fallback time.Time) (t time.Time, n int, ok bool) {
	if len(s) > datelineMaxLen+40 {
		s = s[:datelineMaxLen+40]
	}
	m := datelineDated.FindStringSubmatchIndex(s)
	groups := 1
	if m == nil {
		m = datelinePlaced.FindStringSubmatchIndex(s)
		groups = 2
		if m == nil || m[1] > datelineMaxLen {
			return time.Time{}, 0, false
		}
	}
	g := func(i int) string {
		i += groups - 1
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	// Groups of dateRE: 1-3 month, day, year of "May 17, 2025"; 4-6 day,
	// month, year of "17 May 2025"; 7-9 year, month, day of "2025-05-17".
	var year, day int
	var month time.Month
	switch {
	case g(1) != "":
		month, day, year = monthOf(g(1)), atoi(g(2)), atoi(g(3))
	case g(4) != "":
		day, month, year = atoi(g(4)), monthOf(g(5)), atoi(g(6))
	default:
		year, month, day = atoi(g(7)), time.Month(atoi(g(8))), atoi(g(9))
	}
	if month == 0 {
		return time.Time{}, 0, false
	}
	if year == 0 {
		if fallback.IsZero() {
			return time.Time{}, 0, false
		}
		year = fallback.Year()
		if time.Date(year, month, day, 0, 0, 0, 0, time.UTC).After(fallback.AddDate(0, 0, 7)) {
			year--
		}
	}
	t = time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || t.Month() != month || year < 1900 || year > 2200 {
		return time.Time{}, 0, false
	}
	return t, m[1], true
}

// FindDateline looks for a dateline at the start of the first paragraphs
// of text and returns its date and span.
func FindDateline(text string, paragraphs []parley.Span, fallback time.Time) (time.Time, parley.Span, bool) {
	for i, p := range paragraphs {
		if i == datelineParagraphs {
			break
		}
		if !p.Valid(len(text)) {
			continue
		}
		if t, n, ok := Dateline(text[p.Start:p.End], fallback); ok {
			end := p.Start + n
			for end > p.Start && strings.ContainsRune(" \t\n", rune(text[end-1])) {
				end--
			}
			return t, parley.Span{Start: p.Start, End: end}, true
		}
	}
	return time.Time{}, parley.Span{}, false
}

// monthOf returns the month that the name s names, or 0.
func monthOf(s string) time.Month {
	w := strings.ToLower(strings.TrimRight(s, ".,"))
	if m, ok := monthNumber[w]; ok {
		return m
	}
	if len(w) >= 3 {
		return monthNumber[w[:3]]
	}
	return 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
