package quote

import (
	"sort"
	"strings"

	"github.com/parleyhq/parley"
)

// sourceAt returns the source phrase (according to, citing, ...) that
// starts at token i, or nil.
func (s *state) sourceAt(i int) *phrase {
	if i < 0 || i >= len(s.toks) || s.t[i].cls&wSource == 0 {
		return nil
	}
	return s.matchAt(s.lx.sources[s.lw(i)], i)
}

// matchAt returns the first phrase of ps whose words start at token i.
func (s *state) matchAt(ps []phrase, i int) *phrase {
	for pi := range ps {
		p := &ps[pi]
		if i+len(p.words) > len(s.toks) {
			continue
		}
		ok := true
		for w, x := range p.words {
			// The segmenter keeps the period of a one-letter word that
			// ends a sentence ("on X."), as it does for initials.
			if y := s.lw(i + w); y != x && !(w == len(p.words)-1 && y == x+".") {
				ok = false
				break
			}
		}
		if ok {
			return p
		}
	}
	return nil
}

// sourcePhrase reads the phrase that names a source from token k: it ends
// at punctuation, at another source phrase, at a verb of saying, or at a
// word that starts a clause.
func (s *state) sourcePhrase(k, hi int) (int, int, bool) {
	e := k - 1
	for i := k; i < hi && i-k < maxPhrase; i++ {
		if !s.isWord(i) && s.toks[i].Kind != parley.TokenNumber {
			break
		}
		if s.sourceAt(i) != nil || i > k && (s.is(i, wStop) || s.is(i, wFinite)) {
			break
		}
		if v, ok := s.verbAt(i); ok && v.frames&fIng == 0 || ok && i > k {
			break
		}
		if i > k && (s.lw(i) == "on" || s.lw(i) == "at") {
			break
		}
		e = i
	}
	return k, e, e >= k
}

// chain reads a source and the sources it cites: "Russian news agencies
// citing spokesman Dmitry Peskov". It returns the phrases, outermost
// first, and the token after the last.
func (s *state) chain(k, hi int) ([]parley.Span, int) {
	var out []parley.Span
	for k < hi && len(out) < maxVia {
		f, l, ok := s.sourcePhrase(k, hi)
		if !ok {
			break
		}
		// "a report published on Wednesday by the Global Carbon Project":
		// the agent after "by" is the source.
		for x := l + 1; x < hi && x-l <= 6 && !s.isPunct(x); x++ {
			if s.tokIs(x, "by") {
				if bf, bl, ok := s.sourcePhrase(x+1, hi); ok {
					f, l = bf, bl
				}
				break
			}
		}
		out = append(out, s.span(f, l))
		k = l + 1
		if k < hi && s.tokText(k) == "," && s.sourceAt(k+1) != nil && s.sourceAt(k+1).role == "citing" {
			k++
		}
		p := s.sourceAt(k)
		if p == nil || p.role != "citing" {
			break
		}
		k += len(p.words)
	}
	return out, k
}

