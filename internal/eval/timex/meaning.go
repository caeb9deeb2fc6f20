package timex

import (
	"strings"
	"time"
)

// SameMeaning reports whether the predicted item p denotes the same time as
// the gold item g when the two are written in different conventions. It is
// used for the Recognizers-Text cases only (TE3 gold is TIMEX3, as parley's
// values are, and is compared by ValueEqual alone). ref is the case's
// reference time.
//
// Each mapping below relates two spellings of one time; none accepts a
// value that names another time (docs/accuracy.md lists them):
//
//  1. Intervals: a date value and a range "(a,b,P...)" are equal when they
//     cover the same days (2019-Q3 is 2019-07-01/2019-10-01). Interval
//     already reads quarters, halves, weeks, decades and centuries.
//  2. Unresolved gold: a gold value with X digits and no resolved
//     alternative (Recognizers writes XXXX-08 for "since August" without
//     choosing the year) matches a prediction that agrees on every digit it
//     states.
//  3. Vague counts: Recognizers writes "a few hours" and "several weeks" as
//     PT3H and P3W; TIMEX3 writes PTXH and PXW. They match when the gold
//     text has "few", "several" or "some".
//  4. Sets: "every night" is TNI in Recognizers and XXXX-XX-XXTNI in
//     TIMEX3; "every weekend" is P1WE and XXXX-WXX-WE.
//  5. Durations counted from the reference: Recognizers resolves "in 5
//     minutes", "3 days ago", "within 9 months" and "the next 3 days" to the
//     point or window that the duration reaches from the reference time;
//     TIMEX3 (and parley) give the duration (PT5M), the preposition or
//     adverb outside. They match when the gold text has a cue of direction
//     ("in", "within", "later", "from now", "after", "next", "coming",
//     "following", "upcoming" forward; "ago", "last", "past", "previous",
//     "before", "earlier" back) and the gold point or window is the
//     reference moved by exactly the duration, either from the reference
//     itself or from the start of the current calendar unit ("the last two
//     quarters" as whole quarters).
//  6. End of a day: Recognizers writes "the end of tomorrow" as
//     2016-11-08T23:59:59; TIMEX3 writes 2016-11-08 with mod END.
//  7. A time of day with no day in the gold (T19:30, TMO: Recognizers
//     leaves the day of "7:30 pm" or "in the morning" open) matches that
//     time on the day parley gives it.
//  8. Ranges end by end: a gold range "(a,b,P...)" matches a predicted
//     range "x/y" when a matches x and b matches y, each as above or with
//     the gold leaving the day unstated: "(T16,T17,PT1H)" for "4 to 5pm"
//     matches 2016-11-07T16:00/2016-11-07T17:00 (parley dates a bare clock
//     time by the reference), and XXXX-WXX-1T08 matches a Monday at 08:00.
func SameMeaning(g, p *Item, ref time.Time) bool {
	if ValueEqual(g, p) {
		return true
	}
	pv := append([]string{p.Value}, p.Alts...)
	gv := append([]string{g.Value}, g.Alts...)
	// 1. Intervals of both sides.
	for _, a := range pv {
		ia, ok := intervalOf(a)
		if !ok {
			continue
		}
		for _, b := range gv {
			if ib, ok := intervalOf(b); ok && ia == ib {
				return true
			}
		}
	}
	// 2. Unresolved gold.
	if !anyResolved(gv) {
		for _, b := range gv {
			b = NormValue(b)
			if len(b) == 2 && isUpper(b) { // SU, WI: a season of no year
				b = "XXXX-" + b
			}
			if !strings.Contains(b, "X") {
				continue
			}
			for _, a := range pv {
				if wildMatch(b, NormValue(a)) {
					return true
				}
				if s, e, ok := Interval(a); ok && wildMatch(b, s+"/"+e) {
					return true
				}
			}
		}
	}
	text := " " + strings.ToLower(g.Text) + " "
	// 3. Vague counts.
	if hasWord(text, "few", "several", "some") {
		for _, b := range gv {
			if vagueEqual(b, p.Value) {
				return true
			}
		}
	}
	// 4. Sets.
	if g.Type == "SET" && p.Type == "SET" {
		for _, b := range gv {
			if setForm(b) == setForm(p.Value) {
				return true
			}
		}
	}
	// 5. Durations counted from the reference.
	if p.Type == "DURATION" && !ref.IsZero() {
		fwd := hasWord(text, "in", "within", "later", "after", "next", "coming", "following", "upcoming") || strings.Contains(text, " from now ")
		back := hasWord(text, "ago", "last", "past", "previous", "before", "earlier")
		if fwd || back {
			for _, c := range fromReference(p.Value, ref, fwd, back) {
				for _, b := range gv {
					if NormValue(b) == c {
						return true
					}
					if iv, ok := intervalOf(b); ok && iv == c {
						return true
					}
				}
			}
		}
	}
	// 7. A time of day without a day (T19:30, TMO) matches the same time
	// on the day parley gives it.
	for _, b := range gv {
		if strings.HasPrefix(b, "T") && endEqual(b, p.Value) {
			return true
		}
	}
	// 8. Ranges end by end.
	if x, y, ok := strings.Cut(p.Value, "/"); ok {
		for _, b := range gv {
			if !strings.HasPrefix(b, "(") {
				continue
			}
			f := strings.Split(strings.Trim(b, "()"), ",")
			if len(f) == 3 && endEqual(f[0], x) && endEqual(f[1], y) {
				return true
			}
		}
	}
	// 6. End of a day.
	if p.Mod == "end" && len(p.Value) == 10 {
		for _, b := range gv {
			if b == p.Value+"T23:59:59" || b == p.Value+"T23:59" {
				return true
			}
		}
	}
	return false
}

