package geo_test

import (
	"os"
	"path/filepath"
	"testing"

	evalgeo "github.com/parleyhq/parley/internal/eval/geo"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestEvaluate runs the whole evaluation; -v prints the report.
func TestEvaluate(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	gold := parleytest.SharedPath(t, "eval", "geo", "gold.jsonl")
	shared := filepath.Dir(filepath.Dir(filepath.Dir(gold)))
	rep, err := evalgeo.Evaluate(shared)
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		if err := rep.WriteText(os.Stdout); err != nil {
			t.Fatal(err)
		}
	}
	if len(rep.Corpora) != 3 {
		t.Fatalf("corpora=%d, want 3", len(rep.Corpora))
	}
}