// sourcesIn reads the source phrases of sentence [lo, hi) and attaches
// them to the quotes of the sentence (here), or makes a reported statement
// of a claim that has only a source: "..., according to the ministry."
func (s *state) sourcesIn(lo, hi int, here []*draft) {
	for i := lo; i < hi; i++ {
		if s.t[i].used || s.t[i].inQ {
			continue
		}
		if s.tokIs(i, "quoted") {
			s.quotedAs(i, lo, hi)
			continue
		}
		p := s.sourceAt(i)
		if p == nil || p.role == "quoting" {
			continue
		}
		srcs, next := s.chain(i+len(p.words), hi)
		if len(srcs) == 0 {
			continue
		}
		for x := i; x < next; x++ {
			s.t[x].used = true
		}
		// The quote this source qualifies: the last one attributed before
		// it, or the first after "According to X,".
		var to *draft
		for _, d := range here {
			if d.cue >= 0 && d.cue < i && (to == nil || d.cue > to.cue) {
				to = d
			}
		}
		if to == nil {
			for _, d := range here {
				if d.first >= next && (to == nil || d.first < to.first) {
					to = d
				}
			}
		}
		if p.role == "citing" {
			if to == nil {
				continue
			}
			// "Reuters reported, citing two sources": the outlet relays.
			if !to.spk.IsZero() && s.isMedia(to.spk) {
				to.via = capVia(append([]parley.Span{to.spk}, srcs[:len(srcs)-1]...))
				s.setSpeakerSpan(to, srcs[len(srcs)-1])
			} else {
				to.via = capVia(append(to.via, srcs...))
			}
			continue
		}
		if to != nil {
			if to.spk.IsZero() {
				s.setSpeakerSpan(to, srcs[len(srcs)-1])
				to.via = capVia(append(to.via, srcs[:len(srcs)-1]...))
			} else {
				to.via = capVia(append(to.via, srcs...))
			}
			continue
		}
		// A claim with a source and no verb of saying.
		d := s.newDraft(draft{kind: parley.QuoteReported, cue: i, verb: verb{lemma: "according"}, speaker: -1,
			cueSpan: s.span(i, i+len(p.words)-1), rule: "reported-according-to"})
		var first, last int
		if i == lo || i == lo+1 && !s.isWord(lo) {
			first = next
			if first < hi && s.tokText(first) == "," {
				first++
			}
			last = s.contentEnd(first, hi)
		} else if i > lo && s.tokText(i-1) == "," && next+1 < hi && s.tokText(next) == "," && !s.reporterClause(next+1) {
			// "The talks, according to a Turkish diplomat, could take
			// place next week": the claim is the whole sentence.
			first, last = s.skipIntro(lo, hi-1), s.contentEnd(next+1, hi)
		} else {
			first, last = s.skipIntro(lo, i-1), i-1
			for last >= first && s.isPunct(last) {
				last--
			}
		}
		if last-first < 1 || s.t[first].inQ && s.t[last].inQ {
			continue
		}
		d.first, d.last, d.span = first, last, s.span(first, last)
		s.setSpeakerSpan(d, srcs[len(srcs)-1])
		d.via = srcs[:len(srcs)-1]
		d.attrLo, d.attrHi = i, next
		for x := first; x <= last; x++ {
			s.t[x].used = true
		}
		s.drafts = append(s.drafts, d)
		here = append(here, d)
	}
}

// reporterClause reports whether token i, after a comma, starts a clause
// of the reporter's: a participle or a subordinate clause ("..., widening
// the war", "..., as pressure mounted").
func (s *state) reporterClause(i int) bool {
	n := s.lw(i)
	return clauseOpeners[n] || s.isWord(i) && !s.capital(i) && strings.HasSuffix(n, "ing") && !notParticiples[n]
}

// capVia keeps the first maxVia intermediaries of a chain.
func capVia(v []parley.Span) []parley.Span {
	if len(v) > maxVia {
		return v[:maxVia:maxVia]
	}
	return v
}

// quotedAs reads "TASS quoted Peskov as saying (that) ...": the speaker is
// Peskov, the subject relays.
func (s *state) quotedAs(i, lo, hi int) {
	f, l, ok := s.sourcePhrase(i+1, hi)
	if !ok || !s.tokIs(l+1, "as") {
		return
	}
	v, isVerb := s.verbAt(l + 2)
	if !isVerb || v.frames&fIng == 0 {
		return
	}
	k := l + 3
	if s.tokIs(k, "that") {
		k++
	}
	if k >= hi || !s.isWord(k) {
		return
	}
	e := s.contentEnd(k, hi)
	if e-k < 1 {
		return
	}
	d := s.newDraft(draft{kind: parley.QuoteReported, cue: l + 2, cueSpan: s.toks[l+2].Span, verb: v, speaker: -1,
		first: k, last: e, span: s.span(k, e), rule: "reported-quoted-as"})
	s.setSpeaker(d, f, l)
	if sf, sl, ok := s.subjectBefore(i, lo); ok {
		d.via = []parley.Span{s.span(sf, sl)}
	}
	d.attrLo, d.attrHi = lo, k
	for x := i; x <= e; x++ {
		s.t[x].used = true
	}
	s.drafts = append(s.drafts, d)
}

// setSpeakerSpan records the phrase p as the speaker of d.
func (s *state) setSpeakerSpan(d *draft, p parley.Span) {
	d.spk = p
	d.spkText = s.text[p.Start:p.End]
	d.speaker = s.actorAt(p)
}

