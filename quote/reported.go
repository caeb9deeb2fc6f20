package quote

import (
	"strings"

	"github.com/parleyhq/parley"
)

// findReported finds the reported statements of every sentence: a speaker,
// a verb of saying and its content ("Trump said he would speak afterwards
// with Zelenskyy"), a statement followed by its attribution ("Moscow's
// team presented new demands, the official said"), a participle that
// carries on an attribution (", adding that ..."), and a claim with its
// source ("..., according to Russian news agencies citing spokesman Dmitry
// Peskov"), whose sources become the intermediaries of a quote in the same
// sentence.
func (s *state) findReported() {
	bySent := make(map[int][]*draft, len(s.drafts))
	for _, d := range s.drafts {
		if d.cue >= 0 && int(s.t[d.cue].sent) >= 0 {
			bySent[int(s.t[d.cue].sent)] = append(bySent[int(s.t[d.cue].sent)], d)
		}
	}
	for si := range s.doc.Sentences {
		lo, hi := s.sentRange(si)
		if hi-lo < 3 {
			continue
		}
		s.reportedIn(si, lo, hi, bySent[si])
	}
}

// sentenceEnd returns the last token of the content that runs from k to
// the end of the sentence [.., hi): final punctuation and closing marks
// are left out, and the content stops before ", according to", ",
// citing", a participle of saying after a comma, and a semicolon.
func (s *state) contentEnd(k, hi int) int {
	e := hi - 1
	for i := k; i < hi; i++ {
		if s.t[i].inQ {
			continue
		}
		t := s.tokText(i)
		if t == ";" {
			e = i - 1
			break
		}
		// "..., and warned that ...": a second statement of the same
		// speaker starts.
		if (t == "and" || t == "but") && i > k {
			if v, ok := s.verbAt(i + 1); ok && v.frames&fIng == 0 && v.frames&fQuoteOnly == 0 {
				e = i - 1
				break
			}
		}
		if t == "," && i+1 < hi {
			if s.sourceAt(i+1) != nil {
				e = i - 1
				break
			}
			if v, ok := s.verbAt(i + 1); ok && v.frames&fIng != 0 {
				e = i - 1
				break
			}
			// ", the official said." at the end of the sentence
			if s.tailAttribution(i+1, hi) >= 0 {
				e = i - 1
				break
			}
			// ", as pressure mounted", ", deepening a drive", ", a claim
			// that ...": the reporter's words again.
			if n := s.lw(i + 1); s.reporterClause(i+1) || (n == "a" || n == "an") && claimNouns[s.lw(min(i+2, hi-1))] {
				e = i - 1
				break
			}
		}
	}
	return s.trimEnd(k, e)
}

// trimEnd drops final punctuation from the content [k, e], keeping a
// closing bracket or quotation mark whose opening one lies inside it.
func (s *state) trimEnd(k, e int) int {
	for e >= k && s.toks[e].Kind == parley.TokenPunct {
		t := s.tokText(e)
		if (t == ")" || t == "]") && s.opens(k, e, t) {
			break
		}
		if m, double := s.markOf(e); m != mNone && double && s.quoteOpen(k, e) {
			break
		}
		e--
	}
	return e
}

// quoteOpen reports whether a double quotation opened in [k, e) is still
// open at e.
func (s *state) quoteOpen(k, e int) bool {
	open := false
	for i := k; i < e; i++ {
		m, double := s.markOf(i)
		if !double {
			continue
		}
		switch m {
		case mOpen:
			open = true
		case mClose:
			open = false
		case mEither:
			open = !open
		}
	}
	return open
}

// subordinators open a clause that says when or why something happened.
var subordinators = map[string]bool{
	"as": true, "when": true, "while": true, "after": true, "before": true, "until": true,
	"once": true, "because": true, "since": true,
}

// clauseOpeners start a clause of the reporter's after a comma.
var clauseOpeners = map[string]bool{
	"as": true, "while": true, "whereas": true, "although": true, "though": true,
	"because": true, "despite": true, "amid": true, "even": true,
}

// notParticiples end in -ing but do not start a participle clause.
var notParticiples = map[string]bool{
	"including": true, "excluding": true, "according": true, "during": true, "nothing": true,
	"something": true, "anything": true, "everything": true, "morning": true, "evening": true,
	"thing": true, "things": true, "king": true, "bring": true, "spring": true, "string": true,
	"meaning": true, "notwithstanding": true, "pending": true, "regarding": true, "concerning": true,
}

