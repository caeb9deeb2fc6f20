package timex

import (
	"strconv"
	"time"

	"github.com/parleyhq/parley"
)

// resolver turns the expressions of a document into the Times layer.
type resolver struct {
	doc    *parley.Document
	pub    time.Time
	hasPub bool
	anchor time.Time // publication day, midnight in its zone
	pubLoc *time.Location
}

// lastDay is the most recent resolved day of the text, the anchor of "the
// following day" and "two days later".
type lastDay struct {
	day  time.Time
	idx  int // index in the layer
	sent int
	ok   bool
	abs  bool // day was stated in full ("March 3, 2024"), not derived
	// coarse is set when the most recent point of the text is coarser than
	// a day ("in 2021"): "two weeks later" can then say no more than it.
	coarse *parley.Time
	cidx   int
}

func (r *resolver) resolveAll(es []*expr) []parley.Time {
	if len(es) == 0 {
		return nil
	}
	out := make([]parley.Time, 0, len(es)+2)
	var last lastDay
	for _, e := range es {
		t, day, ok := r.resolve(e, &last)
		if e.prevAnchor && last.coarse != nil && e.gran >= uWeek && (e.relUnit == uDay || e.relUnit == uWeek) {
			c := last.coarse
			t.Value, t.Granularity, t.Anchor = c.Value, c.Granularity, "time:"+strconv.Itoa(last.cidx)
			ok = false
		}
		idx := len(out)
		out = append(out, t)
		if e.isPoint() && !ok && t.Value != "" && !e.prevAnchor && (t.Granularity == "year" || t.Granularity == "month") {
			c := t
			last.coarse, last.cidx = &c, idx
		}
		if e.kind == parley.TimeRange {
			for k, end := range e.ends {
				et, eday, eok := r.resolve(end, &last)
				out = append(out, et)
				if k == 1 && eok {
					last = lastDay{day: eday, idx: len(out) - 1, sent: e.sent, ok: true}
				}
			}
			continue
		}
		if ok {
			last = lastDay{day: day, idx: idx, sent: e.sent, ok: true, abs: e.y != 0 && e.d != 0 && !e.rel && !e.partial}
		}
	}
	sortTimes(out)
	return out
}

// resolve returns the Time of e and, for a point of a day or finer, that day.
func (r *resolver) resolve(e *expr, last *lastDay) (parley.Time, time.Time, bool) {
	t := parley.Time{Span: e.span, Kind: e.kind, Mod: e.mod, Rule: e.rule}
	switch e.kind {
	case parley.TimeDuration, parley.TimeSet:
		t.Value = e.dur
		return t, time.Time{}, false
	case parley.TimeRange:
		a, _, _ := r.resolve(e.ends[0], last)
		b, _, _ := r.resolve(e.ends[1], last)
		if a.Value != "" && b.Value != "" {
			t.Value = a.Value + "/" + b.Value
		}
		t.Granularity = b.Granularity
		if a.Anchor != "" {
			t.Anchor = a.Anchor
		} else {
			t.Anchor = b.Anchor
		}
		return t, time.Time{}, false
	}
	if e.ref != "" {
		t.Value = e.ref
		return t, time.Time{}, false
	}
	p, anchorName, ok := r.point(e, last)
	if !ok {
		t.Anchor = anchorName
		t.Granularity = p.gran.granularity()
		return t, time.Time{}, false
	}
	if e.nthWeek != 0 {
		p = nthWeek(p, e.nthWeek)
	}
	if e.shiftN != 0 && p.gran == uDay {
		d := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
		switch e.shiftUnit {
		case uDay:
			d = d.AddDate(0, 0, e.shiftN)
		case uWeek:
			d = d.AddDate(0, 0, 7*e.shiftN)
		case uMonth:
			d = d.AddDate(0, e.shiftN, 0)
		case uYear:
			d = d.AddDate(e.shiftN, 0, 0)
		}
		p.y, p.m, p.d = d.Year(), int(d.Month()), d.Day()
	}
	t.Anchor = anchorName
	t.Granularity = p.gran.granularity()
	if e.clock {
		r.clockValue(e, p, &t)
	} else {
		t.Value = p.format()
	}
	if p.gran >= uDay && p.gran != uWeekend {
		return t, time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC), true
	}
	return t, time.Time{}, false
}

