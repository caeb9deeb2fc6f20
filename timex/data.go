package timex

import (
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parleyhq/parley/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

// unit is a calendar unit.
type unit uint8

const (
	uNone unit = iota
	uCentury
	uDecade
	uYear
	uHalf
	uQuarter
	uSeason
	uMonth
	uWeek
	uWeekend
	uDay
	uPartOfDay
	uHour
	uMinute
	uSecond
	uFortnight
)

var unitCodes = map[string]unit{
	"CE": uCentury, "DE": uDecade, "Y": uYear, "Q": uQuarter, "M": uMonth,
	"W": uWeek, "WE": uWeekend, "D": uDay, "H": uHour, "MI": uMinute,
	"S": uSecond, "FN": uFortnight,
}

// granularity returns the name of u as parley.Time.Granularity writes it.
func (u unit) granularity() string {
	switch u {
	case uCentury:
		return "century"
	case uDecade:
		return "decade"
	case uYear:
		return "year"
	case uHalf:
		return "half"
	case uQuarter:
		return "quarter"
	case uSeason:
		return "season"
	case uMonth:
		return "month"
	case uWeek, uWeekend, uFortnight:
		return "week"
	case uDay:
		return "day"
	case uPartOfDay:
		return "part_of_day"
	case uHour:
		return "hour"
	case uMinute:
		return "minute"
	case uSecond:
		return "second"
	}
	return ""
}

// word is what the lexicon knows about one lower-case word. A word can be in
// several classes ("may", "second", "fall").
type word struct {
	key string

	month     int  // 1..12
	monthAbbr bool // jan, feb
	wday      int  // 1..7, Monday first
	wdayForm  string
	isNum     bool // a cardinal number word ("three", "forty")
	unit      unit
	unitPl    bool
	zone      *zone
	tense     int8 // -1 past, +1 future
	intent    bool // after "to" it points forward: "to meet"

	deictic string // day offset or a TIMEX3 reference value
	pod     string // MO AF EV NI DT or hh:mm
	season  string
	ordinal int
	rel     int8 // -1 last, +1 next, 0 this
	isRel   bool
	cue     string // approx, more, less, start, mid, end
	set     string // period of a frequency adverb

	holidays []holiday // holidays whose name starts with this word
	trigger  bool      // a time expression can start here
	// weak: a function word that starts an expression only before a number
	// or a word that can follow it ("the 1990s", "a week", "at least").
	weak bool
	// follow: the word can come second in an expression that a weak word
	// starts: time words, units, ordinals, "least", "than", "other".
	follow bool
}

// zone is a time zone named in the text.
type zone struct {
	name     string // IANA name or fixed offset
	loc      *time.Location
	needTime bool // only as "<word> time": "Eastern time", "Moscow time"
}

// holiday is a named day and the rule that dates it.
type holiday struct {
	words []string
	rule  string
}

// lexicon is the Tagger's read-only word table.
type lexicon struct {
	words  map[string]*word
	maxLen int // bytes of the longest word
	// sig has a bit set for the signature of every word (see sig), so that
	// most words outside the lexicon are turned away without a map lookup.
	sig [1 << 16 / 64]uint64
	// head and next chain the words of each signature (indexes into keys
	// and entries, from 1; 0 ends a chain): a lookup by signature is
	// cheaper than hashing the word again for the map.
	head    []uint16
	next    []uint16
	keys    []string
	entries []*word
}

// index builds the signature chains of lookup, in sorted key order so
// that the table is the same at every load.
func (l *lexicon) index() error {
	keys := make([]string, 0, len(l.words))
	for k := range l.words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys)+1 >= 1<<16 {
		return fmt.Errorf("lexicon of %d words is too large to index", len(keys))
	}
	l.head = make([]uint16, 1<<16)
	l.next = make([]uint16, len(keys)+1)
	l.keys = append([]string{""}, keys...)
	l.entries = make([]*word, len(keys)+1)
	for k := 1; k < len(l.keys); k++ {
		h := sigOf([]byte(l.keys[k]))
		l.entries[k] = l.words[l.keys[k]]
		l.next[k], l.head[h] = l.head[h], uint16(k)
	}
	return nil
}

// lookup returns the entry of the lower-case word w, or nil.
func (l *lexicon) lookup(w []byte) *word {
	if len(w) == 0 || len(l.head) == 0 {
		return nil
	}
	for k := l.head[sigOf(w)]; k != 0; k = l.next[k] {
		if l.keys[k] == string(w) {
			return l.entries[k]
		}
	}
	return nil
}

// sigOf hashes the length, the first two bytes and the last byte of a
// lower-case word to 16 bits.
func sigOf(w []byte) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	b1 := byte(0)
	if n > 1 {
		b1 = w[1]
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(b1)*0xC2B2AE3D ^ uint32(w[n-1])*0x27D4EB2F
	return (h ^ h>>16) & 0xFFFF
}

