package event

import (
	"sort"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
)

// index maps tokens to the actors that mentions on them refer to, in
// compressed rows: the actors of token t are ids[start[t]:start[t+1]].
type index struct {
	start []int32
	ids   []int32
	doc   *parley.Document
}

func newIndex(doc *parley.Document) *index {
	x := &index{doc: doc}
	if len(doc.Mentions) == 0 {
		return x
	}
	each := func(fn func(t, actor int)) {
		for _, m := range doc.Mentions {
			if m.Actor < 0 || m.Actor >= len(doc.Actors) {
				continue
			}
			for t := tokenAt(doc, m.Span.Start); t >= 0 && t < len(doc.Tokens) && doc.Tokens[t].Span.Start < m.Span.End; t++ {
				fn(t, m.Actor)
			}
		}
	}
	count := make([]int32, len(doc.Tokens)+1)
	each(func(t, _ int) { count[t+1]++ })
	for t := 1; t < len(count); t++ {
		count[t] += count[t-1]
	}
	x.start = count
	x.ids = make([]int32, count[len(count)-1])
	fill := make([]int32, len(doc.Tokens))
	each(func(t, a int) {
		x.ids[int(count[t])+int(fill[t])] = int32(a)
		fill[t]++
	})
	return x
}

// tokenAt returns the index of the first token that ends after off.
func tokenAt(doc *parley.Document, off int) int {
	return sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Span.End > off })
}

// actorsIn returns the actors mentioned on tokens [first, end), in order.
func (x *index) actorsIn(first, end int) []int {
	var out []int
	if x.start == nil {
		return nil
	}
	for t := max(first, 0); t < end && t+1 < len(x.start); t++ {
		for _, a := range x.ids[x.start[t]:x.start[t+1]] {
			if !containsInt(out, int(a)) {
				out = append(out, int(a))
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
