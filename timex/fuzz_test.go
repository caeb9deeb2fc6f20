package timex_test

import (
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/segment"
	"github.com/parleyhq/parley/timex"
)

func FuzzTimex(f *testing.F) {
	for _, s := range []string{
		"The call is scheduled for 10 AM Eastern time Monday (1400 GMT).",
		"The talks lasted one hour and 40 minutes, more than three years into the war.",
		"from March to May 2022, between 2 and 4 p.m., May 23–25, 2009-10, the '90s",
		"5000 soldiers a week, every day, weekly, per month, on Mondays",
		"2025-05-16 5/16/2025 16.05.2025 Q3 2024 mid-May early 2022 the 1990s",
		"Two days later, the following day, three days ago, last Friday, next Tuesday",
		"MAY MARCH May march 12:00 24:00 99:99 0000 GMT 31 February 2025",
		"Christmas Eve, Easter Sunday 1700, Thanksgiving 2100, a dozen days",
		"“Friday’s talks”, Friday's, weeks' , ’90s, 1990s, 20th century",
		"",
	} {
		f.Add(s, int64(1747526400))
	}
	seg, err := segment.New()
	if err != nil {
		f.Fatal(err)
	}
	tg, err := timex.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, pubUnix int64) {
		var pub time.Time
		if pubUnix%7 != 0 {
			pub = time.Unix(pubUnix%(1<<36), 0).UTC()
		}
		doc := &parley.Document{ID: "fuzz", Text: text, Published: pub}
		if doc.Validate() != nil {
			return // invalid UTF-8: not a document
		}
		seg.Annotate(doc)
		tg.Annotate(doc)
		parleytest.MustValid(t, doc)
		for _, tm := range doc.Times {
			if !tm.Span.Valid(len(text)) || tm.Span.Len() == 0 {
				t.Fatalf("bad span %v for %q", tm.Span, text)
			}
			if !timex.ValidValue(tm.Value) {
				t.Fatalf("invalid value %q for %q in %q", tm.Value, doc.Slice(tm.Span), text)
			}
			if tm.Kind == "" || tm.Rule == "" {
				t.Fatalf("time %q without kind or rule", doc.Slice(tm.Span))
			}
		}
	})
}
