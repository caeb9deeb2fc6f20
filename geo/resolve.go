package geo

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/parleyhq/parley"
)

// cues records the words around each mention: a preposition or direction
// before it, a type word after it ("region"), and the mention that states
// where it lies ("X, Y" and "Y's X").
func (m *matcher) cues() {
	toks := m.doc.Tokens
	for k := range m.mentions {
		mt := &m.mentions[k]
		if mt.piece {
			continue
		}
		// A type word after the name: "Sumy region", "Kharkiv Oblast".
		if n := mt.last + 1; !mt.possessive && n < len(toks) && toks[n].Kind == parley.TokenWord {
			// Not when a longer name goes on: "Kentucky State Police",
			// "the U.S. District Court".
			if w, poss := stem(m.word(n)); typeWords[normWord(w)] && (poss || admin2Words[normWord(w)] || !m.nameGoesOn(n)) {
				mt.typeWord = normWord(w)
			}
		}
		// The words before it.
		p := mt.first - 1
		if p >= 0 && m.lower(p) == "the" {
			p--
		}
		switch pw := m.lower(p); {
		case locatives[pw]:
			mt.cue = pw
		case directions[pw]:
			mt.cue = pw
			// "Eastern Ukraine", "Northern Europe": a capitalised direction
			// right before is part of the name as written.
			mt.direction = p == mt.first-1 && m.caseAt(p) == caseTitle && !m.mentionEndsAt(k, p)
		case pw == "of" && placeNouns[m.lower(p-1)]:
			mt.cue = m.lower(p-1) + " of"
		}
		// "X, Y": Y is a country or division that contains X.
		if k+1 < len(m.mentions) {
			next := &m.mentions[k+1]
			end := mt.last
			if mt.typeWord != "" {
				end++ // "Metcalfe County, Kentucky"
			}
			// "China, Japan" is a list, not a town of Japan.
			if !next.piece && next.first == end+2 && m.word(end+1) == "," && m.container(next.refs) &&
				!hasFeature(m.g, mt.refs, FeatureCountry) {
				mt.within = k + 1
			}
		}
		// "Y's X" and "Y's northeastern X": a possessive country before.
		if mt.within < 0 && k > 0 {
			prev := &m.mentions[k-1]
			gap := mt.first - prev.last - 1
			if !prev.piece && prev.possessive && prev.sent == mt.sent && (gap == 0 || gap == 1 && directions[m.lower(mt.first-1)]) &&
				hasFeature(m.g, prev.refs, FeatureCountry, FeatureAdmin1) {
				mt.within = k - 1
			}
		}
	}
}

// container reports whether the refs of Y in "X, Y" name a country or a
// division and no sizeable city ("Paris, Texas"; not "Riyadh, Doha").
func (m *matcher) container(refs []ref) bool {
	ok := false
	for _, r := range refs {
		e := &m.g.entries[r.entry]
		switch {
		case e.Feature == FeatureCountry, e.Feature == FeatureAdmin1 && r.flags&flagBase == 0:
			ok = true
		case e.Feature == FeatureCity && e.Population >= m.t.bare:
			return false
		}
	}
	return ok
}

func hasFeature(g *Gazetteer, refs []ref, features ...string) bool {
	for _, r := range refs {
		for _, f := range features {
			if g.entries[r.entry].Feature == f {
				return true
			}
		}
	}
	return false
}

// strong reports whether an entry may match with no cue at all.
func (m *matcher) strong(r ref) bool {
	e := &m.g.entries[r.entry]
	if r.flags&flagStop != 0 && e.Feature != FeatureCountry && e.Feature != FeatureRegion {
		return false
	}
	switch e.Feature {
	case FeatureCountry, FeatureRegion:
		return true
	case FeatureAdmin1:
		if r.flags&flagGiven != 0 && e.Population < givenDivision || e.Population < smallTown {
			// "Paul said": a small division named like a person, or one
			// with hardly a place in it (a parish), needs a cue.
			return false
		}
		return r.flags&flagBase == 0 || e.Population >= m.t.bare
	}
	return e.Code == "PPLC" || e.Population >= m.t.bare
}

