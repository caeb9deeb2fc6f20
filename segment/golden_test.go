package segment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// goldenSentence is one sentence in a golden file: its text and its tokens
// written out so that a diff can be reviewed by eye. Tokens hold no white
// space, so the space-separated token texts, which must cover every visible
// character in order, pin every token's offsets too.
type goldenSentence struct {
	Span      string `json:"span"`
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
	Tokens    string `json:"tokens"` // token texts separated by one space
	Kinds     string `json:"kinds"`  // one letter a token: w(ord) n(umber) p(unct) s(ymbol)
}

// golden returns the golden form of doc's sentences, after checking that
// every span slices back to the text it stands for.
func golden(tb testing.TB, doc *parley.Document) []goldenSentence {
	tb.Helper()
	out := []goldenSentence{}
	for i, se := range doc.Sentences {
		var toks []string
		var kinds []byte
		for _, tk := range doc.SentenceTokens(i) {
			toks = append(toks, doc.Text[tk.Span.Start:tk.Span.End])
			kinds = append(kinds, string(tk.Kind)[0])
		}
		text := doc.Slice(se.Span)
		if text == "" || !strings.HasPrefix(text, toks[0]) || !strings.HasSuffix(text, toks[len(toks)-1]) {
			tb.Fatalf("sentence %d span %v does not slice back to its tokens", i, se.Span)
		}
		if got, want := strings.Join(strings.Fields(text), ""), strings.Join(toks, ""); got != want {
			tb.Fatalf("sentence %d: tokens %q do not cover text %q", i, want, got)
		}
		out = append(out, goldenSentence{
			Span:      se.Span.String(),
			Paragraph: se.Paragraph,
			Text:      text,
			Tokens:    strings.Join(toks, " "),
			Kinds:     string(kinds),
		})
	}
	return out
}

func TestGolden(t *testing.T) {
	s := MustSegmenter(t)
	t.Run("seed", func(t *testing.T) {
		doc := MustAnnotate(t, s, parleytest.SeedText(t))
		if n := len(doc.Sentences); n != 17 {
			t.Errorf("len(Sentences)=%d, want 17", n)
		}
		parleytest.Golden(t, filepath.Join("testdata", "seed.golden.json"), parleytest.MarshalGolden(t, golden(t, doc)))
	})
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		t.Run(strings.TrimSuffix(filepath.Base(name), ".txt"), func(t *testing.T) {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			doc := MustAnnotate(t, s, string(b))
			got := parleytest.MarshalGolden(t, golden(t, doc))
			parleytest.Golden(t, strings.TrimSuffix(name, ".txt")+".golden.json", got)
			// A second run gives the same bytes.
			again := MustAnnotate(t, s, string(b))
			if string(parleytest.MarshalGolden(t, golden(t, again))) != string(got) {
				t.Fatal("second run differs")
			}
		})
	}
}
