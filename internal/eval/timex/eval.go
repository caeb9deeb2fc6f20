// Package timex scores parley's time expression tagger, TempEval-3 style,
// on the gold sets in shared/eval/timex: the TE3-platinum news articles and
// the Recognizers-Text English DateTime cases. See Evaluate.
package timex

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/segment"
	ptimex "github.com/parleyhq/parley/timex"
)

// Report holds the scores of one evaluation run.
type Report struct {
	// TE3 scores the 20 TE3-platinum documents; TE3Types splits them by
	// gold type. TE3Spec counts the fully specified DATE/TIME gold values
	// (TE3SpecOK of them right) that test anchoring on the DCT.
	TE3        Scores
	TE3Types   map[string]*Scores
	TE3Spec    int
	TE3SpecOK  int
	TE3Bytes   int
	TE3Elapsed time.Duration
	TE3Misses  []string // gold items missed or wrongly valued, for reading

	// RT scores the Recognizers-Text cases that the reference (.NET)
	// implementation passes; RTScope those of them in scope (see
	// InScope); RTTypes splits RTScope by Recognizers-Text type.
	RT       Scores
	RTScope  Scores
	RTTypes  map[string]*Scores
	RTCases  int
	RTScoped int
	// RTNoClock is RTScope without the cases that have a range within a
	// day (timerange, datetimerange): the scope used before 2026-11-25,
	// kept for comparison.
	RTNoClock      Scores
	RTNoClockCases int
	RTMisses       []string
}

// Pipeline runs segment and the tagger on documents.
type Pipeline struct {
	seg *segment.Segmenter
	tag *ptimex.Tagger
}

// NewPipeline builds the segmenter and tagger.
func NewPipeline() (*Pipeline, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("segmenter: %w", err)
	}
	tag, err := ptimex.New()
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	return &Pipeline{seg: seg, tag: tag}, nil
}

// Tag returns the time expressions of text published at pub, as TIMEX3 items.
func (p *Pipeline) Tag(text string, pub time.Time) []Item {
	return Items(p.Doc(text, pub))
}

// Doc returns the document of text published at pub, segmented and tagged.
func (p *Pipeline) Doc(text string, pub time.Time) *parley.Document {
	doc := &parley.Document{ID: "eval", Text: text, Published: pub}
	p.seg.Annotate(doc)
	p.tag.Annotate(doc)
	return doc
}

// Items converts the Times layer of doc to TIMEX3 items: ranges are left
// out (their ends are in the layer), zoned times keep their local form (as
// TIMEX3 gold writes them), and each date value also offers its interval
// ("2016-10" is "2016-10-01/2016-11-01") as an alternative.
func Items(doc *parley.Document) []Item { return items(doc, false) }

// RangeItems is like Items but keeps each range whole, in place of its
// ends, for gold sets that annotate a range as one expression
// (Recognizers-Text). A range also offers the interval from the start of
// its first end to the start of its second ("2014/2018" is
// 2014-01-01/2018-01-01), as Recognizers-Text writes year ranges.
func RangeItems(doc *parley.Document) []Item { return items(doc, true) }

func items(doc *parley.Document, ranges bool) []Item {
	var out []Item
	var rs []parley.Span
	for _, t := range doc.Times {
		if t.Kind == parley.TimeRange {
			rs = append(rs, t.Span)
		}
	}
outer:
	for _, t := range doc.Times {
		if t.Kind == parley.TimeRange {
			if !ranges {
				continue
			}
			it := Item{Start: t.Span.Start, End: t.Span.End, Type: "DATE", Value: TIMEX3Value(t), Mod: t.Mod, Text: doc.Slice(t.Span)}
			if strings.Contains(t.Value, "T") {
				it.Type = "TIME"
			}
			if a, b, ok := strings.Cut(it.Value, "/"); ok {
				if s1, e2, ok := Interval(it.Value); ok {
					it.Alts = append(it.Alts, s1+"/"+e2)
				}
				s1, _, ok1 := Interval(a)
				s2, _, ok2 := Interval(b)
				if ok1 && ok2 {
					it.Alts = append(it.Alts, s1+"/"+s2)
				}
			}
			out = append(out, it)
			continue
		}
		if ranges {
			for _, r := range rs {
				if r.Contains(t.Span) {
					continue outer
				}
			}
		}
		it := Item{Start: t.Span.Start, End: t.Span.End, Type: TIMEX3Type(t), Value: TIMEX3Value(t), Mod: t.Mod, Text: doc.Slice(t.Span)}
		if a, b, ok := Interval(it.Value); ok {
			it.Alts = append(it.Alts, a+"/"+b)
		}
		if i := strings.IndexByte(it.Value, 'T'); i > 0 && it.Type == "TIME" {
			it.Alts = append(it.Alts, it.Value[i:])
		}
		out = append(out, it)
	}
	return out
}

