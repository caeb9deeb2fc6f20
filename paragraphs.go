package parley

import "strings"

// SplitParagraphs returns the paragraphs of a plain text as spans. Every
// non-empty line is a paragraph, as in news text with one paragraph a line,
// unless the text is hard-wrapped: it has blank lines, and most lines that
// run on into another line end without sentence-final punctuation. Then
// blank lines separate paragraphs and single line breaks stay inside them.
// Spans exclude the white space around each paragraph.
func SplitParagraphs(text string) []Span {
	blank := hasBlankLine(text) && hardWrapped(text)
	var out []Span
	start := -1 // start of the current paragraph, -1 outside one
	lastEnd := 0
	flush := func() {
		if start >= 0 {
			out = append(out, Span{start, lastEnd})
			start = -1
		}
	}
	for off := 0; off <= len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			flush()
		} else {
			if !blank {
				flush()
			}
			if start < 0 {
				start = off + strings.Index(line, trimmed)
			}
			lastEnd = off + strings.Index(line, trimmed) + len(trimmed)
		}
		off = end + 1
	}
	flush()
	return out
}

// hasBlankLine reports whether a white-space-only line stands between two
// lines with text.
func hasBlankLine(text string) bool {
	seenText, seenBlank := false, false
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.TrimSpace(line) != "":
			if seenBlank {
				return true
			}
			seenText = true
		case seenText:
			seenBlank = true
		}
	}
	return false
}

// hardWrapped reports whether most lines followed by another non-empty line
// end mid-sentence, as lines wrapped at a fixed width do.
func hardWrapped(text string) bool {
	lines := strings.Split(text, "\n")
	runOn, midSentence := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		cur, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if cur == "" || next == "" {
			continue
		}
		runOn++
		if !endsSentence(cur) {
			midSentence++
		}
	}
	return runOn > 0 && 2*midSentence > runOn
}

// endsSentence reports whether a line ends with sentence-final punctuation,
// allowing closing quotation marks and brackets after it.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, "\"'”’)]»")
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "?") ||
		strings.HasSuffix(line, "!") || strings.HasSuffix(line, ":") || strings.HasSuffix(line, "…")
}