// claimNouns in ", a claim that ..." comment on the statement before them.
var claimNouns = map[string]bool{
	"claim": true, "charge": true, "allegation": true, "accusation": true, "statement": true,
	"move": true, "decision": true, "step": true, "sign": true, "reference": true,
}

// tailAttribution returns the verb of an attribution that fills the rest
// of the sentence from k: "the official said.", "said the ministry in a
// statement.", "Peskov told reporters on Monday." It returns -1 when the
// rest is not one.
func (s *state) tailAttribution(k, hi int) int {
	for j := k; j < hi && j-k <= maxPhrase; j++ {
		if t := s.tokText(j); t == "(" || t == ")" {
			continue // "the British Medical Association (BMA) has said"
		}
		if s.isPunct(j) && s.toks[j].Kind == parley.TokenPunct || s.t[j].inQ {
			return -1
		}
		v, ok := s.verbAt(j)
		if !ok || s.nonFinite(j) || v.frames&fIng != 0 {
			continue
		}
		if j > k {
			if f, _, ok := s.subjectBefore(j, k); !ok || f != k {
				return -1
			}
		}
		if s.restIsAdjunct(j+1, hi, v, j == k) {
			return j
		}
		return -1
	}
	return -1
}

// restIsAdjunct reports whether tokens [k, hi) hold only what may follow
// a verb of saying at the end of its sentence: a speaker (when inverted)
// or a hearer, adverbials ("on Monday", "in a statement"), a source or a
// participle after a comma, and final punctuation: no clause of its own.
func (s *state) restIsAdjunct(k, hi int, v verb, inverted bool) bool {
	if inverted {
		if k >= hi || !s.isWord(k) || pronouns[s.lw(k)] || !(s.capital(k) || determiners[s.lw(k)]) {
			return false
		}
		f, l, ok := s.speakerAfter(k-1, hi)
		if !ok {
			return false
		}
		for x := f + 1; x <= l; x++ {
			// "said the engine failed ..." starts a clause, not a speaker;
			// "said the embattled minister" names one.
			if !s.capital(x) && strings.HasSuffix(s.lw(x), "ed") && !determiners[s.lw(x-1)] {
				return false
			}
		}
		k = l + 1
	} else if v.frames&fObj != 0 {
		k = s.skipHearer(k, hi, v)
	}
	for i := k; i < hi; {
		t := s.tokText(i)
		switch {
		case t == "," && i+1 < hi:
			// "..., the official said, adding that ...", "..., the bureau
			// said, with almost all ballots counted": an adjunct follows;
			// "said, however, that ..." is no tail.
			for x := i + 1; x < hi && x-i <= 4; x++ {
				if s.lw(x) == "that" {
					return false
				}
			}
			return true
		case s.isPunct(i):
			if m, _ := s.markOf(i); m != mNone {
				return false
			}
			i++
		case s.is(i, wPrep) || s.lw(i) == "to" && !s.tokIs(i+1, "be"):
			// an adverbial: the preposition and the words up to punctuation
			i++
			for i < hi && !s.isPunct(i) && !s.is(i, wFinite) && s.lw(i) != "that" {
				if _, ok := s.verbAt(i); ok {
					return false
				}
				i++
			}
			if i < hi && (s.is(i, wFinite) || s.lw(i) == "that") {
				return false
			}
		default:
			return false
		}
	}
	return true
}

var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true}

var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"one": true, "two": true, "three": true, "several": true, "some": true, "another": true,
}

// reportedIn finds the reported statements of sentence si.
func (s *state) reportedIn(si, lo, hi int, direct []*draft) {
	// quotes of this sentence, for participles and sources
	here := append([]*draft(nil), direct...)
	for j := lo; j < hi; j++ {
		if s.t[j].used || s.t[j].inQ {
			continue
		}
		v, ok := s.verbAt(j)
		if !ok {
			continue
		}
		if s.nonFinite(j) {
			if d := s.passiveTold(j, hi, v); d != nil {
				s.drafts = append(s.drafts, d)
				here = append(here, d)
				for i := j; i <= d.last; i++ {
					s.t[i].used = true
				}
			}
			continue
		}
		var d *draft
		if v.frames&fIng != 0 {
			d = s.participle(j, lo, hi, v, here)
		} else {
			d = s.withVerb(j, lo, hi, v, here)
		}
		if d == nil {
			continue
		}
		for i := d.first; i <= d.last; i++ {
			s.t[i].used = true
		}
		for i := j; i < d.first; i++ {
			s.t[i].used = true // the verb and what stands before the content
		}
		s.t[j].used = true
		s.drafts = append(s.drafts, d)
		here = append(here, d)
	}
	s.sourcesIn(lo, hi, here)
}

