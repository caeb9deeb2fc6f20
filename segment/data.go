package segment

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/parleyhq/parley/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

// class is the class of an abbreviation: how it behaves before a possible
// sentence boundary.
type class uint8

// Abbreviation classes; see data/abbreviations.tsv.
const (
	classNone     class = iota
	classTitle          // precedes a name, never ends a sentence: Gen.
	classMonth          // ends a sentence before a capitalised word: Jan.
	classNumber         // an abbreviation only before a number: No. 10
	classTime           // a.m., p.m.
	classOrdinary       // ends a sentence before a sentence starter: Inc.
)

var classNames = map[string]class{
	"title":    classTitle,
	"month":    classMonth,
	"number":   classNumber,
	"time":     classTime,
	"ordinary": classOrdinary,
}

// lexicon holds the word lists the segmenter reads. It is built once by New
// and only read afterwards.
type lexicon struct {
	abbrev    map[string]class    // "Gen." -> classTitle; also "GEN."
	starters  map[string]struct{} // "The", "THE"
	timeWords map[string]struct{} // "Monday", "GMT"
	tlds      map[string]struct{} // "com"
	speech    map[string]struct{} // "said", "asked"
}

// loadLexicon parses the data files of fsys.
func loadLexicon(fsys fs.FS) (*lexicon, error) {
	lx := &lexicon{
		abbrev:    map[string]class{},
		starters:  map[string]struct{}{},
		timeWords: map[string]struct{}{},
		tlds:      map[string]struct{}{},
		speech:    map[string]struct{}{},
	}
	err := tsv.Each(fsys, "abbreviations.tsv", func(fields []string) error {
		if len(fields) != 2 {
			return fmt.Errorf("want 2 fields, got %d", len(fields))
		}
		c, ok := classNames[fields[1]]
		if !ok {
			return fmt.Errorf("unknown class %q", fields[1])
		}
		if !strings.HasSuffix(fields[0], ".") {
			return fmt.Errorf("abbreviation %q does not end in a period", fields[0])
		}
		addFolded(lx.abbrev, fields[0], c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		set  map[string]struct{}
		fold bool
	}{
		{"starters.tsv", lx.starters, true},
		{"timewords.tsv", lx.timeWords, true},
		{"tlds.tsv", lx.tlds, false},
		{"speechverbs.tsv", lx.speech, false},
	} {
		err := tsv.Each(fsys, f.name, func(fields []string) error {
			if len(fields) != 1 {
				return fmt.Errorf("want 1 field, got %d", len(fields))
			}
			if f.fold {
				addFolded(f.set, fields[0], struct{}{})
			} else {
				f.set[fields[0]] = struct{}{}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return lx, nil
}

// addFolded adds key and its all-capitals form, so that headlines and
// all-capitals quotations match too. An exact entry wins over a folded one.
func addFolded[V any](m map[string]V, key string, v V) {
	m[key] = v
	up := strings.ToUpper(key)
	if _, ok := m[up]; !ok {
		m[up] = v
	}
}
