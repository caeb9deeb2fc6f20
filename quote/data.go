package quote

import (
	"embed"
	"fmt"
	"strings"

	"github.com/parleyhq/parley/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

// frame is a set of the constructions a verb of saying takes.
type frame uint8

const (
	fClause    frame = 1 << iota // "said (that) the talks ended"
	fNP                          // "announced the planned talks"
	fObj                         // "told the AP that ..."
	fIng                         // "..., adding that ..."
	fWritten                     // "wrote", "posted"
	fQuoteOnly                   // attributes direct quotations only: "asked"
	fBare                        // takes a clause without "that": "said the talks ended"
)

var frameNames = map[string]frame{
	"clause": fClause, "np": fNP, "obj": fObj, "ing": fIng, "written": fWritten, "quoteonly": fQuoteOnly, "bare": fBare,
}

// verb is a verb form of saying.
type verb struct {
	lemma  string
	frames frame
	rule   string // "reported-" + lemma
}

// wclass is a set of word classes of words.tsv.
type wclass uint16

const (
	wMedia wclass = 1 << iota
	wAdverb
	wStop
	wPrep
	wAux
	wNeg
	wFinite
	wSource  // first word of a phrase of sources.tsv
	wChannel // first word of a phrase of channels.tsv
)

var classNames = map[string]wclass{
	"media": wMedia, "adverb": wAdverb, "stop": wStop, "prep": wPrep,
	"aux": wAux, "neg": wNeg, "finite": wFinite,
}

// phrase is a lower-case token sequence with what it means.
type phrase struct {
	words    []string
	channel  string // channels.tsv
	platform string
	role     string // sources.tsv: according, citing, quoting
}

// entry is what the lexicon knows about one lower-case word.
type entry struct {
	cls  wclass
	verb int16 // index+1 into vlist, 0 when the word is no verb of saying
}

// lexicon is the Tagger's read-only word table.
type lexicon struct {
	verbs    map[string]verb
	words    map[string]wclass
	entries  map[string]entry // verbs and words together, for one look-up a token
	vlist    []verb
	longest  int                 // bytes of the longest word in entries
	channels map[string][]phrase // by first word, longest first
	sources  map[string][]phrase
	// slots maps wordHash(w) of every word of entries to 1 + its index in
	// elist, or to -1 when two words share the hash; 0 is no word. Most
	// look-ups need no map.
	slots [filterBits]int16
	elist []wordEntry
}

// wordEntry is a word of the lexicon with its entry.
type wordEntry struct {
	w string
	e entry
}

// readTSV calls fn with the fields of every entry line of a data file.
func readTSV(name string, fn func(f []string) error) error {
	return tsv.Each(dataFS, "data/"+name, fn)
}

func need(f []string, n int) error {
	if len(f) < n {
		return fmt.Errorf("want %d fields, got %d", n, len(f))
	}
	return nil
}

// loadLexicon reads every data file.
func loadLexicon() (*lexicon, error) {
	l := &lexicon{
		verbs:    make(map[string]verb, 128),
		words:    make(map[string]wclass, 256),
		channels: make(map[string][]phrase, 64),
		sources:  make(map[string][]phrase, 16),
	}
	err := readTSV("verbs.tsv", func(f []string) error {
		if err := need(f, 3); err != nil {
			return err
		}
		var fr frame
		for _, x := range strings.Split(f[2], ",") {
			b, ok := frameNames[x]
			if !ok {
				return fmt.Errorf("unknown frame %q", x)
			}
			fr |= b
		}
		l.verbs[f[0]] = verb{lemma: f[1], frames: fr, rule: "reported-" + f[1]}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("words.tsv", func(f []string) error {
		if err := need(f, 2); err != nil {
			return err
		}
		c, ok := classNames[f[1]]
		if !ok {
			return fmt.Errorf("unknown class %q", f[1])
		}
		l.words[f[0]] |= c
		return nil
	})
	if err != nil {
		return nil, err
	}
	addPhrase := func(m map[string][]phrase, p phrase) {
		k := p.words[0]
		m[k] = append(m[k], p)
		// Longest first, so that "post on x" wins over "on x".
		for i := len(m[k]) - 1; i > 0 && len(m[k][i].words) > len(m[k][i-1].words); i-- {
			m[k][i], m[k][i-1] = m[k][i-1], m[k][i]
		}
	}
	err = readTSV("channels.tsv", func(f []string) error {
		if err := need(f, 3); err != nil {
			return err
		}
		p := phrase{words: strings.Fields(f[0]), channel: f[1]}
		if len(p.words) == 0 {
			return fmt.Errorf("empty phrase")
		}
		if f[2] != "-" {
			p.platform = f[2]
		}
		addPhrase(l.channels, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("sources.tsv", func(f []string) error {
		if err := need(f, 2); err != nil {
			return err
		}
		p := phrase{words: strings.Fields(f[0]), role: f[1]}
		if len(p.words) == 0 {
			return fmt.Errorf("empty phrase")
		}
		switch p.role {
		case "according", "citing", "quoting":
		default:
			return fmt.Errorf("unknown role %q", p.role)
		}
		addPhrase(l.sources, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.entries = make(map[string]entry, len(l.verbs)+len(l.words))
	for w, c := range l.words {
		l.entries[w] = entry{cls: c}
		l.longest = max(l.longest, len(w))
	}
	for w := range l.sources {
		e := l.entries[w]
		e.cls |= wSource
		l.entries[w] = e
		l.longest = max(l.longest, len(w))
	}
	for w := range l.channels {
		e := l.entries[w]
		e.cls |= wChannel
		l.entries[w] = e
		l.longest = max(l.longest, len(w))
	}
	for w, v := range l.verbs {
		e := l.entries[w]
		l.vlist = append(l.vlist, v)
		e.verb = int16(len(l.vlist))
		l.entries[w] = e
		l.longest = max(l.longest, len(w))
	}
	for w, e := range l.entries {
		h := wordHash(w)
		if l.slots[h] != 0 {
			l.slots[h] = -1 // a shared hash: the map decides
			continue
		}
		l.elist = append(l.elist, wordEntry{w, e})
		l.slots[h] = int16(len(l.elist))
	}
	return l, nil
}

const filterBits = 1 << 14

// wordHash mixes the length and the first, second and last bytes of a
// lower-case word into a bit index of the filter.
func wordHash(w string) uint32 {
	if w == "" {
		return 0
	}
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[len(w)-1])*0xC2B2AE3D
	if len(w) > 1 {
		h ^= uint32(w[1]) * 0x27D4EB2F
	}
	return (h ^ h>>15) % filterBits
}

// lookup returns the entry of word w.
func (l *lexicon) lookup(w string) (entry, bool) {
	switch k := l.slots[wordHash(w)]; {
	case k == 0:
		return entry{}, false
	case k > 0:
		if we := &l.elist[k-1]; we.w == w {
			return we.e, true
		}
		return entry{}, false
	}
	e, ok := l.entries[w]
	return e, ok
}
