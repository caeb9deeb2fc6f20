package quantity

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/eval/score"
)

// Report holds the scores of one evaluation run.
type Report struct {
	Models []ModelScore
	Plover PloverScore
	News   []*NewsScore // empty when the news sets were not found
}

// ModelScore scores one Recognizers-Text model, on all its cases and on
// those the reference (.NET) implementation passes.
type ModelScore struct {
	Name    string
	InScope bool
	// All scores every case; Scoped leaves out the gold results outside
	// parley's scope (see scopeOf) and the predictions that overlap them;
	// Supported is Scoped on the cases the reference implementation
	// passes.
	All, Scoped, Supported Score
	// Excluded counts the gold results left out of Scoped, by reason.
	Excluded map[string]int
	// Errors lists the first misses (-), spurious spans (+), wrong values
	// (~) and out-of-scope results (x) of Scoped.
	Errors []string
}

// Score counts span matches and value accuracy.
type Score struct {
	Cases, Gold, Predicted int
	// Strict matches have the same span; relaxed matches overlap.
	Strict, Relaxed int
	// Among relaxed matches: the value (a range's bounds) is right, and
	// value and unit are right (currency and dimension).
	ValueOK, UnitChecked, UnitOK int
}

const maxErrors = 400

func (s *Score) add(m model, gold []gspan, preds []pred, text string, errs *[]string) {
	s.Cases++
	s.Gold += len(gold)
	for _, p := range preds {
		if !p.point {
			s.Predicted++
		}
	}
	used := make([]bool, len(preds))
	note := func(format string, a ...any) {
		if errs != nil && len(*errs) < maxErrors {
			*errs = append(*errs, fmt.Sprintf(format, a...))
		}
	}
	for _, g := range gold {
		var glo, ghi *float64
		var gloOpen, ghiOpen bool
		if m.name == "numberrange" {
			v, _ := g.res.Resolution["value"].(string)
			glo, ghi, gloOpen, ghiOpen, _ = parseInterval(v)
		}
		pointGold := glo != nil && ghi != nil && *glo == *ghi
		// The prediction with the same span, else the one that overlaps
		// the gold span most.
		match, best := -1, 0
		for i, p := range preds {
			if used[i] || !p.span.Overlaps(g.span) || p.point && !pointGold {
				continue
			}
			ov := min(p.span.End, g.span.End) - max(p.span.Start, g.span.Start)
			if p.span == g.span {
				ov = 1 << 30
			}
			if ov > best {
				match, best = i, ov
			}
		}
		if match < 0 {
			note("- %q in %q", g.res.Text, clip(text))
			continue
		}
		used[match] = true
		p := preds[match]
		if p.point {
			s.Predicted++ // a plain number standing for a one-point interval
		}
		if p.span == g.span {
			s.Strict++
		}
		s.Relaxed++
		v, lo, hi, unit, ok := goldValue(m, g.res)
		if !ok {
			continue
		}
		var good bool
		if m.name == "numberrange" {
			good = sameBound(lo, p.lo) && sameBound(hi, p.hi)
			// One-sided: "more than 5" (5,) is not "at least 5" [5,).
			if good && (lo == nil || hi == nil) {
				good = lo == nil || gloOpen == p.loOpen
				good = good && (hi == nil || ghiOpen == p.hiOpen)
			}
		} else {
			good = sameValue(v, p.value)
		}
		if good {
			s.ValueOK++
		} else {
			note("~ %q: got %s, want %v", g.res.Text, describe(p), g.res.Resolution["value"])
		}
		if m.name == "currency" || m.name == "dimension" || m.name == "temperature" {
			s.UnitChecked++
			if good && strings.EqualFold(unit, p.unit) {
				s.UnitOK++
			} else if good {
				note("~ %q: unit %s, want %s", g.res.Text, p.unit, unit)
			}
		}
	}
	for i, p := range preds {
		if !used[i] && !p.point {
			note("+ %q in %q", text[p.span.Start:p.span.End], clip(text))
		}
	}
}

func describe(p pred) string {
	if p.lo != nil || p.hi != nil {
		b := func(f *float64) string {
			if f == nil {
				return ""
			}
			return fmt.Sprint(*f)
		}
		l, r := "[", "]"
		if p.loOpen {
			l = "("
		}
		if p.hiOpen {
			r = ")"
		}
		return l + b(p.lo) + "," + b(p.hi) + r
	}
	return fmt.Sprint(p.value)
}

func clip(s string) string {
	if len(s) > 90 {
		return s[:90] + "…"
	}
	return s
}

// PloverScore scores the dead, injured and size values of the PLOVER gold.
type PloverScore struct {
	// Per field (dead, injured, size): gold values, numeric ones, those
	// written as a number in the sentence, and those found (a quantity
	// with the value; for dead and injured also the category).
	Fields []PloverField
	Errors []string
}

// PloverField counts one field of the PLOVER records.
type PloverField struct {
	Name                                 string
	Gold, Numeric, Written               int
	Found, FoundValue, Vague, VagueFound int
}

func (ps *PloverScore) field(name string) *PloverField {
	for i := range ps.Fields {
		if ps.Fields[i].Name == name {
			return &ps.Fields[i]
		}
	}
	ps.Fields = append(ps.Fields, PloverField{Name: name})
	return &ps.Fields[len(ps.Fields)-1]
}

