package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block reports whether elements of type a start and end a paragraph.
func block(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Blockquote, atom.Body, atom.Caption,
		atom.Center, atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figure, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Header, atom.Hgroup, atom.Html, atom.Legend, atom.Li,
		atom.Listing, atom.Main, atom.Menu, atom.Ol, atom.P, atom.Plaintext,
		atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Tfoot,
		atom.Thead, atom.Tr, atom.Ul, atom.Xmp:
		return true
	}
	return false
}

// cell reports whether elements of type a are separated from their
// neighbours by a space: table cells and list terms stay in one paragraph
// per row.
func cell(a atom.Atom) bool {
	return a == atom.Td || a == atom.Th
}

// skipped reports whether the element n and everything in it carry no
// article text: code, styling, navigation, page furniture, forms, embedded
// media and hidden elements.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head,
		atom.Title, atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Button,
		atom.Select, atom.Textarea, atom.Input, atom.Option, atom.Iframe,
		atom.Frameset, atom.Object, atom.Embed, atom.Canvas, atom.Audio,
		atom.Video, atom.Picture, atom.Map, atom.Svg, atom.Math, atom.Figcaption,
		atom.Dialog, atom.Menuitem:
		return true
	case 0:
		// Elements unknown to the parser, such as <svg:title> in foreign
		// content or custom elements, are walked like inline ones.
		if n.Namespace == "svg" || n.Namespace == "math" {
			return true
		}
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}
