package segment

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/parleyhq/parley"
)

// Name is the annotator's name in pipelines, flags and logs.
const Name = "segment"

// Segmenter splits a document into paragraphs, sentences and tokens. It is
// safe for concurrent use: New builds its word lists once and Annotate only
// reads them.
type Segmenter struct {
	lx *lexicon
}

var _ parley.Annotator = (*Segmenter)(nil)

// New returns a Segmenter with the embedded word lists loaded: the
// abbreviations, sentence starters, time words, verbs of saying and domain
// labels of data/*.tsv.
func New() (*Segmenter, error) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	return NewFS(sub)
}

// NewFS is like New but reads the word lists from fsys, which holds
// abbreviations.tsv, starters.tsv, timewords.tsv, speechverbs.tsv and
// tlds.tsv in the format of the embedded files, so that a user can replace
// or extend them. It returns an error naming the file and line of bad data.
func NewFS(fsys fs.FS) (*Segmenter, error) {
	lx, err := loadLexicon(fsys)
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	return &Segmenter{lx: lx}, nil
}

// Annotate writes doc.Tokens and doc.Sentences, replacing any there, and
// doc.Paragraphs when it is nil (see [parley.SplitParagraphs]). Sentences
// never cross a paragraph boundary. Tokens of text outside every paragraph
// (possible only with paragraphs set by the caller) belong to no sentence;
// a caller's paragraph that is out of range, splits a character or starts
// before the previous one ends is skipped the same way.
func (s *Segmenter) Annotate(doc *parley.Document) {
	text := doc.Text
	if doc.Paragraphs == nil {
		doc.Paragraphs = parley.SplitParagraphs(text)
	}
	t := tokenizer{lx: s.lx, text: text, toks: make([]parley.Token, 0, len(text)/5+4)}
	sp := splitter{lx: s.lx, text: text}
	sents := make([]parley.Sentence, 0, len(text)/100+1)
	var (
		lines []line
		cuts  []int
	)
	pos := 0
	for pi, p := range doc.Paragraphs {
		if !p.Valid(len(text)) || p.Start < pos || !onBoundary(text, p.Start) || !onBoundary(text, p.End) {
			continue
		}
		t.run(pos, p.Start)
		first := len(t.toks)
		t.run(p.Start, p.End)
		sp.toks = t.toks
		a := first
		if strings.IndexByte(text[p.Start:p.End], '\n') >= 0 {
			lines, cuts = lineCuts(text, t.toks, first, len(t.toks), lines, cuts)
			for _, c := range cuts {
				sents = sp.split(a, c, pi, sents)
				a = c
			}
		}
		sents = sp.split(a, len(t.toks), pi, sents)
		pos = p.End
	}
	t.run(pos, len(text))
	doc.Tokens = t.toks
	doc.Sentences = sents
}

// onBoundary reports whether off is at the start of a UTF-8 character or at
// the end of text.
func onBoundary(text string, off int) bool {
	return off == len(text) || text[off]&0xC0 != 0x80
}
