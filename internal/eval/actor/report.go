package actor

import (
	"fmt"
	"io"
	"slices"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/eval/score"
)

// Report holds the scores of one evaluation run.
type Report struct {
	Articles int
	Bytes    int

	// Mentions: a predicted mention matches a gold one with the same span;
	// a span with several actors (a list) matches as many times as both
	// sides have items on it.
	Gold, Predicted, Matched int
	Precision, Recall, F1    float64
	// Overlap counts a match when the spans overlap (lenient).
	OverlapMatched                             int
	OverlapPrecision, OverlapRecall, OverlapF1 float64

	// Coding: matched mentions whose actor has the gold country and sector.
	CodedCorrect   int
	CodingAccuracy float64

	// Links: pairs of matched mentions in one article, same actor in the
	// gold versus same actor in the output.
	LinkGoldPairs, LinkPredPairs, LinkBothPairs int
	LinkPrecision, LinkRecall, LinkF1           float64

	// Attributes counts the national-adjective mentions ("Iraqi" in "Iraqi
	// territory", rule "adj-noun"). The gold leaves them out by convention
	// (docs/actors.md), so they are not scored as mentions.
	Attributes int

	// Errors lists missed (-) and spurious (+) mentions and wrong codes (~).
	Errors []string
}

type pairItem struct {
	gold   string
	pred   int
	ok     bool // coded correctly
	spanIx int
}

func (r *Report) add(a *Article, doc *parley.Document) {
	r.Articles++
	r.Bytes += len(a.Text)
	r.Gold += len(a.Gold)
	mentions := make([]parley.Mention, 0, len(doc.Mentions))
	for _, m := range doc.Mentions {
		if m.Rule == "adj-noun" {
			r.Attributes++
			continue
		}
		mentions = append(mentions, m)
	}
	r.Predicted += len(mentions)
	goldAt := map[parley.Span][]Gold{}
	for _, g := range a.Gold {
		goldAt[g.Span] = append(goldAt[g.Span], g)
	}
	predAt := map[parley.Span][]parley.Mention{}
	for _, m := range mentions {
		predAt[m.Span] = append(predAt[m.Span], m)
	}
	var items []pairItem
	// Spans are visited in text order so that the report is the same on
	// every run.
	for _, sp := range sortedSpans(goldAt) {
		gs, ps := goldAt[sp], predAt[sp]
		used := make([]bool, len(ps))
		for _, g := range gs {
			best := -1
			for i, p := range ps {
				if used[i] {
					continue
				}
				ac := doc.Actors[p.Actor]
				if ac.Country == g.Country && ac.Sector == g.Sector {
					best = i
					break
				}
				if best < 0 {
					best = i
				}
			}
			if best < 0 {
				r.Errors = append(r.Errors, fmt.Sprintf("%s - %q %s %s/%s", a.Name, doc.Slice(sp), g.Actor, g.Country, g.Sector))
				continue
			}
			used[best] = true
			ac := doc.Actors[ps[best].Actor]
			ok := ac.Country == g.Country && ac.Sector == g.Sector
			if !ok {
				r.Errors = append(r.Errors, fmt.Sprintf("%s ~ %q gold %s/%s got %s/%s (%s)", a.Name, doc.Slice(sp), g.Country, g.Sector, ac.Country, ac.Sector, ps[best].Rule))
			}
			items = append(items, pairItem{gold: g.Actor, pred: ps[best].Actor, ok: ok})
		}
	}
	for _, sp := range sortedSpans(predAt) {
		ps := predAt[sp]
		if extra := len(ps) - len(goldAt[sp]); extra > 0 {
			for _, p := range ps[len(ps)-extra:] {
				ac := doc.Actors[p.Actor]
				r.Errors = append(r.Errors, fmt.Sprintf("%s + %q %s/%s (%s)", a.Name, doc.Slice(sp), ac.Country, ac.Sector, p.Rule))
			}
		}
	}
	r.Matched += len(items)
	for _, it := range items {
		if it.ok {
			r.CodedCorrect++
		}
	}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			g := items[i].gold == items[j].gold
			p := items[i].pred == items[j].pred
			if g {
				r.LinkGoldPairs++
			}
			if p {
				r.LinkPredPairs++
			}
			if g && p {
				r.LinkBothPairs++
			}
		}
	}
	// Lenient: each gold mention overlapped by some predicted mention.
	for _, g := range a.Gold {
		for _, m := range mentions {
			if m.Span.Overlaps(g.Span) {
				r.OverlapMatched++
				break
			}
		}
	}
}

func (r *Report) finish() {
	r.Precision, r.Recall, r.F1 = score.PRF(r.Matched, r.Predicted, r.Gold)
	r.OverlapPrecision, r.OverlapRecall, r.OverlapF1 = score.PRF(min(r.OverlapMatched, r.Predicted), r.Predicted, r.Gold)
	if r.Matched > 0 {
		r.CodingAccuracy = float64(r.CodedCorrect) / float64(r.Matched)
	}
	r.LinkPrecision, r.LinkRecall, r.LinkF1 = score.PRF(r.LinkBothPairs, r.LinkPredPairs, r.LinkGoldPairs)
}

// WriteText writes the report for people, errors last.
func (r *Report) WriteText(w io.Writer) error {
	_, err := fmt.Fprintf(w, `actor evaluation: %d articles, %d bytes
mentions (exact span):   gold %d  predicted %d  matched %d  P %.3f  R %.3f  F1 %.3f
mentions (overlap):      matched %d  P %.3f  R %.3f  F1 %.3f
coding (country+sector): %d of %d matched  accuracy %.3f
links (pairwise):        gold %d  predicted %d  both %d  P %.3f  R %.3f  F1 %.3f
attributes (adj-noun, not scored): %d
`, r.Articles, r.Bytes, r.Gold, r.Predicted, r.Matched, r.Precision, r.Recall, r.F1,
		r.OverlapMatched, r.OverlapPrecision, r.OverlapRecall, r.OverlapF1,
		r.CodedCorrect, r.Matched, r.CodingAccuracy,
		r.LinkGoldPairs, r.LinkPredPairs, r.LinkBothPairs, r.LinkPrecision, r.LinkRecall, r.LinkF1, r.Attributes)
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if len(r.Errors) > 0 {
		if _, err := fmt.Fprintf(w, "errors (- missed, + spurious, ~ wrong code):\n"); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
		for _, e := range r.Errors {
			if _, err := fmt.Fprintln(w, "  "+e); err != nil {
				return fmt.Errorf("write report: %w", err)
			}
		}
	}
	return nil
}

// sortedSpans returns the keys of m in text order.
func sortedSpans[V any](m map[parley.Span]V) []parley.Span {
	spans := make([]parley.Span, 0, len(m))
	for sp := range m {
		spans = append(spans, sp)
	}
	slices.SortFunc(spans, func(a, b parley.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	return spans
}
