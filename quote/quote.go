package quote

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// Name is the annotator's name, used by the pipeline and in --disable flags.
const Name = "quote"

// Tagger finds direct quotations and reported statements, their speakers,
// cues, channels and intermediaries. It reads the Paragraphs, Sentences and
// Tokens layers, and the Mentions and Actors layers when present; it writes
// the Quotes layer and fills Quantity.Claimant.
//
// A Tagger is built once by New and only read afterwards, so it is safe for
// concurrent use by many goroutines. Annotate is total and deterministic: it
// does no I/O and never panics.
type Tagger struct {
	lex *lexicon
	// states holds the buffers of finished Annotate calls for the next
	// ones, so that a long run of documents allocates little.
	states sync.Pool
}

var _ parley.Annotator = (*Tagger)(nil)

// New loads the embedded word lists and returns a Tagger.
func New() (*Tagger, error) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	return &Tagger{lex: lex}, nil
}

// draft is a quote being built.
type draft struct {
	kind        string
	first, last int // content token range, inclusive
	span        parley.Span
	cue         int // cue token, -1 for none
	cueSpan     parley.Span
	verb        verb
	spk         parley.Span // speaker phrase, zero when none
	spkText     string
	speaker     int
	channel     string
	platform    string
	via         []parley.Span
	part        int
	group       int // drafts of one split quotation share a group
	rule        string
	attrLo      int // token range of the attribution, for channel search
	attrHi      int
	dropped     bool
	continued   bool   // speaker carried over from an earlier quote
	from        *draft // the quote the attribution was copied from
}

// state is the working memory of one Annotate call.
type state struct {
	lx     *lexicon
	doc    *parley.Document
	text   string
	toks   []parley.Token
	lower  string  // lower-case copies of the words with ASCII capitals
	t      []tinfo // what the rules know about each token
	drafts []*draft
	arena  []byte    // backing store of lower
	slabs  [][]draft // backing store of the drafts, kept for the next document
	slab   int       // slabs[slab] is the one being filled
	// Buffers of the steps, kept for the next document.
	cands   []cand
	paras   [][2]int
	content []bool
	bestOf  []*phrase
	done    []bool
	ds      []*draft
}

// grow returns s with length n, reusing its array when it is large enough;
// the elements are not cleared.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// slabSize is the number of drafts in one slab.
const slabSize = 64

// newDraft returns a pointer to a copy of d that stays valid until the
// state is released.
func (s *state) newDraft(d draft) *draft {
	for s.slab < len(s.slabs) && len(s.slabs[s.slab]) == cap(s.slabs[s.slab]) {
		s.slab++
	}
	if s.slab == len(s.slabs) {
		s.slabs = append(s.slabs, make([]draft, 0, slabSize))
	}
	sl := &s.slabs[s.slab]
	*sl = append(*sl, d)
	return &(*sl)[len(*sl)-1]
}

// release drops what the state holds of its document, keeping the buffers.
func (s *state) release() {
	for i := range s.slabs {
		clear(s.slabs[i])
		s.slabs[i] = s.slabs[i][:0]
	}
	clear(s.drafts)
	clear(s.bestOf)
	clear(s.ds)
	*s = state{t: s.t[:0], drafts: s.drafts[:0], arena: s.arena[:0], slabs: s.slabs, cands: s.cands[:0],
		paras: s.paras[:0], content: s.content[:0], bestOf: s.bestOf[:0], done: s.done[:0], ds: s.ds[:0]}
}

// tinfo is what the rules know about one token.
type tinfo struct {
	sent int32  // sentence, -1 for none
	low  int32  // offset of the token's lower-case copy in state.lower, -1 for none
	verb int16  // index+1 into lexicon.vlist of the token's verb form, 0 for none
	cls  wclass // word classes
	inQ  bool   // the token lies inside quotation marks
	used bool   // the token is a cue or content already assigned
}

// Annotate adds the quotations and reported statements of doc to
// doc.Quotes, replacing any the layer held, and sets Quantity.Claimant of
// every quantity to the quote whose content contains it (-1 for none). It
// needs the Sentences and Tokens layers; without them it writes nothing.
func (t *Tagger) Annotate(doc *parley.Document) {
	if doc == nil {
		return
	}
	doc.Quotes = nil
	if len(doc.Tokens) > 0 && len(doc.Sentences) > 0 && t != nil && t.lex != nil && validLayers(doc) {
		s, _ := t.states.Get().(*state)
		s = newState(s, t.lex, doc)
		cands := s.findMarks()
		s.attributeDirect(cands)
		s.findReported()
		doc.Quotes = s.finish()
		s.release()
		t.states.Put(s)
	}
	for i := range doc.Quantities {
		doc.Quantities[i].Claimant = doc.AttributionAt(doc.Quantities[i].Span)
	}
}

