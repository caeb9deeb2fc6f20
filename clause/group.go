package clause

// Tense is the tense of a verb group.
type Tense string

// Tenses. A group without a finite verb ("to exchange", "held on Friday")
// has TenseNone.
const (
	TenseNone    Tense = ""
	TensePresent Tense = "present"
	TensePast    Tense = "past"
	TenseFuture  Tense = "future" // will, shall, 'll, going to
	TenseModal   Tense = "modal"  // would, may, might, can, could, should, must
)

// VerbGroup is a verb with its auxiliaries, modals, negation and adverbs:
// "will hold", "has been set", "did not comment", "to exchange".
type VerbGroup struct {
	// First and End are the half-open range of the group's tokens, as
	// indexes into Document.Tokens; Head is the main verb's token.
	First, End, Head int
	Lemma            string // lemma of the head: "hold", "set", "be"
	Tense            Tense
	Modal            string // lemma of the modal, "" when none
	Perfect          bool   // has/had + participle
	Progressive      bool   // be + -ing
	Passive          bool   // be/get + participle
	Negated          bool   // not, n't, never
	// Infinitive is set for "to" + verb; Participle for a bare -ed or -ing
	// form that heads a reduced clause ("the meeting, held on Friday").
	Infinitive bool
	Participle bool
	// Governor is the index (in Analysis.Groups) of the group that an
	// infinitive or participle depends on ("agreed" for "to exchange"), -1
	// when none.
	Governor int
	// Noun is the token of the noun right before an infinitive's "to"
	// ("agreement" in "an agreement to exchange"), -1 when none.
	Noun int
	// Adverbs are the lemmas of adverbs inside the group ("repeatedly").
	Adverbs []string
	// Rule names the rule that set the group's features.
	Rule string
}

// Finite reports whether the group has a tensed verb.
func (g *VerbGroup) Finite() bool { return g.Tense != TenseNone }

// groups appends to out the verb groups of a tagged sentence whose first
// token has document index first.
func groups(words []Word, first int, out []VerbGroup) []VerbGroup {
	start := len(out)
	// chain holds the verbs of one group; the array keeps it off the heap
	// for the usual short groups.
	var chainArr [6]Word
	for i := 0; i < len(words); {
		w := words[i]
		if w.Tag != TagModal && w.Tag != TagAux && w.Tag != TagVerb {
			i++
			continue
		}
		// "going to" + verb is a future auxiliary.
		g := VerbGroup{First: first + i, Head: -1, Governor: -1, Noun: -1}
		if i > 0 && words[i-1].Tag == TagTo {
			g.Infinitive = true
			g.First--
			if i > 1 && words[i-2].Tag == TagNoun {
				g.Noun = first + i - 2
			}
			// "decided not to impose".
			if i > 1 && words[i-2].Tag == TagNeg {
				g.Negated = true
			}
		}
		for k := i - 1; k >= 0 && (words[k].Tag == TagAdv || words[k].Tag == TagNeg); k-- {
			if words[k].Tag == TagNeg {
				g.Negated = true
			} else {
				g.Adverbs = append(g.Adverbs, words[k].Lower)
			}
		}
		chain := chainArr[:0]
		j := i
		for ; j < len(words); j++ {
			x := words[j]
			switch x.Tag {
			case TagModal, TagAux:
				if len(chain) > 0 && chain[len(chain)-1].Tag == TagVerb {
					goto done
				}
				if x.Neg {
					g.Negated = true
				}
				chain = append(chain, x)
				continue
			case TagNeg:
				g.Negated = true
				continue
			case TagAdv:
				// An adverb stays in the group only when a verb follows.
				if !verbAhead(words, j) || (len(chain) > 0 && chain[len(chain)-1].Tag == TagVerb) {
					goto done
				}
				g.Adverbs = append(g.Adverbs, x.Lower)
				continue
			case TagVerb:
				if len(chain) > 0 && chain[len(chain)-1].Tag == TagVerb {
					goto done
				}
				// "going to V": the group goes on after "to".
				if x.Lemma == "go" && x.Form == FormGerund && j+2 < len(words) && words[j+1].Tag == TagTo && words[j+2].Tag == TagVerb {
					g.Modal = "going to"
					j++
					continue
				}
				chain = append(chain, x)
				g.Head = first + j
				continue
			}
			break
		}
	done:
		if len(chain) == 0 {
			i = j + 1
			continue
		}
		g.End = first + j
		if g.Head < 0 {
			// Only auxiliaries: the last is the main verb ("is", "did").
			for k := j - 1; k >= i; k-- {
				if words[k].Tag == TagAux || words[k].Tag == TagModal {
					g.Head = first + k
					break
				}
			}
		}
		// Trailing negation or adverbs after the head belong outside.
		for g.End-1 > g.Head && words[g.End-1-first].Tag != TagVerb && words[g.End-1-first].Tag != TagAux {
			g.End--
		}
		features(&g, chain, words[g.Head-first])
		out = append(out, g)
		i = j
	}
	govern(out[start:], words, first)
	return out
}