// nthWeek returns the nth ISO week of p's month or year, counted as ISO
// 8601 counts the weeks of a year: a week belongs to the month whose days
// hold its Thursday. n = -1 is the last such week.
func nthWeek(p pt, n int) pt {
	var first, last time.Time
	switch p.gran {
	case uMonth:
		first = time.Date(p.y, time.Month(p.m), 1, 0, 0, 0, 0, time.UTC)
		last = first.AddDate(0, 1, -1)
	case uYear:
		first = time.Date(p.y, 1, 1, 0, 0, 0, 0, time.UTC)
		last = time.Date(p.y, 12, 31, 0, 0, 0, 0, time.UTC)
	default:
		return p
	}
	var thu time.Time
	if n > 0 {
		thu = first.AddDate(0, 0, (int(time.Thursday)-int(first.Weekday())+7)%7+7*(n-1))
	} else {
		thu = last.AddDate(0, 0, -((int(last.Weekday()) - int(time.Thursday) + 7) % 7))
	}
	y, w := thu.ISOWeek()
	return pt{y: y, week: w, gran: uWeek}
}

// pt is a resolved calendar point.
type pt struct {
	y, m, d int
	gran    unit
	week    int
	q, half int
	season  string
	decade  int
	century int
	pod     string
	hh, mi  int
}

// format writes p as a TIMEX3 value of its granularity.
func (p pt) format() string {
	var b [32]byte
	out := b[:0]
	switch p.gran {
	case uCentury:
		return string(pad(out, p.century, 2))
	case uDecade:
		return string(pad(out, p.decade, 3))
	}
	out = pad(out, p.y, 4)
	switch p.gran {
	case uYear:
	case uHalf:
		out = append(out, "-H"...)
		out = pad(out, p.half, 1)
	case uQuarter:
		out = append(out, "-Q"...)
		out = pad(out, p.q, 1)
	case uSeason:
		out = append(out, '-')
		out = append(out, p.season...)
	case uMonth:
		out = append(out, '-')
		out = pad(out, p.m, 2)
	case uWeek, uWeekend:
		out = append(out, "-W"...)
		out = pad(out, p.week, 2)
		if p.gran == uWeekend {
			out = append(out, "-WE"...)
		}
	case uDay, uPartOfDay, uHour, uMinute:
		out = append(out, '-')
		out = pad(out, p.m, 2)
		out = append(out, '-')
		out = pad(out, p.d, 2)
		switch p.gran {
		case uPartOfDay:
			out = append(out, 'T')
			out = append(out, p.pod...)
		case uHour, uMinute:
			out = append(out, 'T')
			out = pad(out, p.hh, 2)
			out = append(out, ':')
			out = pad(out, p.mi, 2)
		}
	default:
		return ""
	}
	return string(out)
}

// pad appends n in decimal with at least w digits.
func pad(b []byte, n, w int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for n > 0 || i == len(d) {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
	}
	for k := len(d) - i; k < w; k++ {
		b = append(b, '0')
	}
	return append(b, d[i:]...)
}

