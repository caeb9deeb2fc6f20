package pipeline_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/pipeline"
)

// FuzzPipeline runs arbitrary text through every annotator: no panic, every
// layer valid, and the record valid against the JSON Schema.
func FuzzPipeline(f *testing.F) {
	files, _ := filepath.Glob("../examples/*.txt")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("“Stop,” he said on Monday. ‘No’ — 5,000 soldiers a week in Sumy region")
	f.Add("On Friday Kyiv said 1,000 prisoners on each side (1400 GMT).")
	p, err := pipeline.Default(pipeline.Options{})
	if err != nil {
		f.Fatal(err)
	}
	published := time.Date(2025, 5, 18, 9, 30, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		doc := &parley.Document{ID: "fuzz", Text: text, Published: published}
		if err := doc.Validate(); err != nil {
			return // not valid UTF-8: ingest never hands such text on
		}
		doc.Paragraphs = parley.SplitParagraphs(text)
		if err := p.Annotate(doc); err != nil {
			t.Fatal(err)
		}
		parleytest.MustValid(t, doc)
		b, err := json.Marshal(parley.NewRecord(doc))
		if err != nil {
			t.Fatal(err)
		}
		parleytest.MustMatchSchema(t, b)
	})
}