// filter drops the entries that the cues do not allow, and the mentions left
// with none.
func (m *matcher) filter() {
	named := m.namedCountries()
	lowerSeen := m.lowerCaseWords()
	keep := m.mentions[:0] // in place: keep never passes k
	remap := make([]int, len(m.mentions))
	for k := range m.mentions {
		mt := m.mentions[k]
		cued := mt.cue != "" || mt.typeWord != "" || mt.within >= 0 || m.isWithinOf(k)
		single := mt.first == mt.last && !mt.piece
		calendarWord := single && m.in(calendar, mt.first)
		personWord := single && !cued && m.person[m.lowerStem(mt.first)]
		commonWord := single && !cued && lowerSeen[m.lowerStem(mt.first)]
		stopCued := mt.typeWord != "" || mt.within >= 0 || m.isWithinOf(k) || strings.HasSuffix(mt.cue, " of") ||
			mt.cue != "" && !m.nameGoesOn(mt.last)
		var refs []ref
		for _, r := range mt.refs {
			e := &m.g.entries[r.entry]
			switch {
			case mt.sentInitial && !cued && !(m.strong(r) && (e.Feature != FeatureCity || e.Population >= 100000 || e.Code == "PPLC")):
				// The first word of a sentence is capitalised anyway.
			case !cued && !m.strong(r) && !(e.Feature == FeatureCity && r.flags&(flagStop|flagAlt) == 0 &&
				e.Population >= smallTown && named[e.Country] && !mt.sentInitial && !personWord):
				// A small town needs a cue, or its country named in the report.
			case r.flags&flagStop != 0 && !stopCued && e.Feature != FeatureCountry && e.Feature != FeatureRegion:
				// A common word needs more than a preposition when a name
				// goes on after it: "at the University of Texas".
			case calendarWord && e.Feature != FeatureCountry && mt.within < 0 && !m.isWithinOf(k) && !strings.HasSuffix(mt.cue, " of"):
				// "in March" is a month.
			case commonWord && e.Feature == FeatureCity:
				// "Police" when the report also writes "police": a word
				// capitalised in a title, not the town.
			case personWord && e.Feature == FeatureCity:
				// "Nelson said", after "Ben Nelson".
			default:
				refs = append(refs, r)
			}
		}
		// "Sumy region" names the division when there is one.
		if mt.typeWord != "" && hasFeature(m.g, refs, FeatureAdmin1) {
			k := 0
			for _, r := range refs {
				if m.g.entries[r.entry].Feature == FeatureAdmin1 {
					refs[k] = r
					k++
				}
			}
			refs = refs[:k]
		}
		remap[k] = -1
		if len(refs) == 0 {
			continue
		}
		if mt.typeWord != "" && admin2Words[mt.typeWord] && !hasFeature(m.g, refs, FeatureAdmin1, FeatureCountry) {
			// "Metcalfe County": a second-level division, which the
			// gazetteer lacks; the span covers the type word.
			mt.admin2 = true
			n := mt.last + 1
			mt.span.End = m.doc.Tokens[n].Span.End
			if st, poss := stem(m.word(n)); poss {
				mt.span.End = m.doc.Tokens[n].Span.Start + len(st)
				mt.possessive = true
			}
			mt.last = n
		}
		mt.refs = refs
		if mt.typeWord != "" && hasFeature(m.g, refs, FeatureAdmin1) {
			n := mt.last + 1
			mt.span.End = m.doc.Tokens[n].Span.End
			if st, poss := stem(m.word(n)); poss {
				mt.span.End = m.doc.Tokens[n].Span.Start + len(st)
				mt.possessive = true
			}
			mt.last = n
		}
		remap[k] = len(keep)
		keep = append(keep, mt)
	}
	for k := range keep {
		if w := keep[k].within; w >= 0 {
			keep[k].within = remap[w]
		}
	}
	m.mentions = keep
}

// givenDivision is the population a division named like a person
// ("Nelson", "Georgia") needs to match without a cue.
const givenDivision = 500000