// intervalOf returns the day interval of a value as "start/end", for date
// values and ranges whose ends are both dates.
func intervalOf(v string) (string, bool) {
	if strings.HasPrefix(v, "(") && strings.HasSuffix(v, ")") {
		f := strings.Split(v[1:len(v)-1], ",")
		if len(f) != 3 || len(f[0]) != 10 || len(f[1]) != 10 {
			return "", false
		}
		return f[0] + "/" + f[1], !strings.Contains(f[0]+f[1], "X")
	}
	if a, b, ok := strings.Cut(v, "/"); ok && len(a) == 10 && len(b) == 10 && !strings.Contains(v, "X") {
		return v, true
	}
	s, e, ok := Interval(v)
	if !ok {
		return "", false
	}
	return s + "/" + e, true
}

func anyResolved(vs []string) bool {
	for _, v := range vs {
		if v != "" && !strings.Contains(v, "X") && !strings.HasPrefix(v, "(") && (len(v) > 2 || !isUpper(v)) {
			return true
		}
	}
	return false
}

func isUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// wildMatch reports whether v agrees with pattern at every character the
// pattern states (X matches any digit).
func wildMatch(pattern, v string) bool {
	if len(pattern) != len(v) || v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := pattern[i]
		if c == 'X' {
			if v[i] < '0' || v[i] > '9' {
				return false
			}
			continue
		}
		if c != v[i] {
			return false
		}
	}
	return true
}

func hasWord(text string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(text, " "+w+" ") {
			return true
		}
	}
	return false
}

// vagueEqual reports whether gold (P3D, PT3H) and pred (PXD, PTXH) are the
// same unit with a vague count.
func vagueEqual(gold, pred string) bool {
	i := strings.IndexByte(pred, 'X')
	if i < 1 || i != len(pred)-2 || pred[0] != 'P' {
		return false
	}
	prefix, unit := pred[:i], pred[i+1:]
	if !strings.HasPrefix(gold, prefix) || !strings.HasSuffix(gold, unit) {
		return false
	}
	return isDigits(gold[len(prefix) : len(gold)-len(unit)])
}

// setForm writes a set value in one form: the day, week and time parts
// that TIMEX3 spells with X's are dropped (XXXX-XX-XXTNI is TNI,
// XXXX-WXX-WE is P1WE).
func setForm(v string) string {
	switch {
	case strings.HasPrefix(v, "XXXX-XX-XXT"):
		return v[len("XXXX-XX-XX"):]
	case v == "XXXX-WXX-WE":
		return "P1WE"
	}
	return NormValue(v)
}

