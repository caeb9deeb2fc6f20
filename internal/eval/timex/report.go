package timex

import (
	"fmt"
	"io"
	"sort"

	"github.com/parleyhq/parley/internal/eval/score"
)

// WriteText writes the report as a plain-text table.
func (r *Report) WriteText(w io.Writer) error {
	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }
	p("TE3-platinum (20 docs, %d gold TIMEX3, %d predicted)\n", r.TE3.Gold, r.TE3.Pred)
	writeScores(w, "  all", r.TE3)
	for _, k := range sortedKeys(r.TE3Types) {
		s := *r.TE3Types[k]
		p("  %-9s gold %3d  relaxed recall %.3f  strict recall %.3f  type acc %.3f  value acc %.3f\n",
			k, s.Gold, s.RelaxedR(), s.StrictR(), s.TypeAcc(), s.ValueAcc())
	}
	p("  fully specified DATE/TIME gold values: %d, right %d (%.3f)\n", r.TE3Spec, r.TE3SpecOK, score.Ratio(r.TE3SpecOK, r.TE3Spec))
	if r.TE3Elapsed > 0 {
		p("  throughput (segment + timex): %.2f MB/s\n", float64(r.TE3Bytes)/r.TE3Elapsed.Seconds()/1e6)
	}
	p("\nRecognizers-Text DateTime English (%d cases the reference passes)\n", r.RTCases)
	writeScores(w, "  all", r.RT)
	p("  scope (%d cases; no time zones alone, no fiscal/school years, no business days):\n", r.RTScoped)
	writeScores(w, "  scope", r.RTScope)
	p("  scope  value acc by meaning %.3f F1 %.3f (SameMeaning: same time across conventions)\n", r.RTScope.MeaningAcc(), r.RTScope.RelaxedF1()*r.RTScope.MeaningAcc())
	s := r.RTNoClock
	p("  old scope, also without clock ranges (%d cases): relaxed R %.3f  value acc %.3f  by meaning %.3f\n", r.RTNoClockCases, s.RelaxedR(), s.ValueAcc(), s.MeaningAcc())
	for _, k := range sortedKeys(r.RTTypes) {
		s := *r.RTTypes[k]
		p("  %-24s gold %3d  relaxed recall %.3f  value acc %.3f  by meaning %.3f  value right / gold %.3f\n",
			k, s.Gold, s.RelaxedR(), s.ValueAcc(), s.MeaningAcc(), score.Ratio(s.MeaningOK, s.Gold))
	}
	return nil
}

func writeScores(w io.Writer, name string, s Scores) {
	fmt.Fprintf(w, "%s  strict P %.3f R %.3f F1 %.3f | relaxed P %.3f R %.3f F1 %.3f | type acc %.3f F1 %.3f | value acc %.3f F1 %.3f\n",
		name, s.StrictP(), s.StrictR(), s.StrictF1(), s.RelaxedP(), s.RelaxedR(), s.RelaxedF1(), s.TypeAcc(), s.TypeF1(), s.ValueAcc(), s.ValueF1())
}

func sortedKeys(m map[string]*Scores) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
