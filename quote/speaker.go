package quote

import (
	"sort"
	"strings"

	"github.com/parleyhq/parley"
)

// maxPhrase bounds the length in tokens of a speaker phrase.
const maxPhrase = 12

// verbAt returns the verb of saying at token i, if any.
func (s *state) verbAt(i int) (verb, bool) {
	if !s.isWord(i) {
		return verb{}, false
	}
	if s.t[i].verb == 0 {
		return verb{}, false
	}
	v, ok := s.lx.vlist[s.t[i].verb-1], true
	if s.capital(i) {
		// "United States" is no verb; "Said" opening a sentence is rare,
		// but a headline or quotation in capitals keeps its verbs.
		if w := s.tokText(i); w != strings.ToUpper(w) {
			return verb{}, false
		}
	}
	return v, ok
}

// isBoundaryPunct reports whether token i is punctuation that ends a
// speaker phrase.
func (s *state) isPunct(i int) bool {
	k := s.toks[i].Kind
	return k == parley.TokenPunct || k == parley.TokenSymbol
}

// subjectBefore returns the speaker phrase that ends just before the verb
// at token c, reading leftwards no further than token lo: "A senior
// Ukrainian official familiar with the negotiations told", "Trump, who had
// offered to travel ..., said" (the relative clause between commas is
// skipped), "On Saturday Zelenskyy said" (the leading adverbial is cut).
func (s *state) subjectBefore(c, lo int) (first, last int, ok bool) {
	j := c - 1
	for j >= lo && s.isWord(j) && s.is(j, wAdverb) && !s.capital(j) {
		j--
	}
	for j >= lo && s.isWord(j) && strings.HasSuffix(s.lw(j), "ly") && len(s.lw(j)) > 4 && !s.capital(j) {
		j--
	}
	if j < lo {
		return 0, 0, false
	}
	if s.tokText(j) == "," {
		// A parenthesis between commas: a relative clause or an apposition.
		k := j - 1
		for k >= lo && s.tokText(k) != "," {
			if m, _ := s.markOf(k); m != mNone || s.tokText(k) == ";" || s.tokText(k) == ":" {
				return 0, 0, false
			}
			k--
		}
		if k < lo || j-k < 2 {
			return 0, 0, false
		}
		// "Its general secretary, Nicola Ranger, said": the name between
		// the commas names the speaker.
		if k > lo && s.isWord(k-1) && s.isName(k+1, j-1) {
			return k + 1, j - 1, true
		}
		j = k - 1
	}
	if j >= lo && s.tokText(j) == ")" {
		// "the British Medical Association (BMA) has said"
		for k := j - 1; k >= lo && j-k <= 6; k-- {
			if s.tokText(k) == "(" {
				j = k - 1
				break
			}
		}
	}
	if j >= lo+1 && s.toks[j].Kind == parley.TokenSymbol && s.toks[j-1].Span.End == s.toks[j].Span.Start && s.isWord(j-1) {
		// "OPEC+ said": the symbol is part of the name
		e := j
		f, _, ok := s.subjectBefore(j, lo)
		if ok {
			return f, e, true
		}
		return j - 1, e, true
	}
	if j < lo || !s.isWord(j) || s.is(j, wStop) {
		return 0, 0, false
	}
	if v, isVerb := s.verbAt(j); isVerb && v.frames != 0 {
		return 0, 0, false
	}
	e, b := j, j
	for b-1 >= lo && e-b+1 < maxPhrase {
		x := b - 1
		if s.toks[x].Kind == parley.TokenSymbol && x > lo && s.toks[x].Span.Start == s.toks[x-1].Span.End {
			b = x // "OPEC+"
			continue
		}
		if !s.isWord(x) && s.toks[x].Kind != parley.TokenNumber {
			break
		}
		if s.is(x, wStop) || s.is(x, wFinite) {
			// "Russia and Ukraine said": a conjunction between names.
			if s.lw(x) == "and" && s.capital(x-1) && s.capital(b) {
				b = x
				continue
			}
			break
		}
		if _, isVerb := s.verbAt(x); isVerb {
			break
		}
		b = x
	}
	// Cut a leading adverbial: "On Saturday", "Meanwhile", "Later".
	for b < e && s.is(b, wPrep) {
		b++
		for b < e && (s.capital(b) || s.toks[b].Kind == parley.TokenNumber || s.is(b, wPrep)) && !s.hasMentionAt(b) {
			b++
		}
	}
	if s.tokIs(b, "however") || s.tokIs(b, "meanwhile") {
		if b == e {
			return 0, 0, false
		}
		b++
	}
	return b, e, true
}

// hasLower reports whether a word of tokens [b, e] is in lower case.
func (s *state) hasLower(b, e int) bool {
	for i := b; i <= e; i++ {
		if s.isWord(i) && !s.capital(i) && !nameParticles[s.lw(i)] {
			return true
		}
	}
	return false
}

