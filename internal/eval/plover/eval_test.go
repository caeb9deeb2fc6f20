package plover_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley/internal/eval/plover"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestEvaluate runs the evaluation and asserts the floor the coder has
// reached, so that a regression fails. -v prints the report; PLOVER_ERRORS=1
// prints the missed and spurious categories.
func TestEvaluate(t *testing.T) {
	dir := filepath.Dir(parleytest.SharedPath(t, "eval", "plover", "gold.jsonl"))
	rep, err := plover.Evaluate(filepath.Join(dir, "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if os.Getenv("PLOVER_ERRORS") != "" {
		t.Log("\n" + strings.Join(rep.Errors, "\n"))
	}
	if rep.Sentences != 316 || rep.Records != 322 {
		t.Fatalf("sentences=%d records=%d, want 316 322", rep.Sentences, rep.Records)
	}
	_, _, f := rep.Types.PRF()
	if f < floorF1 {
		t.Errorf("event-type F1=%.3f, below the floor %.2f", f, floorF1)
	}
	if _, _, f := rep.Coded.PRF(); f < floorCodedF1 {
		t.Errorf("PLOVER-view F1=%.3f, below the floor %.2f", f, floorCodedF1)
	}
}

// floorF1 and floorCodedF1 are the measured event-type micro-F1 of all
// events and of the PLOVER view (events not marked secondary), rounded
// down.
const (
	floorF1      = 0.58
	floorCodedF1 = 0.65
)
