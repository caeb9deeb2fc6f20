package actor

// pronoun links he/she/they/it to an actor mentioned before it.
//
// Rules, in order:
//   - he, she (and him, his, her, ...): the first gender-compatible person
//     mentioned earlier in the same sentence (its subject, usually), else
//     the first compatible person of the nearest earlier sentence that has
//     one, at most three sentences back ("pronoun-subject",
//     "pronoun-previous-subject");
//   - they, them, their: the nearest group or organisation earlier in the
//     sentence, else the first of the previous sentence ("pronoun-group");
//   - it, its: the first actor of the sentence, or of the previous one, when
//     it is an organisation, a state or a government; "it" only before a
//     verb of saying or deciding ("pronoun-it").
func (st *state) pronoun(i int) int {
	t := &st.toks[i]
	var g byte
	switch {
	case t.is(fMale):
		g = 'm'
	case t.is(fFemale):
		g = 'f'
	case t.is(fPlural):
		return st.pluralPronoun(i)
	case t.is(fNeuter):
		return st.itPronoun(i)
	default:
		return i
	}
	person := func(a *actorState) bool { return a.person() && (a.gender == 0 || a.gender == g) && !a.plural }
	if t.low == "him" || t.low == "her" && i+1 < len(st.toks) && !st.toks[i+1].word {
		// An object pronoun is not the subject of its own clause: the
		// nearest other person ("Biden called Netanyahu to congratulate him").
		subj := st.subject(st.sent, i, person)
		for j := len(st.info) - 1; j >= 0 && st.info[j].sent == st.sent; j-- {
			if a := st.mentions[j].Actor; a >= 0 && a != subj && person(st.actors[a]) {
				st.emit(t.start(), t.end(), a, "pronoun", "pronoun-object", i)
				return i + 1
			}
		}
	}
	if a := st.subject(st.sent, i, person); a >= 0 {
		st.emit(t.start(), t.end(), a, "pronoun", "pronoun-subject", i)
		return i + 1
	}
	for s := st.sent - 1; s >= 0 && s >= st.sent-3; s-- {
		if a := st.subject(s, -1, person); a >= 0 {
			st.emit(t.start(), t.end(), a, "pronoun", "pronoun-previous-subject", i)
			return i + 1
		}
	}
	return i + 1
}

// subject returns the actor of the first mention in sentence s (before
// token before, when before >= 0) that ok accepts, or -1.
func (st *state) subject(s, before int, ok func(*actorState) bool) int {
	lo := len(st.info)
	for lo > 0 && st.info[lo-1].sent >= s {
		lo--
	}
	for j := lo; j < len(st.info) && st.info[j].sent == s; j++ {
		if before >= 0 && st.info[j].tok >= before {
			break
		}
		if a := st.mentions[j].Actor; a >= 0 && !st.info[j].attr && ok(st.actors[a]) {
			return a
		}
	}
	return -1
}

func (st *state) pluralPronoun(i int) int {
	t := &st.toks[i]
	group := func(a *actorState) bool { return a.plural || a.a.Type == "organisation" }
	// "Egypt and Jordan said they...": two actors joined by "and" earlier in
	// the sentence are a list.
	for j := len(st.info) - 1; j > 0 && st.info[j].sent == st.sent && st.info[j-1].sent == st.sent; j-- {
		a, b := st.mentions[j-1], st.mentions[j]
		if st.info[j-1].attr || st.info[j].attr {
			continue
		}
		between := st.info[j].tok - 1
		if a.Actor >= 0 && b.Actor >= 0 && a.Actor != b.Actor && between > 0 && st.toks[between].low == "and" &&
			st.toks[between-1].end() <= a.Span.End+4 && !st.actors[a.Actor].person() && !st.actors[b.Actor].person() {
			st.emit(t.start(), t.end(), a.Actor, "pronoun", "pronoun-list", i)
			st.emit(t.start(), t.end(), b.Actor, "pronoun", "pronoun-list", i)
			return i + 1
		}
	}
	// A plural group earlier in the sentence, else an organisation that is
	// its subject; a news agency in a dateline or credit is neither.
	for j := len(st.info) - 1; j >= 0 && st.info[j].sent == st.sent; j-- {
		if a := st.mentions[j].Actor; a >= 0 && !st.info[j].attr && st.actors[a].plural && !st.credit(j) {
			st.emit(t.start(), t.end(), a, "pronoun", "pronoun-group", i)
			return i + 1
		}
	}
	if a := st.subject(st.sent, i, group); a >= 0 && st.actors[a].a.Sector != "MED" {
		st.emit(t.start(), t.end(), a, "pronoun", "pronoun-group", i)
		return i + 1
	}
	if st.sent > 0 {
		if a := st.subject(st.sent-1, -1, group); a >= 0 {
			st.emit(t.start(), t.end(), a, "pronoun", "pronoun-group", i)
			return i + 1
		}
	}
	return i + 1
}

func (st *state) itPronoun(i int) int {
	t := &st.toks[i]
	if t.low == "it" && (i+1 >= len(st.toks) || !st.toks[i+1].is(fItVerb)) {
		return i + 1
	}
	// The nearest actor before "it" in the sentence, else the previous
	// sentence's first.
	a := -1
	for j := len(st.info) - 1; j >= 0 && st.info[j].sent == st.sent; j-- {
		if st.mentions[j].Actor >= 0 && !st.info[j].attr {
			a = st.mentions[j].Actor
			break
		}
	}
	if a < 0 && st.sent > 0 {
		a = st.subject(st.sent-1, -1, func(*actorState) bool { return true })
	}
	if a < 0 || st.actors[a].person() || st.actors[a].a.Sector == "CVL" {
		return i + 1
	}
	st.emit(t.start(), t.end(), a, "pronoun", "pronoun-it", i)
	return i + 1
}

// credit reports whether mention j is a news agency credit in brackets:
// "(AP)", "(Reuters)".
func (st *state) credit(j int) bool {
	k := st.info[j].tok
	return k > 0 && st.toks[k-1].low == "("
}