// TIMEX3Type maps a parley time kind to a TIMEX3 type.
func TIMEX3Type(t parley.Time) string {
	switch t.Kind {
	case parley.TimeDuration:
		return "DURATION"
	case parley.TimeSet:
		return "SET"
	case parley.TimeTime:
		return "TIME"
	}
	if strings.Contains(t.Value, "T") && !strings.HasSuffix(t.Value, "_REF") {
		return "TIME"
	}
	return "DATE"
}

// TIMEX3Value maps a parley value to TIMEX3: a zoned time in the local form
// the text states.
func TIMEX3Value(t parley.Time) string {
	if t.Original != "" && len(t.Original) >= 16 {
		return t.Original[:16]
	}
	return strings.TrimSuffix(t.Value, "Z")
}

// Evaluate scores the tagger on the gold sets under sharedDir (the shared/
// folder beside the repository).
func Evaluate(sharedDir string) (*Report, error) {
	p, err := NewPipeline()
	if err != nil {
		return nil, err
	}
	r := &Report{TE3Types: map[string]*Scores{}, RTTypes: map[string]*Scores{}}
	if err := r.te3(p, filepath.Join(sharedDir, "eval", "timex", "gold.jsonl")); err != nil {
		return nil, err
	}
	if err := r.rt(p, filepath.Join(sharedDir, "eval", "timex", "recognizers-text", "DateTime", "English", "DateTimeModel.json")); err != nil {
		return nil, err
	}
	return r, nil
}

type te3Doc struct {
	DocID   string `json:"doc_id"`
	DCT     string `json:"dct"`
	Text    string `json:"text"`
	Timexes []struct {
		Text      string `json:"text"`
		StartByte int    `json:"start_byte"`
		EndByte   int    `json:"end_byte"`
		Type      string `json:"type"`
		Value     string `json:"value"`
		Mod       string `json:"mod"`
	} `json:"timexes"`
}

func (r *Report) te3(p *Pipeline, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open te3 gold: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d te3Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("decode %s: %w", path, err)
		}
		dct, err := time.Parse("2006-01-02", d.DCT)
		if err != nil {
			return fmt.Errorf("doc %s dct: %w", d.DocID, err)
		}
		var gold []Item
		for _, x := range d.Timexes {
			gold = append(gold, Item{Start: x.StartByte, End: x.EndByte, Type: x.Type, Value: x.Value, Text: x.Text})
		}
		start := time.Now()
		pred := p.Tag(d.Text, dct)
		r.TE3Elapsed += time.Since(start)
		r.TE3Bytes += len(d.Text)
		s, pairs, extra := Match(gold, pred)
		r.TE3.Add(s)
		for _, pr := range pairs {
			g := pr.Gold
			ts := r.TE3Types[g.Type]
			if ts == nil {
				ts = &Scores{}
				r.TE3Types[g.Type] = ts
			}
			one := Scores{Gold: 1}
			if pr.Pred != nil {
				one.RelaxedTP = 1
				if pr.Pred.Start == g.Start && pr.Pred.End == g.End {
					one.StrictTP = 1
				}
				if pr.Pred.Type == g.Type {
					one.TypeOK = 1
				}
				if ValueEqual(g, pr.Pred) {
					one.ValueOK = 1
				}
			}
			ts.Add(one)
			spec := FullySpecified(g.Value) && (g.Type == "DATE" || g.Type == "TIME")
			if spec {
				r.TE3Spec++
				if one.ValueOK == 1 {
					r.TE3SpecOK++
				}
			}
			switch {
			case pr.Pred == nil:
				r.TE3Misses = append(r.TE3Misses, fmt.Sprintf("%s\tmissed\t%q\t%s\t%s", d.DocID, g.Text, g.Type, g.Value))
			case one.ValueOK == 0 || one.StrictTP == 0:
				r.TE3Misses = append(r.TE3Misses, fmt.Sprintf("%s\twrong\t%q\t%s\t%s\tgot %q\t%s\t%s", d.DocID, g.Text, g.Type, g.Value, pr.Pred.Text, pr.Pred.Type, pr.Pred.Value))
			}
		}
		for _, x := range extra {
			r.TE3Misses = append(r.TE3Misses, fmt.Sprintf("%s\textra\t%q\t%s\t%s", d.DocID, x.Text, x.Type, x.Value))
		}
	}
	return sc.Err()
}

