package timex

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	_ "time/tzdata" // zones of the tz database, embedded

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/numword"
)

// Name is the annotator's name, used by the pipeline and in --disable flags.
const Name = "timex"

// Tagger finds time expressions in a document and normalises them against
// its publication date. It reads the Tokens and Sentences layers and writes
// the Times layer.
//
// A Tagger is built once by New and only read afterwards, so it is safe for
// concurrent use by many goroutines. Annotate is total and deterministic: it
// does no I/O and never reads the clock.
type Tagger struct {
	lex *lexicon
	num *numword.Parser
	// scratch holds reusable token buffers; it keeps Annotate from
	// allocating them for every document.
	scratch sync.Pool
}

// scratch is the per-call working memory of Annotate.
type scratch struct {
	buf   []tok
	texts []string
	card  []cardMemo
	slab  exprSlab
	found []*expr // expressions of one sentence
}

// exprSlab hands out expressions from reusable chunks, so that the many
// candidates the rules build cost no allocation once warm. Pointers stay
// valid until reset: chunks are never moved.
type exprSlab struct {
	chunks [][]expr
	n      int // expressions handed out
}

const slabChunk = 64

func (sl *exprSlab) get() *expr {
	c, k := sl.n/slabChunk, sl.n%slabChunk
	if c == len(sl.chunks) {
		sl.chunks = append(sl.chunks, make([]expr, slabChunk))
	}
	sl.n++
	e := &sl.chunks[c][k]
	*e = expr{}
	return e
}

func (sl *exprSlab) reset() { sl.n = 0 }

var _ parley.Annotator = (*Tagger)(nil)

// New loads the embedded word lists and returns a Tagger.
func New() (*Tagger, error) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	num, err := numword.New()
	if err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	t := &Tagger{lex: lex, num: num}
	t.scratch.New = func() any { return new(scratch) }
	return t, nil
}

// tok is a token with what the rules need to know about it. It holds only
// two pointers (low and w), so that filling the view costs the garbage
// collector little.
type tok struct {
	s, e    int    // byte span in the document
	low     string // lexicon key, or the text (lower-cased where the rules need it)
	w       *word
	num     int // value of an all-digit token, -1 otherwise
	nd      int // number of digits of an all-digit token
	fnum    int // value of a digit token with thousands separators, -1 otherwise
	poss    int // bytes of a possessive suffix ('s) not part of the word
	hy      int // index of the first inner hyphen in low ("mid-May"), 0 when none
	kind    tkind
	capital bool
	gap     bool // white space (or nothing) before the token
}

// tkind is a token kind, as parley.TokenKind without the string.
type tkind uint8

const (
	tWord tkind = iota
	tNumber
	tPunct
	tSymbol
)

func kindOf(k parley.TokenKind) tkind {
	switch k {
	case parley.TokenNumber:
		return tNumber
	case parley.TokenPunct:
		return tPunct
	case parley.TokenSymbol:
		return tSymbol
	}
	return tWord
}

// pre and post are the parts of a hyphenated word around its first hyphen
// ("mid", "may"), or "".
func (t *tok) pre() string {
	if t.hy <= 0 {
		return ""
	}
	return t.low[:t.hy]
}

func (t *tok) post() string {
	if t.hy <= 0 {
		return ""
	}
	return t.low[t.hy+1:]
}

// sent is one sentence being tagged.
type sent struct {
	t       *Tagger
	doc     *parley.Document
	ts      []tok
	allCaps bool
	texts   []string   // token texts, for the number parser
	card    []cardMemo // cardinal results, two per token
	slab    *exprSlab
}

