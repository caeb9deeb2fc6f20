package quantity

import "fmt"

// unit is a row of data/units.tsv.
type unit struct {
	code string
	kind string // currency, percent, length, ...
	mult float64
}

// trigger is a row of data/categories.tsv.
type trigger struct {
	category string
	class    string // person, weapon or ""
}

// lexicon holds the embedded word lists.
type lexicon struct {
	preMods   phrases[string]
	postMods  phrases[string]
	preUnits  phrases[unit]
	postUnits phrases[unit]
	before    phrases[string]
	after     map[string]string
	nouns     phrases[trigger]
	periods   map[string]string // unit words and adverbs -> ISO duration
	heads     map[string]bool   // a, an, per, every, each
	multiPer  phrases[string]   // "per annum"
	stop      map[string]bool
	skip      map[string]bool
	timeWords map[string]bool
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		preMods: phrases[string]{}, postMods: phrases[string]{},
		preUnits: phrases[unit]{}, postUnits: phrases[unit]{},
		before: phrases[string]{}, after: map[string]string{}, nouns: phrases[trigger]{},
		periods: map[string]string{}, heads: map[string]bool{}, multiPer: phrases[string]{},
		stop: map[string]bool{}, skip: map[string]bool{}, timeWords: map[string]bool{},
	}
	rows, err := readTSV("modifiers.tsv", 3)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		switch r[1] {
		case "pre":
			lx.preMods.add(r[0], r[2])
		case "post":
			lx.postMods.add(r[0], r[2])
		default:
			return nil, fmt.Errorf("modifiers.tsv: %q: unknown position %q", r[0], r[1])
		}
	}
	if rows, err = readTSV("units.tsv", 5); err != nil {
		return nil, err
	}
	for _, r := range rows {
		m, err := parseFloat("units.tsv", r[4])
		if err != nil {
			return nil, err
		}
		u := unit{code: r[2], kind: r[3], mult: m}
		switch r[1] {
		case "pre":
			lx.preUnits.add(r[0], u)
		case "post":
			lx.postUnits.add(r[0], u)
		case "both":
			lx.preUnits.add(r[0], u)
			lx.postUnits.add(r[0], u)
		default:
			return nil, fmt.Errorf("units.tsv: %q: unknown position %q", r[0], r[1])
		}
	}
	if rows, err = readTSV("categories.tsv", 4); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if !isCategory(r[2]) {
			return nil, fmt.Errorf("categories.tsv: %q: unknown category %q", r[0], r[2])
		}
		switch r[1] {
		case "before":
			lx.before.add(r[0], r[2])
		case "after":
			lx.after[r[0]] = r[2]
		case "noun":
			lx.nouns.add(r[0], trigger{category: r[2], class: r[3]})
		default:
			return nil, fmt.Errorf("categories.tsv: %q: unknown role %q", r[0], r[1])
		}
	}
	if rows, err = readTSV("periods.tsv", 3); err != nil {
		return nil, err
	}
	for _, r := range rows {
		switch r[1] {
		case "unit":
			lx.periods[r[0]] = r[2]
		case "head":
			lx.heads[r[0]] = true
		case "adverb":
			lx.multiPer.add(r[0], r[2])
		default:
			return nil, fmt.Errorf("periods.tsv: %q: unknown kind %q", r[0], r[1])
		}
	}
	if rows, err = readTSV("stop.tsv", 2); err != nil {
		return nil, err
	}
	for _, r := range rows {
		switch r[1] {
		case "stop":
			lx.stop[r[0]] = true
		case "skip":
			lx.skip[r[0]] = true
		case "time":
			lx.timeWords[r[0]] = true
		default:
			return nil, fmt.Errorf("stop.tsv: %q: unknown kind %q", r[0], r[1])
		}
	}
	return lx, nil
}

// isCategory reports whether c is one of the categories a quantity may
// have.
func isCategory(c string) bool {
	switch c {
	case "killed", "injured", "missing", "detained", "prisoners_exchanged",
		"displaced", "troops", "weapons", "money", "other":
		return true
	}
	return false
}
