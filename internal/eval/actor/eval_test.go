package actor_test

import (
	"os"
	"path/filepath"
	"testing"

	actoreval "github.com/parleyhq/parley/internal/eval/actor"
	"github.com/parleyhq/parley/internal/parleytest"
)

func TestEvaluate(t *testing.T) {
	dir := filepath.Join(parleytest.ModuleRoot(t), "actor", "testdata", "eval")
	r, err := actoreval.Evaluate(dir)
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() || os.Getenv("ACTOR_EVAL_REPORT") != "" {
		if err := r.WriteText(os.Stdout); err != nil {
			t.Fatal(err)
		}
	}
	if r.Articles < 60 {
		t.Errorf("articles = %d, want >= 60", r.Articles)
	}
	// Floors: the scores measured when this test was written, rounded down.
	if r.F1 < floorF1 || r.CodingAccuracy < floorCoding {
		t.Errorf("F1 %.3f (floor %.2f), coding accuracy %.3f (floor %.2f)", r.F1, floorF1, r.CodingAccuracy, floorCoding)
	}
}

const (
	floorF1     = 0.92
	floorCoding = 0.96

	floorHeldoutF1     = 0.90
	floorHeldoutCoding = 0.95
)

// TestEvaluateHeldout scores the held-out articles of actor/testdata/heldout,
// written after the rules and never used to change them.
func TestEvaluateHeldout(t *testing.T) {
	dir := filepath.Join(parleytest.ModuleRoot(t), "actor", "testdata", "heldout")
	r, err := actoreval.Evaluate(dir)
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() || os.Getenv("ACTOR_EVAL_REPORT") != "" {
		if err := r.WriteText(os.Stdout); err != nil {
			t.Fatal(err)
		}
	}
	if r.F1 < floorHeldoutF1 || r.CodingAccuracy < floorHeldoutCoding {
		t.Errorf("F1 %.3f (floor %.2f), coding accuracy %.3f (floor %.2f)", r.F1, floorHeldoutF1, r.CodingAccuracy, floorHeldoutCoding)
	}
}