// validLayers reports whether the token and sentence layers can be read
// without going out of range.
func validLayers(doc *parley.Document) bool {
	n := len(doc.Text)
	for _, tk := range doc.Tokens {
		if !tk.Span.Valid(n) {
			return false
		}
	}
	for _, s := range doc.Sentences {
		if s.FirstToken < 0 || s.EndToken < s.FirstToken || s.EndToken > len(doc.Tokens) {
			return false
		}
	}
	for _, m := range doc.Mentions {
		if !m.Span.Valid(n) || m.Actor >= len(doc.Actors) {
			return false
		}
	}
	return true
}

// newState returns the state of one Annotate call on doc, in the buffers
// of old when it is not nil.
func newState(old *state, lx *lexicon, doc *parley.Document) *state {
	n := len(doc.Tokens)
	s := old
	if s == nil {
		s = &state{}
	}
	s.lx, s.doc, s.text, s.toks = lx, doc, doc.Text, doc.Tokens
	if cap(s.t) < n {
		s.t = make([]tinfo, n)
	}
	s.t = s.t[:n]
	// Words with ASCII capitals get a lower-case copy in one arena; the
	// word lists are ASCII, so other letters may keep their case.
	arena := s.arena[:0]
	for i := range doc.Tokens {
		tk := &doc.Tokens[i]
		s.t[i] = tinfo{sent: -1, low: -1}
		if tk.Kind != parley.TokenWord {
			continue
		}
		w := doc.Text[tk.Span.Start:tk.Span.End]
		key := w
		var kb []byte
		if hasASCIIUpper(w) {
			s.t[i].low = int32(len(arena))
			for k := 0; k < len(w); k++ {
				c := w[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				arena = append(arena, c)
			}
			kb = arena[len(arena)-len(w):]
		}
		if len(w) > lx.longest {
			continue
		}
		var e entry
		var ok bool
		if kb != nil {
			e, ok = lx.lookup(string(kb)) // the conversion does not allocate
		} else {
			e, ok = lx.lookup(key)
		}
		if ok {
			s.t[i].cls, s.t[i].verb = e.cls, e.verb
		}
	}
	for si, se := range doc.Sentences {
		for i := se.FirstToken; i < se.EndToken; i++ {
			s.t[i].sent = int32(si)
		}
	}
	s.lower = string(arena)
	s.arena = arena
	return s
}

// lw returns the lower-case text of token i.
func (s *state) lw(i int) string {
	sp := s.toks[i].Span
	if at := s.t[i].low; at >= 0 {
		return s.lower[at : int(at)+sp.Len()]
	}
	return s.text[sp.Start:sp.End]
}

func hasASCIIUpper(w string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// tokText returns the text of token i.
func (s *state) tokText(i int) string {
	sp := s.toks[i].Span
	return s.text[sp.Start:sp.End]
}

func (s *state) isWord(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == parley.TokenWord
}

// capital reports whether token i starts with an upper-case letter.
func (s *state) capital(i int) bool {
	if !s.isWord(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.tokText(i))
	return unicode.IsUpper(r)
}

func (s *state) is(i int, c wclass) bool {
	return i >= 0 && i < len(s.toks) && s.t[i].cls&c != 0
}

func (s *state) tokIs(i int, w string) bool {
	return i >= 0 && i < len(s.toks) && s.lw(i) == w
}

// sentRange returns the token range [lo, hi) of sentence si.
func (s *state) sentRange(si int) (int, int) {
	se := s.doc.Sentences[si]
	return se.FirstToken, se.EndToken
}

func (s *state) span(first, last int) parley.Span {
	return parley.Span{Start: s.toks[first].Span.Start, End: s.toks[last].Span.End}
}

// carryPronouns gives a quote whose speaker is "he" or "she" the speaker
// of the quote before it when that one is in the same or the previous
// paragraph and names its speaker: in news style the pronoun of an
// attribution refers to the last speaker quoted.
func (s *state) carryPronouns(ds []*draft) {
	for i, d := range ds {
		if d.from != nil {
			d.speaker, d.spkText, d.via = d.from.speaker, d.from.spkText, d.from.via
			continue
		}
		if d.spk.IsZero() {
			continue
		}
		if t := s.text[d.spk.Start:d.spk.End]; !strings.EqualFold(t, "he") && !strings.EqualFold(t, "she") {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			p := ds[k]
			if p.spkText == "" {
				continue
			}
			if s.paraAt(p.span.Start) < s.paraAt(d.span.Start)-1 {
				break
			}
			// A sentence of the reporter's between them may have brought
			// in someone else: then a pronoun the actor layer resolved
			// stays resolved.
			if d.speaker >= 0 && s.firstSentence(d)-s.lastSentence(p) > 1 {
				break
			}
			if t := p.spkText; len(t) <= 4 && pronouns[strings.ToLower(t)] {
				if p.speaker >= 0 {
					d.speaker = p.speaker
				}
				break
			}
			if s.plural(p) {
				// "he" is not "Survivors": it is the one who relayed them.
				if n := len(p.via); n > 0 {
					d.speaker, d.spkText = s.actorAt(p.via[n-1]), s.text[p.via[n-1].Start:p.via[n-1].End]
				}
				break
			}
			d.speaker, d.spkText = p.speaker, p.spkText
			break
		}
	}
}

// plural reports whether the speaker of p is a group named by a plural
// noun ("Survivors", "two Ukrainian officials").
func (s *state) plural(p *draft) bool {
	if p.speaker >= 0 && p.speaker < len(s.doc.Actors) {
		return s.doc.Actors[p.speaker].Type == "group"
	}
	if p.spk.IsZero() {
		return false
	}
	i := s.tokenAt(p.spk.End - 1)
	w := s.lw(i)
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	// A capitalised word in -s is a name ("Mendes") unless it is a noun
	// that opens its sentence alone ("Survivors told ...").
	return !s.capital(i) || s.tokenAt(p.spk.Start) == i && s.t[i].sent >= 0 && s.doc.Sentences[s.t[i].sent].FirstToken == i
}

// documentChannels maps a document named as a source ("According to the
// statement, ...") to the channel of the quote it stands for.
var documentChannels = map[string]string{
	"the statement": "statement", "the communique": "statement", "the communiqué": "statement",
	"the post": "social media", "the tweet": "social media", "the letter": "letter",
	"the video": "broadcast", "the address": "broadcast", "the interview": "interview",
}

// carryDocuments gives a quote whose source is a document named before
// ("his office said in a statement ... According to the statement, ...")
// the speaker of the quote that came through that channel, in the same or
// the previous paragraph.
func (s *state) carryDocuments(ds []*draft) {
	for i, d := range ds {
		if d.speaker >= 0 || d.spkText == "" {
			continue
		}
		t := d.spkText
		if len(t) > 16 || !strings.HasPrefix(t, "the ") && !strings.HasPrefix(t, "The ") {
			continue
		}
		ch, ok := documentChannels[strings.ToLower(t)]
		if !ok {
			continue
		}
		for k := i - 1; k >= 0 && i-k <= 3; k-- {
			p := ds[k]
			if s.paraAt(p.span.Start) < s.paraAt(d.span.Start)-1 {
				break
			}
			if p.channel == ch && p.spkText != "" {
				d.speaker, d.spkText, d.channel, d.platform = p.speaker, p.spkText, p.channel, p.platform
				break
			}
		}
	}
}

// firstSentence and lastSentence return the first and last sentence a
// quote and its attribution touch.
func (s *state) firstSentence(d *draft) int {
	f := int(s.t[d.first].sent)
	if d.cue >= 0 && int(s.t[d.cue].sent) >= 0 && int(s.t[d.cue].sent) < f {
		f = int(s.t[d.cue].sent)
	}
	return f
}

func (s *state) lastSentence(d *draft) int {
	l := int(s.t[d.last].sent)
	if d.cue >= 0 && int(s.t[d.cue].sent) > l {
		l = int(s.t[d.cue].sent)
	}
	return l
}

// paraAt returns the paragraph of the sentence that holds byte offset off.
func (s *state) paraAt(off int) int {
	if i := s.doc.SentenceAt(off); i >= 0 {
		return s.doc.Sentences[i].Paragraph
	}
	return -1
}

// finish resolves overlaps, numbers the parts of split quotations and
// returns the quotes in text order.
func (s *state) finish() []parley.Quote {
	s.absorb()
	ds := s.ds[:0]
	defer func() { s.ds = ds }()
	for _, d := range s.drafts {
		if !d.dropped && d.span.Len() > 0 {
			ds = append(ds, d)
		}
	}
	slices.SortStableFunc(ds, func(a, b *draft) int { return cmp.Compare(a.span.Start, b.span.Start) })
	s.carryPronouns(ds)
	s.assignChannels(ds)
	s.carryDocuments(ds)
	out := make([]parley.Quote, 0, len(ds))
	for _, d := range ds {
		q := parley.Quote{
			Span: d.span, Kind: d.kind, Speaker: -1, SpeakerSpan: d.spk,
			SpeakerText: d.spkText, Channel: d.channel, Platform: d.platform, Rule: d.rule,
		}
		if d.cue >= 0 {
			q.Cue = d.cueSpan
		}
		// Parts of one split quotation follow each other in ds.
		if d.group > 0 {
			if n := len(out); n > 0 && ds[n-1].group == d.group {
				if out[n-1].Part == 0 {
					out[n-1].Part = 1
				}
				q.Part = out[n-1].Part + 1
			}
		}
		q.Speaker = d.speaker
		for _, v := range d.via {
			q.Via = append(q.Via, s.actorAt(v))
			q.ViaSpans = append(q.ViaSpans, v)
		}
		out = append(out, q)
	}
	return out
}
