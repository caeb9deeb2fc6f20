package quantity

import (
	"fmt"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/numword"
)

// Name is the annotator's name in pipelines, flags and logs.
const Name = "quantity"

// Tagger finds the quantities of a document. It is safe for concurrent use:
// New builds its word lists once and Annotate only reads them.
type Tagger struct {
	nw *numword.Parser
	lx *lexicon
}

var _ parley.Annotator = (*Tagger)(nil)

// New returns a Tagger with the embedded lexicons loaded.
func New() (*Tagger, error) {
	nw, err := numword.New()
	if err != nil {
		return nil, fmt.Errorf("quantity: %w", err)
	}
	lx, err := loadLexicon()
	if err != nil {
		return nil, fmt.Errorf("quantity: %w", err)
	}
	return &Tagger{nw: nw, lx: lx}, nil
}

// Annotate writes doc.Quantities, replacing any there. It reads
// doc.Sentences and doc.Tokens, and doc.Times when the time layer has run:
// numbers inside a time expression are left to it. Claimant is -1 on every
// quantity; the quote layer fills it.
func (t *Tagger) Annotate(doc *parley.Document) {
	out := make([]parley.Quantity, 0, 8)
	longest := 0
	for _, st := range doc.Sentences {
		longest = max(longest, st.EndToken-st.FirstToken)
	}
	low := make([]string, 0, longest)
	// One lower-case copy of the text; ASCII letters only, so that every
	// token keeps its offsets. The lexicons are ASCII.
	lowText := asciiLower(doc.Text)
	for si := range doc.Sentences {
		st := doc.Sentences[si]
		if st.FirstToken < 0 || st.EndToken > len(doc.Tokens) || st.FirstToken >= st.EndToken {
			continue
		}
		toks := doc.Tokens[st.FirstToken:st.EndToken]
		low = low[:0]
		for _, tk := range toks {
			if !tk.Span.Valid(len(lowText)) {
				low = append(low, "")
				continue
			}
			low = append(low, lowText[tk.Span.Start:tk.Span.End])
		}
		s := sent{t: t, lx: t.lx, doc: doc, toks: toks, low: low}
		s.run(&out)
	}
	doc.Quantities = out
}

// sent is the state of one sentence.
type sent struct {
	t    *Tagger
	lx   *lexicon
	doc  *parley.Document
	toks []parley.Token
	low  []string // lower-case token texts
	prev *found   // the quantity found last in the sentence
	// floor is the first token a new quantity may use.
	floor int
}

// found is a quantity with the token indexes it was built from.
type found struct {
	q          parley.Quantity
	start      int  // first token of the span
	numEnd     int  // end of the number and its unit
	end        int  // end of everything the quantity consumed
	trigEnd    int  // end of a governing word after the quantity, or 0
	eachBefore bool // "X and Y each" before the quantity
	byTrigger  bool
	person     bool
}

func (s *sent) raw(i int) string { return s.doc.Slice(s.toks[i].Span) }

func (s *sent) at(i int) string {
	if i >= 0 && i < len(s.low) {
		return s.low[i]
	}
	return ""
}

// adjacent reports whether tokens i and i+1 touch, with no space between.
func (s *sent) adjacent(i int) bool {
	return i+1 < len(s.toks) && s.toks[i].Span.End == s.toks[i+1].Span.Start
}

func (s *sent) run(out *[]parley.Quantity) {
	for i := 0; i < len(s.toks); {
		if !s.candidate(i) {
			i++
			continue
		}
		f, next := s.quantityAt(i)
		if f != nil {
			f.q.Claimant = -1
			*out = append(*out, f.q)
			s.prev = f
			s.floor = next
		}
		i = max(next, i+1)
	}
}

func (s *sent) candidate(i int) bool {
	switch s.toks[i].Kind {
	case parley.TokenNumber:
		return true
	case parley.TokenWord:
		if w := s.low[i]; w == "a" || w == "an" {
			// Most articles start no number: look at the next word first.
			switch next := s.at(i + 1); next {
			case "hundred", "thousand", "million", "billion", "trillion", "dozen",
				"few", "couple", "half", "third", "quarter", "fifth", "tenth":
				return true
			default:
				// "a hundredth", "a twenty-first": fractions.
				return strings.HasSuffix(next, "th") && s.t.nw.MayStart(next) || strings.HasSuffix(next, "-first") || strings.HasSuffix(next, "-second") || strings.HasSuffix(next, "-third")
			}
		}
		return s.t.nw.MayStart(s.low[i])
	case parley.TokenSymbol:
		// "½"
		return s.t.nw.MayStart(s.low[i])
	}
	return false
}

// span returns the byte span of tokens [i, j).
func (s *sent) span(i, j int) parley.Span {
	return parley.Span{Start: s.toks[i].Span.Start, End: s.toks[j-1].Span.End}
}

// words returns the lower-case texts of at most numword.MaxWords tokens
// from i, stopping at a gap that is not a plain space between digit groups.
func (s *sent) words(i int) []string {
	return s.low[i:min(len(s.low), i+numword.MaxWords)]
}

// asciiLower returns s with ASCII capitals made small.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		// Copy the run before the next capital at once.
		j := i
		for j < len(s) && (s[j] < 'A' || s[j] > 'Z') {
			j++
		}
		b.WriteString(s[i:j])
		if j < len(s) {
			b.WriteByte(s[j] + 'a' - 'A')
			j++
		}
		i = j
	}
	return b.String()
}
