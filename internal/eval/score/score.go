// Package score holds the arithmetic every evaluation shares: ratios that
// are 0 on an empty denominator, F1, and precision/recall/F1 from counts.
package score

// Ratio returns a/b, or 0 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// F1 returns the harmonic mean of precision p and recall r, 0 when both
// are 0.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// PRF returns precision, recall and F1 of match correct predictions out of
// pred predictions against gold gold items.
func PRF(match, pred, gold int) (p, r, f float64) {
	p, r = Ratio(match, pred), Ratio(match, gold)
	return p, r, F1(p, r)
}
