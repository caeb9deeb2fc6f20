package actor

import (
	"strings"

	"github.com/parleyhq/parley"
)

// mod is a modifier that gives a description its country or organisation:
// "Russian", "Ukraine's", "Kremlin", "NATO", "Moscow's".
type mod struct {
	iso, org, sector string
	region           string // "european" in "European leaders"
	of               bool   // from "of Russia" after the noun
	orgIdx           int    // index into Tagger.orgs, -1 when not an organisation
	tok              int    // first token
}

// modifierAt reads one modifier at token j.
func (st *state) modifierAt(j, end int) (mod, int, bool) {
	ps := st.kb(j, end, 1<<phAdj|1<<phCountry|1<<phSeat|1<<phOrg)
	for _, p := range ps {
		n := len(p.words)
		last := &st.toks[j+n-1]
		switch p.kind {
		case phAdj:
			return mod{iso: st.t.countries[p.ref].iso3, orgIdx: -1, tok: j}, j + n, true
		case phCountry:
			if last.possLen > 0 {
				return mod{iso: st.t.countries[p.ref].iso3, orgIdx: -1, tok: j}, j + n, true
			}
		case phSeat:
			s := st.t.seats[p.ref]
			if (s.capital || s.org != "") && last.possLen == 0 {
				continue
			}
			m := mod{iso: s.country, sector: s.sector, org: s.org, orgIdx: -1, tok: j}
			if s.org != "" {
				m.iso = ""
				if oi, ok := st.t.orgByCode[s.org]; ok {
					m.orgIdx = oi
				}
			}
			return m, j + n, true
		case phOrg:
			o := st.t.orgs[p.ref]
			return mod{iso: o.country, org: orgCode(o), sector: o.sector, orgIdx: p.ref, tok: j}, j + n, true
		}
	}
	if len(ps) == 0 && st.toks[j].is(fRegion) && st.toks[j].possLen == 0 && len(st.kb(j, end, 1<<phRole)) == 0 {
		// "foreign" is a region in "foreign leaders" but part of the role
		// in "the foreign ministry", "the foreign minister".
		return mod{region: st.toks[j].low, orgIdx: -1, tok: j}, j + 1, true
	}
	if len(ps) == 0 && st.t.gaz != nil && st.toks[j].cap && st.toks[j].possLen == 0 {
		if c, ok := st.t.gaz.CountryByDemonym(st.toks[j].text(st.doc.Text)); ok {
			return mod{iso: c.ISO3, orgIdx: -1, tok: j}, j + 1, true
		}
	}
	return mod{}, j, false
}

// roleAt reads a title or agent noun at token j and merges the entries
// that match it ("spokesman" is both).
func (st *state) roleAt(j, end int) (role, int, bool) {
	ps := st.kb(j, end, 1<<phRole)
	if len(ps) == 0 {
		return role{}, j, false
	}
	var r role
	for i, p := range ps {
		x := st.t.roles[p.ref]
		if i == 0 {
			r = x
			continue
		}
		if x.title {
			r.title, r.key, r.leader = true, x.key, r.leader || x.leader
		}
		if x.plural {
			r.plural = true
		}
		if x.bare {
			r.bare = true
		}
		if r.head == "" {
			r.head = x.head
		}
	}
	return r, j + len(ps[0].words), true
}

// roleAhead reports whether a role word may follow at i the words that
// description reads before it (determiner, premodifiers, modifiers and
// their conjunctions, capitalised words). It accepts every path that
// description accepts, and rejects most tokens after one look: "the" before
// a common noun, a capitalised word before a verb.
//
// A scan that fails marks the tokens it passed (tok.noRole): a scan from
// any of them takes the same path and fails too.
func (st *state) roleAhead(i, end int) bool {
	toks := st.toks
	j := i
	for j < end {
		t := &toks[j]
		if t.noRole {
			break
		}
		if t.kinds&(1<<phRole) != 0 {
			return true
		}
		if t.kinds != 0 {
			if ps := st.kb(j, end, 1<<phAdj|1<<phCountry|1<<phSeat|1<<phOrg); len(ps) > 0 {
				j += len(ps[0].words)
				continue
			}
		}
		if !t.word && t.low != "," || !t.cap && !t.is(fDet|fPremod|fRegion) && t.low != "and" && t.low != "or" && t.low != "," {
			break
		}
		j++
	}
	for k := i; k < j; {
		// Mark the path: phrase starts and the single words between them.
		toks[k].noRole = true
		if toks[k].kinds != 0 {
			if ps := st.kb(k, end, 1<<phAdj|1<<phCountry|1<<phSeat|1<<phOrg); len(ps) > 0 {
				k += len(ps[0].words)
				continue
			}
		}
		k++
	}
	return false
}

