package quote

import "github.com/parleyhq/parley"

// attribution is a cue with its speaker phrase.
type attribution struct {
	cue          int
	first, last  int // speaker phrase, first > last when none
	lo, hi       int // token range of the whole attribution
	viaFirst     int
	sourcePhrase bool // "according to X": the cue is not a verb
}

// attributeDirect turns the quotation candidates into direct quotes with
// their attribution, trying in order: an attribution after the closing
// mark in the same sentence (“...,” Trump wrote / said Peskov), one before
// the opening mark (Trump wrote: “...”), the attribution of the part
// before it (“A,” he said, “B.”), a sentence ending in a colon before it,
// the speaker of the quotation in the paragraph before (quotations that go
// on for several paragraphs), and a sentence after it that starts with a
// speaker and a verb. A short fragment between quotation marks in the
// middle of a sentence with none of these is a scare quote, not a
// quotation.
func (s *state) attributeDirect(cands []cand) {
	var prev *draft
	prevClose := -1
	for ci, c := range cands {
		d := s.newDraft(draft{
			kind: parley.QuoteDirect, first: c.first, last: c.last, cue: -1, speaker: -1,
			span: s.span(c.first, c.last), rule: "direct",
		})
		end := c.close
		if end < 0 {
			end = c.last
		}
		attributed := false
		if a, ok := s.attrAfter(c); ok {
			s.apply(d, a)
			d.rule = "direct-attribution-after"
			attributed = true
		} else if prev != nil && prev.cue >= 0 && prevClose >= 0 && prevClose < c.open && prev.cue > prevClose && prev.cue < c.open && s.noSentenceEnd(prevClose, c.open) {
			// “A,” Trump wrote, “B.”
			s.copyAttribution(d, prev)
			if prev.group == 0 {
				prev.group = ci + 1
			}
			d.group = prev.group
			d.rule = "direct-split"
			attributed = true
		} else if a, ok := s.attrBefore(c); ok {
			s.apply(d, a)
			d.rule = "direct-attribution-before"
			attributed = true
		} else if a, ok := s.attrColonBefore(c); ok {
			s.apply(d, a)
			d.rule = "direct-colon"
			attributed = true
		}
		startsSentence := s.startsSentence(c.open)
		if !attributed && startsSentence && prev != nil && prev.speaker >= 0 || !attributed && startsSentence && prev != nil && prev.spkText != "" {
			if s.paraOf(c.open) <= s.paraOf(prev.last)+1 && s.paraOf(c.open) >= s.paraOf(prev.last) {
				s.copyAttribution(d, prev)
				d.cue = -1
				d.continued = true
				d.rule = "direct-continued"
				attributed = true
			}
		}
		if !attributed && startsSentence {
			if a, ok := s.attrNextSentence(end); ok {
				s.apply(d, a)
				d.rule = "direct-next-sentence"
				attributed = true
			}
		}
		if !attributed && startsSentence && s.startsParagraph(c.open) && s.endsParagraph(end) {
			// A quotation paragraph after a sentence that introduces its
			// speaker: "One librarian described the mood as grim."
			if si := int(s.t[c.open].sent); si > 0 {
				plo, phi := s.sentRange(si - 1)
				if f, l, ok := s.sentenceSubject(plo, phi); ok && !s.t[f].inQ && s.noQuoteIn(plo, phi) {
					s.setSpeaker(d, f, l)
					d.rule = "direct-previous-subject"
					attributed = true
				}
			}
		}
		if !attributed && !startsSentence && c.paras < 2 {
			continue // a scare quote or a title
		}
		if !attributed && c.single {
			continue // single marks alone are too often apostrophes
		}
		if attributed && d.cue >= 0 && d.rule != "direct-next-sentence" && d.rule != "direct-colon" {
			s.t[d.cue].used = true
		}
		s.drafts = append(s.drafts, d)
		prev, prevClose = d, c.close
		if c.close < 0 {
			prevClose = c.last
		}
	}
}

// apply sets the cue and speaker of d from an attribution.
func (s *state) apply(d *draft, a attribution) {
	d.cue = a.cue
	d.cueSpan = s.toks[a.cue].Span
	if a.sourcePhrase {
		d.cueSpan = s.span(a.cue, a.cue+1)
	}
	d.verb, _ = s.verbAt(a.cue)
	d.attrLo, d.attrHi = a.lo, a.hi
	if a.first <= a.last {
		s.setSpeaker(d, a.first, a.last)
	}
}

// copyAttribution gives d the cue and speaker of an earlier quote.
func (s *state) copyAttribution(d, from *draft) {
	d.cue, d.cueSpan, d.verb = from.cue, from.cueSpan, from.verb
	d.spk, d.spkText, d.speaker = from.spk, from.spkText, from.speaker
	d.channel, d.platform, d.via = from.channel, from.platform, from.via
	d.attrLo, d.attrHi = from.attrLo, from.attrHi
	d.from = from
	if d.cue < 0 {
		d.continued = true
	}
}

