package clause

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// Tag is a coarse part-of-speech tag.
type Tag uint8

// Tags.
const (
	TagNone   Tag = iota
	TagNoun       // common noun
	TagProper     // capitalised name
	TagVerb       // lexical verb
	TagAux        // form of be, have or do
	TagModal      // will, would, may, ...
	TagAdj        // adjective
	TagAdv        // adverb
	TagDet        // determiner
	TagPron       // personal pronoun
	TagPoss       // possessive determiner or 's
	TagPrep       // preposition or particle
	TagTo         // infinitive or prepositional to
	TagConj       // and, or, but
	TagSub        // subordinating conjunction: if, because, while
	TagWH         // who, which, that, when, where
	TagNeg        // not, n't, never
	TagNum        // number
	TagEx         // existential there
	TagPunct      // punctuation
	TagSymbol     // symbol
)

var tagNames = [...]string{"NONE", "N", "NNP", "V", "AUX", "MD", "ADJ", "ADV", "DET", "PRP", "POSS",
	"IN", "TO", "CC", "SUB", "WH", "NEG", "NUM", "EX", "PUNCT", "SYM"}

// String returns the tag's short name (N, NNP, V, AUX, ...).
func (t Tag) String() string {
	if int(t) < len(tagNames) {
		return tagNames[t]
	}
	return "?"
}

// Form is the inflection of a verb.
type Form uint8

// Verb forms.
const (
	FormNone   Form = iota
	FormBase        // take
	FormPres        // takes
	FormPast        // took
	FormPart        // taken
	FormGerund      // taking
)

// Word is the tagged reading of one token.
type Word struct {
	Tag   Tag
	Form  Form   // for verbs and auxiliaries
	Lemma string // lower-case lemma ("kill" for "killed", "talk" for "talks")
	Lower string // lower-case text with typographic apostrophes made plain
	Neg   bool   // a contraction with not: don't, won't
	upper bool   // the text is in capitals
	// laterVerb: an unambiguous verb follows before the next clause stop.
	laterVerb bool
	e         *entry // lexicon entry of Lower, nil when unknown
}

// tagSentence tags the tokens of one sentence.
func (a *Analyzer) tagSentence(text string, toks []parley.Token, words []Word) []Word {
	if words == nil {
		words = make([]Word, len(toks))
	}
	caps := mostlyCapitals(text, toks)
	for i, t := range toks {
		s := text[t.Span.Start:t.Span.End]
		switch t.Kind {
		case parley.TokenPunct:
			words[i] = Word{Tag: TagPunct, Lower: s, Lemma: s}
			continue
		case parley.TokenSymbol:
			words[i] = Word{Tag: TagSymbol, Lower: s, Lemma: s}
			continue
		case parley.TokenNumber:
			words[i] = Word{Tag: TagNum, Lower: s, Lemma: s}
			continue
		}
		low := lower(s)
		words[i] = Word{Lower: low, Lemma: low, upper: len(s) > 1 && low != s && isUpper(s), e: a.lex[low]}
	}
	a.markLaterVerbs(words)
	for i := range toks {
		if words[i].Tag != TagNone {
			continue
		}
		s := text[toks[i].Span.Start:toks[i].Span.End]
		a.tagWord(words, i, s, caps, sentenceInitial(words, i))
	}
	return words
}

// sentenceInitial reports whether word i starts the sentence or follows an
// opening quotation mark, bracket or dash, where capitals say nothing.
func sentenceInitial(words []Word, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if words[j].Tag != TagPunct {
			return false
		}
		switch words[j].Lower {
		case "\"", "“", "‘", "'", "(", "[", "—", "–", "-", ":":
			continue
		}
		return false
	}
	return true
}