// description reads [determiner] [premodifiers] [modifiers] role [name]:
// "President Donald Trump", "Russian President Vladimir Putin", "a senior
// Ukrainian official", "Russian and Ukrainian delegations", "the Ukrainian
// leader", "civilians", "both leaders".
func (st *state) description(i, end int) int {
	if !st.roleAhead(i, end) {
		return i
	}
	toks := st.toks
	j, det := i, -1
	if toks[j].is(fDet) {
		det, j = j, j+1
	}
	two := false
	for j < end && toks[j].is(fPremod) {
		two = two || toks[j].low == "two"
		j++
	}
	mods := st.modBuf[:0]
	for j < end {
		m, nj, ok := st.modifierAt(j, end)
		if !ok {
			break
		}
		mods, j = append(mods, m), nj
		if j+1 < end && (toks[j].low == "and" || toks[j].low == "," || toks[j].low == "or") {
			if _, _, ok := st.modifierAt(j+1, end); ok {
				j++
				continue
			}
		}
		break
	}
	for j < end && toks[j].is(fPremod) {
		two = two || toks[j].low == "two"
		j++
	}
	if j >= end {
		return i
	}
	r, k, ok := st.roleAt(j, end)
	if !ok && len(mods) == 0 && toks[j].cap && toks[j].kinds == 0 && !toks[j].is(fStopCap) && toks[j].possLen == 0 && j+1 < end {
		// "Kurdish militants", "Alawite civilians": an adjective the
		// country table does not know names a group without a country.
		if r2, k2, ok2 := st.roleAt(j+1, end); ok2 && r2.plural && !toks[j+1].cap {
			mods = append(mods, mod{region: toks[j].low, orgIdx: -1, tok: j})
			r, k, ok, j = r2, k2, true, j+1
		}
	}
	if !ok {
		return i
	}
	roleTok := j
	for k < end && toks[k-1].possLen == 0 {
		// "military spokesman", "foreign ministry spokeswoman": the last
		// role word is the head.
		r2, k2, ok := st.roleAt(k, end)
		if !ok {
			break
		}
		r, k = r2, k2
	}
	spanEnd := endOf(toks, k-1)
	if r.title {
		if n := st.titleName(i, roleTok, k, end, r, mods); n > i {
			return n
		}
	}
	noun := st.lowSpan(toks[roleTok].start(), spanEnd)
	// "the president of Russia"
	if len(mods) == 0 && k+1 < end && toks[k].low == "of" && toks[k-1].possLen == 0 {
		if ps := st.kb(k+1, end, 1<<phCountry); len(ps) > 0 {
			p, n := ps[0], len(ps[0].words)
			m := mod{orgIdx: -1, tok: k + 1, of: true}
			if p.kind == phCountry {
				m.iso = st.t.countries[p.ref].iso3
			} else {
				o := st.t.orgs[p.ref]
				m = mod{iso: o.country, org: orgCode(o), sector: o.sector, orgIdx: p.ref, tok: k + 1, of: true}
			}
			mods, spanEnd, k = append(mods, m), endOf(toks, k+n), k+1+n
		}
	}
	preMods := len(mods) > 0 && !mods[0].of
	if det < 0 && !r.plural && i > 0 && toks[i-1].is(fPredicate) {
		// "was elected German chancellor": a predicate, not a mention.
		return i
	}
	if det < 0 && !preMods && !(r.plural && r.bare) {
		// A bare singular ("was appointed prime minister of Sudan") is a
		// predicate, not a mention.
		return i
	}
	start := toks[roleTok].start()
	switch {
	case det >= 0 && !toks[roleTok].cap:
		start = toks[det].start()
	case det < 0 && i < roleTok && toks[i].is(fPremod):
		// "Local officials", "Senior commanders".
		start = toks[i].start()
	case preMods:
		start = toks[mods[0].tok].start()
	case det >= 0 && toks[det].cap && !r.title:
		start = toks[det].start()
	}
	if toks[k-1].possLen > 0 && r.plural {
		// "the soldiers' families": still the soldiers.
		spanEnd = endOf(toks, k-1)
	}
	st.next = k
	detWord := ""
	if det >= 0 {
		detWord = toks[det].low
	}
	if detWord == "the" && len(mods) == 0 && (r.plural || r.head == "group") && r.sector == "REB" {
		if a := st.lastGroup(r.sector); a >= 0 {
			st.emit(start, spanEnd, a, "description", "def-group", i)
			return k
		}
	}
	if detWord == "the" && len(mods) == 0 && !r.plural && r.head == "country" {
		if found := st.lastTwo(-1, func(a *actorState) bool { return a.a.Type == "state" }); len(found) > 0 {
			st.emit(start, spanEnd, found[0], "description", "def-state", i)
			return k
		}
		return i
	}
	if r.head == "country" && len(mods) == 0 && !(detWord == "both" || detWord == "the" && two) {
		return i
	}
	if (r.head == "side" || r.head == "delegation" || r.head == "party") && r.plural && len(mods) == 0 && (detWord == "both" || detWord == "the" && two) {
		// "the two sides", "both delegations": the last two delegations,
		// else the last two states.
		found := st.lastTwo(-1, func(a *actorState) bool { return a.class == "delegation" })
		if len(found) < 2 {
			found = st.lastTwo(-1, func(a *actorState) bool { return a.a.Type == "state" || a.a.Type == "group" && a.a.Sector == "REB" })
		}
		if len(found) < 2 {
			return i
		}
		for _, a := range []int{min(found[0], found[1]), max(found[0], found[1])} {
			st.emit(start, spanEnd, a, "description", "both-sides", i)
		}
		return k
	}
	if r.head == "side" || r.head == "party" || r.head == "court" && !(detWord == "the" && len(mods) == 0) {
		return i
	}
	if detWord == "the" && len(mods) == 0 && !r.plural && (r.head == "court" || r.head == "alliance" || r.head == "bloc") {
		// "the court", "the alliance": the last organisation of that kind.
		want := map[string]string{"court": "JUD", "alliance": "NATO", "bloc": "EU"}[r.head]
		for mi := len(st.mentions) - 1; mi >= 0; mi-- {
			a := st.mentions[mi].Actor
			if a >= 0 && st.actors[a].a.Type == "organisation" && (st.actors[a].a.Sector == want || st.actors[a].a.Org == want) {
				st.emit(start, spanEnd, a, "description", "def-org", i)
				return k
			}
		}
		return i
	}
	switch {
	case r.plural && r.key == "leader" || r.plural && r.head == "leader":
		if len(mods) == 0 && (detWord == "both" || detWord == "the" && two) {
			if st.bothLeaders(start, spanEnd, i) {
				return k
			}
		}
		if len(mods) == 0 {
			return i
		}
		st.plural(start, spanEnd, r, noun, mods, i)
	case r.plural && len(mods) == 0 && (detWord == "both" || detWord == "the" && two) && r.head == "country":
		found := st.lastTwo(-1, func(a *actorState) bool { return a.a.Type == "state" })
		if len(found) < 2 {
			return i
		}
		for _, a := range []int{min(found[0], found[1]), max(found[0], found[1])} {
			st.emit(start, spanEnd, a, "description", "both-states", i)
		}
	case r.plural:
		st.plural(start, spanEnd, r, noun, mods, i)
	case delegationHeads[r.head] && !indefinite[detWord]:
		st.plural(start, spanEnd, r, noun, mods, i)
	case indefinite[detWord]:
		st.anonymous(start, spanEnd, r, mods, i)
	case collectives[r.head]:
		st.collective(start, spanEnd, r, mods, i)
	default:
		st.definite(start, spanEnd, r, mods, i, det)
	}
	return k
}

