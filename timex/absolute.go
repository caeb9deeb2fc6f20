package timex

import (
	"strings"

	"github.com/parleyhq/parley"
)

// mk returns a new expression over tokens [i, j).
func (s *sent) mk(i, j int, kind parley.TimeKind, rule string) *expr {
	var e *expr
	if s.slab != nil {
		e = s.slab.get()
	} else {
		e = new(expr)
	}
	e.i, e.j, e.span, e.kind, e.rule = i, j, s.span(i, j), kind, rule
	return e
}

// dateExpr finds calendar dates: "May 16, 2025", "16 May", "Friday, May 16",
// "2025-05-16", "5/16/2025", "May 2025", "2022", "the 1990s", "Q3",
// "spring", holidays and weekday names.
func (s *sent) dateExpr(i int) *expr {
	var best *expr
	for _, e := range [...]*expr{
		s.monthFirst(i), s.dayFirst(i), s.numericDate(i), s.yearExpr(i), s.decadeExpr(i),
		s.quarterExpr(i), s.seasonExpr(i, 0, false), s.holidayExpr(i), s.weekdayExpr(i),
	} {
		if e != nil && (best == nil || e.j > best.j) {
			best = e
		}
	}
	return best
}

// month returns the month of token i, accepting abbreviations only where
// they look like one (capitalised, before a number or a period).
func (s *sent) month(i int) int {
	w := s.word(i)
	if w == nil || w.month == 0 {
		return 0
	}
	t := &s.ts[i]
	if w.monthAbbr {
		if !t.capital {
			return 0
		}
		if strings.HasSuffix(s.txt(t), ".") || s.punct(i+1, ".") && !s.ts[i+1].gap {
			return w.month
		}
		if _, _, ok := s.dayNum(i + 1); ok {
			return w.month
		}
		if s.year(i+1) != 0 {
			return w.month
		}
		return 0
	}
	return w.month
}

// skipDot steps over a period glued to token i-1 ("Jan." written as two tokens).
func (s *sent) skipDot(k int) int {
	if s.punct(k, ".") && !s.ts[k].gap && k > 0 && s.ts[k-1].w != nil && s.ts[k-1].w.monthAbbr {
		return k + 1
	}
	return k
}

// dayNum reads a day of the month at token k: "16", "16th", "sixteenth".
func (s *sent) dayNum(k int) (d, end int, ok bool) {
	if k >= len(s.ts) {
		return 0, k, false
	}
	t := &s.ts[k]
	if t.num >= 1 && t.num <= 31 && t.nd <= 2 {
		// "16" followed by a glued ordinal suffix token: "16" "th"
		if k+1 < len(s.ts) && !s.ts[k+1].gap && isOrdSuffix(s.ts[k+1].low) {
			return t.num, k + 2, true
		}
		return t.num, k + 1, true
	}
	if n, ok := ordinalDigits(t.low); ok && n >= 1 && n <= 31 {
		return n, k + 1, true
	}
	if t.w != nil && t.w.ordinal > 0 && t.w.ordinal <= 31 {
		return t.w.ordinal, k + 1, true
	}
	return 0, k, false
}