// objectStarts begin the object of a verb: a word in -s before one of
// them is a verb, not the end of the subject.
var objectStarts = map[string]bool{
	"it": true, "the": true, "a": true, "an": true, "them": true, "him": true, "her": true,
	"his": true, "their": true, "its": true, "us": true, "this": true, "that": true,
}

// nameParticles may stand in lower case inside a name.
var nameParticles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "du": true, "van": true, "von": true,
	"der": true, "den": true, "al": true, "el": true, "bin": true, "ibn": true, "la": true,
	"le": true, "di": true, "del": true, "ter": true,
}

// isName reports whether tokens [b, e] are a personal name: at most five
// words that hold a capital letter or are particles ("André Corrêa do
// Lago", "Majed al-Ansari").
func (s *state) isName(b, e int) bool {
	if e < b || e-b > 4 {
		return false
	}
	for i := b; i <= e; i++ {
		if !s.isWord(i) {
			return false
		}
		if !hasUpper(s.tokText(i)) && !nameParticles[s.lw(i)] {
			return false
		}
		if s.t[i].verb != 0 && s.capital(i) && i == b {
			return false
		}
	}
	return s.capital(b) || hasUpper(s.tokText(b))
}

// sentenceSubject reads the noun phrase that opens the token range
// [lo, hi), after a dateline and an opening adverbial: "Hamas, in a
// statement, ..." gives Hamas; "German Chancellor Olaf Scholz described
// ..." gives German Chancellor Olaf Scholz.
func (s *state) sentenceSubject(lo, hi int) (int, int, bool) {
	b := s.skipDateline(lo, hi-1)
	// "On Saturday, Zelenskyy ...": an opening adverbial up to a comma.
	if s.is(b, wPrep) || s.tokIs(b, "however") || s.tokIs(b, "meanwhile") {
		for i := b + 1; i < hi && i-b <= 6; i++ {
			if s.tokText(i) == "," {
				b = i + 1
				break
			}
		}
	}
	e := b - 1
	for i := b; i < hi && i-b < maxPhrase; i++ {
		if !s.isWord(i) && s.toks[i].Kind != parley.TokenNumber {
			break
		}
		if i > b && (s.is(i, wStop) || s.is(i, wFinite) || s.is(i, wPrep) && !s.capital(i)) {
			break
		}
		if _, isVerb := s.verbAt(i); isVerb {
			break
		}
		if i > b && !s.capital(i) && (strings.HasSuffix(s.lw(i), "ed") || strings.HasSuffix(s.lw(i), "ly") && len(s.lw(i)) > 4) {
			break
		}
		if i > b && !s.capital(i) && strings.HasSuffix(s.lw(i), "s") && i+1 < hi && objectStarts[s.lw(i+1)] {
			break // "Moscow calls it ..."
		}
		e = i
	}
	if e < b {
		return 0, 0, false
	}
	return b, e, true
}

// skipDateline returns the first token after a dateline that opens a
// paragraph ("KYIV, Ukraine (AP) —", "LONDON, June 11 (Reuters) -"), or
// first when there is none.
func (s *state) skipDateline(first, last int) int {
	if first < 0 || first >= len(s.toks) || int(s.t[first].sent) < 0 {
		return first
	}
	si := int(s.t[first].sent)
	if s.doc.Sentences[si].FirstToken != first || si > 0 && s.doc.Sentences[si-1].Paragraph == s.doc.Sentences[si].Paragraph {
		return first
	}
	for i := first; i <= last && i-first <= 12; i++ {
		t := s.tokText(i)
		switch {
		case t == "—" || t == "–" || t == "-" || t == "--":
			if i > first && i < last {
				return i + 1
			}
			return first
		case t == "," || t == "(" || t == ")" || t == ".":
		case s.toks[i].Kind == parley.TokenNumber:
		case s.capital(i):
		default:
			return first
		}
	}
	return first
}

// hasMentionAt reports whether an actor mention starts at token i.
func (s *state) hasMentionAt(i int) bool {
	st := s.toks[i].Span.Start
	k := s.mentionFrom(st)
	return k < len(s.doc.Mentions) && s.doc.Mentions[k].Span.Start == st
}

// mentionFrom returns the index of the first mention that starts at or
// after byte offset off (mentions are sorted by start).
func (s *state) mentionFrom(off int) int {
	ms := s.doc.Mentions
	return sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= off })
}

