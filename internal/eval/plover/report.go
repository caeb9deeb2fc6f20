package plover

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/event"
	"github.com/parleyhq/parley/internal/eval/score"
)

// Counts are true positives, predictions and gold labels.
type Counts struct{ TP, Pred, Gold int }

// PRF returns precision, recall and F1.
func (c Counts) PRF() (p, r, f float64) {
	return score.PRF(c.TP, c.Pred, c.Gold)
}

// Report holds the scores of one evaluation run.
type Report struct {
	Sentences, Records int
	// Types: per-sentence category sets, micro-averaged; PerType per
	// category.
	Types   Counts
	PerType map[string]*Counts
	MacroF1 float64
	// Confusion counts, for single-label sentences, gold category ->
	// predicted category ("-" when none was predicted).
	Confusion map[string]map[string]int
	// Asserted scores only predicted events whose modality says they
	// happened or happen (occurred, ongoing, habitual, historical), as the
	// gold codes the event the sentence reports.
	Asserted Counts
	// Main scores one event per sentence, the one the sentence reports:
	// the first asserted event that is not the content of another, else
	// the first event. MainTop1 counts sentences whose main event's type is
	// a gold type.
	Main     Counts
	MainTop1 int
	// Coded scores the PLOVER view of the coder: the events that
	// event.Secondary does not mark (content, pledged, demanded, negated,
	// conditional and participle events beside a sentence's primary
	// event are left out). CodedMacroF1 is its macro-F1.
	Coded        Counts
	CodedPerType map[string]*Counts
	CodedMacroF1 float64

	// Actors, over gold records whose category was predicted for their
	// sentence: exact set match and any overlap of the country codes.
	SourceChecked, SourceExact, SourceOverlap int
	TargetChecked, TargetExact, TargetOverlap int
	// Mode: gold records with a mode whose category was predicted.
	ModeChecked, ModeCorrect int
	ModePerType              map[string]*[2]int // correct, checked

	// Errors lists missed (-) and spurious (+) categories per sentence.
	Errors []string
}

func newReport() *Report {
	r := &Report{PerType: map[string]*Counts{}, CodedPerType: map[string]*Counts{}, Confusion: map[string]map[string]int{}, ModePerType: map[string]*[2]int{}}
	for _, t := range event.Types {
		r.PerType[t] = &Counts{}
	}
	return r
}

var asserted = map[parley.Modality]bool{parley.Occurred: true, parley.Ongoing: true, parley.Habitual: true, parley.Historical: true}

func (r *Report) add(s *sentence, doc *parley.Document) {
	r.Sentences++
	r.Records += len(s.recs)
	var gold, pred, pa, pc []string
	for _, g := range s.recs {
		if !slices.Contains(gold, g.Event) {
			gold = append(gold, g.Event)
		}
	}
	for _, e := range doc.Events {
		if !slices.Contains(pred, e.Type) {
			pred = append(pred, e.Type)
		}
		if asserted[e.Modality] && !slices.Contains(pa, e.Type) {
			pa = append(pa, e.Type)
		}
		if !event.Secondary(&e) && !slices.Contains(pc, e.Type) {
			pc = append(pc, e.Type)
		}
	}
	for _, p := range pc {
		c := r.codedPerType(p)
		c.Pred++
		r.Coded.Pred++
		if slices.Contains(gold, p) {
			c.TP++
			r.Coded.TP++
		}
	}
	for _, g := range gold {
		r.codedPerType(g).Gold++
	}
	r.Coded.Gold += len(gold)
	for _, p := range pred {
		c := r.perType(p)
		c.Pred++
		r.Types.Pred++
		if slices.Contains(gold, p) {
			c.TP++
			r.Types.TP++
		} else {
			r.Errors = append(r.Errors, fmt.Sprintf("%s + %s: %s", s.id, p, s.text))
		}
	}
	for _, g := range gold {
		r.perType(g).Gold++
		r.Types.Gold++
		if !slices.Contains(pred, g) {
			r.Errors = append(r.Errors, fmt.Sprintf("%s - %s: %s", s.id, g, s.text))
		}
	}
	for _, p := range pa {
		r.Asserted.Pred++
		if slices.Contains(gold, p) {
			r.Asserted.TP++
		}
	}
	r.Asserted.Gold += len(gold)
	if m := mainEvent(doc); m >= 0 {
		r.Main.Pred++
		if slices.Contains(gold, doc.Events[m].Type) {
			r.Main.TP++
			r.MainTop1++
		}
	}
	r.Main.Gold += len(gold)
	if len(gold) == 1 {
		m := r.Confusion[gold[0]]
		if m == nil {
			m = map[string]int{}
			r.Confusion[gold[0]] = m
		}
		if len(pred) == 0 {
			m["-"]++
		}
		for _, p := range pred {
			m[p]++
		}
	}
	for _, g := range s.recs {
		if !slices.Contains(pred, g.Event) {
			continue
		}
		r.scoreRecord(g, doc)
	}
}