// lowerCaseWords returns the words of the single-word mentions without a
// cue that the report also writes in lower case ("Police" and "police").
func (m *matcher) lowerCaseWords() map[string]bool {
	var want map[string]bool
	// A word is looked up only when its first byte and length are those of
	// a wanted word: most words of a report are not.
	var firsts [256]bool
	var lens uint64
	for k, mt := range m.mentions {
		if mt.first == mt.last && !mt.piece && mt.cue == "" && mt.typeWord == "" && mt.within < 0 &&
			hasFeature(m.g, mt.refs, FeatureCity) && !m.isWithinOf(k) {
			if want == nil {
				want = map[string]bool{}
			}
			w := m.lowerStem(mt.first)
			if w == "" {
				continue
			}
			want[w] = false
			firsts[w[0]] = true
			lens |= 1 << min(len(w), 63)
		}
	}
	if want == nil {
		return nil
	}
	for j, t := range m.doc.Tokens {
		if t.Kind != parley.TokenWord {
			continue
		}
		w := m.lower(j)
		if w == "" || !firsts[w[0]] || lens&(1<<min(len(w), 63)) == 0 || m.caseAt(j) != caseOther {
			continue
		}
		if seen, ok := want[w]; ok && !seen {
			want[w] = true
		}
	}
	return want
}

// smallTown is the population a place needs to match without a cue in a
// report that names its country.
const smallTown = 5000

// namedCountries returns the countries that the report names outright, by
// name or demonym.
func (m *matcher) namedCountries() map[string]bool {
	out := map[string]bool{}
	for _, mt := range m.mentions {
		for _, r := range mt.refs {
			if e := &m.g.entries[r.entry]; e.Feature == FeatureCountry {
				out[e.Country] = true
			}
		}
		// A division named by its full name, and nothing else of that
		// name, names its country too: "Kentucky", "Sumy Oblast".
		if d := m.onlyDivision(mt); d != "" {
			out[d] = true
		}
	}
	for cc := range m.demonyms {
		out[cc] = true
	}
	return out
}

// onlyDivision returns the country of mt when all its entries are
// first-level divisions of one country named in full; else "".
func (m *matcher) onlyDivision(mt mention) string {
	cc := ""
	for _, r := range mt.refs {
		e := &m.g.entries[r.entry]
		if e.Feature != FeatureAdmin1 || r.flags&(flagBase|flagAlt|flagStop) != 0 || cc != "" && e.Country != cc {
			return ""
		}
		cc = e.Country
	}
	return cc
}

// isWithinOf reports whether mention k is the Y of an "X, Y" or "Y's X".
func (m *matcher) isWithinOf(k int) bool {
	return k > 0 && m.mentions[k-1].within == k || k+1 < len(m.mentions) && m.mentions[k+1].within == k
}

// context counts the countries that the document and each sentence name
// without ambiguity.
type context struct {
	near []*Entry // the city each mention resolved to in a first pass, nil for others
	doc  map[string]float64
	// own is what each name gave to doc: a name is not its own context
	// ("London" ten times in a report about London, Ontario).
	own  map[nameCountry]float64
	sent map[sentCountry]int
	adm  map[admKey]int // UKR, 21
}

// admKey names a first-level division by country and admin1 code.
type admKey struct{ cc, admin1 string }

func (m *matcher) context() context {
	c := context{doc: map[string]float64{}, sent: map[sentCountry]int{}, adm: map[admKey]int{},
		own: map[nameCountry]float64{}}
	for _, mt := range m.mentions {
		name := m.doc.Text[mt.span.Start:mt.span.End]
		cc, adm, sameAdm := "", admKey{}, true
		for i, r := range mt.refs {
			e := &m.g.entries[r.entry]
			if i == 0 {
				cc, adm = e.Country, admKey{e.Country, e.Admin1}
			}
			if e.Country != cc {
				cc = ""
			}
			if e.Country != adm.cc || e.Admin1 != adm.admin1 {
				sameAdm = false
			}
		}
		if cc == "" {
			// An ambiguous name still counts a little for a reading that
			// dwarfs the others ("London": 8.9 million against 0.4).
			if d := m.dominant(mt.refs); d != nil {
				c.doc[d.Country] += 0.5
				c.own[nameCountry{name, d.Country}] += 0.5
			}
			continue
		}
		// A country, division or big city says more than a village.
		w := 1.0
		if e := &m.g.entries[mt.refs[0].entry]; len(mt.refs) == 1 && e.Feature == FeatureCity && e.Population < 100000 {
			w = 0.5
		}
		c.doc[cc] += w
		c.own[nameCountry{name, cc}] += w
		c.sent[sentCountry{mt.sent, cc}]++
		if sameAdm && adm.admin1 != "" {
			c.adm[adm]++
		}
	}
	for cc, n := range m.demonyms {
		c.doc[cc] += float64(n)
	}
	return c
}

