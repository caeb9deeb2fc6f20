package actor

import (
	"strings"

	"github.com/parleyhq/parley"
)

// titleName reads a name after a title: "President Donald Trump",
// "Russian President Vladimir Putin", "spokesman Dmitry Peskov", "Foreign
// Minister Hakan Fidan". The mention runs from the first modifier (or the
// title) to the end of the name.
func (st *state) titleName(i, roleTok, k, end int, r role, mods []mod) int {
	toks := st.toks
	if k >= end || toks[k-1].possLen > 0 {
		return i
	}
	start := toks[roleTok].start()
	if len(mods) > 0 {
		start = toks[mods[0].tok].start()
	}
	if first := i + b2i(toks[i].is(fDet)); first < roleTok && toks[first].start() < start {
		// Premodifiers belong to the title: "presidential aide X".
		start = toks[first].start()
	}
	// "Syria's interim president, Ahmed al-Sharaa": a comma before a known name.
	if len(mods) > 0 && toks[k].low == "," && k+1 < end {
		if ps := st.kb(k+1, end, 1<<phPerson); len(ps) > 0 && len(ps[0].words) > 1 {
			k++
		}
	}
	if !toks[k].cap {
		return i
	}
	// A known person: the knowledge base, weak surnames included, or a name
	// seen earlier in the document.
	if ps := st.kb(k, end, 1<<phPerson); len(ps) > 0 {
		n := k + len(ps[0].words)
		pi := st.pickPerson(ps, true)
		if pi >= 0 {
			st.emit(start, endOf(toks, n-1), st.personActor(pi), "name", "kb-title-name", i)
			return n
		}
	}
	if ps := st.local.match(st.doc.Text, toks, k, end, 1<<phPerson); len(ps) > 0 {
		n := k + len(ps[0].words)
		st.emit(start, endOf(toks, n-1), ps[0].ref, "name", "title-surname", i)
		return n
	}
	n := st.nameSeq(k, end)
	if n == k {
		return i
	}
	m := mod{orgIdx: -1}
	if len(mods) > 0 {
		m = mods[0]
	}
	name := st.doc.Text[toks[k].start():endOf(toks, n-1)]
	gender := st.t.firstNames[toks[k].low]
	if gender == 'u' {
		gender = 0
	}
	roleText := st.lowSpan(toks[roleTok].start(), endOf(toks, k-1))
	switch roleText {
	case "spokeswoman", "queen":
		gender = 'f'
	case "spokesman", "king":
		gender = 'm'
	}
	rule, sector := "title-name", sectorOf(r, m)
	if m.iso == "" && m.org == "" && stateSectors[sector] {
		// "Interior Minister Mohsin Naqvi" in a report that names one
		// country is that country's minister.
		if c, why := st.contextCountry(-1); c != "" {
			m.iso, rule = c, "title-name+"+why
		}
	}
	a := st.actor(akey{ns: "name", a: st.lowSpan(toks[k].start(), endOf(toks, n-1))}, func() actorState {
		return actorState{a: parley.Actor{Name: name, Type: "person", Country: m.iso, Org: m.org,
			Sector: sector, Role: roleText}, gender: gender, keys: keysOf(r), leader: r.leader, head: r.head}
	})
	st.remember(k, n, a)
	st.emit(start, endOf(toks, n-1), a, "name", rule, i)
	return n
}

// nameSeq returns the end of a sequence of capitalised words at k that can
// be a person's name (at most four words, particles allowed inside), or k.
func (st *state) nameSeq(k, end int) int {
	toks := st.toks
	n := k
	for n < end && n-k < 5 {
		t := &toks[n]
		switch {
		case t.word && (t.cap || n > k && hasNamePrefix(t.low)) && !t.is(fStopCap) && !st.isPlaceWord(n, end):
			n++
			if t.possLen > 0 {
				return n
			}
			continue
		case t.is(fParticle) && n > k && n+1 < end && toks[n+1].cap:
			n++
			continue
		}
		break
	}
	for n > k && toks[n-1].is(fParticle) {
		n--
	}
	return n
}

// isPlaceWord reports whether the token at n starts a country, adjective or
// seat, which ends a name.
func (st *state) isPlaceWord(n, end int) bool {
	return len(st.kb(n, end, 1<<phCountry|1<<phAdj|1<<phSeat|1<<phRole|1<<phOrg)) > 0
}

// remember adds the name at tokens [k, n) and its last word to the
// document's own lexicon, so later mentions ("Hassan") link to the actor.
//
// The phrases are built from the tokens' own forms, as lexicon.add would
// build them from the name's text.
func (st *state) remember(k, n, a int) {
	forms, words := make([]string, n-k), make([]string, n-k)
	for j := k; j < n; j++ {
		t := &st.toks[j]
		f, w := t.text(st.doc.Text), t.low
		if j == n-1 {
			f, w = f[:len(f)-int(t.possLen)], t.base()
		}
		forms[j-k], words[j-k] = f, w
	}
	last := n - k - 1
	st.local.addPhrase(&phrase{words: words, forms: forms, kind: phPerson, ref: a, exact: last == 0 && isAcronym(forms[0])})
	if last > 0 {
		st.local.addPhrase(&phrase{words: words[last:], forms: forms[last:], kind: phPerson, ref: a, exact: isAcronym(forms[last])})
	}
}

