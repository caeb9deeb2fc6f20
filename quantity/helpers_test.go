package quantity_test

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/quantity"
	"github.com/parleyhq/parley/segment"
)

// pipe runs the layers a quantity tagger needs.
type pipe struct {
	seg *segment.Segmenter
	tg  *quantity.Tagger
}

func MustPipe(tb testing.TB) pipe {
	tb.Helper()
	seg, err := segment.New()
	if err != nil {
		tb.Fatal(err)
	}
	tg, err := quantity.New()
	if err != nil {
		tb.Fatal(err)
	}
	return pipe{seg, tg}
}

func (p pipe) run(tb testing.TB, text string) *parley.Document {
	tb.Helper()
	doc := &parley.Document{ID: "test", Text: text, Published: parleytest.SeedPublished}
	p.seg.Annotate(doc)
	p.tg.Annotate(doc)
	parleytest.MustValid(tb, doc)
	return doc
}

// want is an expected quantity. Text and Counted are substrings of the
// input; the test turns them into spans (the first occurrence at or after
// the previous quantity).
type want struct {
	text     string
	value    float64
	min, max float64 // zero: equal to value
	approx   bool
	mod      string
	unit     string
	per      string
	side     bool
	counted  string
	category string
}

// span returns the span of sub in text at or after from.
func span(tb testing.TB, text, sub string, from int) parley.Span {
	tb.Helper()
	i := strings.Index(text[from:], sub)
	if i < 0 {
		tb.Fatalf("%q not in %q", sub, text)
	}
	return parley.Span{Start: from + i, End: from + i + len(sub)}
}

// check compares the quantities of doc with want, spans included. Fields
// of want left empty are not checked, except text, value and category.
func check(t *testing.T, doc *parley.Document, wants []want) {
	t.Helper()
	if len(doc.Quantities) != len(wants) {
		var got []string
		for _, q := range doc.Quantities {
			got = append(got, doc.Slice(q.Span)+"="+strings.TrimSpace(strings.ReplaceAll(q.Category, "", "")))
		}
		t.Fatalf("got %d quantities %q, want %d", len(doc.Quantities), got, len(wants))
	}
	from := 0
	for i, w := range wants {
		q := doc.Quantities[i]
		sp := span(t, doc.Text, w.text, from)
		from = sp.Start
		if q.Span != sp {
			t.Errorf("%d: Span=%v %q, want %v %q", i, q.Span, doc.Slice(q.Span), sp, w.text)
		}
		lo, hi := w.min, w.max
		if lo == 0 && hi == 0 {
			lo, hi = w.value, w.value
		}
		if q.Value != w.value || q.Min != lo || q.Max != hi {
			t.Errorf("%q: value=%v [%v,%v], want %v [%v,%v]", w.text, q.Value, q.Min, q.Max, w.value, lo, hi)
		}
		if q.Approx != w.approx {
			t.Errorf("%q: Approx=%v, want %v", w.text, q.Approx, w.approx)
		}
		if q.Mod != w.mod {
			t.Errorf("%q: Mod=%q, want %q", w.text, q.Mod, w.mod)
		}
		if w.unit != "" && q.Unit != w.unit {
			t.Errorf("%q: Unit=%q, want %q", w.text, q.Unit, w.unit)
		}
		if q.Per != w.per {
			t.Errorf("%q: Per=%q, want %q", w.text, q.Per, w.per)
		}
		if q.EachSide != w.side || (w.side && q.Total != 2*w.value) {
			t.Errorf("%q: EachSide=%v Total=%v, want %v", w.text, q.EachSide, q.Total, w.side)
		}
		if w.counted != "" {
			if c := span(t, doc.Text, w.counted, sp.Start); q.Counted != c {
				t.Errorf("%q: Counted=%v %q, want %v %q", w.text, q.Counted, doc.Slice(q.Counted), c, w.counted)
			}
		} else if !q.Counted.IsZero() {
			t.Errorf("%q: Counted=%q, want none", w.text, doc.Slice(q.Counted))
		}
		if w.category != "" && q.Category != w.category {
			t.Errorf("%q: Category=%q, want %q", w.text, q.Category, w.category)
		}
		if q.Claimant != -1 {
			t.Errorf("%q: Claimant=%d, want -1", w.text, q.Claimant)
		}
	}
}

type tcase struct {
	name  string
	input string
	want  []want
}

func runCases(t *testing.T, cases []tcase) {
	t.Helper()
	p := MustPipe(t)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			check(t, p.run(t, tt.input), tt.want)
		})
	}
}