// Annotate adds the time expressions of doc to doc.Times, replacing any the
// layer held. It needs the Tokens layer; without tokens it writes nothing.
func (t *Tagger) Annotate(doc *parley.Document) {
	doc.Times = nil
	if doc == nil || len(doc.Tokens) == 0 {
		return
	}
	sents := doc.Sentences
	if len(sents) == 0 {
		sents = []parley.Sentence{{Span: parley.Span{Start: 0, End: len(doc.Text)}, FirstToken: 0, EndToken: len(doc.Tokens)}}
	}
	r := &resolver{doc: doc, pub: doc.Published, hasPub: !doc.Published.IsZero()}
	if r.hasPub {
		r.anchor = dayOf(doc.Published)
		r.pubLoc = doc.Published.Location()
	}
	most := 0
	for _, sn := range sents {
		most = max(most, sn.EndToken-sn.FirstToken)
	}
	sc := t.scratch.Get().(*scratch)
	defer t.scratch.Put(sc)
	sc.slab.reset()
	if cap(sc.buf) < most {
		sc.buf = make([]tok, 0, most)
		sc.texts = make([]string, 0, most)
		sc.card = make([]cardMemo, 2*most)
	}
	buf, texts := sc.buf[:0], sc.texts[:0]
	found := make([]*expr, 0, 16)
	for si, sn := range sents {
		if sn.FirstToken < 0 || sn.EndToken > len(doc.Tokens) || sn.FirstToken >= sn.EndToken {
			continue
		}
		buf = t.view(doc, doc.Tokens[sn.FirstToken:sn.EndToken], buf[:0])
		texts = texts[:0] // filled by parsedNumber when needed
		card := sc.card[:2*len(buf)]
		clear(card)
		s := &sent{t: t, doc: doc, ts: buf, allCaps: allCaps(doc.Text, buf), texts: texts, card: card, slab: &sc.slab}
		es := s.scan(sc.found[:0])
		sc.found = es[:0]
		for _, e := range es {
			e.sent = si
			e.tense = s.tense(e)
			e.perfect = s.perfect(e)
			for _, end := range e.ends {
				if end != nil {
					end.sent, end.tense = si, e.tense
				}
			}
		}
		found = append(found, es...)
	}
	doc.Times = r.resolveAll(found)
}

// view builds the token view of one sentence into buf.
func (t *Tagger) view(doc *parley.Document, toks []parley.Token, buf []tok) []tok {
	prevEnd := -1
	for _, pt := range toks {
		if !pt.Span.Valid(len(doc.Text)) || pt.Span.Start < prevEnd || pt.Span.Start == pt.Span.End {
			continue
		}
		buf = append(buf, tok{s: pt.Span.Start, e: pt.Span.End, kind: kindOf(pt.Kind), num: -1, fnum: -1,
			gap: prevEnd < 0 || pt.Span.Start > prevEnd})
		prevEnd = pt.Span.End
		t.classify(&buf[len(buf)-1], doc.Text[pt.Span.Start:pt.Span.End])
	}
	return buf
}

// classify fills in the lexicon entry, number value and case of a token.
func (t *Tagger) classify(x *tok, s string) {
	x.low = s
	if s == "" {
		return
	}
	if c := s[0]; c < utf8.RuneSelf {
		x.capital = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(s)
		x.capital = unicode.IsUpper(r)
	}
	switch x.kind {
	case tPunct, tSymbol:
		return // compared by text only
	case tNumber:
		if s[0] >= '0' && s[0] <= '9' {
			t.classifyNumber(x, s)
			if x.num < 0 && x.fnum < 0 && hasUpperASCII(s) {
				x.low = strings.ToLower(s) // "1990S"
			}
			return
		}
	}
	if len(s) > t.lex.maxLen+3 || len(s) > 45 {
		return // longer than every word of the lexicon, even as a possessive
	}
	if t.lex.surelyAbsent(s) {
		// Most words: rejected from their signature alone, without
		// lower-casing them.
		if hasUpperASCII(s) && (strings.IndexByte(s, '-') >= 0 || s[0] >= '0' && s[0] <= '9') {
			x.low = strings.ToLower(s)
		}
		if h := strings.IndexByte(x.low, '-'); h > 0 && h < len(x.low)-1 {
			x.hy = h
		}
		return
	}
	var b [48]byte
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[n] = c
			n++
			i++
			continue
		}
		// Keep non-ASCII bytes as they are except the typographic apostrophe.
		if strings.HasPrefix(s[i:], "’") {
			b[n] = '\''
			n++
			i += len("’")
			continue
		}
		b[n] = c
		n++
		i++
	}
	low := b[:n]
	if n > 2 && low[n-2] == '\'' && low[n-1] == 's' && t.lex.mayHave(low[:n-2]) {
		// A possessive: "Friday's", "year's" (holiday names match it as
		// low+"'s").
		if w := t.lex.lookup(low[:n-2]); w != nil {
			x.w, x.low = w, w.key
			x.poss = len(s) - strings.LastIndexAny(s, "'’")
		}
	}
	if x.w != nil {
		// found as a possessive
	} else if !t.lex.mayHave(low) && !(n > 1 && (low[n-1] == '\'' || low[n-1] == '.')) {
		// not in the lexicon
	} else if w := t.lex.lookup(low); w != nil {
		x.w, x.low = w, w.key
	} else if n > 1 && low[n-1] == '\'' { // plural possessive: "two weeks'"
		if w := t.lex.lookup(low[:n-1]); w != nil {
			x.w, x.low = w, w.key
			x.poss = 1
		}
	} else if n > 1 && low[n-1] == '.' {
		if w := t.lex.lookup(low[:n-1]); w != nil {
			x.w, x.low = w, w.key
		}
	}
	if x.w == nil {
		// Lower-case only what the rules read in lower case: hyphenated
		// words ("mid-May") and digit forms ("1990S"); other words keep
		// their text, which saves an allocation per capitalised word.
		if hasUpperASCII(s) && (strings.IndexByte(s, '-') >= 0 || s[0] >= '0' && s[0] <= '9') {
			x.low = strings.ToLower(s)
		}
	}
	if h := strings.IndexByte(x.low, '-'); h > 0 && h < len(x.low)-1 {
		x.hy = h
	}
}

