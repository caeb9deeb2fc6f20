package timex

import (
	"strconv"
	"strings"

	"github.com/parleyhq/parley"
)

// durationExpr reads durations: "three years", "one hour and 40 minutes",
// "a week", "two-year", "90-day", "half an hour", "the past three years",
// "the next two weeks", "for weeks" (PXW).
func (s *sent) durationExpr(i int) *expr {
	if e := s.hyphenDuration(i); e != nil {
		return e
	}
	if s.is(i, "all") {
		// "all day", "all week", "all year": TIMEX3 gives one unit, P1D
		if w := s.word(i + 1); w != nil && !w.unitPl && (w.unit == uDay || w.unit == uWeek || w.unit == uMonth || w.unit == uYear) &&
			s.ts[i+1].poss == 0 && !s.is(i+2, "long") {
			e := s.mk(i, i+2, parley.TimeDuration, "duration-all")
			e.dur = durString([]durPart{{n: 1, u: w.unit}})
			return e
		}
		return nil
	}
	k := i
	framed := false
	if s.is(k, "the") && s.is(k+1, "past", "last", "next", "coming", "previous", "following", "first", "final", "recent") {
		k += 2
		framed = true
	}
	if s.is(k, "recent") && k == i {
		// "recent weeks": an unknown count
		if w := s.word(k + 1); w != nil && w.unitPl && w.unit != uWeekend {
			e := s.mk(i, k+2, parley.TimeDuration, "duration-recent")
			e.dur = durString([]durPart{{n: -1, u: w.unit}})
			return e
		}
		return nil
	}
	if s.is(k, "half") && s.is(k+1, "an", "a") {
		w := s.word(k + 2)
		if w != nil && !w.unitPl && w.unit != uNone {
			if v := halfOf(w.unit); v != "" {
				e := s.mk(i, k+3, parley.TimeDuration, "half-unit")
				e.dur = v
				return e
			}
		}
		return nil
	}
	var partsBuf [4]durPart
	parts := partsBuf[:0]
	end := k
	for {
		n, nk, ok := s.cardinal(end, true)
		if !ok {
			if framed && len(parts) == 0 {
				// "the past year": one unit
				n, nk = 1, end
			} else if len(parts) == 0 {
				// A bare plural unit: "for weeks", "in recent years".
				w := s.word(end)
				if w == nil || !w.unitPl || !s.bareUnitOK(end) {
					return nil
				}
				parts = append(parts, durPart{n: -1, u: w.unit})
				end++
				break
			} else {
				break
			}
		}
		if s.is(nk, "single") && n == 1 { // "a single day"
			nk++
		}
		if w := s.word(nk); w != nil && w.key == "second" && s.is(end, "a", "an") {
			return nil // "a second convoy"
		}
		frac := 0.0
		if s.is(nk, "and") && s.is(nk+1, "a") && s.is(nk+2, "half") { // "two and a half years"
			frac, nk = 0.5, nk+3
		}
		w := s.word(nk)
		if w == nil || w.unit == uNone || w.unit == uWeekend {
			if framed && len(parts) == 0 && n == 1 {
				return nil
			}
			break
		}
		if framed && nk == end && w.unitPl {
			n = -1 // "the coming months"
		}
		if n == 1 && w.unitPl && nk > end && !s.is(end, "one") {
			break
		}
		p := durPart{n: float64(n), u: w.unit}
		if n < 0 {
			p.n = -1
		}
		p.n += frac
		end = nk + 1
		if s.is(end, "and") && s.is(end+1, "a") && s.is(end+2, "half") { // "a year and a half"
			p.n += 0.5
			end += 3
		}
		parts = append(parts, p)
		// "one hour and 40 minutes", "two years, three months"
		if (s.is(end, "and") || s.punct(end, ",")) && end+1 < len(s.ts) {
			if _, nk2, ok := s.cardinal(end+1, true); ok {
				if w2 := s.word(nk2); w2 != nil && w2.unit != uNone && w2.unit > p.u {
					end++
					continue
				}
			}
		}
		break
	}
	if len(parts) == 0 {
		return nil
	}
	v := durString(parts)
	if v == "" {
		return nil
	}
	e := s.mk(i, end, parley.TimeDuration, "duration")
	if framed {
		e.rule = "duration-framed"
	}
	e.dur = v
	return e
}