// dominant returns the entry of refs whose population is ten times that of
// every other, or nil.
func (m *matcher) dominant(refs []ref) *Entry {
	var best *Entry
	second := 0
	for _, r := range refs {
		e := &m.g.entries[r.entry]
		switch {
		case best == nil || e.Population > best.Population:
			if best != nil {
				second = max(second, best.Population)
			}
			best = e
		default:
			second = max(second, e.Population)
		}
	}
	if best == nil || best.Population < 10*second || best.Population < 100000 {
		return nil
	}
	return best
}

// nameCountry keys what the mentions of one name add to a country's count.
type nameCountry struct {
	name, cc string
}

// sentCountry keys the count of a country's places in one sentence.
type sentCountry struct {
	sent int
	cc   string
}

// resolve chooses one entry for each mention.
func (m *matcher) resolve() {
	ctx := m.context()
	// Resolve the places that others lie within first.
	order := make([]int, 0, len(m.mentions))
	for k := range m.mentions {
		if m.isWithinOf(k) {
			order = append(order, k)
		}
	}
	for k := range m.mentions {
		if !m.isWithinOf(k) {
			order = append(order, k)
		}
	}
	m.ctx = ctx
	for _, k := range order {
		m.choose(k, ctx)
	}
	// Co-mentioned places: a second pass prefers candidates near the cities
	// that the other mentions resolved to.
	anchors := make([]*Entry, len(m.mentions))
	for k, mt := range m.mentions {
		if e := &m.g.entries[mt.refs[mt.chosen].entry]; e.Feature == FeatureCity {
			anchors[k] = e
		}
	}
	ctx.near = anchors
	for _, k := range order {
		if len(m.mentions[k].refs) > 1 {
			m.choose(k, ctx)
		}
	}
}

// nearOther reports whether e lies within 100 km of the place another
// mention than k resolved to.
func (m *matcher) nearOther(k int, e *Entry, anchors []*Entry) bool {
	for j, a := range anchors {
		if j == k || a == nil || a == e || m.sameName(j, k) {
			continue
		}
		if math.Abs(a.Lat-e.Lat) < 1 && distanceKm(a.Lat, a.Lon, e.Lat, e.Lon) < 100 {
			return true
		}
	}
	return false
}

// sameName reports whether mentions j and k have the same text.
func (m *matcher) sameName(j, k int) bool {
	a, b := m.mentions[j].span, m.mentions[k].span
	return m.doc.Text[a.Start:a.End] == m.doc.Text[b.Start:b.End]
}

type scored struct {
	r      ref
	score  float64
	parent bool
	near   bool
	home   bool // a division of the report's country over a country it does not name otherwise
}

