package export

import (
	"bufio"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// maxICalSpan is the longest date interval written as a calendar entry: a
// day, a time, or a week ("next week"); "in June" or "next year" is no
// appointment.
const maxICalSpan = 7 * 24 * time.Hour

// icalWriter writes a VCALENDAR of the planned events to come, one VEVENT
// each (RFC 5545): CRLF line ends, lines folded at 75 octets, TEXT values
// escaped.
type icalWriter struct {
	w     *bufio.Writer
	opt   Options
	n     int
	begun bool
	err   error
}

func newICalWriter(w *bufio.Writer, opt Options) *icalWriter {
	return &icalWriter{w: w, opt: opt}
}

func (w *icalWriter) Written() int { return w.n }

// Wants reports whether the iCalendar export keeps row: a planned event
// whose date starts at or after now and spans at most a week.
func Wants(row *parley.EventRow, now time.Time) bool {
	return row.Event.Modality == parley.Planned && !row.Start.IsZero() &&
		!row.Start.Before(now) && row.End.Sub(row.Start) <= maxICalSpan
}

func (w *icalWriter) begin() {
	if w.begun {
		return
	}
	w.begun = true
	w.line("BEGIN:VCALENDAR")
	w.line("VERSION:2.0")
	w.line("PRODID:-//parley//parley export//EN")
	w.line("CALSCALE:GREGORIAN")
	w.line("METHOD:PUBLISH")
}

func (w *icalWriter) WriteEvent(row *parley.EventRow) error {
	if w.err != nil {
		return w.err
	}
	if !Wants(row, w.opt.Now) {
		return nil
	}
	w.begin()
	w.line("BEGIN:VEVENT")
	w.line("UID:" + escapeText(eventID(row)+"@parley"))
	w.line("DTSTAMP:" + w.opt.Now.UTC().Format("20060102T150405Z"))
	// A value that names a day is an all-day entry (VALUE=DATE, DTEND the
	// day after, exclusive); one with a clock time is a UTC time.
	if dayAligned(row.Start) && dayAligned(row.End) {
		w.line("DTSTART;VALUE=DATE:" + row.Start.Format("20060102"))
		w.line("DTEND;VALUE=DATE:" + row.End.Format("20060102"))
	} else {
		w.line("DTSTART:" + row.Start.UTC().Format("20060102T150405Z"))
	}
	w.line("SUMMARY:" + escapeText(summary(row)))
	desc := oneLine(row.Sentence)
	if row.URL != "" {
		desc += "\n\nSource: " + row.URL
	}
	w.line("DESCRIPTION:" + escapeText(desc))
	if row.Place != nil {
		w.line("LOCATION:" + escapeText(row.Place.Name))
		if located(row.Place) {
			w.line("GEO:" + strconv.FormatFloat(row.Place.Lat, 'f', 6, 64) + ";" + strconv.FormatFloat(row.Place.Lon, 'f', 6, 64))
		}
	}
	w.line("CATEGORIES:" + escapeText(row.Event.Type))
	if validURI(row.URL) {
		w.line("URL:" + row.URL)
	}
	w.line("END:VEVENT")
	w.n++
	return w.err
}

// summary says who does what: "CONSULT: Donald Trump with Vladimir Putin
// (Kyiv)".
func summary(row *parley.EventRow) string {
	s := row.Event.Type
	if src := names(row.Sources); src != "" {
		s += ": " + src
		if tgt := names(row.Targets); tgt != "" {
			s += " with " + tgt
		}
	}
	if row.Place != nil && row.Place.Name != "" {
		s += " (" + row.Place.Name + ")"
	}
	return s
}

// validURI reports whether s can be a URI value as it is: an absolute
// http(s) URL without spaces or control characters (URI values are not
// escaped).
func validURI(s string) bool {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] == 0x7f {
			return false
		}
	}
	return true
}

func dayAligned(t time.Time) bool {
	t = t.UTC()
	return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
}

// line writes one content line, folded: no line is longer than 75 octets
// without its CRLF, continuation lines start with a space, and a UTF-8
// sequence is never split.
func (w *icalWriter) line(s string) {
	if w.err != nil {
		return
	}
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.w.WriteString(s[:cut])
		w.w.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	w.w.WriteString(s)
	if _, err := w.w.WriteString("\r\n"); err != nil {
		w.err = fmt.Errorf("write ical: %w", err)
	}
}

// escapeText escapes a TEXT value (RFC 5545 section 3.3.11): backslash,
// semicolon and comma are escaped, a line break becomes \n, and other
// control characters are dropped.
func escapeText(s string) string {
	var b strings.Builder
	for _, r := range strings.ReplaceAll(s, "\r\n", "\n") {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			// Controls are not allowed in TEXT.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (w *icalWriter) Close() error {
	w.begin()
	w.line("END:VCALENDAR")
	if w.err != nil {
		return w.err
	}
	if err := w.w.Flush(); err != nil {
		return fmt.Errorf("write ical: %w", err)
	}
	return nil
}