// point resolves the calendar point of e. It returns the name of the anchor
// used, and ok false when e needs an anchor the document lacks.
func (r *resolver) point(e *expr, last *lastDay) (pt, string, bool) {
	anchor, name, has := r.anchor, "", r.hasPub
	needAnchor := e.rel || (e.wd != 0 && e.d == 0) || e.partial || e.weekend || (e.y == 0 && e.decade == 0 && e.century == 0)
	if e.prevAnchor && last.ok {
		anchor, name, has = last.day, "time:"+strconv.Itoa(last.idx), true
	} else if e.clock && !e.hasDate() && last.ok && last.sent == e.sent {
		// "at 10 a.m." after "On Monday" in the same sentence.
		anchor, name, has = last.day, "time:"+strconv.Itoa(last.idx), true
	} else if e.wd != 0 && e.d == 0 && e.wdDir == 0 && !e.rel && last.abs && last.ok && e.sent-last.sent <= 1 &&
		(last.day.Sub(dayUTC(r.anchor)) > 7*24*time.Hour || dayUTC(r.anchor).Sub(last.day) > 7*24*time.Hour) {
		// A weekday next to an explicit date far from the publication date
		// ("On March 3, 2024, talks began. On Friday they ended.") is read
		// on from that date, as a story moves forward; the past perfect
		// ("had warned on Friday") looks back.
		wd := weekdayNear(last.day.AddDate(0, 0, 1), e.wd, 1)
		if e.perfect {
			wd = weekdayNear(last.day.AddDate(0, 0, -1), e.wd, -1)
		}
		p := pt{gran: e.gran, y: wd.Year(), m: int(wd.Month()), d: wd.Day(), pod: e.pod, hh: e.hh, mi: e.mi}
		if e.pod != "" && !e.clock {
			p.gran = uPartOfDay
		}
		return p, "time:" + strconv.Itoa(last.idx), true
	} else if needAnchor {
		name = "published"
	}
	p := pt{gran: e.gran, y: e.y, m: e.m, d: e.d, week: e.week, q: e.q, half: e.half, season: e.season,
		decade: e.decade, century: e.century, pod: e.pod, hh: e.hh, mi: e.mi}
	if !needAnchor {
		if e.holiday != "" {
			hd := holidayDate(e.holiday, p.y)
			p.m, p.d = int(hd.Month()), hd.Day()
		}
		return p, "", true
	}
	if !has {
		return p, name, false
	}
	ay, am, ad := anchor.Date()
	switch {
	case e.rel:
		p = shift(anchor, e.relN, e.relUnit, e.gran)
		p.pod, p.hh, p.mi = e.pod, e.hh, e.mi
		if e.season != "" {
			p.season = e.season
		}
		if e.inWeek {
			day := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
			day = day.AddDate(0, 0, e.wd-isoWeekday(day))
			p.y, p.m, p.d, p.gran = day.Year(), int(day.Month()), day.Day(), uDay
			if e.pod != "" && !e.clock {
				p.gran = uPartOfDay
			}
		}
		if e.weekend {
			p.gran = uWeekend
		}
	case e.wd != 0 && e.d == 0:
		var day time.Time
		switch e.wdDir {
		case -1: // "last Friday": strictly before the anchor
			day = weekdayNear(anchor.AddDate(0, 0, -1), e.wd, -1)
		case 1: // "next Monday": strictly after
			day = weekdayNear(anchor.AddDate(0, 0, 1), e.wd, 1)
		default:
			day = weekdayNear(anchor, e.wd, e.tense)
		}
		p.y, p.m, p.d = day.Year(), int(day.Month()), day.Day()
	case e.partial:
		y := ay
		if e.m != 0 {
			switch {
			case e.wdDir < 0: // "last March"
				if e.m >= int(am) {
					y--
				}
			case e.wdDir > 0: // "next March"
				if e.m <= int(am) {
					y++
				}
			case e.tense < 0 && e.m > int(am):
				y--
			case e.tense > 0 && e.m < int(am):
				y++
			}
		} else if e.holiday != "" {
			hd := holidayDate(e.holiday, ay)
			switch {
			case e.tense < 0 && hd.After(anchor):
				y--
			case e.tense > 0 && hd.Before(anchor):
				y++
			}
		}
		p.y = y
	default:
		// A clock time or part of day alone: the anchor's day.
		if p.y == 0 {
			p.y, p.m, p.d = ay, int(am), ad
		}
	}
	if e.holiday != "" {
		hd := holidayDate(e.holiday, p.y)
		p.m, p.d = int(hd.Month()), hd.Day()
	}
	if p.gran == uWeek || p.gran == uWeekend {
		if p.week == 0 {
			day := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
			p.y, p.week = day.ISOWeek()
		}
	}
	if e.plusDays != 0 && p.d != 0 {
		day := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, e.plusDays)
		p.y, p.m, p.d = day.Year(), int(day.Month()), day.Day()
	}
	if e.weekend && !e.rel {
		// "the weekend": the one before or after the anchor by tense.
		sat := weekdayNear(anchor, 6, e.tense)
		if e.tense == 0 && isoWeekday(anchor) == 7 {
			sat = anchor.AddDate(0, 0, -1)
		}
		p.y, p.week = sat.ISOWeek()
		p.gran = uWeekend
	}
	if e.pod != "" && !e.clock && p.gran < uPartOfDay {
		p.gran = uPartOfDay
	}
	return p, name, true
}