func isOrdSuffix(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" }

// ordinalDigits reads "16th", "1st", "22nd".
func ordinalDigits(s string) (int, bool) {
	if len(s) < 3 || len(s) > 4 || !isOrdSuffix(s[len(s)-2:]) {
		return 0, false
	}
	n := 0
	for _, c := range s[:len(s)-2] {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// year returns the year at token k (a four-digit number 1000..2999), or 0.
func (s *sent) year(k int) int {
	if k < 0 || k >= len(s.ts) {
		return 0
	}
	t := &s.ts[k]
	if t.nd == 4 && t.num >= 1000 && t.num <= 2999 {
		return t.num
	}
	return 0
}

// yearAfter reads an optional year after a month or day: ", 2025", "2025",
// "of 2025".
func (s *sent) yearAfter(k int) (y, end int) {
	if y := s.year(k); y != 0 {
		return y, k + 1
	}
	if (s.punct(k, ",") || s.is(k, "of")) && s.year(k+1) != 0 {
		return s.year(k + 1), k + 2
	}
	return 0, k
}

// monthFirst reads "May 16", "May 16, 2025", "May 2025", "March of 2022",
// and a month alone where the context says it is one.
func (s *sent) monthFirst(i int) *expr {
	m := s.month(i)
	if m == 0 {
		return nil
	}
	k := s.skipDot(i + 1)
	if d, end, ok := s.dayNum(k); ok && !(end < len(s.ts) && s.ts[end].w != nil && s.ts[end].w.unit != uNone) {
		// Not "May 5 percent" nor "March 3 years": a day is followed by a
		// year, punctuation or a word that is not a unit.
		if d <= daysIn(m) {
			e := s.mk(i, end, parley.TimeDate, "month-day")
			e.m, e.d, e.gran = m, d, uDay
			if y, yend := s.yearAfter(end); y != 0 {
				e.y, e.j, e.rule = y, yend, "month-day-year"
				e.span = s.span(i, yend)
			} else {
				e.partial = true
			}
			return e
		}
	}
	if y, end := s.yearAfter(k); y != 0 {
		e := s.mk(i, end, parley.TimeDate, "month-year")
		e.m, e.y, e.gran = m, y, uMonth
		return e
	}
	if !s.monthAlone(i) {
		return nil
	}
	e := s.mk(i, k, parley.TimeDate, "month")
	e.m, e.gran, e.partial = m, uMonth, true
	return e
}

// monthAlone says whether a month name with no day or year after it is a
// month: "in March", "since May", "last March"; not "may" the verb nor "a
// march".
func (s *sent) monthAlone(i int) bool {
	t := &s.ts[i]
	if !t.capital {
		return false
	}
	if t.w.monthAbbr {
		return false
	}
	switch t.low {
	case "may", "march":
		if s.allCaps || i == 0 {
			return s.prevIs(i, "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next",
				"this", "during", "through", "from", "to", "between", "before", "after", "end", "and", "or", "the")
		}
		if s.is(i-1, "the", "a") && t.low == "march" {
			return false
		}
		if i+1 < len(s.ts) && s.ts[i+1].kind == tWord && !s.ts[i+1].capital && s.ts[i+1].w == nil {
			// "May be", "March on": a lower-case word that is not a time word.
			return s.prevIs(i, "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next",
				"this", "during", "through", "from", "between", "before", "after", "end")
		}
		return true
	}
	return true
}

// prevIs reports whether the token before i is one of words.
func (s *sent) prevIs(i int, words ...string) bool { return s.is(i-1, words...) }

func daysIn(m int) int {
	switch m {
	case 2:
		return 29
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dayFirst reads "16 May", "16 May 2025", "16th of May", "the 16th of May".
func (s *sent) dayFirst(i int) *expr {
	k := i
	if s.is(k, "the") {
		k++
	}
	d, end, ok := s.dayNum(k)
	if !ok {
		return nil
	}
	if s.is(end, "of") {
		end++
	}
	m := s.month(end)
	if m == 0 || d > daysIn(m) {
		return nil
	}
	end = s.skipDot(end + 1)
	e := s.mk(i, end, parley.TimeDate, "day-month")
	e.m, e.d, e.gran = m, d, uDay
	if y, yend := s.yearAfter(end); y != 0 {
		e.y, e.j, e.rule = y, yend, "day-month-year"
		e.span = s.span(i, yend)
	} else {
		e.partial = true
	}
	return e
}

// numericDate reads dates written in digits: 2025-05-16, 2025/05/16,
// 5/16/2025, 16.05.2025. A slash date is read month first, as US news
// writes it, unless the first number cannot be a month.
func (s *sent) numericDate(i int) *expr {
	t := &s.ts[i]
	if t.kind != tNumber && !(len(s.txt(t)) > 0 && s.txt(t)[0] >= '0' && s.txt(t)[0] <= '9') {
		return nil
	}
	// Glue the run of tokens with no white space between them.
	j := i + 1
	for j < len(s.ts) && !s.ts[j].gap && j-i < 6 {
		j++
	}
	text := s.doc.Text[t.s:s.ts[j-1].e]
	for j > i+1 && (strings.HasSuffix(text, ".") || strings.HasSuffix(text, ",")) {
		j--
		text = s.doc.Text[t.s:s.ts[j-1].e]
	}
	y, m, d, ok := parseNumericDate(text)
	if !ok {
		return nil
	}
	e := s.mk(i, j, parley.TimeDate, "numeric-date")
	e.y, e.m, e.d, e.gran = y, m, d, uDay
	return e
}

// parseNumericDate parses the digit forms of a date.
func parseNumericDate(text string) (y, m, d int, ok bool) {
	var sep byte
	var parts [3]int
	var lens [3]int
	n := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			if lens[n] >= 4 {
				return 0, 0, 0, false
			}
			parts[n] = parts[n]*10 + int(c-'0')
			lens[n]++
		case (c == '-' || c == '/' || c == '.') && (sep == 0 || sep == c) && n < 2 && lens[n] > 0:
			sep = c
			n++
		default:
			return 0, 0, 0, false
		}
	}
	if n != 2 || lens[2] == 0 {
		return 0, 0, 0, false
	}
	switch {
	case lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 && sep != '.':
		y, m, d = parts[0], parts[1], parts[2]
	case lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2 && sep == '/':
		m, d, y = parts[0], parts[1], parts[2]
		if m > 12 {
			m, d = d, m
		}
	case lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2:
		d, m, y = parts[0], parts[1], parts[2]
	default:
		return 0, 0, 0, false
	}
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(m) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// yearExpr reads a year alone: "2022", "the 2022 elections", "2022's".
func (s *sent) yearExpr(i int) *expr {
	y := s.year(i)
	if y == 0 || y > 2100 || y < 1800 && !s.is(i-1, "in", "since", "of", "from", "until", "by", "before", "after", "during") {
		return nil
	}
	t := &s.ts[i]
	// Glued to other digits or signs it is part of something else
	// ("$2000", "2022-23", "2,022").
	if i > 0 && !t.gap && s.ts[i-1].kind != tPunct {
		return nil
	}
	if i > 0 && !t.gap && (s.punct(i-1, "$") || s.punct(i-1, "-")) {
		return nil
	}
	if s.is(i-1, "than", "about", "around", "nearly", "almost", "some", "over", "under", "least", "only",
		"just", "roughly", "approximately", "$", "€", "£", "no", "number", "page", "no.", "flight", "route",
		"highway", "model", "version", "windows", "room", "cap", "by") && !s.is(i-1, "by") {
		return nil
	}
	if i+1 < len(s.ts) {
		n := &s.ts[i+1]
		if n.w != nil && n.w.unit != uNone {
			return nil // "2000 years", "1900 hours"
		}
		if n.kind == tWord && n.w == nil && !n.capital && pluralLike(n.low) &&
			!s.is(i-1, "the", "a", "an", "in", "of", "since", "from", "until", "to", "and", "by", "during", "for") {
			return nil // "2000 soldiers"; not "a 2009 analysis", "2008 crisis"
		}
		if s.punct(i+1, "%") || n.low == "percent" || n.low == "per" {
			return nil
		}
	}
	e := s.mk(i, i+1, parley.TimeDate, "year")
	e.y, e.gran = y, uYear
	return e
}

// decadeExpr reads decades and centuries: "the 1990s", "the '90s", "the
// 20th century", "the twenty-first century".
func (s *sent) decadeExpr(i int) *expr {
	k := i
	if s.is(k, "the") {
		k++
	}
	if k >= len(s.ts) {
		return nil
	}
	t := &s.ts[k]
	txt := t.low
	if s.is(k+1, "s") && !s.ts[k+1].gap && t.nd == 4 { // "1990" "s"
		txt += "s"
		k++
	}
	if n := len(txt); n == 5 && txt[4] == 's' && allDigits(txt[:4]) && txt[3] == '0' {
		e := s.mk(i, k+1, parley.TimeDate, "decade")
		e.decade, e.gran = atoi(txt[:3]), uDecade
		return e
	}
	if n := len(txt); n == 4 && (txt[0] == '\'' || strings.HasPrefix(s.txt(t), "’")) && txt[3] == 's' && allDigits(txt[1:3]) {
		// "'90s": the 1900s for 20..99, the 2000s below.
		d := atoi(txt[1:3])
		c := 19
		if d < 20 {
			c = 20
		}
		e := s.mk(i, k+1, parley.TimeDate, "decade")
		e.decade, e.gran = c*10+d/10, uDecade
		return e
	}
	// Centuries.
	n, end, ok := s.dayNum(k)
	if ok && s.is(end, "century") && (i < k || s.is(i-1, "early", "late", "mid")) {
		e := s.mk(i, end+1, parley.TimeDate, "century")
		e.century, e.gran = n-1, uCentury
		return e
	}
	if t.w != nil && t.w.ordinal == 0 && strings.HasPrefix(t.low, "twenty-first") && s.is(k+1, "century") {
		e := s.mk(i, k+2, parley.TimeDate, "century")
		e.century, e.gran = 20, uCentury
		return e
	}
	return nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// quarterExpr reads quarters and halves: "Q3", "Q3 2024", "2024 Q3", "the third
// quarter", "the first quarter of 2022", "the second half of the year".
func (s *sent) quarterExpr(i int) *expr {
	k := i
	if y := s.year(i); y != 0 && i+1 < len(s.ts) {
		// "2024 Q3", "2019 H2": the year first, as in financial reports.
		if e := s.quarterExpr(i + 1); e != nil && e.rule == "quarter" && e.j == i+2 && e.y == 0 {
			e.i, e.span, e.y, e.partial = i, s.span(i, e.j), y, false
			return e
		}
		return nil
	}
	if t := &s.ts[k]; len(t.low) == 2 && (t.low[0] == 'q' || t.low[0] == 'h') && t.low[1] >= '1' && t.low[1] <= '4' {
		e := s.mk(i, k+1, parley.TimeDate, "quarter")
		if t.low[0] == 'q' {
			e.q, e.gran = int(t.low[1]-'0'), uQuarter
		} else if t.low[1] <= '2' {
			e.half, e.gran = int(t.low[1]-'0'), uHalf
		} else {
			return nil
		}
		if y, end := s.yearAfter(k + 1); y != 0 {
			e.y, e.j, e.span = y, end, s.span(i, end)
		} else {
			e.partial = true
		}
		return e
	}
	if !s.is(k, "the") {
		return nil
	}
	k++
	w := s.word(k)
	if w == nil || w.ordinal < 1 || w.ordinal > 4 {
		return nil
	}
	var e *expr
	switch {
	case s.is(k+1, "quarter"):
		e = s.mk(i, k+2, parley.TimeDate, "quarter")
		e.q, e.gran = w.ordinal, uQuarter
	case s.is(k+1, "half") && w.ordinal <= 2:
		e = s.mk(i, k+2, parley.TimeDate, "half")
		e.half, e.gran = w.ordinal, uHalf
	default:
		return nil
	}
	end := k + 2
	if y, yend := s.yearAfter(end); y != 0 {
		e.y, e.j, e.span = y, yend, s.span(i, yend)
		return e
	}
	if s.is(end, "of") && s.is(end+1, "this", "the") && s.is(end+2, "year") {
		e.j, e.span = end+3, s.span(i, end+3)
	}
	e.partial = true
	return e
}

// seasonExpr reads "spring", "summer 2022", "the fall of 2021", with a
// direction from "last", "next", "this" when rel is set.
func (s *sent) seasonExpr(i int, dir int8, rel bool) *expr {
	k := i
	if !rel && s.is(k, "the") {
		k++
	}
	w := s.word(k)
	if w == nil || w.season == "" {
		return nil
	}
	t := &s.ts[k]
	y, end := s.yearAfter(k + 1)
	if y == 0 && !rel {
		// Alone, a season word needs a cue that it is a time: a preposition
		// or article before it, and lower case ("Arab Spring" is a name).
		if t.capital && !s.allCaps && i == k && k > 0 {
			return nil
		}
		if t.low == "fall" && (i == k || !s.prevIs(i, "in", "during", "by", "until", "since", "over", "through", "before", "after")) {
			return nil // "the fall of Kabul"
		}
		if i == k && !s.prevIs(i, "in", "this", "last", "next", "during", "since", "until", "by", "early", "late",
			"mid", "of", "over", "through", "before", "after") {
			return nil
		}
	}
	e := s.mk(i, end, parley.TimeDate, "season")
	e.season, e.gran = w.season, uSeason
	switch {
	case y != 0:
		e.y = y
	case rel:
		e.rel, e.relN, e.relUnit = true, int(dir), uYear
	default:
		e.partial = true
	}
	if e.partial {
		e.m = 0
	}
	return e
}

// holidayExpr reads named days: "Christmas", "New Year's Eve 2024",
// "Thanksgiving".
func (s *sent) holidayExpr(i int) *expr {
	w := s.word(i)
	if w == nil || len(w.holidays) == 0 {
		return nil
	}
	var best *expr
	for _, h := range w.holidays {
		if i+len(h.words) > len(s.ts) {
			continue
		}
		ok := true
		for k, x := range h.words {
			if tk := &s.ts[i+k]; tk.low != x && !(tk.poss > 0 && tk.low+"'s" == x) {
				ok = false
				break
			}
		}
		if !ok || !s.ts[i].capital && !s.allCaps {
			continue
		}
		end := i + len(h.words)
		if best != nil && end <= best.j {
			continue
		}
		e := s.mk(i, end, parley.TimeDate, "holiday")
		e.holiday, e.gran = h.rule, uDay
		if y, yend := s.yearAfter(end); y != 0 {
			e.y, e.j, e.span = y, yend, s.span(i, yend)
		} else {
			e.partial = true
		}
		best = e
	}
	return best
}

// pluralLike reports whether a lower-case word looks like an English
// plural: it ends in "s" but not in "ss", "is" or "us" ("analysis",
// "crisis", "census", "process" are singular).
func pluralLike(w string) bool {
	if !strings.HasSuffix(w, "s") {
		return false
	}
	return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us")
}
