package timex_test

import (
	"os"
	"strings"
	"testing"
	"time"

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
	if f := r.TE3.RelaxedF1(); f < 0.92 {
		t.Errorf("TE3 relaxed F1 = %.3f, want >= 0.92", f)
	}
	if f := r.TE3.StrictF1(); f < 0.85 {
		t.Errorf("TE3 strict F1 = %.3f, want >= 0.85", f)
	}
	if f := r.TE3.ValueF1(); f < 0.82 {
		t.Errorf("TE3 value F1 = %.3f, want >= 0.82", f)
	}
	if a := r.RTScope.MeaningAcc(); a < 0.62 {
		t.Errorf("Recognizers-Text value accuracy by meaning = %.3f, want >= 0.62", a)
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

func TestSameMeaning(t *testing.T) {
	ref := time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		g, p evaltimex.Item
		want bool
	}{
		{"quarter as interval", evaltimex.Item{Value: "(2019-07-01,2019-10-01,P3M)"}, evaltimex.Item{Value: "2019-Q3"}, true},
		{"other quarter", evaltimex.Item{Value: "(2019-07-01,2019-10-01,P3M)"}, evaltimex.Item{Value: "2019-Q2"}, false},
		{"unresolved month", evaltimex.Item{Value: "XXXX-08"}, evaltimex.Item{Value: "2016-08"}, true},
		{"unresolved month, other month", evaltimex.Item{Value: "XXXX-08"}, evaltimex.Item{Value: "2016-09"}, false},
		{"resolved gold wins", evaltimex.Item{Value: "XXXX-08", Alts: []string{"2017-08"}}, evaltimex.Item{Value: "2015-08"}, false},
		{"vague count", evaltimex.Item{Value: "PT3H", Text: "a few hours"}, evaltimex.Item{Value: "PTXH"}, true},
		{"count without a vague word", evaltimex.Item{Value: "PT3H", Text: "3 hours"}, evaltimex.Item{Value: "PTXH"}, false},
		{"set of nights", evaltimex.Item{Type: "SET", Value: "TNI"}, evaltimex.Item{Type: "SET", Value: "XXXX-XX-XXTNI"}, true},
		{"in two weeks", evaltimex.Item{Value: "2016-11-21", Text: "in two weeks"}, evaltimex.Item{Type: "DURATION", Value: "P2W"}, true},
		{"in two weeks, wrong day", evaltimex.Item{Value: "2016-11-22", Text: "in two weeks"}, evaltimex.Item{Type: "DURATION", Value: "P2W"}, false},
		{"no direction word", evaltimex.Item{Value: "2016-11-21", Text: "two weeks"}, evaltimex.Item{Type: "DURATION", Value: "P2W"}, false},
		{"last three months", evaltimex.Item{Value: "(2016-08-07,2016-11-07,P3M)", Text: "last 3 months"}, evaltimex.Item{Type: "DURATION", Value: "P3M"}, true},
		{"end of day", evaltimex.Item{Value: "2016-11-08T23:59:59"}, evaltimex.Item{Value: "2016-11-08", Mod: "end"}, true},
		{"clock range without a day", evaltimex.Item{Value: "(T16,T17,PT1H)"}, evaltimex.Item{Value: "2016-11-07T16:00/2016-11-07T17:00"}, true},
		{"part of day without a day", evaltimex.Item{Value: "TMO"}, evaltimex.Item{Value: "2016-11-07TMO"}, true},
		{"other part of day", evaltimex.Item{Value: "TMO"}, evaltimex.Item{Value: "2016-11-07TEV"}, false},
		{"weekday range end", evaltimex.Item{Value: "(XXXX-WXX-1T08,XXXX-WXX-1T09,PT1H)"}, evaltimex.Item{Value: "2016-11-07T08:00/2016-11-07T09:00"}, true},
		{"weekday range end, wrong day", evaltimex.Item{Value: "(XXXX-WXX-2T08,XXXX-WXX-2T09,PT1H)"}, evaltimex.Item{Value: "2016-11-07T08:00/2016-11-07T09:00"}, false},
	} {
		if got := evaltimex.SameMeaning(&c.g, &c.p, ref); got != c.want {
			t.Errorf("%s: SameMeaning(%q, %q) = %v, want %v", c.name, c.g.Value, c.p.Value, got, c.want)
		}
	}
}
