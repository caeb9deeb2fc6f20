package quantity_test

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestSeed checks the quantity table of the shared seed article
// (examples/seed/expected.md): every figure with its span, value, range,
// modifier, rate, per-side total, counted phrase and category.
func TestSeed(t *testing.T) {
	text := parleytest.SeedText(t)
	doc := MustPipe(t).run(t, text)
	byText := map[string]parley.Quantity{}
	for _, q := range doc.Quantities {
		byText[doc.Slice(q.Span)] = q
	}
	tests := []struct {
		text          string
		value         float64
		min, max      float64
		approx        bool
		mod, per      string
		side          bool
		total         float64
		counted, cat  string
		countedPrefix string // text just before the counted phrase, to place it
	}{
		{"MORE THAN 5000", 5000, 5000, 5000, false, "more_than", "P1W", false, 0, "RUSSIAN AND UKRAINIAN SOLDIERS", "killed", "5000 "},
		{"1,000", 1000, 1000, 1000, false, "", "", true, 2000, "prisoners of war", "prisoners_exchanged", "1,000 "},
		{"nine", 9, 9, 9, false, "", "", false, 0, "civilians", "killed", "nine "},
		{"tens of thousands", 10000, 10000, 99999, true, "", "", false, 0, "", "killed", ""},
		{"millions", 1e6, 1e6, 9999999, true, "", "", false, 0, "", "displaced", ""},
	}
	for _, tt := range tests {
		q, ok := byText[tt.text]
		if !ok {
			t.Errorf("no quantity %q", tt.text)
			continue
		}
		if want := strings.Index(text, tt.text); q.Span.Start != want || q.Span.End != want+len(tt.text) {
			t.Errorf("%q: Span=%v, want [%d,%d)", tt.text, q.Span, want, want+len(tt.text))
		}
		if q.Value != tt.value || q.Min != tt.min || q.Max != tt.max || q.Approx != tt.approx {
			t.Errorf("%q: value=%v [%v,%v] approx=%v, want %v [%v,%v] approx=%v", tt.text, q.Value, q.Min, q.Max, q.Approx, tt.value, tt.min, tt.max, tt.approx)
		}
		if q.Mod != tt.mod || q.Per != tt.per || q.EachSide != tt.side || q.Total != tt.total {
			t.Errorf("%q: mod=%q per=%q each_side=%v total=%v, want %q %q %v %v", tt.text, q.Mod, q.Per, q.EachSide, q.Total, tt.mod, tt.per, tt.side, tt.total)
		}
		if tt.counted == "" {
			if !q.Counted.IsZero() {
				t.Errorf("%q: Counted=%q, want none", tt.text, doc.Slice(q.Counted))
			}
		} else {
			want := strings.Index(text, tt.countedPrefix+tt.counted) + len(tt.countedPrefix)
			if q.Counted != (parley.Span{Start: want, End: want + len(tt.counted)}) {
				t.Errorf("%q: Counted=%v %q, want %q at %d", tt.text, q.Counted, doc.Slice(q.Counted), tt.counted, want)
			}
		}
		if q.Category != tt.cat {
			t.Errorf("%q: Category=%q, want %q", tt.text, q.Category, tt.cat)
		}
		if q.Claimant != -1 {
			t.Errorf("%q: Claimant=%d, want -1", tt.text, q.Claimant)
		}
	}
	// The duration of the talks belongs to the time layer.
	dur := strings.Index(text, "one hour and 40 minutes")
	for _, q := range doc.Quantities {
		if q.Span.Overlaps(parley.Span{Start: dur, End: dur + len("one hour and 40 minutes")}) {
			t.Errorf("duration read as quantity %q", doc.Slice(q.Span))
		}
	}
}
