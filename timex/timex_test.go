package timex_test

import (
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/segment"
	"github.com/parleyhq/parley/timex"
)

// pub is the document date of most table tests: Sunday 18 May 2025, the
// seed article's date.
var pub = time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC)

// MustTag segments and tags text published at published.
func MustTag(tb testing.TB, text string, published time.Time) *parley.Document {
	tb.Helper()
	seg, err := segment.New()
	if err != nil {
		tb.Fatal(err)
	}
	tg, err := timex.New()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &parley.Document{ID: "t", Text: text, Published: published}
	seg.Annotate(doc)
	tg.Annotate(doc)
	parleytest.MustValid(tb, doc)
	return doc
}

// want is one expected time: the text it covers (its first occurrence in
// the input, or the occurrence after `after` when set), and its value.
type want struct {
	text  string
	value string
	kind  parley.TimeKind
	mod   string
	after string // the span is the first occurrence of text after this
}

// tcase is a table case: input text, document date and expected times.
type tcase struct {
	name string
	text string
	pub  time.Time
	want []want
	none []string // texts that must not be tagged
	// noPub leaves the document date unset.
	noPub bool
}

// runCases checks that every wanted time is tagged with exactly its span
// and value.
func runCases(t *testing.T, cases []tcase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := c.pub
			if p.IsZero() && !c.noPub {
				p = pub
			}
			doc := MustTag(t, c.text, p)
			for _, w := range c.want {
				from := 0
				if w.after != "" {
					from = strings.Index(c.text, w.after) + len(w.after)
				}
				off := strings.Index(c.text[from:], w.text)
				if off < 0 {
					t.Fatalf("bad test: %q not in text", w.text)
				}
				span := parley.Span{Start: from + off, End: from + off + len(w.text)}
				var got *parley.Time
				for i := range doc.Times {
					if doc.Times[i].Span == span {
						got = &doc.Times[i]
						break
					}
				}
				if got == nil {
					t.Errorf("%q at %v not found; got %s", w.text, span, dump(doc))
					continue
				}
				if got.Value != w.value {
					t.Errorf("%q: Value=%q, want %q", w.text, got.Value, w.value)
				}
				if w.kind != "" && got.Kind != w.kind {
					t.Errorf("%q: Kind=%q, want %q", w.text, got.Kind, w.kind)
				}
				if got.Mod != w.mod {
					t.Errorf("%q: Mod=%q, want %q", w.text, got.Mod, w.mod)
				}
			}
			for _, n := range c.none {
				for _, tm := range doc.Times {
					if strings.Contains(doc.Slice(tm.Span), n) {
						t.Errorf("%q tagged as %q (%s), want nothing", n, doc.Slice(tm.Span), tm.Value)
					}
				}
			}
		})
	}
}

func mustTagger(tb testing.TB) *timex.Tagger {
	tb.Helper()
	tg, err := timex.New()
	if err != nil {
		tb.Fatal(err)
	}
	return tg
}

func dump(doc *parley.Document) string {
	var b strings.Builder
	for _, t := range doc.Times {
		b.WriteString("\n  " + t.Span.String() + " " + doc.Slice(t.Span) + " = " + t.Value + " " + string(t.Kind) + " " + t.Mod)
	}
	return b.String()
}

func TestNew(t *testing.T) {
	if _, err := timex.New(); err != nil {
		t.Fatalf("New: %v", err)
	}
}

func TestTagger_Annotate_NoTokens(t *testing.T) {
	tg, err := timex.New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &parley.Document{ID: "t", Text: "on Monday", Published: pub}
	tg.Annotate(doc)
	if doc.Times != nil {
		t.Errorf("Times = %v, want nil without tokens", doc.Times)
	}
}

func TestTagger_Annotate_NoPublished(t *testing.T) {
	doc := MustTag(t, "The meeting, held on Friday, came after talks in March 2022.", time.Time{})
	got := map[string]string{}
	for _, tm := range doc.Times {
		got[doc.Slice(tm.Span)] = tm.Value
	}
	if v, ok := got["Friday"]; !ok || v != "" {
		t.Errorf("Friday = %q (found %v), want empty value", v, ok)
	}
	if got["March 2022"] != "2022-03" {
		t.Errorf("March 2022 = %q, want 2022-03", got["March 2022"])
	}
}

// TestSeed checks every time of the seed article's table
// (shared/examples/seed/expected.md) with its span.
func TestSeed(t *testing.T) {
	text := parleytest.SeedText(t)
	runCases(t, []tcase{{
		name: "seed",
		text: text,
		pub:  parleytest.SeedPublished,
		want: []want{
			{text: "Monday", value: "2025-05-19", kind: parley.TimeDate},
			{text: "10 AM Eastern time Monday (1400 GMT)", value: "2025-05-19T14:00Z", kind: parley.TimeTime},
			{text: "Friday", value: "2025-05-16", kind: parley.TimeDate, after: "held on "},
			{text: "Friday", value: "2025-05-16", kind: parley.TimeDate, after: "during "},
			{text: "March 2022", value: "2022-03", kind: parley.TimeDate},
			{text: "last week", value: "2025-W19", kind: parley.TimeDate},
			{text: "Saturday", value: "2025-05-17", kind: parley.TimeDate},
			{text: "February 2022", value: "2022-02", kind: parley.TimeDate},
			{text: "more than three years", value: "P3Y", kind: parley.TimeDuration, mod: "more_than"},
			{text: "one hour and 40 minutes", value: "PT1H40M", kind: parley.TimeDuration},
			{text: "A WEEK", value: "P1W", kind: parley.TimeSet},
		},
	}})
	// The two forms of the call's time agree, and the Eastern form is kept.
	doc := MustTag(t, text, parleytest.SeedPublished)
	for _, tm := range doc.Times {
		if doc.Slice(tm.Span) == "10 AM Eastern time Monday (1400 GMT)" {
			if tm.Original != "2025-05-19T10:00-04:00" || tm.Zone != "America/New_York" || !strings.HasSuffix(tm.Rule, "+agree") {
				t.Errorf("call time: Original=%q Zone=%q Rule=%q", tm.Original, tm.Zone, tm.Rule)
			}
		}
	}
}

func TestValidValue(t *testing.T) {
	for _, v := range []string{"", "2025", "2025-05", "2025-05-19", "2025-W20", "2025-W20-WE", "2025-Q3", "2025-SU",
		"2025-H1", "199", "19", "2025-05-19T14:00Z", "2025-05-19T10:00-04:00", "2025-05-18TNI", "P3Y", "PT1H40M",
		"P1W", "PXY", "P1.5Y", "PXDE", "XXXX-WXX-1", "PRESENT_REF", "2025-03/2025-05", "XXXX-XX-XXTMO"} {
		if !timex.ValidValue(v) {
			t.Errorf("ValidValue(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"P", "PT", "2025-13", "2025-02-30", "2025-W54", "20x5", "P3", "T10:00", "2025-05-19T25:00", "/2025", "2025-"} {
		if timex.ValidValue(v) {
			t.Errorf("ValidValue(%q) = true, want false", v)
		}
	}
}
