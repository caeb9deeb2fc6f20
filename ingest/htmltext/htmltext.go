package htmltext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/parleyhq/parley"
)

// Name is the package name, for logs.
const Name = "htmltext"

// Extract returns the text of the tree under n and the span of each of its
// paragraphs in that text. It walks the tree without recursion, so a deeply
// nested page cannot exhaust the stack. Extract does not modify n.
func Extract(n *html.Node) (text string, paragraphs []parley.Span) {
	if n == nil {
		return "", nil
	}
	var w writer
	w.walk(n)
	w.flush()
	return w.out.String(), w.paras
}

// ExtractString parses s as an HTML fragment inside <body> and returns its
// text and paragraphs as Extract does. Text that holds no markup comes out
// with its white space collapsed.
func ExtractString(s string) (text string, paragraphs []parley.Span) {
	if !strings.ContainsAny(s, "<&") {
		// No markup and no character references: the parser would make
		// one text node of s, so skip it.
		var w writer
		w.text(s)
		w.flush()
		return w.out.String(), w.paras
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		// The parser gives up on pathological input such as elements
		// nested hundreds deep; read the tokens instead.
		return ExtractTokens(s)
	}
	for _, c := range nodes {
		body.AppendChild(c)
	}
	return Extract(body)
}

// writer accumulates the text of a walk.
type writer struct {
	out   strings.Builder
	paras []parley.Span
	para  []byte // the paragraph being built, without trailing white space
	space bool   // white space seen since the last character of para
	pre   int    // depth of <pre> elements around the current node
}

// walk visits the tree under root in document order, entering and leaving
// each element.
func (w *writer) walk(root *html.Node) {
	n := root
	for n != nil {
		descend := w.enter(n)
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if descend {
			w.leave(n)
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			w.leave(n)
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// enter handles the start of n and reports whether to visit its children.
func (w *writer) enter(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return false
	case html.DocumentNode:
		return true
	case html.ElementNode:
	default:
		return false
	}
	if skipped(n) {
		return false
	}
	switch {
	case n.DataAtom == atom.Br || n.DataAtom == atom.Hr:
		w.flush()
	case n.DataAtom == atom.Pre:
		w.flush()
		w.pre++
	case block(n.DataAtom):
		w.flush()
	case cell(n.DataAtom):
		w.space = true
	}
	return true
}

// leave handles the end of element n after its children.
func (w *writer) leave(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	switch {
	case n.DataAtom == atom.Pre:
		w.flush()
		w.pre--
	case block(n.DataAtom):
		w.flush()
	case cell(n.DataAtom):
		w.space = true
	}
}

// text appends the characters of s to the paragraph, collapsing white space
// and dropping invisible characters.
func (w *writer) text(s string) {
	for _, r := range s {
		switch {
		case r == '\n' && w.pre > 0:
			w.flush()
		case unicode.IsSpace(r):
			w.space = true
		case invisible(r):
		default:
			if w.space && len(w.para) > 0 {
				w.para = append(w.para, ' ')
			}
			w.space = false
			w.para = utf8.AppendRune(w.para, r)
		}
	}
}

// flush ends the current paragraph.
func (w *writer) flush() {
	w.space = false
	if len(w.para) == 0 {
		return
	}
	if w.out.Len() > 0 {
		w.out.WriteString("\n\n")
	}
	start := w.out.Len()
	w.out.Write(w.para)
	w.paras = append(w.paras, parley.Span{Start: start, End: w.out.Len()})
	w.para = w.para[:0]
}

// invisible reports whether r is a character with no visible form that
// should not reach the text: controls, format characters such as the
// zero-width space and soft hyphen, and the replacement of NUL.
func invisible(r rune) bool {
	switch r {
	case '\u200c', '\u200d':
		// Zero-width (non-)joiners shape Persian, Indic and emoji text.
		return false
	case '\u00ad', '\u200b', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}