// pickPerson chooses among knowledge-base people that share a name: one
// already in the document, else one in office at the document's date, else
// the first. Weak aliases count only when allowWeak is set or the person
// is already in the document.
func (st *state) pickPerson(ps []*phrase, allowWeak bool) int {
	best, bestScore := -1, -1
	for _, p := range ps {
		if p.kind != phPerson {
			continue
		}
		person := st.t.people[p.ref]
		inDoc := st.kbActor != nil && st.kbActor[p.ref] > 0
		if p.weak && !allowWeak && !inDoc {
			continue
		}
		score := 0
		switch {
		case inDoc:
			score = 3
		case !st.date.IsZero() && person.at(st.date).covers(st.date):
			score = 2
		case st.date.IsZero() && person.at(st.date).end.IsZero():
			score = 2
		default:
			score = 1
		}
		if score > bestScore {
			best, bestScore = p.ref, score
		}
	}
	return best
}

// name reads a knowledge-base name (person, organisation, state, seat) or a
// name first seen earlier in the document.
func (st *state) name(i, end int) int {
	toks := st.toks
	if len(st.local) > 0 {
		if ps := st.local.match(st.doc.Text, toks, i, end, 1<<phPerson); len(ps) > 0 {
			kb := st.kb(i, end, 1<<phPerson|1<<phOrg|1<<phCountry|1<<phSeat)
			if len(kb) == 0 || len(kb[0].words) <= len(ps[0].words) {
				n := i + len(ps[0].words)
				st.emit(toks[i].start(), endOf(toks, n-1), ps[0].ref, "name", "surname", i)
				return n
			}
		}
	}
	ps := st.kb(i, end, 1<<phPerson|1<<phOrg|1<<phCountry|1<<phSeat|1<<phPeople)
	if len(ps) == 0 {
		return i
	}
	n := i + len(ps[0].words)
	start, stop := toks[i].start(), endOf(toks, n-1)
	if pi := st.pickPerson(ps, false); pi >= 0 {
		rule := "kb-alias"
		if eqNorm(st.doc.Text[start:stop], st.t.people[pi].low) {
			rule = "kb-name"
		}
		st.emit(start, stop, st.personActor(pi), "name", rule, i)
		return n
	}
	for _, p := range ps {
		switch p.kind {
		case phOrg:
			st.emit(start, stop, st.orgActor(p.ref), "name", "kb-org", i)
			return n
		case phCountry:
			if st.adjectiveUse(i, n, end) {
				return n
			}
			st.emit(start, stop, st.stateActor(st.t.countries[p.ref].iso3), "name", "country", i)
			return n
		case phPeople:
			c := st.t.countries[p.ref]
			a := st.groupActor(c.iso3, "", "", "", "", c.adjective+"s")
			if c.adjective == "" {
				a = st.groupActor(c.iso3, "", "", "", "", st.doc.Text[start:stop])
			}
			st.emit(start, stop, a, "demonym", "nation-plural", i)
			return n
		case phSeat:
			s := st.t.seats[p.ref]
			if (s.capital || s.org != "") && !st.metonymContext(i, n, end) {
				return n
			}
			rule := "seat"
			if s.capital {
				rule = "capital-metonym"
			}
			if s.org != "" {
				if oi, ok := st.t.orgByCode[s.org]; ok {
					st.emit(start, stop, st.orgActor(oi), "metonym", rule, i)
					return n
				}
			}
			name := s.name
			if adj := st.adjective(s.country); adj != "" {
				switch s.sector {
				case "GOV":
					name = adj + " government"
				case "MIL":
					name = adj + " military"
				}
			}
			st.emit(start, stop, st.groupActor(s.country, "", s.sector, "", "", name), "metonym", rule, i)
			return n
		}
	}
	// Only weak surnames matched: not a mention, but skip the words.
	return n
}

