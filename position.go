package parley

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Position is a human-readable place in an input: a name, a 1-based line and
// a 1-based column counted in characters. It is derived from byte offsets on
// demand and never stored in annotations.
type Position struct {
	Name   string
	Line   int
	Column int
}

// String returns "name:line:col", leaving out the parts that are unknown.
func (p Position) String() string {
	var b strings.Builder
	b.WriteString(p.Name)
	if p.Line > 0 {
		if b.Len() > 0 {
			b.WriteByte(':')
		}
		fmt.Fprintf(&b, "%d", p.Line)
		if p.Column > 0 {
			fmt.Fprintf(&b, ":%d", p.Column)
		}
	}
	if b.Len() == 0 {
		return "-"
	}
	return b.String()
}

// LineIndex maps byte offsets of one text to lines and columns. Build it once
// with NewLineIndex and query it as often as needed.
type LineIndex struct {
	name  string
	text  string
	lines []int // byte offset at which each line starts
}

// NewLineIndex returns a LineIndex for text, naming positions after name.
func NewLineIndex(name, text string) *LineIndex {
	lines := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	return &LineIndex{name: name, text: text, lines: lines}
}

// Position returns the position of byte offset off. Offsets outside the text
// are clamped to it.
func (x *LineIndex) Position(off int) Position {
	off = max(0, min(off, len(x.text)))
	i := sort.Search(len(x.lines), func(i int) bool { return x.lines[i] > off }) - 1
	col := utf8.RuneCountInString(x.text[x.lines[i]:off]) + 1
	return Position{Name: x.name, Line: i + 1, Column: col}
}

// InputError is an error about outside input at a known position.
type InputError struct {
	Pos Position
	Err error
}

// Error returns "name:line:col: message".
func (e *InputError) Error() string { return e.Pos.String() + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }
