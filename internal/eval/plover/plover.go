// Package plover scores package event on the PLOVER gold standard records
// (../shared/eval/plover/gold.jsonl, CC BY-SA 4.0, Open Event Data
// Alliance) as its README prescribes: each distinct sentence is one
// document run through the full pipeline; event types are scored per
// sentence (micro and macro precision, recall and F1 over the 16
// categories, a per-category table and a confusion matrix of single-label
// sentences); for gold records whose category was found, the source and
// target country sets and the mode of the best predicted event of that
// category are compared.
package plover

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/pipeline"
)

// Record is the part of a gold.jsonl line the scorer reads.
type Record struct {
	ID         string      `json:"id"`
	SentenceID string      `json:"sentence_id"`
	Text       string      `json:"text"`
	Event      string      `json:"event"`
	Mode       *string     `json:"mode"`
	Actor      []GoldActor `json:"actor"`
	Recipient  []GoldActor `json:"recipient"`
	Reciprocal bool        `json:"reciprocal"`
	SourceMode *string     `json:"source_mode_v05"`
}

// GoldActor is one coded actor of a gold record.
type GoldActor struct {
	Text string `json:"text"`
	Code string `json:"code"`
}

// ReadGold reads gold.jsonl.
func ReadGold(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	var out []Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for n := 1; sc.Scan(); n++ {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("read gold %s:%d: %w", path, n, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	return out, nil
}

// Published is the fixed document date of the evaluation: the gold date is
// a placeholder, and these sentences test coding, not time.
var Published = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Evaluate scores the event coder on sharedDir/eval/plover/gold.jsonl.
func Evaluate(sharedDir string) (*Report, error) {
	gold, err := ReadGold(filepath.Join(sharedDir, "eval", "plover", "gold.jsonl"))
	if err != nil {
		return nil, err
	}
	p, err := pipeline.Default(pipeline.Options{})
	if err != nil {
		return nil, fmt.Errorf("evaluate plover: %w", err)
	}
	var annotateErr error
	rep := Score(gold, func(text string) *parley.Document {
		doc := &parley.Document{ID: "s", Text: text, Published: Published}
		if err := p.Annotate(doc); err != nil && annotateErr == nil {
			annotateErr = err
		}
		return doc
	})
	if annotateErr != nil {
		return nil, fmt.Errorf("evaluate plover: %w", annotateErr)
	}
	return rep, nil
}

// sentence is one distinct gold sentence with its records.
type sentence struct {
	id, text string
	recs     []Record
}

// Score runs run over every distinct sentence of gold and scores it.
func Score(gold []Record, run func(text string) *parley.Document) *Report {
	var ss []*sentence
	byID := map[string]*sentence{}
	for _, r := range gold {
		s := byID[r.SentenceID]
		if s == nil {
			s = &sentence{id: r.SentenceID, text: r.Text}
			byID[r.SentenceID] = s
			ss = append(ss, s)
		}
		s.recs = append(s.recs, r)
	}
	rep := newReport()
	for _, s := range ss {
		doc := run(s.text)
		rep.add(s, doc)
	}
	rep.finish()
	return rep
}

// codes returns the country codes of actors ids: the actor's country, else
// its sector for international bodies ("IGO", "NGO"), else "".
func codes(doc *parley.Document, ids []int) []string {
	var out []string
	for _, i := range ids {
		if i < 0 || i >= len(doc.Actors) {
			continue
		}
		a := doc.Actors[i]
		c := a.Country
		if c == "" && (a.Sector == "IGO" || a.Sector == "NGO") {
			c = a.Sector
		}
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

func goldCodes(as []GoldActor) []string {
	var out []string
	for _, a := range as {
		if a.Code != "" && !slices.Contains(out, a.Code) {
			out = append(out, a.Code)
		}
	}
	sort.Strings(out)
	return out
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func unionS(a, b []string) []string {
	out := slices.Clone(a)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}