// speakerAfter returns the speaker phrase that follows an inverted verb at
// token c (“...,” said Dmitry Peskov, the Kremlin spokesman), ending before
// hi.
func (s *state) speakerAfter(c, hi int) (first, last int, ok bool) {
	b := c + 1
	e := b - 1
	for i := b; i < hi && i-b < maxPhrase; i++ {
		if !s.isWord(i) && s.toks[i].Kind != parley.TokenNumber {
			break
		}
		if i > b && (s.is(i, wStop) || s.is(i, wPrep) || s.is(i, wFinite)) {
			break
		}
		if _, isVerb := s.verbAt(i); isVerb {
			break
		}
		e = i
	}
	if e < b {
		return 0, 0, false
	}
	// "said Clementine Nkweta-Salami's deputy, Mark Brown, in a briefing":
	// a name in apposition to a description names the speaker.
	if s.hasLower(b, e) && e+2 < hi && s.tokText(e+1) == "," {
		n := e + 2
		for n < hi && n-e <= 6 && (hasUpper(s.tokText(n)) || nameParticles[s.lw(n)]) && s.isWord(n) {
			n++
		}
		if n > e+2 && (n >= hi || s.isPunct(n) || s.is(n, wPrep)) && s.isName(e+2, n-1) {
			return e + 2, n - 1, true
		}
	}
	return b, e, true
}

// mentionIn returns the actor of the phrase span p: the first mention
// inside it that is neither a possessive ("Ukraine's" in "Ukraine's foreign
// ministry") nor the object of a preposition ("the Kremlin" in "a source
// close to the Kremlin"). It returns -1 when there is none.
func (s *state) mentionIn(p parley.Span) int {
	ms := s.doc.Mentions
	first := -1
	// Mentions that overlap p start at most a few words before it.
	for i := s.mentionFrom(max(0, p.Start-64)); i < len(ms); i++ {
		m := ms[i].Span
		if m.Start >= p.End {
			break
		}
		if !p.Overlaps(m) {
			continue
		}
		if s.afterPrep(m.Start, p.Start) {
			continue
		}
		if m.End == p.End {
			return ms[i].Actor // the head of the phrase
		}
		rest := s.text[m.End:]
		if m.End < p.End && (strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "’ ") || strings.HasPrefix(rest, "' ")) {
			continue
		}
		if m.End < p.End && s.modifier(ms[i]) {
			continue // "EU" in "EU foreign policy chief Kaja Kallas", "his" in "his office"
		}
		if first < 0 {
			first = ms[i].Actor
		}
	}
	return first
}

// modifier reports whether mention m stands before a noun of the phrase
// rather than heading it: a name or a possessive pronoun followed by a
// lower-case word that is not a preposition.
func (s *state) modifier(m parley.Mention) bool {
	switch strings.ToLower(s.text[m.Span.Start:m.Span.End]) {
	case "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	if m.Kind != "name" && m.Kind != "metonym" && m.Kind != "demonym" {
		return false
	}
	i := s.tokenAt(m.Span.End)
	return i < len(s.toks) && s.isWord(i) && !s.capital(i) && !objPreps[s.lw(i)] && !nameParticles[s.lw(i)] && !s.is(i, wStop)
}

var objPreps = map[string]bool{
	"with": true, "of": true, "to": true, "for": true, "from": true, "in": true,
	"at": true, "on": true, "by": true, "about": true, "near": true, "within": true,
}

// afterPrep reports whether a preposition stands between phrase start ps
// and offset off.
func (s *state) afterPrep(off, ps int) bool {
	for i := s.tokenAt(off) - 1; i >= 0 && s.toks[i].Span.Start >= ps; i-- {
		if objPreps[s.lw(i)] {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the token that starts at or contains byte
// offset off, or the first token after it.
func (s *state) tokenAt(off int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if s.toks[m].Span.End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// actorAt returns the actor named by a phrase span, or -1.
func (s *state) actorAt(p parley.Span) int {
	if len(s.doc.Mentions) == 0 {
		return -1
	}
	return s.mentionIn(p)
}

// setSpeaker records the phrase [first, last] as the speaker of d.
func (s *state) setSpeaker(d *draft, first, last int) {
	d.spk = s.span(first, last)
	d.spkText = s.text[d.spk.Start:d.spk.End]
	d.speaker = s.actorAt(d.spk)
}

// isMedia reports whether the phrase [first, last] names news media:
// a word of the media class, or an actor of the MED sector.
func (s *state) isMedia(p parley.Span) bool {
	if a := s.actorAt(p); a >= 0 && s.doc.Actors[a].Sector == "MED" {
		return true
	}
	for i := s.tokenAt(p.Start); i < len(s.toks) && s.toks[i].Span.End <= p.End; i++ {
		if w := strings.TrimSuffix(strings.TrimSuffix(s.lw(i), "'s"), "’s"); w != s.lw(i) && s.lx.words[w]&wMedia != 0 && s.capital(i) {
			return true // "CNN's Fareed Zakaria"
		}
		if s.is(i, wMedia) && (s.capital(i) || s.lw(i) == "agency" || s.lw(i) == "agencies" || s.lw(i) == "media" || s.lw(i) == "outlet" || s.lw(i) == "outlets" || s.lw(i) == "newspaper" || s.lw(i) == "broadcaster" || s.lw(i) == "television") {
			return true
		}
	}
	return false
}
