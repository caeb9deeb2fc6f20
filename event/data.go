package event

import (
	"embed"
	"fmt"
	"slices"
	"strings"

	"github.com/parleyhq/parley/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Types are the 16 PLOVER event types in codebook order.
var Types = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// Pattern is one line of data/verbs.tsv or data/nouns.tsv.
type Pattern struct {
	Type    string
	Mode    string // "" for none
	Context string // "" for none
	// contexts is Context as the read-only list an event carries, nil
	// for none.
	contexts []string
	Reverse  bool // roles "os": the object is the source
	// ObjectOnly is roles "sx": only the object is the target.
	ObjectOnly bool
	// PhraseOnly is roles "sp": the object is what the source moves or
	// gives ("deployed troops"), only a prepositional phrase names the
	// target.
	PhraseOnly bool
	Noun       bool // from nouns.tsv
	// Words are the pattern's lemmas: for a verb the lemma and the
	// particles that follow it, for a noun the lemmas ending the phrase.
	Words []string
	// Objects, when set, are the head nouns the verb's object must have.
	Objects []string
	// NoObject requires a verb without object ("strike -").
	NoObject bool
	// ActorObject requires an object that names an actor ("call @").
	ActorObject bool
	// After, for a noun, is the preposition that must follow it
	// ("call >for").
	After   string
	Example string
	File    string
	Line    int
}

// Source returns "file:line", for rules and errors.
func (p *Pattern) Source() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// specificity orders competing patterns: more words and an object
// constraint win.
func (p *Pattern) specificity() int {
	n := 2 * len(p.Words)
	if len(p.Objects) > 0 || p.NoObject || p.ActorObject || p.After != "" {
		n++
	}
	return n
}

// lexicon is the pattern and cue data, built once by New and only read
// afterwards.
type lexicon struct {
	verbs map[string][]*Pattern // by verb lemma
	nouns map[string][]*Pattern // by head lemma
	all   []*Pattern
	cues  map[string]map[string]bool   // kind -> lemma set
	modes map[string]map[string]string // type -> word -> mode
}

func (lx *lexicon) cue(kind, w string) bool { return lx.cues[kind][w] }

var cueKinds = []string{"light", "negate", "plan", "tentative", "demand", "habitual", "ongoing", "condition", "separate", "speech"}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{verbs: map[string][]*Pattern{}, nouns: map[string][]*Pattern{}, cues: map[string]map[string]bool{}}
	for _, f := range []string{"data/verbs.tsv", "data/nouns.tsv"} {
		noun := strings.Contains(f, "nouns")
		err := eachLine(f, func(n int, fields []string) error {
			p, err := parsePattern(fields, noun)
			if err != nil {
				return err
			}
			p.File, p.Line = strings.TrimPrefix(f, "data/"), n
			lx.all = append(lx.all, p)
			if noun {
				head := p.Words[len(p.Words)-1]
				lx.nouns[head] = append(lx.nouns[head], p)
			} else {
				lx.verbs[p.Words[0]] = append(lx.verbs[p.Words[0]], p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, k := range cueKinds {
		lx.cues[k] = map[string]bool{}
	}
	lx.modes = map[string]map[string]string{}
	err := eachLine("data/modes.tsv", func(_ int, f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want 3 fields, got %d", len(f))
		}
		if !slices.Contains(Types, f[0]) {
			return fmt.Errorf("unknown type %q", f[0])
		}
		m := lx.modes[f[0]]
		if m == nil {
			m = map[string]string{}
			lx.modes[f[0]] = m
		}
		m[f[2]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("data/cues.tsv", func(_ int, f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields, got %d", len(f))
		}
		set, ok := lx.cues[f[0]]
		if !ok {
			return fmt.Errorf("unknown cue kind %q", f[0])
		}
		set[f[1]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

func parsePattern(f []string, noun bool) (*Pattern, error) {
	if len(f) != 6 {
		return nil, fmt.Errorf("want 6 fields, got %d", len(f))
	}
	if !slices.Contains(Types, f[0]) {
		return nil, fmt.Errorf("unknown type %q", f[0])
	}
	p := &Pattern{Type: f[0], Mode: dash(f[1]), Context: dash(f[2]), Noun: noun, Example: f[5]}
	if p.Context != "" {
		p.contexts = []string{p.Context}
	}
	switch f[3] {
	case "so":
	case "sx":
		p.ObjectOnly = true
	case "sp":
		p.PhraseOnly = true
	case "os":
		p.Reverse = true
	default:
		return nil, fmt.Errorf("unknown roles %q", f[3])
	}
	for _, w := range strings.Fields(f[4]) {
		switch {
		case w == "-" && !noun:
			p.NoObject = true
		case w == "@" && !noun:
			p.ActorObject = true
		case strings.HasPrefix(w, ">") && noun && len(w) > 1:
			p.After = w[1:]
		case strings.HasPrefix(w, "+") && !noun && len(w) > 1:
			p.Objects = strings.Split(w[1:], "|")
		case strings.ContainsAny(w, "+|"):
			return nil, fmt.Errorf("bad pattern word %q", w)
		default:
			p.Words = append(p.Words, w)
		}
	}
	if len(p.Words) == 0 {
		return nil, fmt.Errorf("empty pattern %q", f[4])
	}
	if strings.TrimSpace(p.Example) == "" {
		return nil, fmt.Errorf("pattern %q has no example", f[4])
	}
	return p, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// eachLine calls fn with the line number and fields of every entry line of
// an embedded file; patterns cite their line in their rule.
func eachLine(name string, fn func(n int, fields []string) error) error {
	return tsv.EachLine(dataFS, name, fn)
}
