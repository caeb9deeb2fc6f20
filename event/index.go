package event

import (
	"sort"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
)

// index maps tokens to the actors that mentions on them refer to.
type index struct {
	actors [][]int // per token: actor indexes of mentions covering it
	doc    *parley.Document
}

func newIndex(doc *parley.Document) *index {
	x := &index{doc: doc}
	if len(doc.Mentions) > 0 {
		x.actors = make([][]int, len(doc.Tokens))
	}
	for _, m := range doc.Mentions {
		if m.Actor < 0 || m.Actor >= len(doc.Actors) {
			continue
		}
		for t := tokenAt(doc, m.Span.Start); t >= 0 && t < len(doc.Tokens) && doc.Tokens[t].Span.Start < m.Span.End; t++ {
			if !containsInt(x.actors[t], m.Actor) {
				x.actors[t] = append(x.actors[t], m.Actor)
			}
		}
	}
	return x
}

// tokenAt returns the index of the first token that ends after off.
func tokenAt(doc *parley.Document, off int) int {
	return sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Span.End > off })
}

// actorsIn returns the actors mentioned on tokens [first, end), in order.
func (x *index) actorsIn(first, end int) []int {
	var out []int
	for t := max(first, 0); t < end && t < len(x.actors); t++ {
		for _, a := range x.actors[t] {
			if !containsInt(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// span returns the text span of tokens [first, end).
func (x *index) span(first, end int) parley.Span {
	if first < 0 || end > len(x.doc.Tokens) || first >= end {
		return parley.Span{}
	}
	return parley.Span{Start: x.doc.Tokens[first].Span.Start, End: x.doc.Tokens[end-1].Span.End}
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func union(a, b []int) []int {
	for _, v := range b {
		if !containsInt(a, v) {
			a = append(a, v)
		}
	}
	return a
}

func minus(a, b []int) []int {
	var out []int
	for _, v := range a {
		if !containsInt(b, v) {
			out = append(out, v)
		}
	}
	return out
}

// demonymState returns the state actor that a demonym among tokens
// [first, end) names ("a Russian drone strike" -> Russia), when the actor
// layer found that state elsewhere in the document.
func (x *index) demonymState(an *clause.Analysis, first, end int) (int, bool) {
	for t := first; t < end; t++ {
		w := x.doc.Slice(x.doc.Tokens[t].Span)
		if len(w) < 5 || !(strings.HasSuffix(w, "n") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish")) {
			continue
		}
		if an.Word(t).Tag != clause.TagProper && an.Word(t).Tag != clause.TagAdj {
			continue
		}
		stem := strings.ToLower(w)
		for _, suf := range []string{"ian", "ese", "ish", "an", "i", "n"} {
			if s, ok := strings.CutSuffix(stem, suf); ok && len(s) >= 3 {
				stem = s
				break
			}
		}
		for i, a := range x.doc.Actors {
			if a.Type != "state" {
				continue
			}
			if strings.HasPrefix(strings.ToLower(a.Name), stem) {
				return i, true
			}
		}
	}
	return -1, false
}