func (ps *PloverScore) add(p *Pipeline, doc *parley.Document, id, name string, v *float64, raw *string, cat string) {
	f := ps.field(name)
	f.Gold++
	if v == nil {
		// A vague amount ("Thousands"): found when a vague quantity covers it.
		f.Vague++
		for _, q := range doc.Quantities {
			if q.Approx && strings.Contains(strings.ToLower(doc.Slice(q.Span)), strings.ToLower(*raw)) {
				f.VagueFound++
				return
			}
		}
		if len(ps.Errors) < maxErrors {
			ps.Errors = append(ps.Errors, fmt.Sprintf("- %s %s %q: %q", id, name, *raw, clip(doc.Text)))
		}
		return
	}
	f.Numeric++
	if !p.written(doc, *v) {
		return
	}
	f.Written++
	value, both := false, false
	for _, q := range doc.Quantities {
		if sameValue(q.Value, *v) {
			value = true
			if cat == "" || q.Category == cat {
				both = true
			}
		}
	}
	if value {
		f.FoundValue++
	}
	if both {
		f.Found++
	} else if len(ps.Errors) < maxErrors {
		ps.Errors = append(ps.Errors, fmt.Sprintf("- %s %s %v (value found: %v): %q", id, name, *v, value, clip(doc.Text)))
	}
}

// WriteText writes the report as plain text.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Recognizers-Text (English), relaxed = overlapping spans; value among relaxed matches\n")
	fmt.Fprintf(&b, "%-16s %-6s %6s %6s %6s  %6s %6s %6s  %6s %6s %6s  %6s %8s\n", "model", "scope", "cases", "gold", "pred", "P", "R", "F1", "strP", "strR", "strF1", "value", "val+unit")
	line := func(name, scope string, s Score) {
		p, rc := score.Ratio(s.Relaxed, s.Predicted), score.Ratio(s.Relaxed, s.Gold)
		sp, sr := score.Ratio(s.Strict, s.Predicted), score.Ratio(s.Strict, s.Gold)
		vu := "-"
		if s.UnitChecked > 0 {
			vu = fmt.Sprintf("%.3f", score.Ratio(s.UnitOK, s.UnitChecked))
		}
		fmt.Fprintf(&b, "%-16s %-6s %6d %6d %6d  %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f  %6.3f %8s\n",
			name, scope, s.Cases, s.Gold, s.Predicted, p, rc, score.F1(p, rc), sp, sr, score.F1(sp, sr), score.Ratio(s.ValueOK, s.Relaxed), vu)
	}
	var all, in, inSup Score
	excluded := map[string]int{}
	for _, m := range r.Models {
		scope := "in"
		if !m.InScope {
			scope = "out"
		}
		line(m.Name+" all", scope, m.All)
		line(m.Name, scope, m.Scoped)
		line(m.Name+"*", scope, m.Supported)
		if m.InScope {
			all = sum(all, m.All)
			in = sum(in, m.Scoped)
			inSup = sum(inSup, m.Supported)
			for k, v := range m.Excluded {
				excluded[k] += v
			}
		}
	}
	line("in-scope all", "in", all)
	line("in-scope", "in", in)
	line("in-scope*", "in", inSup)
	fmt.Fprintf(&b, "(all = every gold result; plain rows leave out the gold results outside parley's scope;\n * = those rows on the cases the reference .NET implementation passes)\n")
	reasons := make([]string, 0, len(excluded))
	for k := range excluded {
		reasons = append(reasons, k)
	}
	sort.Slice(reasons, func(i, j int) bool {
		return excluded[reasons[i]] > excluded[reasons[j]] || excluded[reasons[i]] == excluded[reasons[j]] && reasons[i] < reasons[j]
	})
	fmt.Fprintf(&b, "Gold results of the in-scope models left out, by reason:\n")
	for _, k := range reasons {
		fmt.Fprintf(&b, "  %4d  %s\n", excluded[k], k)
	}
	for _, m := range r.Models {
		if !m.InScope {
			continue
		}
		fmt.Fprintf(&b, "  %-12s", m.Name)
		keys := make([]string, 0, len(m.Excluded))
		for k := range m.Excluded {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, " %s: %d;", k, m.Excluded[k])
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")

	fmt.Fprintf(&b, "PLOVER gold: dead/injured/size values (found = a quantity with the value and, for dead and injured, the category)\n")
	fmt.Fprintf(&b, "%-8s %5s %8s %8s %8s %8s %6s %11s\n", "field", "gold", "numeric", "written", "value", "found", "vague", "vague found")
	for _, f := range r.Plover.Fields {
		fmt.Fprintf(&b, "%-8s %5d %8d %8d %8d %8d %6d %11d\n", f.Name, f.Gold, f.Numeric, f.Written, f.FoundValue, f.Found, f.Vague, f.VagueFound)
	}
	b.WriteString("\n")
	for _, n := range r.News {
		n.write(&b, n.Path)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteErrors writes the first errors of each set.
func (r *Report) WriteErrors(w io.Writer) error {
	var b strings.Builder
	for _, m := range r.Models {
		for _, e := range m.Errors {
			fmt.Fprintf(&b, "%s %s\n", m.Name, e)
		}
	}
	for _, e := range r.Plover.Errors {
		fmt.Fprintf(&b, "plover %s\n", e)
	}
	for _, n := range r.News {
		for _, e := range n.Errors {
			fmt.Fprintf(&b, "%s %s\n", filepath.Base(n.Path), e)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func sum(a, b Score) Score {
	return Score{
		Cases: a.Cases + b.Cases, Gold: a.Gold + b.Gold, Predicted: a.Predicted + b.Predicted,
		Strict: a.Strict + b.Strict, Relaxed: a.Relaxed + b.Relaxed, ValueOK: a.ValueOK + b.ValueOK,
		UnitChecked: a.UnitChecked + b.UnitChecked, UnitOK: a.UnitOK + b.UnitOK,
	}
}