// mostlyCapitals reports whether most letters of the sentence's words are
// capitals, as in headlines and shouted quotations.
func mostlyCapitals(text string, toks []parley.Token) bool {
	up, low := 0, 0
	for _, t := range toks {
		if t.Kind != parley.TokenWord {
			continue
		}
		for _, r := range text[t.Span.Start:t.Span.End] {
			if unicode.IsUpper(r) {
				up++
			} else if unicode.IsLower(r) {
				low++
			}
		}
	}
	return up > 3*low && up > 8
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// tagWord decides the tag of word i from the lexicon, the word's shape and
// the tags already given to the words before it.
func (a *Analyzer) tagWord(words []Word, i int, s string, caps, initial bool) {
	w := &words[i]
	low := w.Lower
	e := w.e
	prev := prevTag(words, i)
	// A capitalised word inside a sentence is a name unless the sentence
	// is in capitals or the word opens it and the lexicon knows it.
	if !caps && shouted(words, i, s) {
		caps = true
	}
	if capitalised(s) && !caps {
		known := e != nil && (e.closed != TagNone || e.verb != "" || e.nounLemma != "")
		if initial && !known && pluralShape(low) {
			// "Farmers protest ...", "Negotiations will resume": a
			// plural common noun opens the sentence.
			a.tagUnknown(words, i, prev)
			return
		}
		if !initial || !known {
			w.Tag = TagProper
			return
		}
	}
	if stem, ok := strings.CutSuffix(low, "n't"); ok && e == nil {
		// Contractions the tokenizer keeps whole: don't, won't, can't.
		switch stem {
		case "wo":
			stem = "will"
		case "ca":
			stem = "can"
		case "sha":
			stem = "shall"
		}
		if se := a.lex[stem]; se != nil && (se.closed == TagAux || se.closed == TagModal) {
			w.Tag, w.Neg = se.closed, true
			if se.closed == TagAux {
				w.Lemma, w.Form = auxLemma(stem)
			} else {
				w.Lemma = modalLemma(stem)
			}
			return
		}
	}
	if e != nil && e.closed != TagNone {
		w.Tag = e.closed
		switch {
		case low == "'s":
			w.Tag = TagPoss
			if prev == TagPron || prev == TagWH || prev == TagEx {
				w.Tag, w.Form, w.Lemma = TagAux, FormPres, "be"
			}
		case w.Tag == TagAux:
			w.Lemma, w.Form = auxLemma(low)
		case w.Tag == TagModal:
			w.Lemma = modalLemma(low)
		case low == "that" && (prev == TagPrep || prev == TagNone) && i+1 < len(words):
			w.Tag = TagDet
		}
		return
	}
	if e != nil && e.verb != "" {
		a.tagVerbOrNoun(words, i, e, prev)
		return
	}
	if e != nil && e.nounLemma != "" {
		w.Tag, w.Lemma = TagNoun, e.nounLemma
		return
	}
	a.tagUnknown(words, i, prev)
}

// prevTag returns the tag of the nearest word before i that is not an
// adverb, or TagNone at the start of the sentence.
func prevTag(words []Word, i int) Tag {
	for j := i - 1; j >= 0; j-- {
		if words[j].Tag != TagAdv {
			return words[j].Tag
		}
	}
	return TagNone
}

// prevWord returns the index of the nearest word before i that is not an
// adverb, or -1.
func prevWord(words []Word, i int) int {
	for j := i - 1; j >= 0; j-- {
		if words[j].Tag != TagAdv {
			return j
		}
	}
	return -1
}

func auxLemma(low string) (string, Form) {
	switch low {
	case "be":
		return "be", FormBase
	case "am", "is", "are", "'m", "'re":
		return "be", FormPres
	case "was", "were":
		return "be", FormPast
	case "been":
		return "be", FormPart
	case "being":
		return "be", FormGerund
	case "have":
		return "have", FormBase
	case "has", "'ve":
		return "have", FormPres
	case "had":
		return "have", FormPast
	case "having":
		return "have", FormGerund
	case "do":
		return "do", FormBase
	case "does":
		return "do", FormPres
	case "did":
		return "do", FormPast
	}
	return low, FormNone
}

func modalLemma(low string) string {
	switch low {
	case "'ll", "wo":
		return "will"
	case "'d":
		return "would"
	case "ca":
		return "can"
	}
	return low
}

// tagVerbOrNoun resolves a word that has a verb reading and may also be a
// noun ("talks", "attack", "calls") or an adjective ("killed soldiers").
func (a *Analyzer) tagVerbOrNoun(words []Word, i int, e *entry, prev Tag) {
	w := &words[i]
	verb := func(f Form) { w.Tag, w.Form, w.Lemma = TagVerb, f, e.verb }
	noun := func() {
		w.Tag = TagNoun
		switch {
		case e.nounLemma != "":
			w.Lemma = e.nounLemma
		case e.forms&formS != 0 && e.forms&formBase == 0:
			w.Lemma = e.verb
		case e.forms&(formBase|formGer) != 0:
			w.Lemma = w.Lower
		default:
			w.Lemma = strings.TrimSuffix(w.Lower, "s")
		}
	}
	has := func(f uint8) bool { return e.forms&f != 0 }
	listedNoun := e.nounLemma != ""
	pj := prevWord(words, i)
	plow := ""
	if pj >= 0 {
		plow = words[pj].Lower
	}
	switch prev {
	case TagModal:
		if has(formBase) {
			verb(FormBase)
			return
		}
	case TagTo:
		if has(formBase) {
			verb(FormBase)
			return
		}
	case TagNeg:
		switch {
		case has(formBase) && !listedNoun:
			verb(FormBase)
			return
		case has(formPart):
			verb(FormPart)
			return
		case has(formGer):
			verb(FormGerund)
			return
		}
	case TagAux:
		switch lemma := words[pj].Lemma; {
		case lemma == "do" && has(formBase):
			verb(FormBase)
			return
		case (lemma == "have" || lemma == "be") && has(formPart):
			verb(FormPart)
			return
		case lemma == "be" && has(formGer):
			verb(FormGerund)
			return
		}
		if plow == "'s" && has(formPart) {
			verb(FormPart)
			return
		}
	case TagDet, TagPoss, TagAdj, TagNum:
		// "Thousands demonstrated in Tbilisi": a past form after a
		// number or adjective that ends its phrase.
		if prev != TagDet && prev != TagPoss && has(formPast) && !listedNoun && i+1 < len(words) {
			if t := a.lex.closedTag(words[i+1].Lower); t == TagPrep || t == TagDet || t == TagTo || words[i+1].Lower == "." {
				verb(FormPast)
				return
			}
		}
		if has(formPart|formPast) && !has(formBase) && !listedNoun {
			w.Tag, w.Lemma = TagAdj, w.Lower
			return
		}
		noun()
		return
	case TagPrep:
		if has(formGer) {
			verb(FormGerund)
			return
		}
		noun()
		return
	}
	if listedNoun && prev != TagPron && prev != TagWH {
		noun()
		return
	}
	finite := func() bool {
		switch {
		case has(formPast):
			verb(FormPast)
		case has(formS):
			verb(FormPres)
		case has(formBase):
			verb(FormBase)
		default:
			return false
		}
		return true
	}
	switch prev {
	case TagPron, TagWH:
		if finite() {
			return
		}
	case TagProper:
		if demonymShape(words[pj].Lower) && has(formS|formBase) {
			// "Kurdish positions", "Israeli settlements": a demonym
			// modifies a noun.
			noun()
			return
		}
		if has(formBase) && thatBefore(words, pj) && !a.laterVerb(words, i) {
			verb(FormBase)
			return
		}
		if has(formPast) {
			verb(FormPast)
			return
		}
		if has(formS) && !has(formBase) {
			verb(FormPres)
			return
		}
		// A base form after a singular name is a noun ("Japanese aid"),
		// after coordinated names a verb ("Israel and Hamas agree").
		if has(formBase) && !nextIsVerbLike(a, words, i) && coordinatedBefore(words, pj) {
			verb(FormBase)
			return
		}
	case TagNoun:
		// A base or -s form between a noun and a verb is the head of a
		// compound ("drone strike killed"), otherwise a verb.
		if has(formPart) && i+1 < len(words) && words[i+1].Lower == "by" {
			verb(FormPart)
			return
		}
		// "demanded that the army withdraw": a subjunctive after "that".
		if has(formBase) && thatBefore(words, pj) && !a.laterVerb(words, i) {
			verb(FormBase)
			return
		}
		if has(formPast) {
			verb(FormPast)
			return
		}
		// Agreement: a plural noun takes the base form ("drones strike"),
		// a singular one the -s form ("the army attacks").
		plural := words[pj].Lemma != words[pj].Lower || collective[words[pj].Lower]
		if objectPhrase(words, pj) {
			// "condemned the Turkish air raids": a noun phrase after a
			// verb or preposition does not take a verb of its own.
			noun()
			return
		}
		if !nextIsVerbLike(a, words, i) {
			if plural && has(formBase) && !has(formS) {
				verb(FormBase)
				return
			}
			if !plural && has(formS) && !has(formBase) && !a.laterVerb(words, i) {
				verb(FormPres)
				return
			}
		}
		if has(formGer) {
			verb(FormGerund)
			return
		}
		noun()
		return
	case TagConj:
		if pj > 0 {
			if b := prevWord(words, pj); b >= 0 && words[b].Tag == TagVerb {
				if words[b].Form == FormGerund && has(formGer) {
					verb(FormGerund)
					return
				}
				if finite() {
					return
				}
			}
		}
	case TagPunct:
		// "The meeting, held on Friday, ...": a participle after a comma
		// when a preposition follows.
		if has(formPart) && plow == "," && i+1 < len(words) && a.lex.closedTag(words[i+1].Lower) == TagPrep {
			verb(FormPart)
			return
		}
	}
	// "territories claimed by Russia": a participle before "by".
	if has(formPart) && prev == TagNoun && i+1 < len(words) && words[i+1].Lower == "by" {
		verb(FormPart)
		return
	}
	switch {
	case has(formGer):
		verb(FormGerund)
	case has(formPast|formPart) && prev == TagNone:
		verb(FormPast)
	case has(formPast | formPart):
		if has(formPast) {
			verb(FormPast)
		} else {
			verb(FormPart)
		}
	default:
		noun()
	}
}

// collective lists nouns that take a plural verb ("police raid").
var collective = map[string]bool{"police": true, "people": true, "clergy": true, "youth": true}

// nextIsVerbLike reports whether the word after i can start a verb group.
func nextIsVerbLike(a *Analyzer, words []Word, i int) bool {
	for j := i + 1; j < len(words); j++ {
		low := words[j].Lower
		e := words[j].e
		if e == nil {
			return strings.HasSuffix(low, "ed")
		}
		if e.closed == TagAdv {
			continue
		}
		if e.closed == TagAux || e.closed == TagModal {
			return true
		}
		return e.closed == TagNone && e.verb != "" && e.forms&(formPast|formS) != 0 && e.nounLemma == ""
	}
	return false
}

// tagUnknown tags a word the lexicon does not know by its suffix.
func (a *Analyzer) tagUnknown(words []Word, i int, prev Tag) {
	w := &words[i]
	low := w.Lower
	suffix := func(ss ...string) bool {
		for _, s := range ss {
			if len(low) > len(s)+2 && strings.HasSuffix(low, s) {
				return true
			}
		}
		return false
	}
	switch {
	case suffix("ly") && prev != TagDet && prev != TagPoss:
		w.Tag = TagAdv
	case suffix("ed"):
		if prev == TagDet || prev == TagPoss || prev == TagAdj {
			w.Tag = TagAdj
		} else {
			w.Tag, w.Form, w.Lemma = TagVerb, FormPast, strings.TrimSuffix(low, "ed")
			if prev == TagAux {
				w.Form = FormPart
			}
		}
	case suffix("ing"):
		if prev == TagDet || prev == TagPoss || prev == TagAdj {
			w.Tag = TagNoun
		} else {
			w.Tag, w.Form, w.Lemma = TagVerb, FormGerund, strings.TrimSuffix(low, "ing")
		}
	case suffix("ous", "ful", "ive", "al", "ic", "able", "ible", "less", "ary", "ian", "ese", "ish", "ern", "ised", "ized"):
		w.Tag = TagAdj
		// "the tribunal ruled": after a determiner and before a verb,
		// preposition or the end, the word is a noun.
		if (prev == TagDet || prev == TagPoss) && i+1 < len(words) {
			if t := a.lex.closedTag(words[i+1].Lower); t == TagPrep || t == TagAux || t == TagModal || words[i+1].Tag == TagPunct || a.lex.isVerb(words[i+1].Lower) {
				w.Tag = TagNoun
			}
		}
	case strings.Contains(low, "-") && !strings.HasSuffix(low, "s"):
		w.Tag = TagAdj
	default:
		w.Tag = TagNoun
		if suffix("men") {
			w.Lemma = low[:len(low)-3] + "man"
		} else if suffix("ies") {
			w.Lemma = low[:len(low)-3] + "y"
		} else if suffix("s") && !suffix("ss", "us", "is") {
			w.Lemma = low[:len(low)-1]
		}
	}
}

// isVerb reports whether w has a verb reading.
func (lx lexicon) isVerb(w string) bool {
	e := lx[w]
	return e != nil && e.verb != ""
}

// closedTag returns the closed-class tag of w, or TagNone.
func (lx lexicon) closedTag(w string) Tag {
	if e := lx[w]; e != nil {
		return e.closed
	}
	return TagNone
}

// shouted reports whether word i is in capitals among words in capitals,
// as in a headline or a quotation in capitals; its capitals then say
// nothing about names.
func shouted(words []Word, i int, s string) bool {
	if !words[i].upper {
		return false
	}
	n := 0
	for _, j := range []int{i - 2, i - 1, i + 1, i + 2} {
		if j < 0 || j >= len(words) || words[j].Tag == TagPunct || words[j].Tag == TagNum {
			continue
		}
		if words[j].upper {
			n++
		}
	}
	return n >= 2
}

// coordinatedBefore reports whether the names ending at word j follow an
// "and" ("Israel and Hamas").
func coordinatedBefore(words []Word, j int) bool {
	for k := j; k >= 0; k-- {
		switch words[k].Tag {
		case TagProper:
			continue
		case TagConj:
			return words[k].Lower == "and"
		}
		return false
	}
	return false
}

// laterVerb reports whether an unambiguous finite verb or an auxiliary
// follows word i in its clause, so that an ambiguous word after a noun is
// better read as the head of a compound ("air strikes on the militia
// killed five").
func (a *Analyzer) laterVerb(words []Word, i int) bool {
	return i+1 < len(words) && words[i+1].laterVerb
}

// markLaterVerbs sets Word.laterVerb for every word in one right-to-left
// pass: whether an unambiguous verb comes before the next clause stop.
func (a *Analyzer) markLaterVerbs(words []Word) {
	later := false
	for j := len(words) - 1; j >= 0; j-- {
		cue := finiteCue(words[j].e) && !(j+1 < len(words) && words[j+1].Lower == "by") &&
			!(j > 0 && words[j-1].e != nil && (words[j-1].e.closed == TagDet || words[j-1].e.closed == TagPoss))
		words[j].laterVerb = later || cue
		later = words[j].laterVerb
		if stopWord(words[j].Lower) {
			words[j].laterVerb, later = false, false
		}
	}
}

func stopWord(low string) bool {
	switch low {
	case ".", ";", ",", ":", "—", "–", "(", "that", "and", "who", "which", "but":
		return true
	}
	return false
}

// finiteCue reports whether e is an auxiliary, a modal or a verb form
// that can only be a past tense or participle.
func finiteCue(e *entry) bool {
	if e == nil {
		return false
	}
	if e.closed == TagAux || e.closed == TagModal {
		return true
	}
	return e.closed == TagNone && e.verb != "" && e.forms&formPast != 0 && e.forms&formBase == 0 && e.nounLemma == ""
}

// thatBefore reports whether the noun phrase ending at word j follows
// "that".
func thatBefore(words []Word, j int) bool {
	for k := j; k >= 0 && k > j-5; k-- {
		switch words[k].Tag {
		case TagNoun, TagProper, TagAdj, TagDet, TagPoss, TagNum:
			if words[k].Lower == "that" {
				return true
			}
			continue
		case TagWH:
			return words[k].Lower == "that"
		}
		return false
	}
	return false
}

// clauseOpener lists prepositions that also open clauses ("as union
// rejects").
var clauseOpener = map[string]bool{"as": true, "after": true, "before": true, "since": true, "until": true,
	"than": true, "like": true, "following": true, "including": true}

// objectPhrase reports whether the noun phrase ending at word j opens with
// a determiner right after a verb or preposition.
func objectPhrase(words []Word, j int) bool {
	k := j
	for k >= 0 && (words[k].Tag == TagNoun || words[k].Tag == TagAdj || words[k].Tag == TagProper || words[k].Tag == TagNum) {
		k--
	}
	if k >= 0 && k < j && (words[k].Tag == TagPrep && !clauseOpener[words[k].Lower] || words[k].Tag == TagVerb) {
		// "cut off water supplies": a bare noun phrase right after a
		// verb or preposition.
		return true
	}
	if k < 0 || (words[k].Tag != TagDet && words[k].Tag != TagPoss) {
		return false
	}
	return k > 0 && (words[k-1].Tag == TagVerb || words[k-1].Tag == TagPrep)
}

// pluralShape reports whether w ends like a plural common noun.
func pluralShape(w string) bool {
	for _, suf := range []string{"ions", "ers", "ors", "ists", "ments", "men", "ies", "ships", "ants", "ents", "ives", "ces"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lower returns s in lower case with typographic apostrophes made plain,
// without allocating when s already is.
func lower(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
}

func isUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// demonymShape reports whether a capitalised word ends like a demonym
// ("Kurdish", "Chinese", "Syrian", "Israeli").
func demonymShape(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"ish", "ese", "ian", "ean", "eli", "aqi", "udi", "ani", "ali", "ari"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
