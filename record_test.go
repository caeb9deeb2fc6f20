package parley_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

func TestRecord_Schema(t *testing.T) {
	doc := &parley.Document{
		ID:            "d1",
		Title:         "Talks",
		Published:     time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC),
		PublishedFrom: parley.DateFromUser,
		Text:          "Talks ended.",
		Paragraphs:    []parley.Span{{0, 12}},
		Sentences:     []parley.Sentence{{Span: parley.Span{0, 12}, EndToken: 3}},
		Tokens: []parley.Token{
			{Span: parley.Span{0, 5}, Kind: parley.TokenWord},
			{Span: parley.Span{6, 11}, Kind: parley.TokenWord},
			{Span: parley.Span{11, 12}, Kind: parley.TokenPunct},
		},
	}
	parleytest.MustValid(t, doc)
	b, err := json.Marshal(parley.NewRecord(doc))
	if err != nil {
		t.Fatal(err)
	}
	parleytest.MustMatchSchema(t, b)

	var back parley.Record
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Schema != parley.Schema || back.Tokens[1].Span != (parley.Span{6, 11}) {
		t.Fatalf("round trip: got %+v", back)
	}
}

func TestDocument_Validate(t *testing.T) {
	base := func() *parley.Document {
		return &parley.Document{ID: "d", Text: "Kyiv ¡hi", Tokens: []parley.Token{{Span: parley.Span{0, 4}}, {Span: parley.Span{5, 7}}}}
	}
	for _, tt := range []struct {
		name   string
		mutate func(*parley.Document)
		ok     bool
	}{
		{"OK", func(*parley.Document) {}, true},
		{"NoID", func(d *parley.Document) { d.ID = "" }, false},
		{"BadUTF8", func(d *parley.Document) { d.Text = "\xff"; d.Tokens = nil }, false},
		{"OutOfBounds", func(d *parley.Document) { d.Tokens[1].Span.End = 99 }, false},
		{"SplitsRune", func(d *parley.Document) { d.Tokens[1].Span = parley.Span{6, 7} }, false},
		{"Unsorted", func(d *parley.Document) { d.Tokens[0], d.Tokens[1] = d.Tokens[1], d.Tokens[0] }, false},
		{"Overlap", func(d *parley.Document) { d.Tokens[1].Span.Start = 3 }, false},
		{"SentenceRange", func(d *parley.Document) {
			d.Sentences = []parley.Sentence{{Span: parley.Span{0, 4}, FirstToken: 0, EndToken: 2}}
		}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := base()
			tt.mutate(d)
			err := d.Validate()
			if (err == nil) != tt.ok {
				t.Fatalf("Validate()=%v, want ok=%v", err, tt.ok)
			}
			if err != nil && parley.ErrorCode(err) != parley.EINVALID {
				t.Fatalf("code=%s, want %s", parley.ErrorCode(err), parley.EINVALID)
			}
		})
	}
}

func TestLineIndex_Position(t *testing.T) {
	x := parley.NewLineIndex("in.txt", "ab\nçd\n\nx")
	for _, tt := range []struct {
		off  int
		want string
	}{
		{0, "in.txt:1:1"}, {2, "in.txt:1:3"}, {3, "in.txt:2:1"}, {5, "in.txt:2:2"},
		{7, "in.txt:3:1"}, {8, "in.txt:4:1"}, {99, "in.txt:4:2"},
	} {
		if got := x.Position(tt.off).String(); got != tt.want {
			t.Errorf("Position(%d)=%s, want %s", tt.off, got, tt.want)
		}
	}
}

func TestContentID(t *testing.T) {
	a := parley.ContentID("Talks  ended\nin Ankara.")
	if b := parley.ContentID(" talks ended in ANKARA. "); a != b {
		t.Fatalf("ContentID differs for the same words: %s vs %s", a, b)
	}
	if c := parley.ContentID("Talks ended in Istanbul."); a == c {
		t.Fatal("ContentID equal for different words")
	}
	if len(a) != 16 {
		t.Fatalf("len=%d, want 16", len(a))
	}
}
