package quantity

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/parleyhq/parley"
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
	Name      string
	InScope   bool
	All       Score
	Supported Score
	Errors    []string // the first misses (-), spurious spans (+) and wrong values (~)
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

// Ratio returns a/b, or 0 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// F1 returns the harmonic mean of precision p and recall r.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

const maxErrors = 400

func (s *Score) add(m model, gold []gspan, preds []pred, text string, errs *[]string) {
	s.Cases++
	s.Gold += len(gold)
	s.Predicted += len(preds)
	usedS := make([]bool, len(preds))
	usedR := make([]bool, len(preds))
	note := func(format string, a ...any) {
		if errs != nil && len(*errs) < maxErrors {
			*errs = append(*errs, fmt.Sprintf(format, a...))
		}
	}
	for _, g := range gold {
		for i, p := range preds {
			if !usedS[i] && p.span == g.span {
				usedS[i] = true
				s.Strict++
				break
			}
		}
		match := -1
		for i, p := range preds {
			if !usedR[i] && p.span.Overlaps(g.span) {
				match = i
				break
			}
		}
		if match < 0 {
			note("- %q in %q", g.res.Text, clip(text))
			continue
		}
		usedR[match] = true
		s.Relaxed++
		p := preds[match]
		v, lo, hi, unit, ok := goldValue(m, g.res)
		if !ok {
			continue
		}
		var good bool
		if m.name == "numberrange" {
			good = sameBound(lo, p.lo) && sameBound(hi, p.hi)
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
		if !usedR[i] {
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
		return "[" + b(p.lo) + "," + b(p.hi) + "]"
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
	fmt.Fprintf(&b, "%-12s %-6s %6s %6s %6s  %6s %6s %6s  %6s %6s %6s  %6s %8s\n", "model", "scope", "cases", "gold", "pred", "P", "R", "F1", "strP", "strR", "strF1", "value", "val+unit")
	line := func(name, scope string, s Score) {
		p, rc := Ratio(s.Relaxed, s.Predicted), Ratio(s.Relaxed, s.Gold)
		sp, sr := Ratio(s.Strict, s.Predicted), Ratio(s.Strict, s.Gold)
		vu := "-"
		if s.UnitChecked > 0 {
			vu = fmt.Sprintf("%.3f", Ratio(s.UnitOK, s.UnitChecked))
		}
		fmt.Fprintf(&b, "%-12s %-6s %6d %6d %6d  %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f  %6.3f %8s\n",
			name, scope, s.Cases, s.Gold, s.Predicted, p, rc, F1(p, rc), sp, sr, F1(sp, sr), Ratio(s.ValueOK, s.Relaxed), vu)
	}
	var in, inSup Score
	for _, m := range r.Models {
		scope := "in"
		if !m.InScope {
			scope = "out"
		}
		line(m.Name, scope, m.All)
		line(m.Name+"*", scope, m.Supported)
		if m.InScope {
			in = sum(in, m.All)
			inSup = sum(inSup, m.Supported)
		}
	}
	line("in-scope", "in", in)
	line("in-scope*", "in", inSup)
	fmt.Fprintf(&b, "(* = cases the reference .NET implementation passes)\n\n")

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