// FullySpecified reports whether a TIMEX3 value names a calendar point with
// no unknown part: 2013, 2013-03, 2013-03-22, 2013-W11, 2013-03-22T10:00.
func FullySpecified(v string) bool {
	if len(v) < 4 || !isDigits(v[:4]) || strings.Contains(v, "X") {
		return false
	}
	return !strings.HasSuffix(v, "_REF")
}

type rtCase struct {
	Input   string `json:"Input"`
	Context struct {
		Ref string `json:"ReferenceDateTime"`
	} `json:"Context"`
	NotSupported string     `json:"NotSupported"`
	Results      []rtResult `json:"Results"`
}

type rtResult struct {
	Text     string `json:"Text"`
	Start    int    `json:"Start"`
	End      int    `json:"End"`
	TypeName string `json:"TypeName"`
	Typename string `json:"Typename"`
	Res      struct {
		Values []map[string]string `json:"values"`
	} `json:"Resolution"`
}

// InScope reports whether a Recognizers-Text result is in parley's news
// scope, from its type and its first timex value. In scope is every type
// that TIMEX3 can express: date, daterange, datetime, datetimerange, time,
// timerange, duration and set. Out of scope:
//   - datetimeV2.timezone: a zone alone ("pacific timezone") names no time;
//   - values in notations that TIMEX3 lacks and whose dates the text does
//     not fix: fiscal and school years (FY2008, SY2019: their first month
//     differs by country and organisation) and business days (P4BD, P1WD:
//     they depend on a holiday calendar).
func InScope(typeName, timex string) bool {
	if typeName == "datetimeV2.timezone" {
		return false
	}
	for _, n := range []string{"FY", "SY", "BD", "WD"} {
		if strings.Contains(timex, n) {
			return false
		}
	}
	return true
}

// clockRange reports whether a Recognizers-Text type is a range within a
// day ("5 to 6pm"), which the scope before 2026-11-25 left out.
func clockRange(typeName string) bool {
	return typeName == "datetimeV2.timerange" || typeName == "datetimeV2.datetimerange"
}

func (r *Report) rt(p *Pipeline, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read recognizers-text cases: %w", err)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	var cases []rtCase
	if err := json.Unmarshal(b, &cases); err != nil {
		return fmt.Errorf("decode %s: %w", path, err)
	}
	for _, c := range cases {
		if strings.Contains(strings.ToLower(c.NotSupported), "dotnet") {
			continue
		}
		var ref time.Time // no reference time: relative values stay unresolved
		if c.Context.Ref != "" {
			ref, err = time.Parse("2006-01-02T15:04:05", c.Context.Ref)
			if err != nil {
				return fmt.Errorf("case %q reference time: %w", c.Input, err)
			}
		}
		r.RTCases++
		pred := RangeItems(p.Doc(c.Input, ref))
		var gold, scoped []Item
		allIn, clock := true, false
		for _, x := range c.Results {
			tn := x.TypeName
			if tn == "" {
				tn = x.Typename
			}
			it := rtItem(c.Input, x, tn)
			gold = append(gold, it)
			if InScope(tn, it.Value) {
				scoped = append(scoped, it)
			} else {
				allIn = false
			}
			if clockRange(tn) {
				clock = true
			}
		}
		s, _, _ := Match(gold, pred)
		r.RT.Add(s)
		if !allIn {
			continue
		}
		r.RTScoped++
		if !clock {
			r.RTNoClockCases++
			r.RTNoClock.Pred += len(pred)
		}
		s, pairs, extra := Match(scoped, pred)
		r.RTScope.Add(s)
		for k, pr := range pairs {
			tn := c.Results[k].TypeName
			if tn == "" {
				tn = c.Results[k].Typename
			}
			ts := r.RTTypes[tn]
			if ts == nil {
				ts = &Scores{}
				r.RTTypes[tn] = ts
			}
			one, _, _ := Match([]Item{*pr.Gold}, predOrNone(pr.Pred))
			one.Pred = 0
			if pr.Pred != nil && (SameMeaning(pr.Gold, pr.Pred, ref) || insideMeaning(pr.Gold, pred, ref)) {
				one.MeaningOK = 1
				r.RTScope.MeaningOK++
			}
			ts.Add(one)
			if !clock {
				r.RTNoClock.Add(one)
			}
			if pr.Pred == nil {
				r.RTMisses = append(r.RTMisses, fmt.Sprintf("missed\t%q\t%q\t%s\t%v", c.Input, pr.Gold.Text, pr.Gold.Value, pr.Gold.Alts))
			} else if one.MeaningOK == 0 {
				r.RTMisses = append(r.RTMisses, fmt.Sprintf("value\t%q\t%q\t%s\t%v\tgot %q %s %v", c.Input, pr.Gold.Text, pr.Gold.Value, pr.Gold.Alts, pr.Pred.Text, pr.Pred.Value, pr.Pred.Alts))
			}
		}
		for _, x := range extra {
			r.RTMisses = append(r.RTMisses, fmt.Sprintf("extra\t%q\t%q\t%s", c.Input, x.Text, x.Value))
		}
	}
	return nil
}