// fromReference returns the points and windows a duration reaches from
// ref, forward and/or back: the moved point (at the duration's finest
// unit: minutes for times, else days) and the windows ref..ref+d,
// the day after ref..+d, and whole calendar units.
func fromReference(v string, ref time.Time, fwd, back bool) []string {
	y, m, d, secs, unit, ok := parseDuration(v)
	if !ok {
		return nil
	}
	const day = "2006-01-02"
	move := func(t time.Time, sign int) time.Time {
		t = t.AddDate(sign*y, sign*m, sign*d)
		return t.Add(time.Duration(sign*secs) * time.Second)
	}
	pt := func(t time.Time) string {
		if secs > 0 {
			return t.Format("2006-01-02T15:04")
		}
		return t.Format(day)
	}
	win := func(a, b time.Time) string { return a.Format(day) + "/" + b.Format(day) }
	start := calendarStart(ref, unit)
	var out []string
	if fwd {
		out = append(out, pt(move(ref, 1)))
		if secs == 0 {
			tom := ref.AddDate(0, 0, 1)
			out = append(out, win(ref, move(ref, 1)), win(tom, move(tom, 1)))
			if !start.IsZero() {
				next := nextUnit(start, unit)
				out = append(out, win(next, move(next, 1)))
			}
		}
	}
	if back {
		out = append(out, pt(move(ref, -1)))
		if secs == 0 {
			out = append(out, win(move(ref, -1), ref))
			if !start.IsZero() {
				out = append(out, win(move(start, -1), start))
			}
		}
	}
	return out
}

// parseDuration reads an ISO 8601 duration with whole counts (P3Y2M,
// P2W, PT1H30M). unit is the largest calendar unit it names (Y, Q for a
// multiple of three months, M, W, D), or "" for time units only.
func parseDuration(v string) (y, m, d, secs int, unit string, ok bool) {
	if len(v) < 3 || v[0] != 'P' {
		return
	}
	inTime := false
	n, digits := 0, false
	for i := 1; i < len(v); i++ {
		c := v[i]
		switch {
		case c == 'T':
			inTime = true
			continue
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
			digits = true
			continue
		}
		if !digits {
			return 0, 0, 0, 0, "", false
		}
		switch {
		case !inTime && c == 'Y':
			y += n
		case !inTime && c == 'M':
			m += n
		case !inTime && c == 'W':
			d += 7 * n
		case !inTime && c == 'D':
			d += n
		case inTime && c == 'H':
			secs += 3600 * n
		case inTime && c == 'M':
			secs += 60 * n
		case inTime && c == 'S':
			secs += n
		default:
			return 0, 0, 0, 0, "", false
		}
		if unit == "" && !inTime {
			unit = string(c)
		}
		n, digits = 0, false
	}
	if digits {
		return 0, 0, 0, 0, "", false
	}
	if unit == "M" && m%3 == 0 && y == 0 && d == 0 {
		unit = "Q"
	}
	return y, m, d, secs, unit, true
}

func calendarStart(t time.Time, unit string) time.Time {
	y, mo, d := t.Date()
	switch unit {
	case "Y":
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	case "Q":
		return time.Date(y, (mo-1)/3*3+1, 1, 0, 0, 0, 0, time.UTC)
	case "M":
		return time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
	case "W":
		wd := int(t.Weekday()+6) % 7 // Monday 0
		return time.Date(y, mo, d-wd, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

func nextUnit(start time.Time, unit string) time.Time {
	switch unit {
	case "Y":
		return start.AddDate(1, 0, 0)
	case "Q":
		return start.AddDate(0, 3, 0)
	case "M":
		return start.AddDate(0, 1, 0)
	case "W":
		return start.AddDate(0, 0, 7)
	}
	return start
}

// endEqual reports whether a predicted range end p is the gold end g, or
// agrees with it where g leaves the day unstated (T16, XXXX-10-01,
// XXXX-WXX-1T08).
func endEqual(g, p string) bool {
	g, p = NormValue(g), NormValue(p)
	if g == p || wildMatch(g, p) {
		return true
	}
	if strings.HasPrefix(g, "T") {
		return strings.HasSuffix(p, g) && len(p) == 10+len(g)
	}
	if strings.HasPrefix(g, "XXXX-WXX-") && len(g) >= 10 && len(p) >= 10 {
		d, err := time.Parse("2006-01-02", p[:10])
		if err != nil {
			return false
		}
		wd := int(d.Weekday())
		if wd == 0 {
			wd = 7
		}
		return g[9] == byte('0'+wd) && g[10:] == p[10:]
	}
	return false
}