// shift moves anchor by n units of u and returns the point with granularity g.
func shift(anchor time.Time, n int, u unit, g unit) pt {
	d := anchor
	switch u {
	case uDay:
		d = d.AddDate(0, 0, n)
	case uWeek, uWeekend:
		d = d.AddDate(0, 0, 7*n)
	case uFortnight:
		d = d.AddDate(0, 0, 14*n)
	case uMonth:
		d = time.Date(d.Year(), d.Month()+time.Month(n), 1, 0, 0, 0, 0, d.Location())
	case uQuarter:
		d = time.Date(d.Year(), d.Month()+time.Month(3*n), 1, 0, 0, 0, 0, d.Location())
	case uYear:
		d = d.AddDate(n, 0, 0)
	case uDecade:
		d = d.AddDate(10*n, 0, 0)
	case uCentury:
		d = d.AddDate(100*n, 0, 0)
	case uHour:
		d = d.Add(time.Duration(n) * time.Hour)
	}
	p := pt{y: d.Year(), m: int(d.Month()), d: d.Day(), gran: g}
	switch g {
	case uWeek, uWeekend:
		p.y, p.week = d.ISOWeek()
	case uQuarter:
		p.q = (p.m-1)/3 + 1
	case uHalf:
		p.half = (p.m-1)/6 + 1
	case uDecade:
		p.decade = p.y / 10
	case uCentury:
		p.century = p.y / 100
	}
	return p
}

func isoWeekday(d time.Time) int {
	w := int(d.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// weekdayNear returns the day with weekday wd nearest to anchor in direction
// dir: -1 the latest on or before, +1 the earliest on or after, 0 the nearest
// (ties go to the past, as news reports more than it announces).
func weekdayNear(anchor time.Time, wd int, dir int8) time.Time {
	diff := wd - isoWeekday(anchor) // in (-7, 7)
	back := diff
	if back > 0 {
		back -= 7
	}
	fwd := diff
	if fwd < 0 {
		fwd += 7
	}
	switch {
	case dir < 0:
		return anchor.AddDate(0, 0, back)
	case dir > 0:
		return anchor.AddDate(0, 0, fwd)
	case -back <= fwd:
		return anchor.AddDate(0, 0, back)
	}
	return anchor.AddDate(0, 0, fwd)
}

// clockValue writes the value of a clock time: in UTC when a zone is known,
// with the zoned form in Original; else as a floating local time.
func (r *resolver) clockValue(e *expr, p pt, t *parley.Time) {
	t.Granularity = "minute"
	z := e.zone
	if e.local {
		if loc, name := r.placeZone(e); loc != nil {
			z = &zone{name: name, loc: loc}
		} else if r.hasPub {
			z = &zone{name: r.pubLoc.String(), loc: r.pubLoc}
			t.ZoneUncertain = true
		}
	}
	if p.gran < uDay && p.d == 0 {
		p.gran = uMinute
	}
	p.gran = uMinute
	if z == nil {
		t.Value = p.format()
		return
	}
	at := time.Date(p.y, time.Month(p.m), p.d, p.hh, p.mi, 0, 0, z.loc)
	u := at.UTC()
	t.Value = u.Format("2006-01-02T15:04Z")
	t.Original = at.Format("2006-01-02T15:04-07:00")
	t.Zone = z.name
	if e.alt != nil && e.alt.clock && e.alt.zone != nil {
		ad := time.Date(p.y, time.Month(p.m), p.d, e.alt.hh, e.alt.mi, 0, 0, e.alt.zone.loc)
		// The second form may fall on another calendar day ("11 PM ET (0300 GMT)").
		for _, k := range []int{0, 1, -1} {
			if ad.AddDate(0, 0, k).Equal(at) {
				t.Rule += "+agree"
				return
			}
		}
		t.Rule += "+disagree"
	}
}

// placeZone returns the zone of the place the sentence of e is about: the
// nearest place with a time zone in the same sentence.
func (r *resolver) placeZone(e *expr) (*time.Location, string) {
	d := r.doc
	if len(d.Places) == 0 || e.sent >= len(d.Sentences) {
		return nil, ""
	}
	ss := d.Sentences[e.sent].Span
	best, dist := "", -1
	for _, pl := range d.Places {
		if pl.TimeZone == "" || !ss.Contains(pl.Span) {
			continue
		}
		k := pl.Span.Start - e.span.Start
		if k < 0 {
			k = -k
		}
		if dist < 0 || k < dist {
			best, dist = pl.TimeZone, k
		}
	}
	if best == "" {
		return nil, ""
	}
	loc, err := time.LoadLocation(best)
	if err != nil {
		return nil, ""
	}
	return loc, best
}

// dayUTC returns the calendar day of t as midnight UTC, to compare with
// the days the resolver keeps.
func dayUTC(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
