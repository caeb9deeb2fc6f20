package clause

import (
	"fmt"
	"sync"

	"github.com/parleyhq/parley"
)

// Name is the name of the package, for logs and errors.
const Name = "clause"

// Analyzer tags words and finds verb groups and noun phrases. It is built
// once by New and only read afterwards, so it is safe for concurrent use.
type Analyzer struct {
	lex lexicon
	// pool keeps the buffers of released documents (see Release).
	pool sync.Pool
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
	// buf is the document's buffers, returned to the pool by Release.
	buf *buffers
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
	an := &Analysis{}
	a.analyze(an, text, toks, first, &buffers{})
	return an
}

// AnalyzeDocument returns the analyses of every sentence of doc, built
// with a few allocations for the whole document. It reads only doc.Text,
// doc.Tokens and doc.Sentences; a sentence with a bad token range gets an
// empty analysis.
func (a *Analyzer) AnalyzeDocument(doc *parley.Document) []Analysis {
	n := len(doc.Tokens)
	b, _ := a.pool.Get().(*buffers)
	if b == nil {
		b = &buffers{}
	}
	b.reset(len(doc.Sentences), n)
	out := b.ans
	for i, s := range doc.Sentences {
		if s.FirstToken < 0 || s.EndToken > len(doc.Tokens) || s.FirstToken > s.EndToken {
			out[i].buf = b
			continue
		}
		a.analyze(&out[i], doc.Text, doc.Tokens[s.FirstToken:s.EndToken], s.FirstToken, b)
		out[i].buf = b
	}
	return out
}

// Release hands the memory of analyses made by AnalyzeDocument back for
// the next document. Neither as nor anything read from it (words, groups,
// chunks, slots) may be used afterwards. Releasing is optional.
func (a *Analyzer) Release(as []Analysis) {
	if len(as) == 0 || as[0].buf == nil {
		return
	}
	b := as[0].buf
	for i := range as {
		if as[i].buf != b {
			return // not one document's analyses: leave them to the GC
		}
	}
	b.keep()
	a.pool.Put(b)
}

// buffers are shared by the analyses of one document: each sentence takes
// the next stretch of each. The *All fields keep the whole arrays for
// reuse by the next document.
type buffers struct {
	words  []Word
	idx    []int32
	groups []VerbGroup
	chunks []Chunk
	slots  []Slots
	done   []bool
	ans    []Analysis

	wordsAll  []Word
	idxAll    []int32
	groupsAll []VerbGroup
	chunksAll []Chunk
	slotsAll  []Slots
	doneAll   []bool
}

// reset readies b for a document of ns sentences and n tokens.
func (b *buffers) reset(ns, n int) {
	if cap(b.ans) < ns {
		b.ans = make([]Analysis, ns)
	} else {
		b.ans = b.ans[:ns]
		clear(b.ans)
	}
	if cap(b.wordsAll) < n {
		b.wordsAll = make([]Word, n)
	}
	if cap(b.idxAll) < 2*n {
		b.idxAll = make([]int32, 2*n)
	}
	if cap(b.groupsAll) < n/5+4 {
		b.groupsAll = make([]VerbGroup, 0, n/5+4)
	}
	if cap(b.chunksAll) < n/3+4 {
		b.chunksAll = make([]Chunk, 0, n/3+4)
	}
	b.words, b.idx = b.wordsAll[:n:n], b.idxAll[:2*n:2*n]
	b.groups, b.chunks = b.groupsAll[:0], b.chunksAll[:0]
	b.slots, b.done = b.slotsAll, b.doneAll
	clear(b.done)
}

// keep records the arrays that grew during a document so that the next
// one reuses them.
func (b *buffers) keep() {
	if cap(b.groups) > cap(b.groupsAll) {
		b.groupsAll = b.groups[:0]
	}
	if cap(b.chunks) > cap(b.chunksAll) {
		b.chunksAll = b.chunks[:0]
	}
	clear(b.ans)
}

func (a *Analyzer) analyze(an *Analysis, text string, toks []parley.Token, first int, b *buffers) {
	n := len(toks)
	var words []Word
	if len(b.words) >= n {
		words, b.words = b.words[:n:n], b.words[n:]
	}
	words = a.tagSentence(text, toks, words)
	// Each sentence appends to the shared slices and keeps its stretch,
	// capped so that later sentences never write into it.
	g0 := len(b.groups)
	b.groups = groups(words, first, b.groups)
	c0 := len(b.chunks)
	b.chunks = chunks(words, first, b.chunks)
	*an = Analysis{First: first, Words: words,
		Groups: b.groups[g0:len(b.groups):len(b.groups)], Chunks: b.chunks[c0:len(b.chunks):len(b.chunks)]}
	if len(an.Groups) == 0 {
		an.Groups = nil
	}
	if len(an.Chunks) == 0 {
		an.Chunks = nil
	}
	if len(b.idx) >= 2*n {
		an.chunkAt, an.groupAt, b.idx = b.idx[:n:n], b.idx[n:2*n:2*n], b.idx[2*n:]
	} else {
		an.chunkAt, an.groupAt = make([]int32, n), make([]int32, n)
	}
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
	ng := len(an.Groups)
	if len(b.slots) < ng {
		b.slots, b.done = make([]Slots, max(ng, cap(b.groups))), make([]bool, max(ng, cap(b.groups)))
		if cap(b.slots) > cap(b.slotsAll) {
			b.slotsAll, b.doneAll = b.slots, b.done
		}
	}
	an.slots, an.done, b.slots, b.done = b.slots[:ng:ng], b.done[:ng:ng], b.slots[ng:], b.done[ng:]
	for k := range an.Groups {
		an.Slots(k)
	}
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
