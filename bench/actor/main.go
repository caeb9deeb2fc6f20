// Command actor compares parley's actor tagger with compromise
// (.people(), .organizations(), .places()) and wink-nlp (runs of proper
// nouns) on parley's actor evaluation sets (actor/testdata/eval and
// actor/testdata/heldout): precision, recall and F1 of mention spans, recall
// of the gold names alone, and throughput. The peers do not resolve
// pronouns or descriptions and do not code actors, so only spans are
// compared. CI does not run it; it needs Node.js and `npm ci` in this
// folder. See run.sh.
//
//	go run ./bench/actor -export cases.json
//	node bench/actor/peers.mjs cases.json > peers.out.json
//	go run ./bench/actor -compare peers.out.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/actor"
	"github.com/parleyhq/parley/geo"
	actoreval "github.com/parleyhq/parley/internal/eval/actor"
	"github.com/parleyhq/parley/segment"
)

type benchCase struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	gold []parley.Span
}

type peerItem struct {
	Start, End int
}

type peerOutput struct {
	Version string                `json:"version"`
	Items   map[string][]peerItem `json:"items"`
	Runs    int                   `json:"runs"`
	Seconds float64               `json:"seconds"`
}

type peersFile struct {
	Bytes int                   `json:"bytes"`
	Peers map[string]peerOutput `json:"peers"`
}

func main() {
	export := flag.String("export", "", "write the cases to this JSON file")
	compare := flag.String("compare", "", "score this peers output against parley")
	root := flag.String("root", ".", "module root (holds actor/testdata)")
	flag.Parse()
	cases, err := loadCases(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	switch {
	case *export != "":
		err = writeJSON(*export, cases)
	case *compare != "":
		err = compareAll(cases, *compare)
	default:
		err = fmt.Errorf("use -export or -compare")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func loadCases(root string) ([]benchCase, error) {
	var out []benchCase
	for _, dir := range []string{"eval", "heldout"} {
		arts, err := actoreval.Load(filepath.Join(root, "actor", "testdata", dir))
		if err != nil {
			return nil, err
		}
		for _, a := range arts {
			c := benchCase{ID: dir + "/" + a.Name, Text: a.Text}
			seen := map[parley.Span]bool{}
			for _, g := range a.Gold {
				if !seen[g.Span] {
					seen[g.Span] = true
					c.gold = append(c.gold, g.Span)
				}
			}
			out = append(out, c)
		}
	}
	return out, nil
}

func writeJSON(path string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode cases: %w", err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write cases: %w", err)
	}
	return nil
}

// score counts exact and overlapping matches of unique predicted spans
// against unique gold spans, and recall on the gold names.
type score struct {
	gold, pred, match, names, namesMatched int
}

func (s *score) add(text string, gold, pred []parley.Span) {
	ps := map[parley.Span]bool{}
	for _, p := range pred {
		ps[p] = true
	}
	s.pred += len(ps)
	for _, g := range gold {
		s.gold++
		name := isName(text[g.Start:g.End])
		if name {
			s.names++
		}
		if ps[g] {
			s.match++
			if name {
				s.namesMatched++
			}
		}
	}
}

func (s score) String() string {
	p := float64(s.match) / float64(max(s.pred, 1))
	r := float64(s.match) / float64(max(s.gold, 1))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	nr := float64(s.namesMatched) / float64(max(s.names, 1))
	return fmt.Sprintf("P %.3f  R %.3f  F1 %.3f  names R %.3f (%d/%d)", p, r, f, nr, s.namesMatched, s.names)
}

// isName reports whether a gold mention is a proper name: every word
// capitalised except short function words and name particles.
func isName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		switch w {
		case "of", "and", "the", "for", "al", "bin", "von", "der", "de", "da":
			if i > 0 {
				continue
			}
		}
		if strings.HasPrefix(w, "al-") && i > 0 {
			continue
		}
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r) && !pronoun[strings.ToLower(words[0])]
}

var pronoun = map[string]bool{"he": true, "she": true, "they": true, "it": true, "its": true, "his": true,
	"her": true, "their": true, "him": true, "them": true, "the": true, "a": true, "an": true}

// utf16ToBytes maps UTF-16 offsets of text to byte offsets.
func utf16ToBytes(text string) []int {
	var m []int
	for i, r := range text {
		m = append(m, i)
		if utf16.RuneLen(r) == 2 {
			m = append(m, i)
		}
	}
	return append(m, len(text))
}

func compareAll(cases []benchCase, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read peers output: %w", err)
	}
	var pf peersFile
	if err := json.Unmarshal(b, &pf); err != nil {
		return fmt.Errorf("decode peers output: %w", err)
	}
	seg, err := segment.New()
	if err != nil {
		return err
	}
	g, err := geo.NewGazetteer()
	if err != nil {
		return err
	}
	tg, err := actor.New(g)
	if err != nil {
		return err
	}
	var ours score
	for _, c := range cases {
		doc := &parley.Document{ID: c.ID, Text: c.Text, Published: time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC)}
		seg.Annotate(doc)
		tg.Annotate(doc)
		var pred []parley.Span
		for _, m := range doc.Mentions {
			if m.Rule == "adj-noun" {
				// National adjectives ("Iraqi" in "Iraqi territory") are
				// outside the gold's conventions, as in internal/eval/actor.
				continue
			}
			pred = append(pred, m.Span)
		}
		ours.add(c.Text, c.gold, pred)
	}
	var all strings.Builder
	for i, c := range cases {
		if i > 0 {
			all.WriteString("\n\n")
		}
		all.WriteString(c.Text)
	}
	text := all.String()
	runs, elapsed := 0, time.Duration(0)
	t0 := time.Now()
	for elapsed < 3*time.Second || runs < 3 {
		doc := &parley.Document{ID: "all", Text: text}
		seg.Annotate(doc)
		tg.Annotate(doc)
		runs++
		elapsed = time.Since(t0)
	}
	mbps := float64(len(text)) * float64(runs) / elapsed.Seconds() / 1e6
	fmt.Printf("%d articles, %d gold spans, %d bytes\n", len(cases), ours.gold, len(text))
	fmt.Printf("%-12s %s  %.2f MB/s (segment+actor)\n", "parley", ours, mbps)
	for _, name := range []string{"compromise", "wink-nlp"} {
		po, ok := pf.Peers[name]
		if !ok {
			continue
		}
		var s score
		for _, c := range cases {
			m := utf16ToBytes(c.Text)
			var pred []parley.Span
			for _, it := range po.Items[c.ID] {
				if it.Start < 0 || it.End >= len(m) || it.Start > it.End {
					continue
				}
				sp := parley.Span{Start: m[it.Start], End: m[it.End]}
				// compromise's offsets take in trailing punctuation ("Putin."):
				// trim it, and white space, so that spans compare fairly.
				sp.End = sp.Start + len(strings.TrimRight(c.Text[sp.Start:sp.End], " \t\n.,;:!?)\"”’'"))
				sp.Start = sp.End - len(strings.TrimLeft(c.Text[sp.Start:sp.End], " \t\n(\"“‘'"))
				pred = append(pred, sp)
			}
			s.add(c.Text, c.gold, pred)
		}
		peerMBps := float64(pf.Bytes) * float64(po.Runs) / po.Seconds / 1e6
		fmt.Printf("%-12s %s  %.2f MB/s  (%s)\n", name, s, peerMBps, po.Version)
	}
	return nil
}
