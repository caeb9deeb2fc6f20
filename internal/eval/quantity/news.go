package quantity

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/eval/score"
)

// NewsCase is one sentence of the news set with its gold quantities.
type NewsCase struct {
	Line int
	Text string
	Gold []NewsGold
}

// NewsGold is one gold quantity of a news sentence.
type NewsGold struct {
	Span      parley.Span
	Value     float64
	Min, Max  float64
	Mod, Unit string
	Per       string
	EachSide  bool
	Counted   parley.Span // zero when nothing is counted
	Category  string
}

// ParseNews reads the news set. Lines starting with '#' and blank lines
// are skipped. "S<TAB>sentence" starts a case; each following
// "Q<TAB>text<TAB>value<TAB>min<TAB>max<TAB>mod<TAB>unit<TAB>per<TAB>side<TAB>counted<TAB>category"
// line is one gold quantity, where text and counted are substrings of the
// sentence (each looked for from the start of the quantity before), "-"
// means empty (for min and max: equal to value), and side is "1" for a
// per-side figure. A case with no Q line expects no quantity.
func ParseNews(name, src string) ([]NewsCase, error) {
	var cases []NewsCase
	from := 0
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		switch f[0] {
		case "S":
			if len(f) != 2 {
				return nil, fmt.Errorf("%s:%d: want S<TAB>sentence", name, i+1)
			}
			cases = append(cases, NewsCase{Line: i + 1, Text: f[1]})
			from = 0
		case "Q":
			if len(cases) == 0 {
				return nil, fmt.Errorf("%s:%d: Q before any S", name, i+1)
			}
			if len(f) != 11 {
				return nil, fmt.Errorf("%s:%d: want 11 fields, got %d", name, i+1, len(f))
			}
			c := &cases[len(cases)-1]
			g, next, err := parseGold(c.Text, f, from)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, i+1, err)
			}
			from = next
			c.Gold = append(c.Gold, g)
		default:
			return nil, fmt.Errorf("%s:%d: line must start with S or Q", name, i+1)
		}
	}
	return cases, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func parseGold(text string, f []string, from int) (NewsGold, int, error) {
	var g NewsGold
	i := strings.Index(text[from:], f[1])
	if i < 0 {
		return g, 0, fmt.Errorf("%q not in the sentence after byte %d", f[1], from)
	}
	g.Span = parley.Span{Start: from + i, End: from + i + len(f[1])}
	num := func(s string, def float64) (float64, error) {
		if s == "-" {
			return def, nil
		}
		return strconv.ParseFloat(s, 64)
	}
	var err error
	if g.Value, err = num(f[2], 0); err != nil {
		return g, 0, err
	}
	if g.Min, err = num(f[3], g.Value); err != nil {
		return g, 0, err
	}
	if g.Max, err = num(f[4], g.Value); err != nil {
		return g, 0, err
	}
	g.Mod, g.Unit, g.Per = dash(f[5]), dash(f[6]), dash(f[7])
	g.EachSide = f[8] == "1"
	if c := dash(f[9]); c != "" {
		j := strings.Index(text[g.Span.Start:], c)
		if j < 0 {
			return g, 0, fmt.Errorf("counted %q not in the sentence after %q", c, f[1])
		}
		g.Counted = parley.Span{Start: g.Span.Start + j, End: g.Span.Start + j + len(c)}
	}
	g.Category = dash(f[10])
	return g, g.Span.Start, nil
}

// NewsScore scores the news set.
type NewsScore struct {
	Path                       string // the file scored, when known
	Sentences, Gold, Predicted int
	Strict, Relaxed            int
	// Among relaxed matches.
	ExactValue                                     int // value, min and max
	ModOK, UnitOK, PerOK, SideOK, CountedOK, CatOK int
	AllOK                                          int // every field right
	Errors                                         []string
}

// ScoreNews runs the tagger on every case and scores it.
func (p *Pipeline) ScoreNews(cases []NewsCase) *NewsScore {
	s := &NewsScore{}
	for _, c := range cases {
		doc := p.Run(c.Text)
		s.add(c, doc)
	}
	return s
}

func (s *NewsScore) note(format string, a ...any) {
	if len(s.Errors) < 200 {
		s.Errors = append(s.Errors, fmt.Sprintf(format, a...))
	}
}

