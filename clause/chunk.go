package clause

// Chunk is a noun phrase: "the planned talks", "Russian and Ukrainian
// delegations", "Moscow's team", "the president of France".
type Chunk struct {
	// First and End are the half-open range of the chunk's tokens, as
	// indexes into Document.Tokens; Head is the last noun's token.
	First, End, Head int
	// Conjuncts are the ranges of the coordinated parts, [first, end) pairs,
	// when the chunk joins noun phrases with "and" or "or"; nil otherwise.
	Conjuncts [][2]int
	// Prep is the lower-case preposition before the chunk ("by", "with"),
	// "" when none.
	Prep string
}

func npWord(t Tag) bool {
	switch t {
	case TagDet, TagPoss, TagAdj, TagNoun, TagProper, TagNum, TagPron, TagSymbol:
		return true
	}
	return false
}

// chunks appends to out the noun phrases of a tagged sentence.
func chunks(words []Word, first int, out []Chunk) []Chunk {
	for i := 0; i < len(words); {
		if !npWord(words[i].Tag) || words[i].Tag == TagSymbol && (i+1 >= len(words) || words[i+1].Tag != TagNum) {
			i++
			continue
		}
		j := npEnd(words, i)
		c := Chunk{First: first + i, End: first + j, Head: first + j - 1}
		var conj [][2]int
		// Coordination: NP and NP, unless the second conjunct is a subject
		// with its own verb ("Russia attacked and Ukraine replied").
		for j+1 < len(words) && (words[j].Lower == "and" || words[j].Lower == "or" || words[j].Lower == ",") && npWord(words[j+1].Tag) {
			if words[j].Lower == "," && !commaList(words, j) {
				break
			}
			k := npEnd(words, j+1)
			if k < len(words) && (words[k].Tag == TagVerb || words[k].Tag == TagAux || words[k].Tag == TagModal) && words[j].Lower != "," && words[i].Tag != TagAdj && verbBefore(words, i) {
				// Adjective conjuncts share the noun: "Russian and Ukrainian delegations".
				if !(words[j+1].Tag == TagAdj || words[j+1].Tag == TagProper && k > j+2) {
					break
				}
			}
			if conj == nil {
				conj = [][2]int{{first + i, first + j}}
			}
			conj = append(conj, [2]int{first + j + 1, first + k})
			j = k
			c.End, c.Head = first+j, first+j-1
		}
		c.Conjuncts = conj
		if i > 0 && (words[i-1].Tag == TagPrep || words[i-1].Tag == TagTo) {
			c.Prep = words[i-1].Lower
		}
		out = append(out, c)
		i = j
	}
	return out
}

// commaList reports whether the comma at j is part of a list "A, B and C":
// an "and" or "or" follows before the next verb or clause punctuation.
func commaList(words []Word, j int) bool {
	for k := j + 1; k < len(words) && k < j+8; k++ {
		switch words[k].Tag {
		case TagConj:
			return words[k].Lower == "and" || words[k].Lower == "or"
		case TagVerb, TagAux, TagModal, TagWH, TagSub:
			return false
		case TagPunct:
			if words[k].Lower != "," {
				return false
			}
		}
	}
	return false
}

// npEnd returns the end of the noun phrase that starts at i: determiners,
// adjectives, nouns, names and numbers, a possessive 's, a pronoun alone,
// and an "of" phrase after a noun.
func npEnd(words []Word, i int) int {
	if words[i].Tag == TagPron {
		return i + 1
	}
	j := i
	for j < len(words) {
		t := words[j].Tag
		switch {
		case t == TagProper && j > i && words[j-1].Tag == TagNoun && properBeforeVerb(words, j):
			// "a condition Kyiv has rejected": a name that starts a
			// relative clause without "that".
			return j
		case t == TagDet && j > i:
			return j
		case t == TagDet || t == TagPoss || t == TagAdj || t == TagNoun || t == TagProper || t == TagNum || t == TagSymbol:
			j++
		case t == TagPunct && (words[j].Lower == "-" || words[j].Lower == "'") && j+1 < len(words) && npWord(words[j+1].Tag) && j > i:
			j++
		case t == TagVerb && words[j].Form == FormGerund && j > i && j+1 < len(words) && (words[j+1].Tag == TagNoun) && words[j-1].Tag != TagNoun:
			j++ // "the ruling party"
		case t == TagPrep && words[j].Lower == "of" && j > i && j+1 < len(words) && (words[j+1].Tag == TagProper || words[j+1].Tag == TagDet && j+2 < len(words) && words[j+2].Tag == TagProper):
			j++
		default:
			return j
		}
	}
	return j
}

// properBeforeVerb reports whether the run of names from j is directly
// followed by a verb group.
func properBeforeVerb(words []Word, j int) bool {
	for j < len(words) && words[j].Tag == TagProper {
		j++
	}
	for j < len(words) && (words[j].Tag == TagAdv || words[j].Tag == TagNeg) {
		j++
	}
	return j < len(words) && (words[j].Tag == TagVerb && words[j].Form != FormGerund || words[j].Tag == TagAux || words[j].Tag == TagModal)
}

// verbBefore reports whether a verb or auxiliary comes before word i.
func verbBefore(words []Word, i int) bool {
	for j := 0; j < i; j++ {
		if t := words[j].Tag; t == TagVerb || t == TagAux || t == TagModal {
			return true
		}
	}
	return false
}