// sectorOf gives the sector of a description: an organisation or seat
// modifier decides for government, military and rebel nouns ("Hamas
// gunmen", "NATO leaders"); otherwise the noun does.
func sectorOf(r role, m mod) string {
	if m.sector != "" && (r.sector == "GOV" || r.sector == "MIL" || r.sector == "REB") {
		if m.sector == "GOV" && r.sector == "MIL" {
			return "MIL"
		}
		return m.sector
	}
	return r.sector
}

func (st *state) modName(m mod) string {
	if m.region != "" {
		return strings.ToUpper(m.region[:1]) + m.region[1:]
	}
	if m.orgIdx >= 0 {
		return st.t.orgs[m.orgIdx].name
	}
	if a := st.adjective(m.iso); a != "" {
		return a
	}
	return m.iso
}

// plural links a plural description to the collective actor of each of its
// modifiers; several modifiers make a list of actors on one span.
func (st *state) plural(start, end int, r role, noun string, mods []mod, tokIdx int) {
	class := ""
	if delegationHeads[r.head] {
		class = "delegation"
	}
	rule := "agent-plural"
	if len(mods) > 1 {
		rule = "conj-list"
	}
	if len(mods) == 0 {
		iso, rule := "", "agent-bare"
		if institutionHeads[r.head] {
			// A bare plural takes a country from its own phrase or sentence
			// only: "police" in a report about one country may be another's.
			if c, why := st.contextCountry(st.next); c != "" && why != "institution-document" {
				iso, rule = c, why
				if adj := st.adjective(iso); adj != "" {
					noun = adj + " " + noun
				}
			}
		}
		a := st.groupActor(iso, "", r.sector, class, "", noun)
		st.emit(start, end, a, "description", rule, tokIdx)
		return
	}
	for _, m := range mods {
		c := class
		if m.region != "" {
			c = strings.TrimPrefix(class+":"+m.region, ":")
		}
		a := st.groupActor(m.iso, m.org, sectorOf(r, m), c, st.modName(m), noun)
		st.emit(start, end, a, "description", rule, tokIdx)
	}
}

