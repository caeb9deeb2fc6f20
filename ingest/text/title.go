package text

import (
	"strings"
	"unicode/utf8"
)

// Title limits: a headline is short.
const (
	titleMaxRunes = 150
	titleMaxWords = 20
)

// Title returns the title of a plain text when it is obvious: the first
// line, if it is short, does not end with sentence punctuation, and is
// followed by a blank line and more text. Otherwise it returns "".
func Title(text string) string {
	rest := strings.TrimLeft(text, " \t\n")
	line, after, ok := strings.Cut(rest, "\n")
	if !ok {
		return ""
	}
	line = strings.TrimSpace(line)
	blank, after, ok := strings.Cut(after, "\n")
	if !ok || strings.TrimSpace(blank) != "" || strings.TrimSpace(after) == "" {
		return ""
	}
	if line == "" || utf8.RuneCountInString(line) > titleMaxRunes {
		return ""
	}
	words := strings.Fields(line)
	if len(words) > titleMaxWords {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, `"'”’»)`))
	if strings.ContainsRune(".!?;:,…-–—", last) {
		return ""
	}
	return strings.Join(words, " ")
}