// noSentenceEnd reports whether no sentence-final punctuation lies between
// tokens a and b (exclusive), as between the parts of a split quotation.
func (s *state) noSentenceEnd(a, b int) bool {
	for i := a + 1; i < b; i++ {
		switch s.tokText(i) {
		case ".", "?", "!", "…":
			return false
		}
	}
	return s.paraOf(a) == s.paraOf(b)
}

func (s *state) paraOf(i int) int {
	if i < 0 || i >= len(s.t) || int(s.t[i].sent) < 0 {
		return -1
	}
	return s.doc.Sentences[int(s.t[i].sent)].Paragraph
}

// startsSentence reports whether the mark at token i opens its sentence or
// follows a colon.
func (s *state) startsSentence(i int) bool {
	si := int(s.t[i].sent)
	if si < 0 {
		return false
	}
	lo, _ := s.sentRange(si)
	if i == lo {
		return true
	}
	return s.tokText(i-1) == ":" || s.tokText(i-1) == "—"
}

// startsParagraph reports whether token i opens its paragraph.
func (s *state) startsParagraph(i int) bool {
	si := int(s.t[i].sent)
	if si < 0 || s.doc.Sentences[si].FirstToken != i {
		return false
	}
	return si == 0 || s.doc.Sentences[si-1].Paragraph != s.doc.Sentences[si].Paragraph
}

// endsParagraph reports whether token i is the last of its paragraph.
func (s *state) endsParagraph(i int) bool {
	si := int(s.t[i].sent)
	if si < 0 || s.doc.Sentences[si].EndToken != i+1 {
		return false
	}
	return si+1 == len(s.doc.Sentences) || s.doc.Sentences[si+1].Paragraph != s.doc.Sentences[si].Paragraph
}

// noQuoteIn reports whether no quotation mark lies in tokens [lo, hi).
func (s *state) noQuoteIn(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if m, double := s.markOf(i); m != mNone && double {
			return false
		}
	}
	return true
}

// attrAfter finds an attribution right after the closing mark, in the
// same sentence.
func (s *state) attrAfter(c cand) (attribution, bool) {
	if c.close < 0 || c.close+1 >= len(s.toks) {
		return attribution{}, false
	}
	si := int(s.t[c.close].sent)
	k := c.close + 1
	if si < 0 || int(s.t[k].sent) != si {
		return attribution{}, false
	}
	_, hi := s.sentRange(si)
	if s.tokText(k) == "," {
		k++
	}
	if k >= hi {
		return attribution{}, false
	}
	// said Peskov / said the Kremlin spokesman
	if v, ok := s.verbAt(k); ok && v.frames&fIng == 0 {
		if f, l, ok := s.speakerAfter(k, hi); ok {
			return attribution{cue: k, first: f, last: l, lo: k, hi: l + 1}, true
		}
		return attribution{cue: k, first: 1, last: 0, lo: k, hi: k + 1}, true
	}
	// according to X
	if s.tokIs(k, "according") && s.tokIs(k+1, "to") {
		if f, l, ok := s.speakerAfter(k+1, hi); ok {
			return attribution{cue: k, first: f, last: l, lo: k, hi: l + 1, sourcePhrase: true}, true
		}
	}
	// Trump wrote / the Kremlin spokesman told reporters / Fatima Osman, a
	// teacher who lives near the port, told Al Jazeera
	for j := k; j < hi && j-k <= 2*maxPhrase; j++ {
		if s.toks[j].Kind == parley.TokenPunct && s.tokText(j) != "," {
			break
		}
		v, ok := s.verbAt(j)
		if !ok || j == k {
			continue
		}
		if v.frames&fIng != 0 {
			// "he was quoted as saying"
			if s.tokIs(j-1, "as") && s.tokIs(j-2, "quoted") {
				c := j - 2
				if s.is(c-1, wAux) || s.is(c-1, wFinite) {
					c--
				}
				if f, l, ok := s.subjectBefore(c, k); ok {
					return attribution{cue: j, first: f, last: l, lo: k, hi: j + 1}, true
				}
			}
			break
		}
		if s.nonFinite(j) {
			break
		}
		f, l, ok := s.subjectBefore(j, k)
		if !ok {
			break
		}
		return attribution{cue: j, first: f, last: l, lo: k, hi: j + 1}, true
	}
	return attribution{}, false
}

