package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/parleyhq/parley"
)

// ExtractTokens returns the text and paragraphs of s read as a stream of
// HTML tokens rather than a tree. It is the fallback for input that the
// HTML parser rejects, such as elements nested too deep: block tags end
// paragraphs and the content of skipped elements is dropped, as in Extract,
// but attributes that hide an element are not followed.
func ExtractTokens(s string) (text string, paragraphs []parley.Span) {
	var w writer
	skip := 0 // depth of open skipped elements
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			w.flush()
			return w.out.String(), w.paras
		case html.TextToken:
			if skip == 0 {
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skippedTag(a) {
				switch {
				case tt == html.StartTagToken:
					skip++
				case tt == html.EndTagToken && skip > 0:
					skip--
				}
				continue
			}
			if skip > 0 {
				continue
			}
			switch {
			case a == atom.Br || a == atom.Hr || block(a):
				w.flush()
			case cell(a):
				w.space = true
			}
		}
	}
}

// skippedTag reports whether the content of elements of type a is dropped
// in a token stream. Only elements that always have an end tag are listed,
// so that the depth count stays balanced.
func skippedTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head,
		atom.Title, atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Button,
		atom.Select, atom.Textarea, atom.Iframe, atom.Object, atom.Canvas,
		atom.Audio, atom.Video, atom.Picture, atom.Map, atom.Svg, atom.Math,
		atom.Figcaption, atom.Dialog:
		return true
	}
	return false
}