// withVerb reads a reported statement around the finite verb of saying at
// token j.
func (s *state) withVerb(j, lo, hi int, v verb, here []*draft) *draft {
	dv := draft{kind: parley.QuoteReported, cue: j, cueSpan: s.toks[j].Span, verb: v, speaker: -1}
	d := &dv // on the stack until it proves a quote
	// Content, then attribution: "Talks will resume, the Kremlin said."
	if j > lo {
		if c := s.tailAttribution(s.attrStart(j, lo), hi); c == j {
			k := s.attrStart(j, lo)
			if k-1 > lo && s.tokText(k-1) == "," {
				first := lo
				last := k - 2
				for last >= first && s.isPunct(last) {
					if m, _ := s.markOf(last); m != mNone && last > first && s.t[last-1].inQ {
						last--
						continue
					}
					last--
				}
				// The statement starts after the last quote before it.
				x := last
				for x >= first && !s.t[x].used {
					x--
				}
				if x >= first {
					// "Novak said ..., the Interfax news agency reported":
					// the tail names the relay of the quote just before it.
					for hk := len(here) - 1; hk >= 0; hk-- {
						in := here[hk]
						if in.first <= x && x <= in.last || in.cue == x {
							if in.last < last-1 || in.cue < first || len(in.via) >= maxVia {
								break
							}
							if f, l, ok := s.subjectBefore(j, k); ok && k < j {
								in.via = append([]parley.Span{s.span(f, l)}, in.via...)
							} else if f, l, ok := s.speakerAfter(j, hi); ok {
								in.via = append([]parley.Span{s.span(f, l)}, in.via...)
							}
							s.t[j].used = true
							return nil
						}
					}
					first = x + 1
				}
				first = s.skipIntro(first, last)
				if last-first < 1 || s.t[first].inQ && s.t[last].inQ {
					return nil // a direct quotation, attributed already
				}
				d.first, d.last = first, last
				d.span = s.span(first, last)
				if k < j {
					if f, l, ok := s.subjectBefore(j, k); ok {
						s.setSpeaker(d, f, l)
					}
				} else if f, l, ok := s.speakerAfter(j, hi); ok {
					s.setSpeaker(d, f, l)
				}
				d.attrLo, d.attrHi = k, hi
				d.rule = "reported-attribution-after"
				return s.newDraft(*d)
			}
		}
	}
	if v.frames&fQuoteOnly != 0 || s.tokIs(j+1, "to") || s.tokIs(j+1, "not") {
		return nil // "asked whether", "promised to", "asked not to be named"
	}
	f, l, ok := s.subjectBefore(j, lo)
	shared := false
	if p := j - 1; p > lo && (s.tokIs(p, "and") || s.tokIs(p, "but")) {
		// "Hamas ... accused Israel of stalling and said ...": the
		// subject of the sentence.
		f, l, ok = s.sentenceSubject(lo, p)
		shared = true
	}
	if !ok || v.frames&fWritten != 0 && s.lx.channels[s.lw(l)] != nil {
		return nil // "a statement posted on Telegram" modifies a noun
	}
	for i := f; i <= l && !shared; i++ {
		if s.t[i].inQ || s.t[i].used {
			return nil
		}
	}
	k := j + 1
	if v.frames&fObj != 0 {
		k = s.skipHearer(k, hi, v)
	}
	k = s.skipAdverbials(k, hi)
	if k < 0 || k >= hi {
		return nil
	}
	if s.lw(k) == "that" {
		k++
	} else if v.frames&fClause == 0 && v.frames&fNP == 0 {
		return nil
	}
	if k >= hi {
		return nil
	}
	if m, _ := s.markOf(k); m != mNone || s.tokText(k) == ":" {
		return nil // introduces a direct quotation
	}
	if !s.isWord(k) && s.toks[k].Kind != parley.TokenNumber || objPreps[s.lw(k)] && !s.tokIs(k+1, "least") && !s.tokIs(k+1, "most") || s.lw(k) == "about" {
		return nil
	}
	e := s.contentEnd(k, hi)
	switch {
	case v.frames&fNP != 0 && s.lw(k-1) != "that" && !s.clauseAhead(k, e):
		if f > lo && subordinators[s.lw(f-1)] {
			return nil // "as she announced the sentence" tells when
		}
		e = s.npEnd(k, e)
	case v.frames&fClause == 0:
		return nil
	case v.frames&fBare == 0 && s.lw(k-1) != "that" && !s.clauseAhead(k, e):
		return nil // "promised 5 billion rupees in aid" is no statement
	}
	if e-k < 1 {
		return nil
	}
	d.first, d.last = k, e
	d.span = s.span(k, e)
	s.setSpeaker(d, f, l)
	d.attrLo, d.attrHi = f, k
	d.rule = v.rule
	if s.lw(k-1) == "that" {
		d.rule += "-that"
	}
	return s.newDraft(*d)
}

