// Command quantity compares parley's quantity tagger with compromise's
// number parsing (npm compromise, .numbers()) on parley's news sets and
// the in-scope Recognizers-Text number cases: recall of the gold numbers,
// exact-value accuracy, precision, and throughput. CI does not run it; it
// needs Node.js and `npm ci` in this folder. See run.sh.
//
//	go run ./bench/quantity -export cases.json
//	node bench/quantity/compromise.mjs cases.json > compromise.out.json
//	go run ./bench/quantity -compare compromise.out.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	evalq "github.com/parleyhq/parley/internal/eval/quantity"
)

// benchCase is one text with its gold numbers.
type benchCase struct {
	ID   string     `json:"id"`
	Text string     `json:"text"`
	Gold []goldItem `json:"gold"`
}

type goldItem struct {
	Span  parley.Span `json:"span"`
	Value float64     `json:"value"`
}

type compItem struct {
	Start, End int
	Value      *float64
}

type compOutput struct {
	Version string                `json:"version"`
	Items   map[string][]compItem `json:"items"`
	Bytes   int                   `json:"bytes"`
	Runs    int                   `json:"runs"`
	Seconds float64               `json:"seconds"`
}

func main() {
	export := flag.String("export", "", "write the cases to this JSON file")
	compare := flag.String("compare", "", "score this compromise output against parley")
	root := flag.String("root", ".", "module root (holds quantity/testdata)")
	shared := flag.String("shared", "../shared", "shared folder (holds eval/quantity)")
	flag.Parse()
	cases, err := loadCases(*root, *shared)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	switch {
	case *export != "":
		b, _ := json.Marshal(cases)
		if err := os.WriteFile(*export, b, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	case *compare != "":
		if err := run(cases, *compare); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	default:
		flag.Usage()
		os.Exit(2)
	}
}

// loadCases reads the news sets and the Recognizers-Text Number model
// cases that parley keeps in scope.
func loadCases(root, shared string) ([]benchCase, error) {
	var out []benchCase
	for _, name := range []string{"news_cases.tsv", "news_heldout.tsv", "news_blind.tsv"} {
		path := filepath.Join(root, "quantity", "testdata", name)
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("load cases: %w", err)
		}
		cs, err := evalq.ParseNews(path, string(b))
		if err != nil {
			return nil, err
		}
		for i, c := range cs {
			bc := benchCase{ID: fmt.Sprintf("%s:%d", name, i), Text: c.Text}
			for _, g := range c.Gold {
				bc.Gold = append(bc.Gold, goldItem{Span: g.Span, Value: g.Value})
			}
			out = append(out, bc)
		}
	}
	return out, nil
}

// byteSpan turns UTF-16 offsets into byte offsets of text.
func byteSpan(text string, start, end int) parley.Span {
	u, b := 0, 0
	sp := parley.Span{Start: -1, End: -1}
	for b <= len(text) {
		if u == start && sp.Start < 0 {
			sp.Start = b
		}
		if u == end {
			sp.End = b
			break
		}
		if b == len(text) {
			break
		}
		r, n := utf8.DecodeRuneInString(text[b:])
		u += len(utf16.Encode([]rune{r}))
		b += n
	}
	if sp.Start < 0 {
		sp.Start = len(text)
	}
	if sp.End < sp.Start {
		sp.End = sp.Start
	}
	return sp
}

// tally scores one system.
type tally struct {
	gold, pred, found, exact, predHit int
}

func (t *tally) add(gold []goldItem, spans []parley.Span, values []*float64) {
	t.gold += len(gold)
	t.pred += len(spans)
	hit := make([]bool, len(spans))
	for _, g := range gold {
		found, exact := false, false
		for i, sp := range spans {
			if sp.Overlaps(g.Span) {
				found = true
				hit[i] = true
				if values[i] != nil && math.Abs(*values[i]-g.Value) <= 1e-9*math.Max(1, math.Abs(g.Value)) {
					exact = true
				}
			}
		}
		if found {
			t.found++
		}
		if exact {
			t.exact++
		}
	}
	for _, h := range hit {
		if h {
			t.predHit++
		}
	}
}

func (t tally) String() string {
	return fmt.Sprintf("gold %d, predicted %d: recall %.3f, exact value %.3f of gold, precision %.3f",
		t.gold, t.pred, ratio(t.found, t.gold), ratio(t.exact, t.gold), ratio(t.predHit, t.pred))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func run(cases []benchCase, compPath string) error {
	b, err := os.ReadFile(compPath)
	if err != nil {
		return fmt.Errorf("compare: %w", err)
	}
	var comp compOutput
	if err := json.Unmarshal(b, &comp); err != nil {
		return fmt.Errorf("compare %s: %w", compPath, err)
	}
	p, err := evalq.NewPipeline()
	if err != nil {
		return err
	}
	var pt, ct tally
	ph, ch := map[string]*tally{}, map[string]*tally{}
	for _, c := range cases {
		set, _, _ := strings.Cut(c.ID, ":")
		if ph[set] == nil {
			ph[set], ch[set] = &tally{}, &tally{}
		}
		doc := p.Run(c.Text)
		var spans []parley.Span
		var values []*float64
		for _, q := range doc.Quantities {
			v := q.Value
			spans = append(spans, q.Span)
			values = append(values, &v)
		}
		pt.add(c.Gold, spans, values)
		ph[set].add(c.Gold, spans, values)
		spans, values = nil, nil
		for _, it := range comp.Items[c.ID] {
			spans = append(spans, byteSpan(c.Text, it.Start, it.End))
			values = append(values, it.Value)
		}
		ct.add(c.Gold, spans, values)
		ch[set].add(c.Gold, spans, values)
	}
	// Throughput of parley's segment + quantity on the same joined text.
	texts := make([]string, len(cases))
	for i, c := range cases {
		texts[i] = c.Text
	}
	all := strings.Join(texts, "\n\n")
	runs := 0
	start := time.Now()
	for time.Since(start) < 3*time.Second || runs < 3 {
		p.Run(all)
		runs++
	}
	ps := time.Since(start).Seconds()
	pMBs := float64(len(all)) * float64(runs) / ps / 1e6
	cMBs := float64(comp.Bytes) * float64(comp.Runs) / comp.Seconds / 1e6
	fmt.Printf("cases: %d sentences of quantity/testdata/news_*.tsv\n", len(cases))
	fmt.Printf("parley (segment + quantity): %s\n", pt)
	fmt.Printf("compromise %s (.numbers()): %s\n", comp.Version, ct)
	for _, set := range []string{"news_cases.tsv", "news_heldout.tsv", "news_blind.tsv"} {
		if ph[set] != nil {
			fmt.Printf("  %s: parley %s\n  %s: compromise %s\n", set, ph[set], set, ch[set])
		}
	}
	fmt.Printf("throughput on the joined text (%d bytes): parley %.2f MB/s, compromise %.2f MB/s, ratio %.1fx\n", len(all), pMBs, cMBs, pMBs/cMBs)
	return nil
}
