package timex_test

import (
	"os"
	"strings"
	"testing"

	evaltimex "github.com/parleyhq/parley/internal/eval/timex"
	"github.com/parleyhq/parley/internal/parleytest"
)

func TestEvaluate(t *testing.T) {
	dir := parleytest.SharedPath(t, "eval", "timex")
	r, err := evaltimex.Evaluate(strings.TrimSuffix(dir, "/eval/timex"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if os.Getenv("TIMEX_MISSES") != "" {
		for _, m := range append(r.TE3Misses, r.RTMisses...) {
			t.Log(m)
		}
	}
	if r.TE3.Gold != 138 {
		t.Errorf("TE3 gold = %d, want 138", r.TE3.Gold)
	}
	// Floors below the scores reached (docs/accuracy.md), as a regression
	// guard.
	if f := r.TE3.RelaxedF1(); f < 0.90 {
		t.Errorf("TE3 relaxed F1 = %.3f, want >= 0.90", f)
	}
	if f := r.TE3.StrictF1(); f < 0.82 {
		t.Errorf("TE3 strict F1 = %.3f, want >= 0.82", f)
	}
	if f := r.TE3.ValueF1(); f < 0.80 {
		t.Errorf("TE3 value F1 = %.3f, want >= 0.80", f)
	}
}

func TestInterval(t *testing.T) {
	for _, c := range []struct{ v, s, e string }{
		{"2016", "2016-01-01", "2017-01-01"},
		{"2016-10", "2016-10-01", "2016-11-01"},
		{"2016-11-07", "2016-11-07", "2016-11-08"},
		{"2016-W45", "2016-11-07", "2016-11-14"},
		{"199", "1990-01-01", "2000-01-01"},
		{"2016-03/2016-05", "2016-03-01", "2016-06-01"},
	} {
		s, e, ok := evaltimex.Interval(c.v)
		if !ok || s != c.s || e != c.e {
			t.Errorf("Interval(%q) = %s, %s, %v; want %s, %s", c.v, s, e, ok, c.s, c.e)
		}
	}
}
