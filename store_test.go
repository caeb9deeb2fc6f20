package parley_test

import (
	"testing"
	"time"

	"github.com/parleyhq/parley"
)

func TestTimeInterval(t *testing.T) {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	tests := []struct {
		value      string
		start, end time.Time
		ok         bool
	}{
		{"2025", day("2025-01-01"), day("2026-01-01"), true},
		{"2025-05", day("2025-05-01"), day("2025-06-01"), true},
		{"2025-05-19", day("2025-05-19"), day("2025-05-20"), true},
		{"2025-Q3", day("2025-07-01"), day("2025-10-01"), true},
		{"2025-W20", day("2025-05-12"), day("2025-05-19"), true},
		{"2026-W01", day("2025-12-29"), day("2026-01-05"), true},
		{"2025-05-18TNI", day("2025-05-18"), day("2025-05-19"), true},
		{"2025-05-19T14:00Z", day("2025-05-19").Add(14 * time.Hour), day("2025-05-19").Add(14*time.Hour + time.Minute), true},
		{"2025-03/2025-05", day("2025-03-01"), day("2025-06-01"), true},
		{"P3Y", time.Time{}, time.Time{}, false},
		{"PRESENT_REF", time.Time{}, time.Time{}, false},
		{"199", time.Time{}, time.Time{}, false},
		{"2025-W60", time.Time{}, time.Time{}, false},
		{"", time.Time{}, time.Time{}, false},
	}
	for _, tt := range tests {
		start, end, ok := parley.TimeInterval(tt.value)
		if ok != tt.ok || !start.Equal(tt.start) || !end.Equal(tt.end) {
			t.Errorf("TimeInterval(%q) = %v, %v, %v, want %v, %v, %v", tt.value, start, end, ok, tt.start, tt.end, tt.ok)
		}
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"HTTPS://Example.COM:443/news/story/?utm_source=x&b=2&a=1#top", "https://example.com/news/story?a=1&b=2"},
		{"http://example.com/", "http://example.com/"},
		{"http://example.com:80/a?fbclid=1", "http://example.com/a"},
		{"article.txt", "article.txt"},
	}
	for _, tt := range tests {
		if got := parley.CanonicalURL(tt.in); got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBBox(t *testing.T) {
	b := &parley.BBox{MinLon: 22, MinLat: 44, MaxLon: 41, MaxLat: 53}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	if !b.Contains(50.45, 30.52) || b.Contains(55.75, 37.62) {
		t.Fatal("Contains: Kyiv must be in, Moscow out")
	}
	am := &parley.BBox{MinLon: 170, MinLat: -20, MaxLon: -170, MaxLat: -10}
	if !am.Contains(-15, 178) || !am.Contains(-15, -175) || am.Contains(-15, 0) {
		t.Fatal("Contains across the antimeridian")
	}
	bad := &parley.BBox{MinLat: 10, MaxLat: 5}
	if code := parley.ErrorCode(bad.Validate()); code != parley.EINVALID {
		t.Fatalf("Validate code = %q, want %q", code, parley.EINVALID)
	}
}

func TestNewEventRow(t *testing.T) {
	text := "Ukraine and Russia will meet in Istanbul on Friday. Nothing else."
	doc := &parley.Document{
		ID: "d1", Text: text, URL: "https://example.com/a",
		Sentences: []parley.Sentence{{Span: parley.Span{Start: 0, End: 51}}, {Span: parley.Span{Start: 52, End: 65}}},
		Actors:    []parley.Actor{{Name: "Ukraine", Country: "UKR"}, {Name: "Russia", Country: "RUS"}},
		Times:     []parley.Time{{Span: parley.Span{Start: 44, End: 50}, Value: "2025-05-23"}},
		Places:    []parley.Place{{Span: parley.Span{Start: 32, End: 40}, Name: "Istanbul", Country: "TUR", Lat: 41.01, Lon: 28.95}},
		Events: []parley.Event{{
			Span: parley.Span{Start: 0, End: 40}, Type: "CONSULT", Modality: parley.Planned,
			Sources: []int{0, 1, 7}, Times: []int{0}, Places: []int{0}, AttributedTo: -1,
		}},
	}
	row := parley.NewEventRow(doc, 0)
	if row.Text != text[:40] || row.Sentence != text[:51] {
		t.Fatalf("Text=%q Sentence=%q", row.Text, row.Sentence)
	}
	if len(row.Sources) != 2 || row.Place == nil || row.Place.Name != "Istanbul" {
		t.Fatalf("Sources=%v Place=%v, want 2 sources and Istanbul", row.Sources, row.Place)
	}
	if row.Time != "2025-05-23" || row.Start.Format("2006-01-02") != "2025-05-23" {
		t.Fatalf("Time=%q Start=%v", row.Time, row.Start)
	}
	if got := parley.Countries(row.Sources); len(got) != 2 || got[0] != "RUS" {
		t.Fatalf("Countries=%v, want [RUS UKR]", got)
	}
}

func FuzzTimeInterval(f *testing.F) {
	for _, s := range []string{"2025", "2025-05", "2025-05-19", "2025-Q3", "2025-W20", "2025-05-18TNI", "2025-05-19T14:00Z", "2025-03/2025-05", "P3Y", "/", "2025-W", "2025-Q9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		start, end, ok := parley.TimeInterval(v)
		if ok && !start.Before(end) {
			t.Fatalf("TimeInterval(%q) = %v, %v: empty interval", v, start, end)
		}
		if !ok && (!start.IsZero() || !end.IsZero()) {
			t.Fatalf("TimeInterval(%q) not ok but returned times", v)
		}
	})
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{"https://Example.com/a/?utm_source=x#f", "http://example.com:80", "not a url", "https://a.b/%zz", "HTTP://x.y/?b=1&a=2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := parley.CanonicalURL(s)
		if again := parley.CanonicalURL(c); again != c {
			t.Fatalf("CanonicalURL is not idempotent: %q -> %q -> %q", s, c, again)
		}
	})
}