// insideMeaning reports whether a predicted item within the gold span
// denotes the gold time. Recognizers-Text annotates a day and its clock
// time as one expression ("tonight at 7 p.m."); TIMEX3 and parley annotate
// them apart, the clock time taking the day (7 p.m. = 2016-11-07T19:00), so
// the gold value is compared with each predicted item inside its span.
func insideMeaning(g *Item, pred []Item, ref time.Time) bool {
	for k := range pred {
		p := &pred[k]
		if p.Start >= g.Start && p.End <= g.End && SameMeaning(g, p, ref) {
			return true
		}
	}
	return false
}

func predOrNone(p *Item) []Item {
	if p == nil {
		return nil
	}
	return []Item{*p}
}

// rtItem converts a Recognizers-Text result to a gold item. Its values,
// their resolved forms and their start/end intervals are all accepted.
func rtItem(input string, x rtResult, typeName string) Item {
	start, end := byteOffset(input, x.Start), byteOffset(input, x.End+1)
	it := Item{Start: start, End: end, Text: x.Text}
	switch strings.TrimPrefix(typeName, "datetimeV2.") {
	case "date", "daterange":
		it.Type = "DATE"
	case "time", "timerange", "datetime", "datetimerange":
		it.Type = "TIME"
	case "duration":
		it.Type = "DURATION"
	case "set":
		it.Type = "SET"
	default:
		it.Type = "OTHER"
	}
	for k, v := range x.Res.Values {
		tx := v["timex"]
		if k == 0 {
			it.Value = tx
		} else if tx != "" {
			it.Alts = append(it.Alts, tx)
		}
		if val := rtTime(v["value"]); val != "" {
			it.Alts = append(it.Alts, val)
		}
		if a, b := rtTime(v["start"]), rtTime(v["end"]); a != "" && b != "" {
			it.Alts = append(it.Alts, a+"/"+b)
		}
		// "(2016-11-01,2016-12-01,P1M)"
		if strings.HasPrefix(tx, "(") && strings.HasSuffix(tx, ")") {
			f := strings.Split(tx[1:len(tx)-1], ",")
			if len(f) == 3 {
				it.Alts = append(it.Alts, f[0]+"/"+f[1])
			}
		}
	}
	return it
}

// rtTime rewrites a Recognizers-Text resolved time ("2016-11-07 10:00:00")
// in TIMEX3 form (2016-11-07T10:00).
func rtTime(v string) string {
	if v == "" || v == "not resolved" {
		return ""
	}
	if len(v) == 19 && v[10] == ' ' {
		v = v[:10] + "T" + v[11:16]
	}
	if len(v) == 8 && v[2] == ':' && v[5] == ':' { // 19:56:30
		v = "T" + v
	}
	return v
}

// byteOffset converts a character offset of s to a byte offset.
func byteOffset(s string, char int) int {
	if char <= 0 {
		return 0
	}
	n := 0
	for i := range s {
		if n == char {
			return i
		}
		n++
	}
	return len(s)
}