func (m *matcher) choose(k int, ctx context) {
	mt := &m.mentions[k]
	var within *Entry
	if mt.within >= 0 && m.mentions[mt.within].chosen >= 0 {
		w := m.mentions[mt.within]
		within = &m.g.entries[w.refs[w.chosen].entry]
	}
	m.cands = append(m.cands[:0], make([]scored, len(mt.refs))...)
	cands := m.cands
	for i, r := range mt.refs {
		e := &m.g.entries[r.entry]
		s := scored{r: r}
		switch e.Feature {
		case FeatureCountry:
			s.score += 8
		case FeatureRegion:
			s.score += 12 // written by hand for the name: "the Red Sea", not the Sudanese state
		case FeatureAdmin1:
			s.score += 3
			if mt.typeWord != "" {
				s.score += 6
			}
			if r.flags&flagBase != 0 && mt.typeWord == "" {
				s.score -= 3
			}
			if mt.typeWord == "" && m.hasCityIn(mt.refs, e.Country, e.Population) {
				// A bare "Moscow" or "Sumy" is the city, as in GeoNames usage.
				s.score -= 5
			}
		default:
			switch e.Code {
			case "PPLX":
				s.score -= 1.5 // a section of a city wins only with context
			case "PPLC":
				s.score += 3
			case "PPLA":
				s.score += 1.5
			case "PPLA2":
				s.score += 0.5
			}
		}
		s.score += math.Log10(float64(e.Population) + 1)
		if r.flags&flagAlt != 0 && e.Feature != FeatureCountry {
			// An alternate name is often a historical or foreign one: a
			// place called so today comes first.
			s.score -= 2.5
		}
		if within != nil {
			switch {
			case within.Feature == FeatureCountry && e.Country == within.Country,
				within.Feature == FeatureAdmin1 && e.Country == within.Country && e.Admin1 == within.Admin1:
				s.score += 20
				s.parent = true
			case e.Country != within.Country:
				s.score -= 5
			}
		}
		if n := ctx.doc[e.Country] - ctx.own[nameCountry{m.doc.Text[mt.span.Start:mt.span.End], e.Country}]; n > 0.01 && e.Feature != FeatureCountry {
			s.score += 1 + math.Min(n, 5)*0.6
		}
		if n := ctx.sent[sentCountry{mt.sent, e.Country}]; n > 0 && e.Feature != FeatureCountry {
			s.score += 1
		}
		if ctx.adm[admKey{e.Country, e.Admin1}] > 0 && e.Feature == FeatureCity {
			s.score += 1.5
		}
		if e.Feature == FeatureAdmin1 && m.homeDivision(mt, e, ctx) {
			s.score += 4
			s.home = true
		}
		cands[i] = s
	}
	if ctx.near != nil {
		// Nearness adds 2.5: only candidates within that of the best can use it.
		top := math.Inf(-1)
		for _, c := range cands {
			top = math.Max(top, c.score)
		}
		for i := range cands {
			e := &m.g.entries[cands[i].r.entry]
			if cands[i].score >= top-2.5 && e.Feature == FeatureCity && m.nearOther(k, e, ctx.near) {
				cands[i].score += 2.5
				cands[i].near = true
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b scored) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return cmp.Compare(m.g.entries[a.r.entry].ID, m.g.entries[b.r.entry].ID)
	})
	best := cands[0]
	for i, r := range mt.refs {
		if r == best.r {
			mt.chosen = i
		}
	}
	if ctx.near != nil || len(cands) == 1 {
		// The first pass's reason for a mention of several candidates
		// would be replaced by the second's.
		mt.reason = m.explain(mt, cands, within, ctx)
	}
}

// homeDivision reports whether e, a division, lies in a country that the
// rest of the report names at least twice while a country of the same name
// has no support but this name: "Georgia" in a report about Atlanta and
// Texas is the state.
func (m *matcher) homeDivision(mt *mention, e *Entry, ctx context) bool {
	name := m.doc.Text[mt.span.Start:mt.span.End]
	if ctx.doc[e.Country]-ctx.own[nameCountry{name, e.Country}] < 2 {
		return false
	}
	for _, r := range mt.refs {
		c := &m.g.entries[r.entry]
		if c.Feature == FeatureCountry && c.Country != e.Country &&
			ctx.doc[c.Country]-ctx.own[nameCountry{name, c.Country}] < 0.01 {
			return true
		}
	}
	return false
}

// hasCityIn reports whether refs hold a city of country cc with at least
// the bare population and a tenth of the population of the division of the
// same name: "Moscow" and "Sumy" are the cities; "Quebec" and "Delaware" are
// the divisions.
func (m *matcher) hasCityIn(refs []ref, cc string, divPop int) bool {
	for _, r := range refs {
		if e := &m.g.entries[r.entry]; e.Feature == FeatureCity && e.Country == cc && e.Population >= m.t.bare &&
			e.Population*10 >= divPop {
			return true
		}
	}
	return false
}