// orgCode is the organisation code actors of o carry.
func orgCode(o *org) string {
	if o.orgCode != "" {
		return o.orgCode
	}
	return o.id
}

// anonymous makes a new unnamed actor: "a senior Ukrainian official".
func (st *state) anonymous(start, end int, r role, mods []mod, tokIdx int) {
	m := mod{orgIdx: -1}
	if len(mods) > 0 {
		m = mods[0]
	}
	st.anon++
	name := strings.TrimSpace(st.doc.Text[start:end])
	if sp := strings.IndexByte(name, ' '); sp > 0 && indefinite[strings.ToLower(name[:sp])] {
		name = name[sp+1:]
	}
	rule := "anonymous"
	if why := st.contextMod(&m, r); why != "" {
		rule += "+" + why
	}
	a := st.actor(akey{}, func() actorState {
		return actorState{a: parley.Actor{Name: name, Type: "person", Country: m.iso, Org: m.org,
			Sector: sectorOf(r, m), Role: r.head, Anonymous: true}, head: r.head, keys: keysOf(r), leader: r.leader}
	})
	st.emit(start, end, a, "description", rule, tokIdx)
}

func keysOf(r role) []string {
	if r.key == "" {
		return nil
	}
	return []string{r.key}
}

// collective links "the Russian government", "the Ukrainian military".
func (st *state) collective(start, end int, r role, mods []mod, tokIdx int) {
	if len(mods) == 0 {
		in, why := "", ""
		if institutionHeads[r.head] {
			in, why = st.contextCountry(st.next)
		}
		if why == "institution-in" {
			// "the foreign ministry in Ankara".
			st.emit(start, end, st.groupActor(in, "", r.sector, "", st.adjective(in), r.head), "description", why, tokIdx)
			return
		}
		// "the authority": the latest organisation whose name ends in the
		// noun ("National Disaster Management Authority").
		for i := len(st.mentions) - 1; i >= 0; i-- {
			a := st.mentions[i].Actor
			if a >= 0 && st.actors[a].a.Type == "organisation" && strings.HasSuffix(strings.ToLower(st.actors[a].a.Name), " "+r.head) {
				st.emit(start, end, a, "description", "def-org", tokIdx)
				return
			}
		}
		// "the government": the latest collective actor of the same sector.
		for i := len(st.mentions) - 1; i >= 0; i-- {
			a := st.mentions[i].Actor
			if a >= 0 && st.actors[a].a.Country != "" && st.actors[a].a.Sector == r.sector && !st.actors[a].person() && st.actors[a].a.Type != "state" {
				st.emit(start, end, a, "description", "def-collective", tokIdx)
				return
			}
		}
		// Else the only country of the sentence or the document, else the
		// country the document has named most so far: "the army" in a
		// report about Pakistan is Pakistan's.
		iso, rule := in, why
		if iso == "" {
			iso, rule = st.mainCountry(), "def-collective"
		}
		a := st.groupActor(iso, "", r.sector, "", st.adjective(iso), r.head)
		st.emit(start, end, a, "description", rule, tokIdx)
		return
	}
	for _, m := range mods {
		sector := sectorOf(r, m)
		if m.org != "" && m.orgIdx >= 0 && (m.sector == sector) {
			a := st.orgActor(m.orgIdx)
			st.emit(start, end, a, "description", "collective-org", tokIdx)
			continue
		}
		noun := r.head
		if sector == "GOV" {
			noun = "government"
		}
		a := st.groupActor(m.iso, m.org, sector, "", st.modName(m), noun)
		st.emit(start, end, a, "description", "collective", tokIdx)
	}
}

