package segment_test

import (
	"strings"
	"testing"
)

// TestSegmenter_Annotate_Pathological feeds inputs that would take minutes
// if a scan were quadratic; the test only has to finish.
func TestSegmenter_Annotate_Pathological(t *testing.T) {
	s := MustSegmenter(t)
	const n = 1 << 18
	for name, text := range map[string]string{
		"Brackets":    strings.Repeat("(", n) + strings.Repeat("]", n),
		"Quotes":      strings.Repeat("“", n/2) + strings.Repeat("”", n/2),
		"URLClosers":  "http://x.org/" + strings.Repeat(")", n),
		"Hyphens":     strings.Repeat("a-", n),
		"Dots":        strings.Repeat("a.", n),
		"Periods":     strings.Repeat("U.S. ", n/4),
		"NoSpace":     strings.Repeat("x", n),
		"Digits":      strings.Repeat("1,000", n/4),
		"EmailProbes": strings.Repeat("a.b-c_d%", n/4),
		"Lines":       strings.Repeat("ABC\nabc\n", n/4),
	} {
		t.Run(name, func(t *testing.T) {
			MustAnnotate(t, s, text)
		})
	}
}