// explain says in a few words why the first candidate won.
func (m *matcher) explain(mt *mention, cands []scored, within *Entry, ctx context) string {
	e := &m.g.entries[cands[0].r.entry]
	if len(cands) == 1 {
		return "only candidate"
	}
	second := &m.g.entries[cands[1].r.entry]
	switch {
	case cands[0].parent && !cands[1].parent:
		return "in " + within.Name + " as stated"
	case cands[0].home && second.Feature == FeatureCountry:
		return "division of the report's country " + e.Country + " over the country of the same name"
	case cands[0].near && !cands[1].near:
		return "near other places of the report over " + others(cands)
	case mt.typeWord != "" && e.Feature == FeatureAdmin1 && second.Feature != FeatureAdmin1:
		return "first-level division by " + strconv.Quote(mt.typeWord)
	case e.Feature != second.Feature && (e.Feature == FeatureCountry || e.Feature == FeatureRegion):
		return e.Feature + " over " + others(cands)
	case e.Country != second.Country && ctx.doc[e.Country] > 0 && ctx.doc[second.Country] == 0:
		return "country context " + e.Country + " over " + others(cands)
	case e.Code == "PPLC" && second.Code != "PPLC":
		return "capital over " + others(cands)
	case e.Population >= second.Population:
		return "most populous of " + strconv.Itoa(len(cands)) + " candidates"
	}
	return "feature " + strings.ToLower(e.Code) + " over " + others(cands)
}

// others says how many candidates lost: "3 other candidates".
func others(cands []scored) string { return strconv.Itoa(len(cands)-1) + " other candidates" }

// places turns the resolved mentions into the Places layer.
func (m *matcher) places() []parley.Place {
	if len(m.mentions) == 0 {
		return nil
	}
	out := make([]parley.Place, 0, len(m.mentions))
	// The countries of the places chosen, each name counted once, and of
	// the demonyms.
	// firm counts the places that are not small ones that could be set
	// aside: small places abroad must not vouch for each other ("Suffolk"
	// and "Norfolk" read as two American towns in a British report).
	chosen, firm := map[string]int{}, map[string]int{}
	seen := map[nameCountry]bool{}
	for i := range m.mentions {
		mt := &m.mentions[i]
		if mt.chosen >= 0 {
			e := &m.g.entries[mt.refs[mt.chosen].entry]
			nc := nameCountry{m.doc.Text[mt.span.Start:mt.span.End], e.Country}
			if !seen[nc] {
				seen[nc] = true
				chosen[nc.cc]++
				if !m.small(mt, e) {
					firm[nc.cc]++
				}
			}
		}
	}
	for cc, n := range m.demonyms {
		chosen[cc] += n
		firm[cc] += n
	}
	for k := range m.mentions {
		mt := &m.mentions[k]
		if mt.chosen < 0 {
			continue
		}
		e := &m.g.entries[mt.refs[mt.chosen].entry]
		if other := m.foreign(mt, e, chosen, firm); other != "" {
			// A small place abroad in a report about somewhere else is more
			// likely a place the gazetteer lacks: say so rather than pin it.
			out = append(out, parley.Place{Span: mt.span, Name: m.doc.Text[mt.span.Start:mt.span.End],
				Candidates: len(mt.refs), Rule: m.rule(k, e),
				Reason: fmt.Sprintf("not located: the report is about %s, and the only readings lie elsewhere (%s, %s)", other, e.Name, e.Country)})
			continue
		}
		if mt.direction {
			mt.span.Start = m.doc.Tokens[mt.first-1].Span.Start
		}
		p := parley.Place{Span: mt.span, Name: e.Name, GeoNameID: e.ID, Feature: e.Feature, Country: e.Country,
			Lat: e.Lat, Lon: e.Lon, TimeZone: e.TimeZone, Candidates: len(mt.refs), Reason: mt.reason, Rule: m.rule(k, e)}
		if e.Feature == FeatureCity || e.Feature == FeatureAdmin1 {
			if a, ok := m.g.Admin1(e.Country, e.Admin1); ok {
				p.Admin1 = a.Name
				p.Admin1ID = a.ID
			}
		}
		if p.TimeZone == "" && e.Country != "" && e.Feature != FeatureRegion {
			p.TimeZone = m.g.TimeZone(e.Country, e.Admin1)
		}
		if mt.admin2 {
			m.admin2(&p, k, e)
		}
		out = append(out, p)
	}
	return out
}