// attrBefore finds an attribution that introduces the quotation in the
// same sentence: Trump wrote on Truth Social: “...”; Peskov told reporters
// that “...” when the quotation runs to the end of the sentence.
func (s *state) attrBefore(c cand) (attribution, bool) {
	i := c.open - 1
	si := int(s.t[c.open].sent)
	if i < 0 || si < 0 || int(s.t[i].sent) != si {
		return attribution{}, false
	}
	lo, _ := s.sentRange(si)
	switch s.tokText(i) {
	case ":", ",":
		i--
	default:
		if s.lw(i) == "that" {
			i--
		} else if _, ok := s.verbAt(i); !ok {
			return attribution{}, false
		}
	}
	for j := i; j >= lo && i-j <= maxPhrase; j-- {
		if s.t[j].inQ {
			break
		}
		if m, _ := s.markOf(j); m != mNone {
			break
		}
		if s.tokIs(j, "according") && s.tokIs(j+1, "to") {
			if f, l, ok := s.speakerAfter(j+1, c.open); ok {
				return attribution{cue: j, first: f, last: l, lo: j, hi: l + 1, sourcePhrase: true}, true
			}
		}
		v, ok := s.verbAt(j)
		if !ok || s.t[j].used || s.nonFinite(j) {
			continue
		}
		if v.frames&fIng != 0 {
			return attribution{}, false
		}
		f, l, ok := s.subjectBefore(j, lo)
		if !ok {
			if f, l, ok := s.speakerAfter(j, c.open); ok && j > lo && s.tokText(j-1) == "," {
				return attribution{cue: j, first: f, last: l, lo: j, hi: l + 1}, true
			}
			return attribution{}, false
		}
		return attribution{cue: j, first: f, last: l, lo: f, hi: j + 1}, true
	}
	return attribution{}, false
}

// attrColonBefore reads the sentence before a quotation that opens its
// sentence, when it ends with a colon: "Zelenskyy was blunt in his
// evening address:".
func (s *state) attrColonBefore(c cand) (attribution, bool) {
	si := int(s.t[c.open].sent)
	if si <= 0 || !s.startsSentence(c.open) {
		return attribution{}, false
	}
	lo, _ := s.sentRange(si)
	if c.open != lo {
		return attribution{}, false
	}
	plo, phi := s.sentRange(si - 1)
	if phi-plo < 2 || s.tokText(phi-1) != ":" {
		return attribution{}, false
	}
	for j := plo; j < phi-1; j++ {
		if _, ok := s.verbAt(j); ok && !s.t[j].used && !s.t[j].inQ && !s.nonFinite(j) {
			if f, l, ok := s.subjectBefore(j, plo); ok {
				return attribution{cue: j, first: f, last: l, lo: plo, hi: phi}, true
			}
		}
	}
	// No verb of saying: the sentence's subject speaks ("Peskov was blunt:").
	if f, l, ok := s.leadingSubject(plo, phi-1); ok {
		return attribution{cue: phi - 1, first: f, last: l, lo: plo, hi: phi}, true
	}
	return attribution{}, false
}

// attrNextSentence reads the sentence after a quotation for a leading
// speaker and verb: “...” He added: ... / Peskov said later.
func (s *state) attrNextSentence(end int) (attribution, bool) {
	k := end + 1
	if k >= len(s.toks) || int(s.t[k].sent) < 0 || s.paraOf(k) > s.paraOf(end)+1 {
		return attribution{}, false
	}
	lo, hi := s.sentRange(int(s.t[k].sent))
	for j := lo; j < hi && j-lo <= 4; j++ {
		if v, ok := s.verbAt(j); ok && j > lo && v.frames&fIng == 0 && !s.nonFinite(j) {
			if f, l, ok := s.subjectBefore(j, lo); ok && f == lo {
				return attribution{cue: j, first: f, last: l, lo: lo, hi: j + 1}, true
			}
		}
	}
	return attribution{}, false
}

// leadingSubject returns the mention that opens the token range [lo, hi).
func (s *state) leadingSubject(lo, hi int) (int, int, bool) {
	if len(s.doc.Mentions) == 0 {
		return 0, 0, false
	}
	st := s.toks[lo].Span.Start
	for _, m := range s.doc.Mentions[s.mentionFrom(st):] {
		if m.Span.Start > st+40 || m.Span.Start >= s.toks[hi-1].Span.End {
			break
		}
		if m.Span.Start >= st {
			f := s.tokenAt(m.Span.Start)
			l := s.tokenAt(m.Span.End - 1)
			if l >= hi {
				break
			}
			// Only words of an opening adverbial may stand before it.
			return f, l, true
		}
	}
	return 0, 0, false
}

// nonFinite reports whether the verb at token j is passive, infinitive,
// negated or an adjective ("was said", "to say", "did not say", "the
// confirmed cases", "territories claimed by Russia").
func (s *state) nonFinite(j int) bool {
	if j > 0 && (s.is(j-1, wAux) || s.is(j-1, wNeg)) {
		return true
	}
	if s.tokIs(j+1, "by") {
		return true
	}
	if s.tokIs(j+1, "to") && s.tokIs(j+2, "be") {
		return true
	}
	return false
}
