package plover

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
)

type filt struct {
	name string
	drop func(doc *parley.Document, i int) bool
}

func hasAsserted(doc *parley.Document, i int) bool {
	for j, e := range doc.Events {
		if j != i && asserted[e.Modality] && !strings.Contains(e.Rule, " content") {
			return true
		}
	}
	return false
}

func twin(doc *parley.Document, i int) bool {
	e := doc.Events[i]
	for j, f := range doc.Events {
		if j != i && f.Trigger == e.Trigger && strings.HasPrefix(f.Rule, "intent") && !strings.HasPrefix(e.Rule, "intent") {
			return true
		}
	}
	return false
}

func TestAggTmp(t *testing.T) {
	gold, err := ReadGold(filepath.Join("/work/shared", "eval", "plover", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	as, _ := Pipeline()
	byID := map[string][]Record{}
	var ids []string
	for _, r := range gold {
		if byID[r.SentenceID] == nil {
			ids = append(ids, r.SentenceID)
		}
		byID[r.SentenceID] = append(byID[r.SentenceID], r)
	}
	na := func(doc *parley.Document, i int) bool { return !asserted[doc.Events[i].Modality] }
	fs := []filt{
		{"none", func(*parley.Document, int) bool { return false }},
		{"content-nonasserted", func(d *parley.Document, i int) bool { return na(d, i) && strings.Contains(d.Events[i].Rule, " content") }},
		{"content-nonasserted-if-other", func(d *parley.Document, i int) bool { return na(d, i) && strings.Contains(d.Events[i].Rule, " content") && hasAsserted(d, i) }},
		{"purpose", func(d *parley.Document, i int) bool { return strings.Contains(d.Events[i].Rule, "modality:purpose") }},
		{"twin", twin},
		{"nonasserted-if-other", func(d *parley.Document, i int) bool { return na(d, i) && hasAsserted(d, i) }},
		{"nonasserted-if-other-not-twin", func(d *parley.Document, i int) bool { return na(d, i) && hasAsserted(d, i) && !twin(d, i) }},
		{"nonasserted", na},
		{"content-if-other", func(d *parley.Document, i int) bool { return strings.Contains(d.Events[i].Rule, " content") && hasAsserted(d, i) }},
		{"NA+content", func(d *parley.Document, i int) bool { return (na(d, i) || strings.Contains(d.Events[i].Rule, " content")) && hasAsserted(d, i) }},
		{"NA+content+nonfinite", func(d *parley.Document, i int) bool { r := d.Events[i].Rule; return (na(d, i) || strings.Contains(r, " content") || strings.HasPrefix(r, "verb") && strings.Contains(r, "modality:tense: ") || strings.HasSuffix(r, "modality:tense:")) && hasAsserted(d, i) }},
		{"NA+content+partiesnoun", func(d *parley.Document, i int) bool { r := d.Events[i].Rule; return (na(d, i) || strings.Contains(r, " content") || strings.Contains(r, "parties-of-noun-event")) && hasAsserted(d, i) }},
		{"noun-if-other", func(d *parley.Document, i int) bool { return strings.HasPrefix(d.Events[i].Rule, "noun") && hasAsserted(d, i) }},
		{"modal-tent", func(d *parley.Document, i int) bool { return strings.Contains(d.Events[i].Rule, "modality:modal") }},
		{"if", func(d *parley.Document, i int) bool { return strings.Contains(d.Events[i].Rule, "modality:if") && hasAsserted(d, i) }},
		{"would-reported", func(d *parley.Document, i int) bool { return strings.Contains(d.Events[i].Rule, "would-reported") && !strings.HasPrefix(d.Events[i].Rule, "intent") }},
	}
	tp := make([]int, len(fs))
	pr := make([]int, len(fs))
	gl := 0
	feat := map[string]*[2]int{}
	for _, id := range ids {
		recs := byID[id]
		doc := &parley.Document{ID: "s", Text: recs[0].Text, Published: Published}
		for _, a := range as {
			a.Annotate(doc)
		}
		var g []string
		for _, r := range recs {
			if !slices.Contains(g, r.Event) {
				g = append(g, r.Event)
			}
		}
		gl += len(g)
		multi := 0
		for _, e := range doc.Events { if asserted[e.Modality] { multi++ } }
		for _, e := range doc.Events {
			if !asserted[e.Modality] { continue }
			k := 1
			if !slices.Contains(g, e.Type) { k = 0 }
			if !strings.Contains(e.Rule, "modality:tense: ") && !strings.HasSuffix(e.Rule, "modality:tense:") { continue }
			for _, f := range []string{e.Rule} {
				f = strings.Join(slices.DeleteFunc(strings.Fields(f), func(x string) bool { return strings.HasPrefix(x, "verb:") || strings.HasPrefix(x, "time:")|| strings.HasPrefix(x, "+")|| strings.HasPrefix(x, "mode:") }), " ")
				if strings.HasPrefix(f, "time:") && f != "time:sentence" { f = "time:X" }
				if strings.HasPrefix(f, "subject-noun:") { f = "subject-noun" }
				if strings.HasPrefix(f, "mode:") { f = "mode" }
				if multi > 1 { f = "M " + f }
				if feat[f] == nil { feat[f] = &[2]int{} }
				feat[f][k]++
			}
		}
		for k, f := range fs {
			var p []string
			for i, e := range doc.Events {
				if !f.drop(doc, i) && !slices.Contains(p, e.Type) {
					p = append(p, e.Type)
				}
			}
			pr[k] += len(p)
			for _, x := range p {
				if slices.Contains(g, x) {
					tp[k]++
				}
			}
		}
	}
	var b strings.Builder
	for k, f := range fs {
		P, R := float64(tp[k])/float64(pr[k]), float64(tp[k])/float64(gl)
		fmt.Fprintf(&b, "%-32s tp %3d pred %3d P %.3f R %.3f F1 %.3f\n", f.name, tp[k], pr[k], P, R, 2*P*R/(P+R))
	}
	type kv struct{ k string; fp, tp int }
	var kvs []kv
	for k, v := range feat { kvs = append(kvs, kv{k, v[0], v[1]}) }
	slices.SortFunc(kvs, func(a, b kv) int { return b.fp - a.fp })
	for _, x := range kvs { if x.fp >= 1 { fmt.Fprintf(&b, "%4d fp %4d tp %s\n", x.fp, x.tp, x.k) } }
	os.WriteFile("/tmp/agg.txt", []byte(b.String()), 0o644)
}
