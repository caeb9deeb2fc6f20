package clause

import (
	"fmt"

	"github.com/parleyhq/parley"
)

// Name is the name of the package, for logs and errors.
const Name = "clause"

// Analyzer tags words and finds verb groups and noun phrases. It is built
// once by New and only read afterwards, so it is safe for concurrent use.
type Analyzer struct {
	lex lexicon
}

// New loads the embedded lexicons.
func New() (*Analyzer, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, fmt.Errorf("load clause lexicon: %w", err)
	}
	return &Analyzer{lex: lx}, nil
}

// Analysis is the shallow analysis of one sentence.
type Analysis struct {
	// First is the document index of the sentence's first token; Words[i]
	// is the reading of token First+i.
	First  int
	Words  []Word
	Groups []VerbGroup
	Chunks []Chunk

	// Indexes built by AnalyzeTokens: chunk and group of each word, and the
	// slots of each group.
	chunkAt, groupAt []int32
	slots            []Slots
	done             []bool
}

// Analyze returns the analysis of sentence i of doc. It reads only
// doc.Text, doc.Tokens and doc.Sentences, and returns an empty analysis
// when i is out of range.
func (a *Analyzer) Analyze(doc *parley.Document, i int) *Analysis {
	if i < 0 || i >= len(doc.Sentences) {
		return &Analysis{}
	}
	s := doc.Sentences[i]
	if s.FirstToken < 0 || s.EndToken > len(doc.Tokens) || s.FirstToken > s.EndToken {
		return &Analysis{}
	}
	return a.AnalyzeTokens(doc.Text, doc.Tokens[s.FirstToken:s.EndToken], s.FirstToken)
}

// AnalyzeTokens analyses one sentence given as its tokens; first is the
// document index of toks[0].
func (a *Analyzer) AnalyzeTokens(text string, toks []parley.Token, first int) *Analysis {
	words := a.tagSentence(text, toks)
	an := &Analysis{
		First:  first,
		Words:  words,
		Groups: groups(words, first),
		Chunks: chunks(words, first),
	}
	an.chunkAt = make([]int32, len(words))
	an.groupAt = make([]int32, len(words))
	for i := range words {
		an.chunkAt[i], an.groupAt[i] = -1, -1
	}
	for k, c := range an.Chunks {
		for t := c.First; t < c.End; t++ {
			an.chunkAt[t-first] = int32(k)
		}
	}
	for k, g := range an.Groups {
		for t := g.First; t < g.End; t++ {
			if an.groupAt[t-first] < 0 {
				an.groupAt[t-first] = int32(k)
			}
		}
	}
	an.slots = make([]Slots, len(an.Groups))
	an.done = make([]bool, len(an.Groups))
	for k := range an.Groups {
		an.Slots(k)
	}
	return an
}

// Word returns the reading of document token t, or a zero Word when t lies
// outside the sentence.
func (an *Analysis) Word(t int) Word {
	if t < an.First || t >= an.First+len(an.Words) {
		return Word{}
	}
	return an.Words[t-an.First]
}

// ChunkAt returns the index of the chunk that holds token t, or -1.
func (an *Analysis) ChunkAt(t int) int {
	if t < an.First || t >= an.First+len(an.chunkAt) {
		return -1
	}
	return int(an.chunkAt[t-an.First])
}

// GroupAt returns the index of the verb group that holds token t, or -1.
func (an *Analysis) GroupAt(t int) int {
	if t < an.First || t >= an.First+len(an.groupAt) {
		return -1
	}
	return int(an.groupAt[t-an.First])
}

// IsVerb reports whether the lexicon knows lemma as a verb.
func (a *Analyzer) IsVerb(lemma string) bool {
	e := a.lex[lemma]
	return e != nil && e.verb == lemma
}