func (r *Report) codedPerType(t string) *Counts {
	c := r.CodedPerType[t]
	if c == nil {
		c = &Counts{}
		r.CodedPerType[t] = c
	}
	return c
}

func (r *Report) perType(t string) *Counts {
	c := r.PerType[t]
	if c == nil {
		c = &Counts{}
		r.PerType[t] = c
	}
	return c
}

// scoreRecord compares a gold record with the predicted event of its
// category whose actors agree best.
func (r *Report) scoreRecord(g Record, doc *parley.Document) {
	ga, gr := goldCodes(g.Actor), goldCodes(g.Recipient)
	// A 0.5b1 "host" record names the host as actor; in the current
	// "visit" mode the host is the recipient.
	if g.SourceMode != nil && *g.SourceMode == "host" {
		ga, gr = gr, ga
	}
	best, bestScore := -1, -1
	for i, e := range doc.Events {
		if e.Type != g.Event {
			continue
		}
		ps, pt := codes(doc, e.Sources), codes(doc, e.Targets)
		score := 0
		if g.Reciprocal {
			if overlap(unionS(ga, gr), unionS(ps, pt)) {
				score += 2
			}
		} else {
			if overlap(ga, ps) {
				score += 2
			}
			if overlap(gr, pt) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return
	}
	e := doc.Events[best]
	ps, pt := codes(doc, e.Sources), codes(doc, e.Targets)
	if g.Reciprocal {
		gu, pu := unionS(ga, gr), unionS(ps, pt)
		r.SourceChecked++
		if slices.Equal(gu, pu) {
			r.SourceExact++
		}
		if overlap(gu, pu) {
			r.SourceOverlap++
		}
	} else {
		if len(ga) > 0 {
			r.SourceChecked++
			if slices.Equal(ga, ps) {
				r.SourceExact++
			}
			if overlap(ga, ps) {
				r.SourceOverlap++
			}
		}
		if len(gr) > 0 {
			r.TargetChecked++
			if slices.Equal(gr, pt) {
				r.TargetExact++
			}
			if overlap(gr, pt) {
				r.TargetOverlap++
			}
		}
	}
	if g.Mode != nil && *g.Mode != "" {
		r.ModeChecked++
		m := r.ModePerType[g.Event]
		if m == nil {
			m = &[2]int{}
			r.ModePerType[g.Event] = m
		}
		m[1]++
		if e.Mode == *g.Mode {
			r.ModeCorrect++
			m[0]++
		}
	}
}

func (r *Report) finish() {
	r.MacroF1 = macroF1(r.PerType)
	r.CodedMacroF1 = macroF1(r.CodedPerType)
	sort.Strings(r.Errors)
}

// macroF1 averages F1 over the categories with gold or predicted events.
func macroF1(per map[string]*Counts) float64 {
	sum, n := 0.0, 0
	for _, t := range event.Types {
		c := per[t]
		if c == nil || c.Gold == 0 && c.Pred == 0 {
			continue
		}
		_, _, f := c.PRF()
		sum += f
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// CountryAccuracy is the exact-match rate of country sets over source and
// target checks together.
func (r *Report) CountryAccuracy() float64 {
	return score.Ratio(r.SourceExact+r.TargetExact, r.SourceChecked+r.TargetChecked)
}

// CountryOverlap is the any-overlap rate of country sets over source and
// target checks together.
func (r *Report) CountryOverlap() float64 {
	return score.Ratio(r.SourceOverlap+r.TargetOverlap, r.SourceChecked+r.TargetChecked)
}

// WriteText writes the report as plain text.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	p, rc, f := r.Types.PRF()
	fmt.Fprintf(&b, "PLOVER gold standard: %d sentences, %d records\n\n", r.Sentences, r.Records)
	fmt.Fprintf(&b, "event type (per sentence, micro): P %.3f  R %.3f  F1 %.3f  (tp %d, predicted %d, gold %d)\n", p, rc, f, r.Types.TP, r.Types.Pred, r.Types.Gold)
	fmt.Fprintf(&b, "event type macro-F1 over categories: %.3f\n", r.MacroF1)
	ap, ar, af := r.Asserted.PRF()
	fmt.Fprintf(&b, "asserted events only (occurred/ongoing/habitual/historical): P %.3f  R %.3f  F1 %.3f\n", ap, ar, af)
	mp, mr, mf := r.Main.PRF()
	cp, cr, cf := r.Coded.PRF()
	fmt.Fprintf(&b, "PLOVER view (events not marked secondary): P %.3f  R %.3f  F1 %.3f  macro-F1 %.3f  (tp %d, predicted %d)\n", cp, cr, cf, r.CodedMacroF1, r.Coded.TP, r.Coded.Pred)
	fmt.Fprintf(&b, "main event only (one per sentence): P %.3f  R %.3f  F1 %.3f  top-1 %.3f\n", mp, mr, mf, score.Ratio(r.MainTop1, r.Sentences))
	fmt.Fprintf(&b, "source country: exact %.3f  overlap %.3f  (n=%d)\n", score.Ratio(r.SourceExact, r.SourceChecked), score.Ratio(r.SourceOverlap, r.SourceChecked), r.SourceChecked)
	fmt.Fprintf(&b, "target country: exact %.3f  overlap %.3f  (n=%d)\n", score.Ratio(r.TargetExact, r.TargetChecked), score.Ratio(r.TargetOverlap, r.TargetChecked), r.TargetChecked)
	fmt.Fprintf(&b, "actor country (source and target): exact %.3f  overlap %.3f\n", r.CountryAccuracy(), r.CountryOverlap())
	fmt.Fprintf(&b, "mode accuracy: %.3f  (%d of %d)\n\n", score.Ratio(r.ModeCorrect, r.ModeChecked), r.ModeCorrect, r.ModeChecked)
	fmt.Fprintf(&b, "%-10s %5s %5s %5s  %5s %5s %5s  %-6s %s\n", "category", "P", "R", "F1", "tp", "pred", "gold", "mode", "PLOVER view P/R/F1")
	for _, t := range event.Types {
		c := r.PerType[t]
		p, rc, f := c.PRF()
		mode := ""
		if m := r.ModePerType[t]; m != nil {
			mode = fmt.Sprintf("%d/%d", m[0], m[1])
		}
		var vp, vr, vf float64
		if v := r.CodedPerType[t]; v != nil {
			vp, vr, vf = v.PRF()
		}
		fmt.Fprintf(&b, "%-10s %5.2f %5.2f %5.2f  %5d %5d %5d  %-6s %.2f/%.2f/%.2f\n", t, p, rc, f, c.TP, c.Pred, c.Gold, mode, vp, vr, vf)
	}
	b.WriteString("\nconfusion (single-label sentences; gold: predicted counts)\n")
	for _, t := range event.Types {
		m := r.Confusion[t]
		if m == nil {
			continue
		}
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool { return m[ks[i]] > m[ks[j]] || m[ks[i]] == m[ks[j]] && ks[i] < ks[j] })
		fmt.Fprintf(&b, "%-10s", t)
		for _, k := range ks {
			fmt.Fprintf(&b, " %s:%d", k, m[k])
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mainEvent returns the index of the event a sentence reports, or -1.
func mainEvent(doc *parley.Document) int {
	for i, e := range doc.Events {
		if asserted[e.Modality] && !strings.Contains(e.Rule, " content") {
			return i
		}
	}
	if len(doc.Events) > 0 {
		return 0
	}
	return -1
}