// rule names how a mention was found, and marks a capital or country that
// acts as its government may ("Moscow said", "Kyiv's rejection").
func (m *matcher) rule(k int, e *Entry) string {
	mt := &m.mentions[k]
	var r string
	switch {
	case mt.within >= 0 && m.mentions[mt.within].first > mt.first:
		r = "name, pair"
	case mt.within >= 0:
		r = "possessive, name"
	case mt.typeWord != "" && e.Feature == FeatureAdmin1:
		r = "name type"
	case mt.cue != "":
		r = "cue name"
	default:
		r = "name"
	}
	if (e.Code == "PPLC" || e.Feature == FeatureCountry) && !m.isWithinOf(k) && (mt.possessive || actVerbs[m.lower(mt.last+1)]) {
		if _, seat := m.g.Seat(m.doc.Text[mt.span.Start:mt.span.End]); seat || e.Feature == FeatureCountry {
			r += "; possible metonym"
		}
	}
	return r
}

// lowerStem returns the normalised word of token i without a possessive.
func (m *matcher) lowerStem(i int) string {
	w, _ := stem(m.word(i))
	return normWord(w)
}

// Type words of second-level divisions, which the gazetteer lacks.
var admin2Words = set("county", "district", "parish")

// admin2 turns a place into a second-level division named after a place
// of the gazetteer ("Metcalfe County"). It keeps the place's division,
// country and point only when the report supports them: a stated container,
// its division named elsewhere, or other places nearby. The point is then
// that of the place of the same name, an approximation.
func (m *matcher) admin2(p *parley.Place, k int, e *Entry) {
	mt := &m.mentions[k]
	p.Name = m.doc.Text[mt.span.Start:mt.span.End]
	p.Feature = "admin2"
	p.GeoNameID = 0
	supported := m.ctx.adm[admKey{e.Country, e.Admin1}] > 0 ||
		mt.within >= 0 && m.mentions[mt.within].chosen >= 0 ||
		m.ctx.near != nil && m.nearOther(k, e, m.ctx.near)
	if supported {
		p.Reason = fmt.Sprintf("second-level division, not in the gazetteer: point of %s in the same division", e.Name)
		return
	}
	p.Reason = "second-level division, not in the gazetteer: not located"
	p.Country, p.Admin1, p.Admin1ID, p.Lat, p.Lon, p.TimeZone = "", "", 0, 0, 0, ""
	if m.ctx.doc[e.Country] > 0 {
		p.Country = e.Country
		p.TimeZone = m.g.TimeZone(e.Country, "")
	}
}

// nameGoesOn reports whether the word after token i continues a name: "of"
// or a capitalised word.
func (m *matcher) nameGoesOn(i int) bool {
	n := i + 1
	if n >= len(m.doc.Tokens) || m.doc.Tokens[n].Kind != parley.TokenWord {
		return false
	}
	return m.lower(n) == "of" || m.caseAt(n) != caseOther && !m.in(freeAfter, n)
}

// mentionEndsAt reports whether the mention before k ends at token p.
func (m *matcher) mentionEndsAt(k, p int) bool {
	return k > 0 && m.mentions[k-1].last >= p
}

// small reports whether e, chosen for mt, is a place that foreign may set
// aside: a town under 100,000 or a small division, not stated within
// another place.
func (m *matcher) small(mt *mention, e *Entry) bool {
	smallCity := e.Feature == FeatureCity && e.Population < 100000 && e.Code != "PPLC"
	smallDivision := e.Feature == FeatureAdmin1 && e.Population < foreignDivision
	return (smallCity || smallDivision) && mt.within < 0 && !mt.admin2
}

// foreignDivision is the population under which a division abroad that
// nothing else in the report supports is more likely one the gazetteer
// lacks ("the Western Province" of another country).
const foreignDivision = 1000000

// foreign returns the report's main country when the chosen entry of mt is
// a small place in a country that nothing else in the report names, while
// another country is named at least twice; else "".
func (m *matcher) foreign(mt *mention, e *Entry, chosen, firm map[string]int) string {
	if !m.small(mt, e) {
		return ""
	}
	if firm[e.Country] > 0 || chosen[e.Country] > 2 {
		return "" // other places of the report are in the same country
	}
	best, n := "", 1
	for cc, c := range chosen {
		if cc != "" && (c > n || c == n && best != "" && cc < best) {
			best, n = cc, c
		}
	}
	if n < 2 {
		return ""
	}
	for _, r := range mt.refs {
		if m.g.entries[r.entry].Country == best {
			return "" // a reading in the report's country lost on other grounds
		}
	}
	return best
}
