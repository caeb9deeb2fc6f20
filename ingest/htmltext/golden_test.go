package htmltext_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/htmltext"
	"github.com/parleyhq/parley/internal/parleytest"
)

// extracted is the golden form of one extraction.
type extracted struct {
	Text       string        `json:"text"`
	Paragraphs []parley.Span `json:"paragraphs"`
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text, paras := htmltext.ExtractString(string(data))
			golden := strings.TrimSuffix(path, ".html") + ".golden.json"
			parleytest.Golden(t, golden, parleytest.MarshalGolden(t, extracted{text, paras}))
		})
	}
}