// passiveTold reads "staff were told that ...": a statement whose speaker
// the text does not give.
func (s *state) passiveTold(j, hi int, v verb) *draft {
	if v.lemma != "tell" && v.lemma != "inform" && v.lemma != "assure" || !s.tokIs(j+1, "that") {
		return nil
	}
	if p := s.lw(j - 1); p != "was" && p != "were" && p != "been" && p != "being" {
		return nil
	}
	k := j + 2
	if k >= hi || !s.isWord(k) && s.toks[k].Kind != parley.TokenNumber {
		return nil
	}
	e := s.contentEnd(k, hi)
	if e-k < 1 {
		return nil
	}
	return s.newDraft(draft{kind: parley.QuoteReported, cue: j, cueSpan: s.toks[j].Span, verb: v, speaker: -1,
		first: k, last: e, span: s.span(k, e), rule: v.rule + "-passive", attrLo: j, attrHi: k})
}

// maxVia bounds the chain of intermediaries of one quote.
const maxVia = 4

// attrStart returns the first token of the clause that holds the verb at
// token j: the token after the last comma before it.
func (s *state) attrStart(j, lo int) int {
	// An attribution after its statement is short; looking further back
	// would only make long sentences slow.
	for i := j - 1; i > lo && j-i <= 3*maxPhrase; i-- {
		if s.tokText(i) == "," {
			return i + 1
		}
		if s.t[i].inQ {
			return i + 1
		}
	}
	return lo
}

// skipIntro skips "However," and similar openers of a statement.
func (s *state) skipIntro(first, last int) int {
	first = s.skipDateline(first, last)
	if first+1 <= last && (s.tokIs(first, "however") || s.tokIs(first, "meanwhile") || s.tokIs(first, "but") || s.tokIs(first, "and")) {
		first++
		if s.tokText(first) == "," {
			first++
		}
	}
	return first
}

// skipHearer skips the hearer of "told", "assured", "warned": "the
// Associated Press", "reporters", "Reuters in an interview".
func (s *state) skipHearer(k, hi int, v verb) int {
	// A "that" within reach ends the hearer.
	for i := k; i < hi && i-k <= 8; i++ {
		if s.lw(i) == "that" {
			if i == k {
				return k
			}
			return i
		}
		if s.isPunct(i) && s.tokText(i) != "," {
			break
		}
	}
	if k >= hi {
		return k
	}
	switch s.lw(k) {
	case "reporters", "journalists", "him", "her", "them", "me", "us", "lawmakers", "parliament", "legislators", "supporters", "viewers":
		return k + 1
	case "the", "a", "an":
		i := k + 1
		for i < hi && (s.capital(i) || s.is(i, wMedia)) {
			i++
		}
		if i > k+1 {
			return i
		}
		return k + 2
	}
	if s.capital(k) {
		i := k
		for i < hi && s.capital(i) {
			i++
		}
		return i
	}
	if v.lemma == "warn" {
		return k
	}
	return k
}

