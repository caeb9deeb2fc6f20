package score_test

import (
	"testing"

	"github.com/parleyhq/parley/internal/eval/score"
)

func TestPRF(t *testing.T) {
	for _, tt := range []struct {
		match, pred, gold int
		p, r, f           float64
	}{
		{0, 0, 0, 0, 0, 0},
		{3, 4, 6, 0.75, 0.5, 0.6},
		{2, 2, 0, 1, 0, 0},
		{0, 5, 5, 0, 0, 0},
	} {
		p, r, f := score.PRF(tt.match, tt.pred, tt.gold)
		if p != tt.p || r != tt.r || f != tt.f {
			t.Errorf("PRF(%d, %d, %d)=%v %v %v, want %v %v %v", tt.match, tt.pred, tt.gold, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}