// verbAhead reports whether a verb, auxiliary or negation follows the
// adverbs from j on.
func verbAhead(words []Word, j int) bool {
	for k := j + 1; k < len(words); k++ {
		switch words[k].Tag {
		case TagAdv, TagNeg:
			continue
		case TagVerb, TagAux:
			return true
		}
		return false
	}
	return false
}

// features sets tense, aspect, voice and modal from the chain of verbs.
func features(g *VerbGroup, chain []Word, head Word) {
	g.Lemma = head.Lemma
	first := chain[0]
	switch {
	case g.Modal == "going to":
		g.Tense, g.Rule = TenseFuture, "going-to"
	case first.Tag == TagModal:
		g.Modal = first.Lemma
		switch first.Lemma {
		case "will", "shall":
			g.Tense, g.Rule = TenseFuture, "modal-future"
		default:
			g.Tense, g.Rule = TenseModal, "modal"
		}
	case g.Infinitive:
		g.Rule = "infinitive"
	case first.Form == FormPast:
		g.Tense, g.Rule = TensePast, "past"
	case first.Form == FormPres || (first.Form == FormBase && first.Tag == TagAux):
		g.Tense, g.Rule = TensePresent, "present"
	case first.Tag == TagVerb && first.Form == FormBase:
		g.Tense, g.Rule = TensePresent, "present-base"
	default:
		g.Participle, g.Rule = true, "participle"
		if len(chain) == 1 && head.Form == FormPart {
			g.Passive, g.Rule = true, "participle-passive"
		}
	}
	for k := 0; k+1 < len(chain); k++ {
		a, b := chain[k], chain[k+1]
		switch {
		case a.Lemma == "have" && b.Form == FormPart:
			g.Perfect = true
		case a.Lemma == "be" && b.Form == FormGerund:
			g.Progressive = true
		case (a.Lemma == "be" || a.Lemma == "get") && (b.Form == FormPart || b.Form == FormPast) && b.Tag == TagVerb:
			g.Passive = true
		}
	}
	if g.Lemma == "do" && len(chain) > 1 {
		g.Lemma = chain[len(chain)-1].Lemma
	}
}

// govern links infinitives and participles to the group they depend on:
// the nearest group before them in the sentence with only a noun phrase,
// adjective or adverbs between ("agreed to exchange", "urged Kyiv to
// withdraw", "is set to meet").
func govern(gs []VerbGroup, words []Word, first int) {
	for k := 1; k < len(gs); k++ {
		g := &gs[k]
		if !g.Infinitive && !(g.Participle && words[g.Head-first].Form == FormGerund) {
			continue
		}
		prev := gs[k-1]
		ok := true
		for t := prev.End; t < g.First; t++ {
			switch words[t-first].Tag {
			case TagNoun, TagProper, TagPron, TagDet, TagPoss, TagAdj, TagAdv, TagNum:
			case TagPrep, TagTo:
				// "called on Egypt to reopen", "agreed with Peru to
				// reopen": one preposition right after the verb.
				if t != prev.End {
					ok = false
				}
			case TagPunct:
				if words[t-first].Lower != "-" && words[t-first].Lower != "'" {
					ok = false
				}
			default:
				ok = false
			}
		}
		// "reached an agreement to exchange": a noun right before "to"
		// governs the infinitive unless the verb passes its object on
		// ("urged the army to withdraw").
		if ok && (g.Noun < 0 || objectControl[prev.Lemma]) {
			g.Governor = k - 1
		}
	}
}
