package quantity_test

import (
	"os"
	"testing"

	"github.com/parleyhq/parley/internal/eval/quantity"
	"github.com/parleyhq/parley/internal/parleytest"
)

func TestEvaluate(t *testing.T) {
	shared := parleytest.SharedPath(t)
	r, err := quantity.Evaluate(shared)
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		r.WriteText(os.Stdout)
		if os.Getenv("QERRORS") != "" {
			r.WriteErrors(os.Stdout)
		}
	}
	if len(r.Models) != 8 {
		t.Fatalf("got %d models, want 8", len(r.Models))
	}
}