// definite resolves a singular definite description: "the president",
// "the Ukrainian leader", "the official", "Ukraine's foreign minister".
func (st *state) definite(start, end int, r role, mods []mod, tokIdx, det int) {
	m := mod{orgIdx: -1}
	if len(mods) > 0 {
		m = mods[0]
	}
	// Apposition: "Dmitry Peskov, the Kremlin spokesman", "Juan Ortega,
	// Bolivia's interior minister".
	if q := tokIdx; q > 0 && (det == q || det < 0) && st.toks[q-1].low == "," && len(st.mentions) > 0 {
		last := st.mentions[len(st.mentions)-1]
		if last.Actor >= 0 && last.Span.End == st.toks[q-1].start() && st.actors[last.Actor].person() {
			st.emit(start, end, last.Actor, "title", "apposition", tokIdx)
			st.enrich(last.Actor, r, m)
			return
		}
	}
	// "Tariq Rahimi, the Afghan foreign minister": an unknown name before
	// a comma and a title is a person.
	if p := tokIdx; r.key != "" && p > 2 && st.toks[p-1].low == "," && (det == p || det < 0) {
		if a := st.appositionName(p-1, r, m); a >= 0 {
			st.emit(start, end, a, "title", "apposition", tokIdx)
			return
		}
	}
	for i := len(st.mentions) - 1; i >= 0; i-- {
		a := st.mentions[i].Actor
		if a < 0 || !st.actors[a].person() || !st.fits(st.actors[a], r, m) {
			continue
		}
		st.emit(start, end, a, "title", "title-coref", tokIdx)
		return
	}
	rule := "description"
	if why := st.contextMod(&m, r); why != "" {
		rule += "+" + why
	}
	if r.key != "" && (m.iso != "" || m.org != "") {
		if pi := st.kbByRole(r, m); pi >= 0 {
			st.emit(start, end, st.personActor(pi), "title", strings.Replace(rule, "description", "title-kb", 1), tokIdx)
			return
		}
	}
	name := strings.TrimSpace(st.doc.Text[start:end])
	if sp := strings.IndexByte(name, ' '); sp > 0 && determiners[strings.ToLower(name[:sp])] {
		name = name[sp+1:]
	}
	key := akey{ns: "desc", a: r.head, b: m.iso, c: m.org}
	a := st.actor(key, func() actorState {
		return actorState{a: parley.Actor{Name: name, Type: "person", Country: m.iso, Org: m.org,
			Sector: sectorOf(r, m), Role: r.head}, head: r.head, keys: keysOf(r), leader: r.leader}
	})
	st.emit(start, end, a, "description", rule, tokIdx)
}

// appositionName reads two to four capitalised words that end before the
// comma at token comma and that no rule has taken, and makes them a person
// with role r and modifier m: the name of an apposition ("Tariq Rahimi,
// the Afghan foreign minister"). It returns the actor, or -1.
func (st *state) appositionName(comma int, r role, m mod) int {
	toks := st.toks
	first := st.doc.Sentences[st.sent].FirstToken
	k := comma
	for k > first && comma-k < 4 {
		t := &toks[k-1]
		if !t.word || !t.cap || t.is(fStopCap) || t.kinds != 0 || t.possLen > 0 {
			break
		}
		k--
	}
	if comma-k < 2 || k == first && toks[k].is(fStopCap) {
		return -1
	}
	if k > first && (toks[k-1].cap && toks[k-1].word || toks[k-1].kinds&(1<<phRole) != 0) {
		// Part of a longer name or a title the rules did not take.
		return -1
	}
	if n := len(st.mentions); n > 0 && st.mentions[n-1].Span.End > toks[k].start() {
		return -1
	}
	start, end := toks[k].start(), toks[comma-1].end()
	name := st.doc.Text[start:end]
	a := st.actor(akey{ns: "name", a: norm(name)}, func() actorState {
		return actorState{a: parley.Actor{Name: name, Type: "person", Country: m.iso, Org: m.org,
			Sector: sectorOf(r, m), Role: r.head}, keys: keysOf(r), leader: r.leader, head: r.head}
	})
	st.remember(k, comma, a)
	st.emit(start, end, a, "name", "apposition-name", k)
	return a
}

