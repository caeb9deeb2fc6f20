package segment_test

import (
	"reflect"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestSegmenter_Annotate_LineBreaks gives each text as one paragraph, as
// for hard-wrapped text, and checks where line breaks end sentences.
func TestSegmenter_Annotate_LineBreaks(t *testing.T) {
	s := MustSegmenter(t)
	for _, tt := range []struct {
		name string
		text string
		want []string
	}{
		{"CapsHeadingLine", "CEASEFIRE TALKS: WHAT WE KNOW\nNegotiators met\nin Istanbul. THEY LEFT\nSOON.",
			[]string{"CEASEFIRE TALKS: WHAT WE KNOW", "Negotiators met\nin Istanbul.", "THEY LEFT\nSOON."}},
		{"ShortLineAboveWrapped", "Drone strikes hit Kharkiv\nKHARKIV, Ukraine (AP) — Russian drones struck a residential district\nof Kharkiv early Tuesday, officials said.",
			[]string{"Drone strikes hit Kharkiv", "KHARKIV, Ukraine (AP) — Russian drones struck a residential district\nof Kharkiv early Tuesday, officials said."}},
		{"ShortLinesOnly", "By Maria Lopez\nUpdated 4:15 p.m.",
			[]string{"By Maria Lopez\nUpdated 4:15 p.m."}},
		{"WrappedNames", "The delegations are led by Vladimir Medinsky, an aide to President\nVladimir Putin, and by Rustem Umerov, Ukraine's defense minister. Mr.\nMedinsky spoke.",
			[]string{"The delegations are led by Vladimir Medinsky, an aide to President\nVladimir Putin, and by Rustem Umerov, Ukraine's defense minister.", "Mr.\nMedinsky spoke."}},
		{"HardWrapped", "The talks\nended. Both sides\nleft.",
			[]string{"The talks\nended.", "Both sides\nleft."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &parley.Document{ID: "test", Text: tt.text, Paragraphs: []parley.Span{{Start: 0, End: len(tt.text)}}}
			s.Annotate(doc)
			parleytest.MustValid(t, doc)
			MustCover(t, doc)
			var got []string
			var spans []parley.Span
			for _, se := range doc.Sentences {
				got = append(got, doc.Slice(se.Span))
				spans = append(spans, se.Span)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("sentences=%q\nwant %q", got, tt.want)
			}
			if want := spansOf(t, tt.text, tt.want); !reflect.DeepEqual(spans, want) {
				t.Fatalf("spans=%v, want %v", spans, want)
			}
		})
	}
}
