package timex

import (
	"strings"

	"github.com/parleyhq/parley"
)

// clockExpr reads times of day with their zone: "10 AM", "10:30 p.m. ET",
// "10 AM Eastern time", "14:00 local time", "1400 GMT", "noon", "midnight",
// "at dawn".
func (s *sent) clockExpr(i int) *expr {
	e := s.clock(i)
	if e == nil {
		return nil
	}
	s.zoneAfter(e)
	return e
}

// clock reads the time of day at token i, without its zone.
func (s *sent) clock(i int) *expr {
	t := &s.ts[i]
	if w := t.w; w != nil && w.pod != "" {
		if len(w.pod) == 5 { // noon, midnight
			e := s.mk(i, i+1, parley.TimeTime, "clock-word")
			e.clock, e.hh, e.mi, e.gran = true, atoi(w.pod[:2]), atoi(w.pod[3:]), uMinute
			return e
		}
		// A part of day alone is a time only as "at dawn", "before dusk".
		switch w.key {
		case "dawn", "daybreak", "sunrise", "dusk", "sunset", "nightfall":
			if s.is(i-1, "at", "before", "after", "until", "by", "from") {
				e := s.mk(i, i+1, parley.TimeTime, "pod")
				e.pod, e.gran = w.pod, uPartOfDay
				return e
			}
		}
		return nil
	}
	// "12 noon"
	if t.num == 12 && s.is(i+1, "noon", "midnight") {
		w := s.ts[i+1].w
		e := s.mk(i, i+2, parley.TimeTime, "clock-word")
		e.clock, e.hh, e.mi, e.gran = true, atoi(w.pod[:2]), 0, uMinute
		return e
	}
	if t.low == "" || t.low[0] < '0' || t.low[0] > '9' {
		return nil // every clock form below starts with a digit
	}
	h, m, end, ok := s.hourMinute(i)
	if !ok {
		return nil
	}
	// "14:00" is a clock time alone; "10.30" only with a.m./p.m. after it
	// ("1.50" is a number).
	hasColon := end > i+1 || strings.Contains(s.txt(t), ":")
	// a.m. / p.m.
	mer, mend := s.meridian(end, t)
	switch {
	case mer != 0:
		if h < 1 || h > 12 {
			return nil
		}
		if mer == 'p' && h < 12 {
			h += 12
		}
		if mer == 'a' && h == 12 {
			h = 0
		}
		end = mend
	case s.is(end, "o'clock"):
		end++
	case hasColon && h <= 23:
		// "14:00" alone is a clock time; "3:2" is not.
	case t.nd == 4 && t.num >= 0 && s.zoneAt(end) != nil && h <= 23 && m <= 59:
		// "1400 GMT"
	case t.nd == 4 && t.num >= 0 && s.is(end, "hours", "hrs", "h") && h <= 23 && m <= 59:
		end++
	default:
		return nil
	}
	e := s.mk(i, end, parley.TimeTime, "clock")
	e.clock, e.hh, e.mi, e.gran = true, h, m, uMinute
	return e
}

// hourMinute reads "10", "10:30", "10.30" (as written before a.m./p.m.),
// "1400", "10am" at token i.
func (s *sent) hourMinute(i int) (h, m, end int, ok bool) {
	t := &s.ts[i]
	txt := t.low
	// "10am", "10:30pm" in one token
	for _, suf := range []string{"am", "pm", "a.m.", "p.m.", "a.m", "p.m"} {
		if strings.HasSuffix(txt, suf) && len(txt) > len(suf) {
			txt = txt[:len(txt)-len(suf)]
			break
		}
	}
	// Glue "10" ":" "30" when written as three tokens.
	end = i + 1
	if t.num >= 0 && s.punct(i+1, ":") && !s.ts[i+1].gap && i+2 < len(s.ts) && !s.ts[i+2].gap && s.ts[i+2].nd == 2 {
		txt, end = s.txt(t)+":"+s.txt(&s.ts[i+2]), i+3
	}
	switch {
	case allDigits(txt) && len(txt) <= 2:
		h = atoi(txt)
	case allDigits(txt) && len(txt) == 4:
		h, m = atoi(txt[:2]), atoi(txt[2:])
	case len(txt) >= 4 && len(txt) <= 5 && (txt[len(txt)-3] == ':' || txt[len(txt)-3] == '.') &&
		allDigits(txt[:len(txt)-3]) && allDigits(txt[len(txt)-2:]):
		h, m = atoi(txt[:len(txt)-3]), atoi(txt[len(txt)-2:])
	default:
		return 0, 0, i, false
	}
	if h > 24 || m > 59 {
		return 0, 0, i, false
	}
	return h, m, end, true
}

// meridian reads "a.m.", "AM", "pm" at k (or at the end of token t, when
// glued), returning 'a', 'p' or 0 and the end token.
func (s *sent) meridian(k int, t *tok) (byte, int) {
	low := t.low
	if strings.HasSuffix(low, "am") || strings.HasSuffix(low, "a.m.") || strings.HasSuffix(low, "a.m") {
		if low[0] >= '0' && low[0] <= '9' {
			return 'a', s.skipPeriod(k)
		}
	}
	if strings.HasSuffix(low, "pm") || strings.HasSuffix(low, "p.m.") || strings.HasSuffix(low, "p.m") {
		if low[0] >= '0' && low[0] <= '9' {
			return 'p', s.skipPeriod(k)
		}
	}
	if k >= len(s.ts) {
		return 0, k
	}
	switch s.ts[k].low {
	case "am", "a.m", "a.m.":
		return 'a', s.skipPeriod(k + 1)
	case "pm", "p.m", "p.m.":
		return 'p', s.skipPeriod(k + 1)
	case "a", "p":
		// "a" "." "m" "." split by the tokeniser
		if s.punct(k+1, ".") && s.is(k+2, "m") {
			return s.ts[k].low[0], s.skipPeriod(k + 3)
		}
	}
	return 0, k
}

// skipPeriod steps over a period glued to the token before k when the
// sentence goes on after it ("10 a.m. Monday" tokenised as "a.m" ".").
func (s *sent) skipPeriod(k int) int {
	if s.punct(k, ".") && !s.ts[k].gap && k+1 < len(s.ts) {
		return k + 1
	}
	return k
}

// zoneAt returns the zone named at token k and the end of its name, or nil.
func (s *sent) zoneAt(k int) *zone {
	z, _ := s.zoneSpan(k)
	return z
}

func (s *sent) zoneSpan(k int) (*zone, int) {
	w := s.word(k)
	if w == nil || w.zone == nil {
		return nil, k
	}
	end := k + 1
	if s.is(end, "standard", "daylight") && s.is(end+1, "time") {
		end += 2
	} else if s.is(end, "time") {
		end++
	} else if w.zone.needTime {
		return nil, k
	}
	if !s.ts[k].capital && !s.allCaps {
		return nil, k
	}
	return w.zone, end
}

// zoneAfter extends a clock time with the zone named after it: "ET",
// "Eastern time", "GMT", "local time", "(1400 GMT)" is left to compose.
func (s *sent) zoneAfter(e *expr) {
	if !e.clock {
		return
	}
	k := e.j
	if z, end := s.zoneSpan(k); z != nil {
		e.zone, e.j, e.span = z, end, s.span(e.i, end)
		return
	}
	if s.is(k, "local") && s.is(k+1, "time") {
		e.local, e.j, e.span = true, k+2, s.span(e.i, k+2)
	}
}