// mayHave reports whether the lower-case word w can be in the lexicon.
func (l *lexicon) mayHave(w []byte) bool {
	h := sigOf(w)
	return l.sig[h/64]&(1<<(h%64)) != 0
}

// surelyAbsent reports whether the word s, as written, is certainly not in
// the lexicon in any form classify looks up (lower-cased, without a
// possessive 's, an apostrophe or a period). It reads the signature from
// s's bytes without copying them; words with a typographic apostrophe or a
// final period or apostrophe are left to the full lookup.
func (l *lexicon) surelyAbsent(s string) bool {
	n := len(s)
	if n == 0 || strings.IndexByte(s, 0xE2) >= 0 {
		return false
	}
	last := s[n-1]
	if last == '.' || last == '\'' {
		return false
	}
	if l.sigHas(n, lowerASCII(s[0]), lowerASCII(s[min(1, n-1)]), lowerASCII(last)) {
		return false
	}
	if n > 2 && s[n-2] == '\'' && lowerASCII(last) == 's' {
		m := n - 2
		if l.sigHas(m, lowerASCII(s[0]), lowerASCII(s[min(1, m-1)]), lowerASCII(s[m-1])) {
			return false
		}
	}
	return true
}

// sigHas reports whether the signature of a word of n bytes with these
// first, second (0 for a one-byte word) and last bytes is set.
func (l *lexicon) sigHas(n int, first, second, last byte) bool {
	if n == 1 {
		second = 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(first)*0x85EBCA77 ^ uint32(second)*0xC2B2AE3D ^ uint32(last)*0x27D4EB2F
	h = (h ^ h>>16) & 0xFFFF
	return l.sig[h/64]&(1<<(h%64)) != 0
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func (l *lexicon) add(w string) *word {
	e := l.words[w]
	if e == nil {
		e = &word{key: w}
		l.words[w] = e
	}
	return e
}

// readTSV calls fn with the fields of every entry line of a data file.
func readTSV(name string, fn func(f []string) error) error {
	return tsv.Each(dataFS, "data/"+name, fn)
}

func need(f []string, n int) error {
	if len(f) < n {
		return fmt.Errorf("want %d fields, got %d", n, len(f))
	}
	return nil
}

// loadLexicon reads every data file.
func loadLexicon() (*lexicon, error) {
	l := &lexicon{words: make(map[string]*word, 512)}
	steps := []struct {
		file string
		fn   func(f []string) error
	}{
		{"months.tsv", func(f []string) error {
			if err := need(f, 3); err != nil {
				return err
			}
			m, err := strconv.Atoi(f[1])
			if err != nil || m < 1 || m > 12 {
				return fmt.Errorf("bad month %q", f[1])
			}
			w := l.add(f[0])
			w.month, w.monthAbbr, w.trigger = m, f[2] == "abbr", true
			return nil
		}},
		{"weekdays.tsv", func(f []string) error {
			if err := need(f, 3); err != nil {
				return err
			}
			d, err := strconv.Atoi(f[1])
			if err != nil || d < 1 || d > 7 {
				return fmt.Errorf("bad weekday %q", f[1])
			}
			w := l.add(f[0])
			w.wday, w.wdayForm, w.trigger = d, f[2], true
			return nil
		}},
		{"units.tsv", func(f []string) error {
			if err := need(f, 3); err != nil {
				return err
			}
			u, ok := unitCodes[f[1]]
			if !ok {
				return fmt.Errorf("bad unit %q", f[1])
			}
			w := l.add(f[0])
			w.unit, w.unitPl = u, f[2] == "pl"
			w.trigger = w.unitPl // bare plurals: "for weeks"
			return nil
		}},
		{"zones.tsv", func(f []string) error {
			if err := need(f, 3); err != nil {
				return err
			}
			loc, err := loadZone(f[1])
			if err != nil {
				return err
			}
			l.add(f[0]).zone = &zone{name: f[1], loc: loc, needTime: f[2] == "yes"}
			return nil
		}},
		{"holidays.tsv", func(f []string) error {
			if err := need(f, 2); err != nil {
				return err
			}
			if err := checkHolidayRule(f[1]); err != nil {
				return err
			}
			ws := strings.Fields(f[0])
			for _, x := range ws {
				l.add(x)
			}
			w := l.add(ws[0])
			w.holidays = append(w.holidays, holiday{words: ws, rule: f[1]})
			w.trigger = true
			return nil
		}},
		{"words.tsv", func(f []string) error {
			if err := need(f, 2); err != nil {
				return err
			}
			v := ""
			if len(f) > 2 {
				v = f[2]
			}
			w := l.add(f[0])
			switch f[1] {
			case "deictic":
				w.deictic, w.trigger = v, true
			case "pod":
				w.pod, w.trigger = v, true
			case "season":
				w.season, w.trigger = v, true
			case "ordinal":
				n, err := strconv.Atoi(v)
				if err != nil {
					return fmt.Errorf("bad ordinal %q", v)
				}
				w.ordinal, w.trigger = n, true
			case "rel":
				n, err := strconv.Atoi(v)
				if err != nil {
					return fmt.Errorf("bad direction %q", v)
				}
				w.rel, w.isRel, w.trigger = int8(n), true, true
			case "approx", "more", "less", "start", "mid", "end":
				w.cue, w.trigger = f[1], true
			case "set":
				w.set, w.trigger = v, true
			default:
				return fmt.Errorf("unknown class %q", f[1])
			}
			return nil
		}},
		{"tense.tsv", func(f []string) error {
			if err := need(f, 2); err != nil {
				return err
			}
			w := l.add(f[0])
			switch f[1] {
			case "past":
				w.tense = -1
			case "future":
				w.tense = 1
			case "intent":
				w.intent = true
			default:
				return fmt.Errorf("unknown tense %q", f[1])
			}
			return nil
		}},
	}
	for _, s := range steps {
		if err := readTSV(s.file, s.fn); err != nil {
			return nil, err
		}
	}
	// Function words the rules look at; they start expressions ("a week",
	// "the 1990s", "every day", "more than three years").
	for _, x := range []string{"a", "an", "the", "every", "each", "per", "more", "less", "fewer", "than",
		"at", "least", "most", "up", "to", "under", "half", "few", "several", "couple", "of", "and",
		"from", "between", "through", "until", "till", "ago", "later", "earlier", "before", "after",
		"since", "in", "on", "by", "during", "for", "within", "that", "same", "times", "twice", "once",
		"local", "time", "standard", "daylight", "a.m", "a.m.", "p.m", "p.m.", "am", "pm", "o'clock",
		"hours", "h", "gmt", "shortly", "just", "right", "q1", "q2", "q3", "q4", "h1", "h2", "fiscal",
		"s", "'s", "’s", "thrice", "many", "single", "dozen", "dozens", "hundreds", "thousands", "recent", "coming",
		"future", "near", "distant", "foreseeable", "all", "calendar", "financial", "small", "wee"} {
		l.add(x)
	}
	for _, x := range []string{"a", "an", "the", "every", "each", "per", "more", "less", "fewer", "at", "up",
		"under", "half", "few", "several", "couple", "from", "between", "that", "twice", "once", "q1", "q2",
		"q3", "q4", "h1", "h2", "fiscal", "dozen", "dozens", "hundreds", "thousands", "recent", "just",
		"shortly", "right", "earlier", "later", "thrice", "many", "all"} {
		l.words[x].trigger = true
	}
	for _, x := range numberWords {
		w := l.add(x)
		w.trigger, w.isNum = true, true
	}
	// A trigger that is not itself a time word starts an expression only
	// before a number or another word of the lexicon.
	for k := range l.words {
		l.maxLen = max(l.maxLen, len(k))
		h := sigOf([]byte(k))
		l.sig[h/64] |= 1 << (h % 64)
	}

	for _, x := range []string{"least", "most", "to", "than", "of", "same", "other", "single", "half", "part", "times",
		"few", "couple", "after", "before", "and", "in", "on", "a", "an", "the", "future", "near", "distant",
		"foreseeable", "calendar", "financial", "small", "wee"} {
		l.add(x).follow = true
	}
	for _, w := range l.words {
		if w.trigger || w.unit != uNone || w.ordinal > 0 || w.month != 0 || w.wday != 0 || len(w.holidays) > 0 {
			w.follow = true
		}
	}
	for _, w := range l.words {
		if w.trigger && w.month == 0 && w.wday == 0 && w.deictic == "" && w.pod == "" && w.season == "" &&
			len(w.holidays) == 0 && w.set == "" && w.unit == uNone && len(w.key) > 2 || w.key == "a" || w.key == "an" || w.key == "at" || w.key == "up" {
			w.weak = true
		}
	}
	if err := l.index(); err != nil {
		return nil, err
	}
	return l, nil
}

func loadZone(name string) (*time.Location, error) {
	if name != "" && (name[0] == '+' || name[0] == '-') {
		if len(name) != 6 || name[3] != ':' {
			return nil, fmt.Errorf("bad offset %q", name)
		}
		h, err1 := strconv.Atoi(name[1:3])
		m, err2 := strconv.Atoi(name[4:6])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad offset %q", name)
		}
		off := h*3600 + m*60
		if name[0] == '-' {
			off = -off
		}
		return time.FixedZone(name, off), nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("zone %s: %w", name, err)
	}
	return loc, nil
}