// metonymContext reports whether the capital at tokens [i, n) stands for a
// government: not after a locative preposition ("in Moscow"), not before a
// place noun ("Kyiv region"), and not part of a longer capitalised name.
func (st *state) metonymContext(i, n, end int) bool {
	toks := st.toks
	first := st.doc.Sentences[st.sent].FirstToken
	// Datelines: "KYIV, Ukraine —", "BRUSSELS (Reuters) —".
	if text := toks[i].text(st.doc.Text); len(text) > 3 && strings.ToUpper(text) == text {
		return false
	}
	if n+1 < end && (toks[n].low == "(" || toks[n].low == "," && toks[n+1].kinds&(1<<phCountry) != 0 && i == first) {
		return false
	}
	// "to Paris and Warsaw": a locative before a coordinated list.
	for j := i - 1; j >= first && j >= i-6; j-- {
		w := toks[j]
		if w.low == "and" || w.low == "or" || w.low == "," || w.cap {
			continue
		}
		if w.is(fLocative) && j < i-1 {
			return false
		}
		break
	}
	if i > 0 {
		p := toks[i-1]
		if p.is(fLocative) {
			if p.low == "on" && i > 1 && toks[i-2].is(fPressure) {
				return true
			}
			return false
		}
		if p.cap && p.word && !p.is(fStopCap) && st.doc.SentenceAt(p.start()) == st.sent && i > st.doc.Sentences[st.sent].FirstToken {
			return false
		}
	}
	if n < end {
		x := toks[n]
		if x.is(fPlaceNext) || x.cap && x.word && !x.is(fStopCap) && toks[n-1].possLen == 0 {
			return false
		}
	}
	return true
}

// firstName reads "Firstname Lastname" for first names in the lexicon.
func (st *state) firstName(i, end int) int {
	toks := st.toks
	if !toks[i].is(fFirst) {
		return i
	}
	g, ok := st.t.firstNames[toks[i].low]
	if !ok || !toks[i].cap || toks[i].possLen > 0 || i+1 >= end {
		return i
	}
	n := st.nameSeq(i+1, end)
	if n == i+1 || n-i > 4 {
		return i
	}
	if g == 'u' {
		g = 0
	}
	name := st.doc.Text[toks[i].start():endOf(toks, n-1)]
	a := st.actor(akey{ns: "name", a: st.lowSpan(toks[i].start(), endOf(toks, n-1))}, func() actorState {
		return actorState{a: parley.Actor{Name: name, Type: "person"}, gender: g}
	})
	st.remember(i, n, a)
	st.emit(toks[i].start(), endOf(toks, n-1), a, "name", "first-name", i)
	return n
}

// orgSuffix reads capitalised names that end in an organisation word:
// "Ministry of Defence", "Sudanese Armed Forces", "National Security Council".
func (st *state) orgSuffix(i, end int) int {
	toks := st.toks
	if !toks[i].cap || toks[i].is(fStopCap) || isLedWord(toks[i].low) {
		return i
	}
	last, sector, n := -1, "", i
	for n < end && n-i < 8 {
		t := &toks[n]
		if t.cap && t.word && !(n > i && t.is(fStopCap)) {
			if s, ok := orgSuffixes[t.base()]; ok {
				last, sector = n, s
			}
			n++
			if t.possLen > 0 {
				break
			}
			continue
		}
		if (t.low == "of" || t.low == "for" || t.low == "and" || t.low == "on") && n+1 < end && toks[n+1].cap && n > i {
			n++
			continue
		}
		break
	}
	for n > i && !toks[n-1].cap {
		n--
	}
	if last < 0 || n-i < 2 {
		return i
	}
	// "Ministry of Defence" keeps its "of" tail; "Army chief" does not start
	// an organisation.
	iso := ""
	for j := i; j < n; j++ {
		if ps := st.kb(j, end, 1<<phAdj|1<<phCountry); len(ps) > 0 && iso == "" {
			iso = st.t.countries[ps[0].ref].iso3
		}
		if toks[j].low == "defence" || toks[j].low == "defense" {
			sector = "MIL"
		}
		if toks[j].low == "liberation" || toks[j].low == "resistance" {
			sector = "REB"
		}
	}
	name := st.doc.Text[toks[i].start():endOf(toks, n-1)]
	a := st.actor(akey{ns: "org", a: st.lowSpan(toks[i].start(), endOf(toks, n-1))}, func() actorState {
		return actorState{a: parley.Actor{Name: name, Type: "organisation", Country: iso, Sector: sector}}
	})
	st.emit(toks[i].start(), endOf(toks, n-1), a, "name", "org-suffix", i)
	return n
}

// hasNamePrefix reports whether w is an Arabic-style surname with a
// lower-case article: al-Qanoua, el-Sisi.
func hasNamePrefix(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "ibn-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return true
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// adjectiveUse reports whether a country name that is also an adjective
// ("U.S.", "UK") modifies a noun here: "U.S. airstrikes".
func (st *state) adjectiveUse(i, n, end int) bool {
	if n >= end || st.toks[n-1].possLen > 0 || n-i != 1 || !isAcronym(st.toks[i].text(st.doc.Text)) {
		return false
	}
	adj := st.kb(i, end, 1<<phAdj)
	if len(adj) == 0 || len(adj[0].words) != n-i {
		return false
	}
	next := st.toks[n]
	return next.word && !next.cap && !next.is(fStopCap) && !next.is(fItVerb)
}

// isLedWord reports whether w is a compound modifier such as
// "Kurdish-led" or "Iran-backed" that precedes a name but is not part of it.
func isLedWord(w string) bool {
	for _, s := range []string{"-led", "-backed", "-based", "-run", "-aligned", "-allied", "-controlled", "-held"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
