package geo_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley/internal/parleytest"
)

// TestSeed checks the places of the shared seed article, each with its span
// and GeoNames id.
func TestSeed(t *testing.T) {
	text := parleytest.SeedText(t)
	doc := MustAnnotate(t, text)
	parleytest.MustValid(t, doc)
	for _, w := range []struct {
		text    string
		nth     int // which occurrence of text
		id      int
		feature string
		country string
		rule    string // a part the rule must contain, "" for any
	}{
		{"Turkey", 1, 298795, "country", "TUR", ""},
		{"Russia", 1, 2017370, "country", "RUS", ""},
		{"Ukraine", 1, 690791, "country", "UKR", ""},
		{"Moscow", 1, 524901, "city", "RUS", "possible metonym"},
		{"Kyiv", 1, 703448, "city", "UKR", "possible metonym"},
		{"Ankara", 1, 323786, "city", "TUR", ""},
		{"Turkey", 2, 298795, "country", "TUR", ""},
		{"Gulf", 1, 0, "region", "", ""},
		{"Sumy region", 1, 692196, "admin1", "UKR", ""},
		{"front lines", 1, 0, "region", "", ""},
	} {
		start := -1
		for k, off := 0, 0; k < w.nth; k++ {
			i := wordIndex(text[off:], w.text)
			if i < 0 {
				t.Fatalf("%q #%d not in the seed", w.text, w.nth)
			}
			start, off = off+i, off+i+len(w.text)
		}
		found := false
		for _, p := range doc.Places {
			if p.Span.Start != start {
				continue
			}
			found = true
			if p.Span.End != start+len(w.text) || p.GeoNameID != w.id || p.Feature != w.feature || p.Country != w.country {
				t.Errorf("%q #%d = %v %q id %d %s %s, want id %d %s %s", w.text, w.nth, p.Span, doc.Slice(p.Span),
					p.GeoNameID, p.Feature, p.Country, w.id, w.feature, w.country)
			}
			if !strings.Contains(p.Rule, w.rule) {
				t.Errorf("%q #%d Rule=%q, want it to contain %q", w.text, w.nth, p.Rule, w.rule)
			}
			if w.feature != "region" && (p.Lat == 0 || p.TimeZone == "") {
				t.Errorf("%q #%d has no point or zone: %+v", w.text, w.nth, p)
			}
		}
		if !found {
			t.Errorf("%q #%d at %d not found in %v", w.text, w.nth, start, describe(doc))
		}
	}
	// "Russian", "Ukrainian" and "the Kremlin" are not places.
	for _, p := range doc.Places {
		if s := doc.Slice(p.Span); strings.HasPrefix(s, "Russian") || strings.HasPrefix(s, "Ukrainian") || s == "Kremlin" {
			t.Errorf("%q at %v is not a place", s, p.Span)
		}
	}
}

// wordIndex returns the index of the first occurrence of w in s that is not
// followed by a letter ("Russia" but not "Russian"), or -1.
func wordIndex(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		end := off + i + len(w)
		if r, _ := utf8.DecodeRuneInString(s[end:]); end == len(s) || !unicode.IsLetter(r) {
			return off + i
		}
		off = end
	}
}