// skipAdverbials skips adverbials between the verb and its content: "on
// Monday", "in a statement", "late Sunday", ", however,". It returns the
// first token of the content or "that", or -1.
func (s *state) skipAdverbials(k, hi int) int {
	start := k
	for k < hi && s.is(k, wPrep) && s.lw(k) != "that" && !(s.tokIs(k, "at") && (s.tokIs(k+1, "least") || s.tokIs(k+1, "most"))) {
		// Skip to "that" or to a comma within reach.
		i := k + 1
		for i < hi && i-k <= 8 && s.lw(i) != "that" && s.tokText(i) != "," && !s.is(i, wFinite) {
			i++
		}
		if i < hi && s.lw(i) == "that" {
			return i
		}
		if i < hi && s.tokText(i) == "," {
			return i + 1
		}
		// "said on Monday the talks ..." : skip the preposition and the
		// words that name a time or a channel.
		k++
		for k < hi && (s.capital(k) || s.toks[k].Kind == parley.TokenNumber || s.is(k, wPrep)) {
			k++
		}
		if k == start+1 {
			return -1
		}
	}
	if k < hi && s.tokText(k) == "," {
		// ", however," or an apposition before the content.
		for i := k + 1; i < hi && i-k <= 6; i++ {
			if s.tokText(i) == "," {
				return i + 1
			}
		}
	}
	return k
}

// clauseAhead reports whether the words from k to e form a clause: a
// finite verb or a verb form ending in -ed within reach.
func (s *state) clauseAhead(k, e int) bool {
	for i := k; i <= e && i-k <= 8; i++ {
		if s.tokText(i) == "," {
			return false
		}
		if s.is(i, wFinite) {
			return true
		}
	}
	return false
}

// npEnd returns the last token of the noun phrase that starts at k: it
// stops before a preposition that starts an adverbial and before a comma.
func (s *state) npEnd(k, e int) int {
	for i := k + 1; i <= e; i++ {
		switch {
		case s.tokText(i) == "," || s.lw(i) == "following" || s.lw(i) == "after" || s.lw(i) == "during" || s.lw(i) == "via" || s.is(i, wStop) && s.lw(i) != "and" && s.lw(i) != "or":
			return i - 1
		case (s.lw(i) == "on" || s.lw(i) == "in" || s.lw(i) == "at") && i+1 <= e && (s.is(i+1, wPrep) || possessives[s.lw(i+1)]):
			// "on his social media platform", "on Wednesday"
			return i - 1
		}
	}
	return e
}

// participle reads ", adding that ...", ", saying ...": the speaker is the
// one of the attribution before it in the sentence.
func (s *state) participle(j, lo, hi int, v verb, here []*draft) *draft {
	if j == lo || s.tokText(j-1) != "," {
		return nil
	}
	var from *draft
	for _, d := range here {
		if d.cue < j && (from == nil || d.cue > from.cue) {
			from = d
		}
	}
	var sf, sl int
	if from == nil {
		// "The mayor has defended the decision, saying ...": the subject
		// of the sentence speaks.
		f, l, ok := s.sentenceSubject(lo, j)
		if !ok || v.lemma == "add" || v.lemma == "tell" {
			return nil // "..., adding 200 vessels to the list" adds ships
		}
		sf, sl = f, l
	}
	k := j + 1
	if v.frames&fObj != 0 {
		k = s.skipHearer(k, hi, v)
	}
	if k = s.skipAdverbials(k, hi); k < 0 {
		return nil
	}
	if k < hi && s.lw(k) == "that" {
		k++
	}
	if k >= hi || !s.isWord(k) && s.toks[k].Kind != parley.TokenNumber {
		return nil
	}
	e := s.contentEnd(k, hi)
	if e-k < 1 {
		return nil
	}
	d := s.newDraft(draft{kind: parley.QuoteReported, cue: j, cueSpan: s.toks[j].Span, verb: v, speaker: -1,
		first: k, last: e, span: s.span(k, e), rule: v.rule + "-participle"})
	if from != nil {
		d.spk, d.spkText, d.speaker = from.spk, from.spkText, from.speaker
		d.attrLo, d.attrHi = from.attrLo, from.attrHi
	} else {
		s.setSpeaker(d, sf, sl)
		d.attrLo, d.attrHi = sf, k
	}
	return d
}

// opens reports whether the closing bracket at token e has its opening
// bracket in [k, e).
func (s *state) opens(k, e int, closing string) bool {
	open := "("
	if closing == "]" {
		open = "["
	}
	depth := 0
	for i := e - 1; i >= k; i-- {
		switch s.tokText(i) {
		case closing:
			depth++
		case open:
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}
