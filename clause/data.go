package clause

import (
	"embed"
	"fmt"
	"strings"

	"github.com/parleyhq/parley/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Verb forms a word can have, as a bit set.
const (
	formBase uint8 = 1 << iota // take
	formS                      // takes
	formPast                   // took
	formPart                   // taken
	formGer                    // taking
)

// entry is what the lexicon knows about one lower-case word form.
type entry struct {
	closed    Tag    // closed-class tag, TagNone when the word is open-class
	verb      string // verb lemma when the word is a verb form
	forms     uint8  // verb forms of the word
	nounLemma string // lemma when listed in nouns.tsv
}

// lexicon maps lower-case word forms to entries. It is built once by New
// and only read afterwards.
type lexicon map[string]*entry

func (lx lexicon) get(w string) *entry {
	e := lx[w]
	if e == nil {
		e = &entry{}
		lx[w] = e
	}
	return e
}

var closedTags = map[string]Tag{
	"DET": TagDet, "PRON": TagPron, "POSS": TagPoss, "PREP": TagPrep, "CONJ": TagConj,
	"SUB": TagSub, "WH": TagWH, "MODAL": TagModal, "AUX": TagAux, "NEG": TagNeg,
	"TO": TagTo, "ADV": TagAdv, "ADJ": TagAdj, "NUM": TagNum, "EX": TagEx,
}

// loadLexicon parses the embedded data files.
func loadLexicon() (lexicon, error) {
	lx := lexicon{}
	err := eachLine("data/closed.tsv", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields, got %d", len(f))
		}
		t, ok := closedTags[f[1]]
		if !ok {
			return fmt.Errorf("unknown tag %q", f[1])
		}
		lx.get(f[0]).closed = t
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("data/irregular.tsv", func(f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want 3 fields, got %d", len(f))
		}
		base := f[0]
		lx.addVerb(base, base, formBase)
		lx.addVerb(sForm(base), base, formS)
		lx.addVerb(ingForm(base, false), base, formGer)
		for _, p := range strings.Split(f[1], "|") {
			lx.addVerb(p, base, formPast)
		}
		for _, p := range strings.Split(f[2], "|") {
			lx.addVerb(p, base, formPart)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("data/verbs.tsv", func(f []string) error {
		if len(f) != 1 {
			return fmt.Errorf("want 1 field, got %d", len(f))
		}
		base, double := strings.CutSuffix(f[0], "+")
		if base == "" || strings.ContainsAny(base, " +") {
			return fmt.Errorf("bad verb %q", f[0])
		}
		lx.addVerb(base, base, formBase)
		lx.addVerb(sForm(base), base, formS)
		lx.addVerb(ingForm(base, double), base, formGer)
		lx.addVerb(edForm(base, double), base, formPast|formPart)
		if n := len(base); !double && n > 2 && base[n-1] == 'l' && isVowel(base[n-2]) && !isVowel(base[n-3]) {
			// British spelling doubles a final l: travelled, cancelled.
			lx.addVerb(ingForm(base, true), base, formGer)
			lx.addVerb(edForm(base, true), base, formPast|formPart)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("data/nouns.tsv", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields, got %d", len(f))
		}
		lx.get(f[0]).nounLemma = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

func (lx lexicon) addVerb(form, lemma string, forms uint8) {
	e := lx.get(form)
	if e.verb != "" && e.verb != lemma {
		// Two lemmas share the form (lay: lie/lay); the first listed wins.
		return
	}
	e.verb = lemma
	e.forms |= forms
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// sForm returns the third person singular of a regular verb.
func sForm(base string) string {
	n := len(base)
	switch {
	case strings.HasSuffix(base, "y") && n > 1 && !isVowel(base[n-2]):
		return base[:n-1] + "ies"
	case strings.HasSuffix(base, "s"), strings.HasSuffix(base, "x"), strings.HasSuffix(base, "z"),
		strings.HasSuffix(base, "ch"), strings.HasSuffix(base, "sh"), strings.HasSuffix(base, "o"):
		return base + "es"
	}
	return base + "s"
}

// ingForm returns the -ing form of a verb.
func ingForm(base string, double bool) string {
	n := len(base)
	switch {
	case double:
		return base + base[n-1:] + "ing"
	case strings.HasSuffix(base, "ie"):
		return base[:n-2] + "ying"
	case strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee") && !strings.HasSuffix(base, "ye") && n > 2:
		return base[:n-1] + "ing"
	}
	return base + "ing"
}

// edForm returns the -ed form of a regular verb.
func edForm(base string, double bool) string {
	n := len(base)
	switch {
	case double:
		return base + base[n-1:] + "ed"
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case strings.HasSuffix(base, "y") && n > 1 && !isVowel(base[n-2]):
		return base[:n-1] + "ied"
	}
	return base + "ed"
}

// eachLine calls fn with the fields of every entry line of an embedded
// file.
func eachLine(name string, fn func(fields []string) error) error {
	return tsv.Each(dataFS, name, fn)
}
