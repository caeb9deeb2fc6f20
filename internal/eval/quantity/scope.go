package quantity

import (
	"regexp"
	"strings"
)

// Reasons a Recognizers-Text gold result lies outside what parley reads.
// Each is a class of notation or meaning, decided from the gold text and
// its sentence alone (never from what parley predicts), so that the same
// case is out of scope whatever the tagger does. An out-of-scope result is
// dropped with the predictions that overlap it: it counts neither as a hit
// nor as a miss, and those predictions count neither as hits nor as
// spurious. The "all" rows of the report still score everything.
const (
	// "1.1^23", "1e10", "-127.32e13", "1.3x10^6": powers and scientific
	// notation, which news copy does not use.
	outPower = "maths: powers and scientific notation"
	// "12,34,567.89" (Indian lakh grouping), "1.111,11" and "1,3"
	// (decimal comma): parley reads English-language news, where "1,3" is
	// not a number and a comma groups thousands.
	outGrouping = "non-English digit grouping"
	// "192.168.1.2", "+1-222-2222/2222", "5/17/2018", "SCP-173", "version
	// two", "three-nought-four": addresses, phone numbers, dates, labels
	// and codes name things; they are not amounts.
	outIdentifier = "identifier, label or date"
	// "in 3 years", "more than thirty years old": the number of a duration
	// or an age, which the time layer reads.
	outTime = "number of a duration or age (time layer)"
	// "a small percent", "the dollar", "metric ton": a unit word with no
	// number; parley records amounts.
	outNoNumber = "unit word without a number"
	// "percent of 10" for 10%: in news "per cent of 210 seats" is a share
	// of 210, never 210%.
	outInverted = "inverted percent ('percent of 10' as 10%)"
	// "one out of three", "1 in twenty-one", "12 out of 10": ratios.
	// parley records no quantity for a ratio ("one in four voters"), and
	// the spec itself reads some as a fraction, others as two numbers.
	outRatio = "ratio 'X in Y' / 'X out of Y'"
	// "10g", "10m", "1mm", "1,674.5 g" as 10^10, 10^7, 10^6, 1.6745*10^12:
	// in news a letter after a number is a unit (grams, metres,
	// millimetres), which the tagger records as such.
	outSuffix = "letter suffix read as a unit (g, m, mm)"
)

var (
	rePower       = regexp.MustCompile(`\^|\d\s*[eE]\s*[-+]?\d|[xX×]\s*10`)
	reGrouping    = regexp.MustCompile(`\d,\d\d,\d\d\d|\d\.\d\d\d,\d|^\d+,\d{1,2}$`)
	reSuffix      = regexp.MustCompile(`(?i)^[\d.,]+\s?(g|m|mm)$`)
	reTimeAfter   = regexp.MustCompile(`(?i)^\s*(years?|months?|weeks?|days?|hours?|minutes?|seconds?|yo)\b`)
	reRatio       = regexp.MustCompile(`\s(out of|in)\s+(\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty)`)
	reRatioAfter  = regexp.MustCompile(`^\s+(?:out of|in)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty)\b`)
	reRatioBefore = regexp.MustCompile(`\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(out of|in)\s+$`)
	reYear        = regexp.MustCompile(`^\d{4}$`)
)

// scopeOf returns the reason the gold result g of the sentence input lies
// outside the scope of the quantity tagger, or "" when it is in scope.
func scopeOf(m model, input string, start, end int, g rtResult) string {
	text := g.Text
	low := strings.ToLower(text)
	before := strings.ToLower(input[:start])
	after := input[end:]
	word := token(input, start, end)
	switch {
	case rePower.MatchString(text):
		return outPower
	case reGrouping.MatchString(text):
		return outGrouping
	case identifier(word) || strings.HasSuffix(strings.TrimSpace(before), "version") || strings.Contains(word, "nought-"):
		return outIdentifier
	case reTimeAfter.MatchString(after):
		return outTime
	case strings.HasPrefix(low, "percent") || strings.HasPrefix(low, "per cent"):
		if strings.Contains(low, " of") {
			return outInverted
		}
	}
	if _, _, _, _, ok := goldValue(m, g); !ok && (m.name == "percent" || m.name == "currency" || m.name == "dimension" || m.name == "temperature") {
		return outNoNumber
	}
	if (m.name == "number" || m.name == "numberrange") && ratio(low, strings.ToLower(before), strings.ToLower(after)) {
		return outRatio
	}
	if (m.name == "number") && reSuffix.MatchString(text) {
		return outSuffix
	}
	return ""
}

// ratio reports whether the gold text is a ratio "X out of Y" or "X in
// Y", or one of its two numbers: it is followed by "out of"/"in" and a
// number that is not a year, or preceded by a number and "out of"/"in".
func ratio(text, before, after string) bool {
	if reRatio.MatchString(text) {
		return true
	}
	if m := reRatioAfter.FindStringSubmatch(after); m != nil && !reYear.MatchString(m[1]) && !reTimeAfter.MatchString(after[len(m[0]):]) {
		return true
	}
	return reRatioBefore.MatchString(before)
}

// token returns the run of non-space characters of input around [start,
// end).
func token(input string, start, end int) string {
	for start > 0 && input[start-1] != ' ' {
		start--
	}
	for end < len(input) && input[end] != ' ' {
		end++
	}
	return strings.TrimRight(input[start:end], ".,;:?!")
}

// identifier reports whether the run of characters w is an address, a
// phone number, a date or a label: digit groups joined by two or more of
// '.', '/', '-' ("192.168.1.2", "5/17/2018", "+1-222-2222/2222"), or
// capitals joined to digits by a hyphen ("SCP-173").
func identifier(w string) bool {
	seps, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == '/' || c == '-':
			if i > 0 && i+1 < len(w) && isDigitByte(w[i-1]) && isDigitByte(w[i+1]) {
				seps++
			}
		}
	}
	if digits > 0 && seps >= 2 {
		return true
	}
	if i := strings.IndexByte(w, '-'); i >= 2 && i+1 < len(w) && isDigitByte(w[i+1]) {
		for j := 0; j < i; j++ {
			if w[j] < 'A' || w[j] > 'Z' {
				return false
			}
		}
		return true
	}
	return false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