// absorb settles quotes that overlap: a short quotation inside a reported
// statement is part of it ('said the strike was “a deliberate act”'), and
// a reported statement that is mostly one quotation gives way to it
// ('said that “the war must end.”').
func (s *state) absorb() {
	var direct []*draft // in text order, as attributeDirect made them
	for _, d := range s.drafts {
		if d.kind == parley.QuoteDirect {
			direct = append(direct, d)
		}
	}
	for _, r := range s.drafts {
		if r.kind != parley.QuoteReported || r.dropped {
			continue
		}
		// The first direct quote that may overlap r.
		k := sort.Search(len(direct), func(i int) bool { return direct[i].span.End > r.span.Start })
		for _, d := range direct[k:] {
			if d.span.Start >= r.span.End {
				break
			}
			if d.dropped || !r.span.Overlaps(d.span) {
				continue
			}
			if 10*d.span.Len() >= 7*r.span.Len() {
				r.dropped = true
				if d.cue < 0 || d.spk.IsZero() {
					d.cue, d.cueSpan, d.verb = r.cue, r.cueSpan, r.verb
					d.spk, d.spkText, d.speaker = r.spk, r.spkText, r.speaker
					d.via, d.attrLo, d.attrHi = r.via, r.attrLo, r.attrHi
					d.rule = "direct-reported"
				}
				break
			}
			if r.span.Contains(d.span) {
				d.dropped = true
			}
		}
	}
}

// assignChannels sets the channel of every quote from the words of its
// attribution sentence that lie outside any quoted content: "in a
// statement", "on Truth Social", "told reporters"; a hearer or relay that
// is news media makes it an interview or a news agency. A quote written
// without a channel of its own takes the social-media channel of the
// speaker's quote before it.
func (s *state) assignChannels(ds []*draft) {
	content := grow(s.content, len(s.toks))
	s.content = content
	for i := range content {
		content[i] = s.t[i].inQ
	}
	for _, d := range ds {
		for i := d.first; i <= d.last && i < len(content); i++ {
			content[i] = true
		}
	}
	// The channel of a sentence is the same for all its quotes.
	bestOf := grow(s.bestOf, len(s.doc.Sentences))
	clear(bestOf)
	s.bestOf = bestOf
	done := grow(s.done, len(s.doc.Sentences))
	clear(done)
	s.done = done
	for di, d := range ds {
		if d.from != nil {
			d.channel, d.platform = d.from.channel, d.from.platform
			continue
		}
		if si := s.cueSentence(d); si >= 0 {
			if !done[si] {
				bestOf[si] = s.sentenceChannel(si, content)
				done[si] = true
			}
			if best := bestOf[si]; best != nil {
				d.channel, d.platform = best.channel, best.platform
			}
		}
		if d.channel == "" && d.verb.frames&fObj != 0 && d.cue >= 0 {
			if h := d.cue + 1; h < len(s.toks) && !content[h] {
				he := s.skipHearer(h, len(s.toks), d.verb)
				if he > h && s.isMedia(s.span(h, he-1)) {
					d.channel = "interview"
				}
			}
		}
		if d.channel == "" {
			for _, v := range d.via {
				if s.isMedia(v) {
					d.channel = "news agency"
				}
			}
			if !d.spk.IsZero() && s.isMedia(d.spk) {
				d.channel = "news agency"
			}
		}
		if d.channel == "" && (d.verb.frames&fWritten != 0 || d.continued) {
			for k := di - 1; k >= 0 && di-k <= 50; k-- {
				p := ds[k]
				if p.channel != "" && s.sameSpeaker(p, d) && (p.channel == "social media" || d.continued) {
					d.channel, d.platform = p.channel, p.platform
					break
				}
			}
		}
	}
}

// cueSentence returns the sentence of d's cue, or -1.
func (s *state) cueSentence(d *draft) int {
	if d.cue < 0 || d.cue >= len(s.t) {
		return -1
	}
	return int(s.t[d.cue].sent)
}

// sentenceChannel returns the channel phrase of sentence si outside the
// quoted content, preferring one that names a platform.
func (s *state) sentenceChannel(si int, content []bool) *phrase {
	lo, hi := s.sentRange(si)
	var best *phrase
	for i := lo; i < hi; i++ {
		if content[i] || s.t[i].cls&wChannel == 0 {
			continue
		}
		p := s.matchAt(s.lx.channels[s.lw(i)], i)
		if p == nil {
			continue
		}
		if last := s.tokText(i + len(p.words) - 1); p.words[len(p.words)-1] == "x" && last != "X" && last != "X." {
			continue
		}
		if best == nil || best.platform == "" && p.platform != "" {
			best = p
		}
	}
	return best
}

// sameSpeaker reports whether two quotes have the same speaker.
func (s *state) sameSpeaker(a, b *draft) bool {
	if a.speaker >= 0 || b.speaker >= 0 {
		return a.speaker == b.speaker
	}
	return a.spkText != "" && strings.EqualFold(a.spkText, b.spkText)
}
