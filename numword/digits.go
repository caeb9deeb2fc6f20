package numword

import (
	"strconv"
	"strings"
)

// ParseDigits parses a number written with digits: "42", "1,000",
// "12 000" (a space, no-break space or thin space between groups of three),
// "1.5", ".5", "1,234.56", "1.000.000", and the compact newswire forms
// "10k", "3bn", "1.5tn", "2mn". It reports false for anything else,
// including clock times ("10:00"), dates ("5/16"), ranges ("4-7"), badly
// grouped digits ("1,00") and signs. The bare suffixes "m" and "b" are not
// read ("5m" may be five metres); callers that know the context handle them.
func ParseDigits(s string) (float64, bool) {
	body, mult := splitSuffix(s)
	v, ok := parseBody(body)
	if !ok {
		return 0, false
	}
	return v * mult, true
}

// compactSuffixes are the multipliers ParseDigits reads after digits.
var compactSuffixes = [...]struct {
	s string
	v float64
}{
	{"k", 1e3}, {"mn", 1e6}, {"mln", 1e6}, {"bn", 1e9}, {"bln", 1e9}, {"tn", 1e12}, {"trn", 1e12},
}

func splitSuffix(s string) (string, float64) {
	i := len(s)
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	if i == len(s) || i == 0 {
		return s, 1
	}
	suf := strings.ToLower(s[i:])
	for _, c := range compactSuffixes {
		if suf == c.s {
			return s[:i], c.v
		}
	}
	return s, 1
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// groupSep returns the length of a thousands separator at the start of s, or 0.
func groupSep(s string) (string, int) {
	switch {
	case s == "":
		return "", 0
	case s[0] == ',' || s[0] == ' ' || s[0] == '.' || s[0] == '\'':
		return s[:1], 1
	case strings.HasPrefix(s, "\u00a0"):
		return s[:2], 2
	case strings.HasPrefix(s, "\u202f"), strings.HasPrefix(s, "\u2009"):
		return s[:3], 3
	}
	return "", 0
}

// parseBody parses digits with optional thousands grouping and decimals.
func parseBody(s string) (float64, bool) {
	if s == "" || len(s) > 64 {
		return 0, false
	}
	var buf [64]byte
	out := buf[:0]
	i := 0
	for i < len(s) && isDigit(s[i]) {
		out = append(out, s[i])
		i++
	}
	lead := i
	if lead > 0 && i < len(s) {
		// Groups of three after a lead of one to three digits. A single
		// '.' followed by three digits is a decimal point ("1.000" is one),
		// so '.' groups need at least two of them.
		sep, n := groupSep(s[i:])
		groups := 0
		j := i
		for n > 0 && lead <= 3 && j+n+3 <= len(s) && allDigits(s[j+n:j+n+3]) && (j+n+3 == len(s) || !isDigit(s[j+n+3])) {
			if s2, _ := groupSep(s[j:]); s2 != sep {
				break
			}
			j += n + 3
			groups++
		}
		if groups > 0 && !(sep == "." && groups < 2) {
			for k := i; k < j; {
				_, n := groupSep(s[k:])
				out = append(out, s[k+n:k+n+3]...)
				k += n + 3
			}
			i = j
		}
	}
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == i+1 {
			return 0, false
		}
		if lead == 0 {
			out = append(out, '0')
		}
		out = append(out, s[i:j]...)
		i = j
	}
	if i != len(s) || len(out) == 0 || out[0] == '.' {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(out), 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// parseOrdinalDigits parses "1st", "22nd", "103rd", "4th".
func parseOrdinalDigits(s string) (float64, bool) {
	if len(s) < 3 {
		return 0, false
	}
	suf := strings.ToLower(s[len(s)-2:])
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return 0, false
	}
	d := s[:len(s)-2]
	if !allDigits(d) {
		return 0, false
	}
	v, err := strconv.ParseFloat(d, 64)
	return v, err == nil
}

// parseSlash parses a fraction written with a slash, "1/2" or "3/4", with a
// numerator smaller than the denominator.
func parseSlash(s string) (num, den float64, ok bool) {
	i := strings.IndexByte(s, '/')
	if i <= 0 || i == len(s)-1 || !allDigits(s[:i]) || !allDigits(s[i+1:]) || len(s) > 12 {
		return 0, 0, false
	}
	n, _ := strconv.ParseFloat(s[:i], 64)
	d, _ := strconv.ParseFloat(s[i+1:], 64)
	if d == 0 || n >= d {
		return 0, 0, false
	}
	return n, d, true
}