func (s *NewsScore) add(c NewsCase, doc *parley.Document) {
	s.Sentences++
	s.Gold += len(c.Gold)
	s.Predicted += len(doc.Quantities)
	used := make([]bool, len(doc.Quantities))
	for _, g := range c.Gold {
		m := -1
		for i, q := range doc.Quantities {
			if !used[i] && q.Span == g.Span {
				m = i
				s.Strict++
				break
			}
		}
		if m < 0 {
			for i, q := range doc.Quantities {
				if !used[i] && q.Span.Overlaps(g.Span) {
					m = i
					break
				}
			}
		}
		gt := c.Text[g.Span.Start:g.Span.End]
		if m < 0 {
			s.note("line %d: - %q in %q", c.Line, gt, c.Text)
			continue
		}
		used[m] = true
		s.Relaxed++
		q := doc.Quantities[m]
		ok := 0
		check := func(good bool, field string, got, want any) {
			if good {
				ok++
			} else {
				s.note("line %d: ~ %q %s: got %v, want %v", c.Line, gt, field, got, want)
			}
		}
		if q.Span != g.Span {
			s.note("line %d: ~ %q span: got %q", c.Line, gt, doc.Slice(q.Span))
		}
		exact := sameValue(q.Value, g.Value) && sameValue(q.Min, g.Min) && sameValue(q.Max, g.Max)
		if exact {
			s.ExactValue++
		}
		check(exact, "value", fmt.Sprintf("%v [%v,%v]", q.Value, q.Min, q.Max), fmt.Sprintf("%v [%v,%v]", g.Value, g.Min, g.Max))
		check(q.Mod == g.Mod, "mod", q.Mod, g.Mod)
		if q.Mod == g.Mod {
			s.ModOK++
		}
		check(q.Unit == g.Unit, "unit", q.Unit, g.Unit)
		if q.Unit == g.Unit {
			s.UnitOK++
		}
		check(q.Per == g.Per, "per", q.Per, g.Per)
		if q.Per == g.Per {
			s.PerOK++
		}
		check(q.EachSide == g.EachSide, "each_side", q.EachSide, g.EachSide)
		if q.EachSide == g.EachSide {
			s.SideOK++
		}
		check(q.Counted == g.Counted, "counted", fmt.Sprintf("%q", doc.Slice(q.Counted)), fmt.Sprintf("%q", sliceOr(c.Text, g.Counted)))
		if q.Counted == g.Counted {
			s.CountedOK++
		}
		check(q.Category == g.Category, "category", q.Category, g.Category)
		if q.Category == g.Category {
			s.CatOK++
		}
		if ok == 7 && q.Span == g.Span {
			s.AllOK++
		}
	}
	for i, q := range doc.Quantities {
		if !used[i] {
			s.note("line %d: + %q in %q", c.Line, doc.Slice(q.Span), c.Text)
		}
	}
}

func sliceOr(text string, sp parley.Span) string {
	if sp.IsZero() {
		return ""
	}
	return text[sp.Start:sp.End]
}

// Precision returns the relaxed span precision.
func (s *NewsScore) Precision() float64 { return score.Ratio(s.Relaxed, s.Predicted) }

// Recall returns the relaxed span recall.
func (s *NewsScore) Recall() float64 { return score.Ratio(s.Relaxed, s.Gold) }

// ValueAccuracy returns the share of relaxed matches with the exact value,
// min and max.
func (s *NewsScore) ValueAccuracy() float64 { return score.Ratio(s.ExactValue, s.Relaxed) }

// CategoryAccuracy returns the share of relaxed matches with the gold
// category.
func (s *NewsScore) CategoryAccuracy() float64 { return score.Ratio(s.CatOK, s.Relaxed) }

func (s *NewsScore) write(b *strings.Builder, path string) {
	fmt.Fprintf(b, "News set (%s): %d sentences, %d gold quantities, %d predicted\n", path, s.Sentences, s.Gold, s.Predicted)
	p, r := s.Precision(), s.Recall()
	sp, sr := score.Ratio(s.Strict, s.Predicted), score.Ratio(s.Strict, s.Gold)
	fmt.Fprintf(b, "  spans relaxed P %.3f R %.3f F1 %.3f; strict P %.3f R %.3f F1 %.3f\n", p, r, score.F1(p, r), sp, sr, score.F1(sp, sr))
	fmt.Fprintf(b, "  among %d relaxed matches: exact value %.3f, mod %.3f, unit %.3f, per %.3f, each_side %.3f, counted %.3f, category %.3f, all fields and span %.3f\n",
		s.Relaxed, s.ValueAccuracy(), score.Ratio(s.ModOK, s.Relaxed), score.Ratio(s.UnitOK, s.Relaxed), score.Ratio(s.PerOK, s.Relaxed),
		score.Ratio(s.SideOK, s.Relaxed), score.Ratio(s.CountedOK, s.Relaxed), s.CategoryAccuracy(), score.Ratio(s.AllOK, s.Relaxed))
}
