package geo

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// nameIndex is data/names.tsv read on its own, with the name table of its
// keys: what loadNames hands to LoadGazetteer.
type nameIndex struct {
	keys     []string
	keyStart []int32 // keys[i] names refs[keyStart[i]:keyStart[i+1]]
	refs     []ref   // flags of given names not set yet: they need the places
	given    []bool  // of each key: the name is a given name too
	maxWords int
	maxRow   int // largest place row named, -1 for none
	table    *nameTable
	err      error
}

// handRoom is the room the name table keeps for the hand-written names and
// their prefixes, which load after it.
const handRoom = 1 << 16

// loadNames reads data/names.tsv, whose rows name places by their row in
// data/gazetteer.tsv (entries[base+row]), and builds the name table of its
// keys and their word prefixes. It reads stop and given only, so it may run
// while the places load.
func loadNames(fsys fs.FS, stop, given map[string]bool, base int) *nameIndex {
	ni := &nameIndex{keys: make([]string, 0, 200000), keyStart: make([]int32, 0, 200001),
		refs: make([]ref, 0, 210000), given: make([]bool, 0, 200000), maxRow: -1}
	ni.err = eachRow(fsys, "data/names.tsv", func(f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want 2 fields, got %d", len(f))
		}
		key := f[0]
		if k := len(ni.keys); k > 0 && ni.keys[k-1] >= key {
			return fmt.Errorf("key %q not after %q: the file must be sorted by key", key, ni.keys[k-1])
		}
		var flags0 uint8
		if stop[key] {
			flags0 = flagStop
		}
		ni.keys = append(ni.keys, key)
		ni.given = append(ni.given, given[key])
		ni.keyStart = append(ni.keyStart, int32(len(ni.refs)))
		ni.maxWords = max(ni.maxWords, strings.Count(key, " ")+1)
		for refs := f[1]; refs != ""; {
			var r, fl string
			r, refs, _ = strings.Cut(refs, ",")
			r, fl, _ = strings.Cut(r, ":")
			row, err := strconv.Atoi(r)
			if err != nil || row < 0 {
				return fmt.Errorf("bad row %q", r)
			}
			ni.maxRow = max(ni.maxRow, row)
			flags := flags0
			for _, c := range fl {
				switch c {
				case 'a':
					flags |= flagAlt
				case 'b':
					flags |= flagBase
				}
			}
			ni.refs = append(ni.refs, ref{entry: int32(base + row), flags: flags})
		}
		return nil
	})
	ni.keyStart = append(ni.keyStart, int32(len(ni.refs)))
	if ni.err != nil {
		return ni
	}
	prefixes, size := 0, 0
	for _, k := range ni.keys {
		size += len(k)
		for end := 0; end < len(k); end++ {
			if k[end] == ' ' {
				prefixes++
			}
		}
	}
	n := len(ni.keys) + prefixes + handRoom
	if n > maxNames {
		ni.err = fmt.Errorf("%d names and prefixes: more than the %d a name table holds", n, maxNames)
		return ni
	}
	t := newNameTable(n)
	t.blob = make([]byte, 0, size+handRoom*8)
	for i, k := range ni.keys {
		t.put(k).key = int32(i)
		for end := 0; end < len(k); end++ {
			if k[end] == ' ' {
				t.put(k[:end]).longer = true
			}
		}
	}
	ni.table = t
	return ni
}

// useNames takes the generated names once the places are loaded: it checks
// their rows and sets the flags of given names, which depend on the place.
func (g *Gazetteer) useNames(ni *nameIndex) error {
	if n := g.placeEnd - g.placeBase; ni.maxRow >= n {
		return fmt.Errorf("data/names.tsv: row %d, but %d places", ni.maxRow, n)
	}
	for k, given := range ni.given {
		if !given {
			continue
		}
		for i := ni.keyStart[k]; i < ni.keyStart[k+1]; i++ {
			switch e := &g.entries[ni.refs[i].entry]; {
			case e.Feature == FeatureCity && e.Population < givenCity:
				ni.refs[i].flags |= flagStop // "Paul said": a given name before a small place
			default:
				ni.refs[i].flags |= flagGiven
			}
		}
	}
	g.keyStart, g.refs, g.names = ni.keyStart, ni.refs, ni.table
	g.maxWords = max(g.maxWords, ni.maxWords)
	return nil
}

// indexHand adds the hand-written names (the trie) and the seats of
// government to the name table, and drops the trie map, which the table
// now holds.
func (g *Gazetteer) indexHand(fs.FS) error {
	if len(g.trie) > handRoom {
		return fmt.Errorf("%d hand-written names and prefixes: more than the %d the name table keeps", len(g.trie), handRoom)
	}
	t := g.names
	for p, n := range g.trie {
		t.put(p).node = n
	}
	for k, s := range g.seats {
		if s.Kind == "capital" {
			continue
		}
		if ni := t.get([]byte(k)); ni != nil {
			ni.seat = true
		}
	}
	g.trie = nil
	return nil
}