// bareUnitOK says whether a bare plural unit at k is a duration ("for
// weeks", "in weeks", "weeks after the invasion", "months of talks") rather
// than a noun of its own ("publishes minutes").
func (s *sent) bareUnitOK(k int) bool {
	if s.ts[k].capital && !s.allCaps && k > 0 {
		return false
	}
	switch s.ts[k].low {
	case "hours", "weeks", "months", "years", "decades", "days", "minutes", "centuries":
	default:
		return false
	}
	if s.is(k-1, "for", "in", "within", "over", "after", "lasted", "last", "lasting", "took", "take", "takes",
		"spent", "spend", "throughout", "during", "than", "wait", "waited", "nearly", "almost") {
		return true
	}
	if s.is(k+1, "of") {
		return s.ts[k].low != "minutes" // "the minutes of the meeting"
	}
	return s.is(k+1, "later", "earlier", "ago", "after", "before", "into", "long", "away", "afterwards")
}

// hyphenDuration reads adjective durations written with a hyphen:
// "two-year", "six-month", "90-day", "24-hour".
func (s *sent) hyphenDuration(i int) *expr {
	t := &s.ts[i]
	var nTxt, uTxt string
	j := i + 1
	switch {
	case t.pre() != "" && t.post() == "long":
		// "decade-long", "year-long", "hour-long"
		nTxt, uTxt = "one", t.pre()
	case t.pre() != "":
		nTxt, uTxt = t.pre(), t.post()
	case t.num > 0 && s.punct(i+1, "-") && !s.ts[i+1].gap && i+2 < len(s.ts) && !s.ts[i+2].gap:
		nTxt, uTxt, j = s.txt(t), s.ts[i+2].low, i+3
	default:
		return nil
	}
	// "a decade-long war" is a duration; "a five-year-old boy" is an age,
	// which says nothing about when things happened.
	uTxt = strings.TrimSuffix(uTxt, "-long")
	w := s.t.lex.words[uTxt]
	if w == nil || w.unit == uNone || w.unitPl || w.unit == uWeekend {
		return nil
	}
	n, ok := wordNumber(nTxt)
	if !ok {
		v, err := strconv.Atoi(nTxt)
		if err != nil || v <= 0 {
			return nil
		}
		n = v
	}
	v := durString([]durPart{{n: float64(n), u: w.unit}})
	if v == "" {
		return nil
	}
	e := s.mk(i, j, parley.TimeDuration, "duration-adjective")
	e.dur = v
	return e
}

// durPart is one unit of a duration; n is -1 for an unknown count.
type durPart struct {
	n float64
	u unit
}

// durValue is the ISO 8601 value of n units of u.
func durValue(u unit, n float64) string {
	return durString([]durPart{{n: n, u: u}})
}

// durString writes a duration as ISO 8601 (P3Y, PT1H40M), with TIMEX3's X
// for an unknown count (PXY). Decades and centuries are written in years.
func durString(parts []durPart) string {
	var date, clock strings.Builder
	for _, p := range parts {
		n, u := p.n, p.u
		switch u {
		case uDecade:
			if n < 0 {
				date.WriteString("XDE")
				continue
			}
			n, u = n*10, uYear
		case uCentury:
			if n < 0 {
				date.WriteString("XCE")
				continue
			}
			n, u = n*100, uYear
		case uFortnight:
			if n >= 0 {
				n *= 2
			}
			u = uWeek
		case uQuarter:
			if n < 0 {
				date.WriteString("XQ")
				continue
			}
			n, u = n*3, uMonth
		}
		num := "X"
		if n >= 0 {
			num = strconv.FormatFloat(n, 'f', -1, 64)
		}
		switch u {
		case uYear:
			date.WriteString(num + "Y")
		case uMonth:
			date.WriteString(num + "M")
		case uWeek:
			date.WriteString(num + "W")
		case uDay:
			date.WriteString(num + "D")
		case uHour:
			clock.WriteString(num + "H")
		case uMinute:
			clock.WriteString(num + "M")
		case uSecond:
			clock.WriteString(num + "S")
		default:
			return ""
		}
	}
	v := "P" + date.String()
	if clock.Len() > 0 {
		v += "T" + clock.String()
	}
	if v == "P" {
		return ""
	}
	return v
}

// halfOf is half of one unit, in whole smaller units where there are some.
func halfOf(u unit) string {
	switch u {
	case uYear:
		return "P6M"
	case uDay:
		return "PT12H"
	case uHour:
		return "PT30M"
	case uMinute:
		return "PT30S"
	case uCentury:
		return "P50Y"
	case uDecade:
		return "P5Y"
	}
	return durValue(u, 0.5)
}