// contextMod gives a description of a state office without nationality
// ("the foreign minister", "a senior official") the only country of its
// sentence or document, and returns the rule that found it, or "". A
// counterpart is by definition of another country and takes none.
func (st *state) contextMod(m *mod, r role) string {
	if m.iso != "" || m.org != "" || m.region != "" || r.head == "counterpart" || !stateSectors[sectorOf(r, *m)] {
		return ""
	}
	c, why := st.contextCountry(-1)
	if c == "" {
		return ""
	}
	m.iso = c
	return why
}

// fits reports whether person actor a can be called by role r with
// modifier m.
func (st *state) fits(a *actorState, r role, m mod) bool {
	if m.iso != "" && a.a.Country != m.iso {
		return false
	}
	if m.org != "" && a.a.Org != m.org && !(m.sector == "GOV" && a.a.Country == m.iso) {
		return false
	}
	if r.key == "" {
		return a.head == r.head && a.head != ""
	}
	if r.key == "leader" || r.leader && r.key == "" {
		return a.leader
	}
	return contains(a.keys, r.key) || a.head == r.head
}

// enrich adds what an apposition says to a person recognised by rule.
func (st *state) enrich(ai int, r role, m mod) {
	a := st.actors[ai]
	if a.a.KBID != "" {
		return
	}
	if a.a.Country == "" {
		a.a.Country = m.iso
	}
	if a.a.Org == "" {
		a.a.Org = m.org
	}
	if a.a.Sector == "" {
		a.a.Sector = sectorOf(r, m)
	}
	if a.a.Role == "" {
		a.a.Role = r.head
	}
	if r.key != "" && !contains(a.keys, r.key) {
		a.keys = append(a.keys, r.key)
	}
	a.leader = a.leader || r.leader
}

// kbByRole finds the knowledge-base person who held role r for the
// country or organisation of m at the document's date.
func (st *state) kbByRole(r role, m mod) int {
	best := -1
	for pi, p := range st.t.people {
		for _, tm := range p.terms {
			if m.iso != "" && tm.country != m.iso || m.iso == "" && tm.org != m.org {
				continue
			}
			if !tm.hasKey(r.key) {
				continue
			}
			if st.date.IsZero() && !tm.end.IsZero() || !st.date.IsZero() && !tm.covers(st.date) {
				continue
			}
			if best < 0 {
				best = pi
			}
		}
	}
	return best
}

// bothLeaders links "both leaders" to the two leaders last mentioned other
// than the subject of the sentence.
func (st *state) bothLeaders(start, end, tokIdx int) bool {
	subj := st.subject(st.sent, -1, func(a *actorState) bool { return a.person() })
	leader := func(a *actorState) bool { return a.person() && a.leader }
	found := st.lastTwo(subj, leader)
	if len(found) < 2 {
		// "Trump said the two leaders agreed": the subject is one of them.
		found = st.lastTwo(-1, leader)
	}
	if len(found) < 2 {
		return false
	}
	for _, a := range []int{min(found[0], found[1]), max(found[0], found[1])} {
		st.emit(start, end, a, "title", "both-leaders", tokIdx)
	}
	return true
}

func contains2(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// lastTwo returns the two actors last mentioned, other than skip, that ok
// accepts.
func (st *state) lastTwo(skip int, ok func(*actorState) bool) []int {
	var found []int
	for i := len(st.mentions) - 1; i >= 0 && len(found) < 2; i-- {
		a := st.mentions[i].Actor
		if a < 0 || a == skip || st.info[i].attr || !ok(st.actors[a]) || contains2(found, a) {
			continue
		}
		found = append(found, a)
	}
	return found
}

// lastGroup returns the group or organisation of sector last mentioned, or
// -1: "the group", "the rebels".
func (st *state) lastGroup(sector string) int {
	for i := len(st.mentions) - 1; i >= 0; i-- {
		a := st.mentions[i].Actor
		if a < 0 {
			continue
		}
		x := st.actors[a]
		if !x.person() && x.a.Type != "state" && x.a.Sector == sector && (x.a.Country != "" || x.a.Org != "") {
			return a
		}
	}
	return -1
}

// mainCountry returns the country of the most mentions so far (the first
// named on a tie), or "".
func (st *state) mainCountry() string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, m := range st.mentions {
		if m.Actor < 0 {
			continue
		}
		c := st.actors[m.Actor].a.Country
		if c == "" {
			continue
		}
		count[c]++
		if count[c] > bestN {
			best, bestN = c, count[c]
		}
	}
	return best
}