func (t *Tagger) classifyNumber(x *tok, s string) {
	v, nd, commas := 0, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if v < 1e8 {
				v = v*10 + int(c-'0')
			}
			nd++
		case c == ',' && i > 0 && i+3 < len(s)+0 && i+3 <= len(s)-0:
			commas = true
		default:
			return
		}
	}
	if commas {
		x.fnum = v
		return
	}
	x.num, x.nd = v, nd
}

func allCaps(text string, ts []tok) bool {
	letters := 0
	for i := range ts {
		if ts[i].kind != tWord {
			continue
		}
		for _, r := range text[ts[i].s:ts[i].e] {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	return letters > 8
}

// txt returns the text of token t as written.
func (s *sent) txt(t *tok) string { return s.doc.Text[t.s:t.e] }

// is reports whether token i is one of words.
func (s *sent) is(i int, words ...string) bool {
	if i < 0 || i >= len(s.ts) {
		return false
	}
	for _, w := range words {
		if s.ts[i].low == w {
			return true
		}
	}
	return false
}

// word returns the lexicon entry of token i, or nil.
func (s *sent) word(i int) *word {
	if i < 0 || i >= len(s.ts) {
		return nil
	}
	return s.ts[i].w
}

// punct reports whether token i is the punctuation p.
func (s *sent) punct(i int, p string) bool {
	return i >= 0 && i < len(s.ts) && s.txt(&s.ts[i]) == p
}

// scan finds the expressions of the sentence, left to right, longest first.
func (s *sent) scan(out []*expr) []*expr {
	for i := 0; i < len(s.ts); {
		t := &s.ts[i]
		if t.w == nil && t.num < 0 && t.fnum < 0 && t.pre() == "" && !(t.kind == tNumber) {
			i++
			continue
		}
		if t.w != nil && !t.w.trigger && t.pre() == "" {
			i++
			continue
		}
		if (t.num > 31 && t.nd != 4 || t.fnum >= 0) && !s.numberMatters(i) {
			// "5000", "1,000": a count, unless a unit or "times" follows
			i++
			continue
		}
		if t.w != nil && t.w.weak && i+1 < len(s.ts) {
			// "the", "a", "at": only before a number or a time word.
			n := &s.ts[i+1]
			if (n.w == nil || !n.w.follow) && n.kind != tNumber && n.hy == 0 && !(n.kind == tPunct && s.txt(n) == "-") {
				i++
				continue
			}
		}
		e := s.match(i)
		if e == nil {
			i++
			continue
		}
		out = append(out, e)
		i = e.j
	}
	return s.compose(out)
}

// match returns the longest expression that starts at token i, or nil.
func (s *sent) match(i int) *expr {
	// The rule families, in order of preference on ties.
	var best *expr
	for _, e := range [...]*expr{
		s.modified(i),
		s.clockExpr(i),
		s.dateExpr(i),
		s.relativeExpr(i),
		s.setExpr(i),
		s.durationExpr(i),
		s.rangeExpr(i),
	} {
		if e != nil && (best == nil || e.j > best.j) {
			best = e
		}
	}
	return best
}

// span returns the byte span of tokens [i, j), without a possessive suffix.
func (s *sent) span(i, j int) parley.Span {
	return parley.Span{Start: s.ts[i].s, End: s.ts[j-1].e - s.ts[j-1].poss}
}

// sortTimes orders the layer by span start, longer spans first.
func sortTimes(ts []parley.Time) {
	slices.SortStableFunc(ts, func(a, b parley.Time) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return b.Span.End - a.Span.End
	})
}

// dayOf returns midnight of t's day, in t's location.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// numberMatters says whether a number that cannot be a day, hour or year
// may still start an expression: "40 minutes", "72 hours", "1,000 years".
func (s *sent) numberMatters(i int) bool {
	if i+1 >= len(s.ts) {
		return false
	}
	n := &s.ts[i+1]
	return n.w != nil || !n.gap
}
