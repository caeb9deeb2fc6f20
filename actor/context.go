package actor

import "github.com/parleyhq/parley"

// adjNoun reads national adjectives that head a noun which is not an agent
// noun: "Iraqi territory", "Chinese warships", "the French embassy",
// "Russian and Ukrainian drones". Each adjective is a mention of its state
// (kind "demonym", rule "adj-noun"), so that the event layer can give such
// a phrase its country. These mentions are attributes, not actors in their
// own right: pronouns never link to them, and the evaluation's gold
// (docs/actors.md) leaves them out.
func (st *state) adjNoun(i, end int) int {
	toks := st.toks
	if !toks[i].cap || i+1 >= end || toks[i].kinds&(1<<phOrg|1<<phPerson) != 0 && len(st.kb(i, end, 1<<phOrg|1<<phPerson)) > 0 {
		// "Sudanese army" is an organisation of the knowledge base.
		return i
	}
	var isos [4]string
	var spans [4][2]int
	n, j := 0, i
	for j < end && n < len(isos) {
		iso, k := st.adjAt(j, end)
		if k == j {
			break
		}
		isos[n], spans[n] = iso, [2]int{toks[j].start(), endOf(toks, k-1)}
		n, j = n+1, k
		if j+1 < end && (toks[j].low == "and" || toks[j].low == "or" || toks[j].low == ",") {
			if _, k2 := st.adjAt(j+1, end); k2 > j+1 {
				j++
				continue
			}
		}
		break
	}
	if n == 0 || j >= end || toks[j-1].possLen > 0 {
		return i
	}
	x := &toks[j]
	if !x.word || x.cap || x.is(fStopCap|fDet|fItVerb|fPronoun|fPredicate) || adjNounStop[x.low] ||
		len(x.low) > 4 && x.low[len(x.low)-2:] == "ed" || x.kinds&(1<<phRole) != 0 && st.personRole(j, end) {
		// "The Vatican offered": a verb, not a noun; "the first American
		// to lead", "was elected German chancellor": a person, not an
		// attribute.
		return i
	}
	for m := 0; m < n; m++ {
		st.mentions = append(st.mentions, parley.Mention{Span: parley.Span{Start: spans[m][0], End: spans[m][1]},
			Actor: st.stateActor(isos[m]), Kind: "demonym", Rule: "adj-noun"})
		st.info = append(st.info, mentionInfo{sent: st.sent, tok: i, attr: true})
	}
	return j
}

// personRole reports whether a role other than a side or party starts at
// token j: "German chancellor" names a person, while "the Russian side" is
// the state.
func (st *state) personRole(j, end int) bool {
	r, _, ok := st.roleAt(j, end)
	return ok && r.head != "side" && r.head != "party"
}

// adjNounStop are words after a national adjective that show it is not
// modifying a noun.
var adjNounStop = set("to", "of", "who", "whom", "whose", "which", "that", "for", "than", "nor")

// adjAt reads one national adjective at token j: the country table's, else
// the gazetteer's demonyms. It returns the country and the index after the
// adjective, or j when there is none.
func (st *state) adjAt(j, end int) (string, int) {
	t := &st.toks[j]
	if !t.cap || t.possLen > 0 {
		return "", j
	}
	if t.kinds&(1<<phAdj) != 0 {
		if ps := st.kb(j, end, 1<<phAdj); len(ps) > 0 {
			return st.t.countries[ps[0].ref].iso3, j + len(ps[0].words)
		}
	}
	if t.kinds == 0 && st.t.gaz != nil && j+1 < end && st.toks[j+1].word && !st.toks[j+1].cap {
		if c, ok := st.t.gaz.CountryByDemonym(t.text(st.doc.Text)); ok {
			if _, known := st.t.byISO[c.ISO3]; known {
				return c.ISO3, j + 1
			}
		}
	}
	return "", j
}

// institutionHeads are nouns for a state's own bodies: without a
// nationality they take the country of their context ("police",
// "authorities", "the foreign ministry").
var institutionHeads = set("authority", "authorities", "police", "police officer", "policeman",
	"security forces", "government", "administration", "cabinet", "foreign ministry", "defence ministry",
	"defense ministry", "ministry", "army", "military", "navy", "air force", "parliament", "official",
	"state media", "state television", "interior ministry", "health ministry", "regime", "junta")

// stateSectors are the sectors of a state's own office holders, whose
// country a title without nationality leaves to the context.
var stateSectors = set("GOV", "MIL", "LEG", "JUD", "COP", "SPY")

// contextCountry returns the country an institution noun without a
// nationality belongs to, and the rule that found it: a country or
// capital right after "in" or "of" ("police in Kenya", with the gazetteer
// also a city: "police in Lagos"; "institution-in"), else the only country
// the sentence names ("institution-sentence"), else the only country the
// document names ("institution-document"). It returns "" when there is
// none or several. k is the token after the noun, -1 to skip the phrase.
func (st *state) contextCountry(k int) (string, string) {
	s := st.doc.Sentences[st.sent]
	toks := st.toks
	if k >= 0 && k+1 < s.EndToken && (toks[k].low == "in" || toks[k].low == "of") && toks[k+1].cap {
		if iso := st.countryAt(k+1, s.EndToken); iso != "" {
			return iso, "institution-in"
		}
		if st.t.gaz != nil && toks[k+1].kinds == 0 && !toks[k+1].is(fStopCap) {
			if es := st.t.gaz.Lookup(toks[k+1].text(st.doc.Text)); len(es) > 0 && es[0].Country != "" && es[0].Feature != "region" {
				if _, ok := st.t.byISO[es[0].Country]; ok {
					return es[0].Country, "institution-in"
				}
			}
		}
	}
	if iso, ok := st.onlyCountry(s.FirstToken, s.EndToken); ok {
		return iso, "institution-sentence"
	}
	if !st.docDone {
		st.docDone = true
		st.docCountry, _ = st.onlyCountry(0, len(toks))
	}
	if st.docCountry != "" {
		return st.docCountry, "institution-document"
	}
	return "", ""
}

// countryAt returns the country that a country name, national adjective or
// capital at token j names, or "".
func (st *state) countryAt(j, end int) string {
	t := &st.toks[j]
	if !t.cap || t.kinds&(1<<phCountry|1<<phAdj|1<<phSeat) == 0 {
		return ""
	}
	for _, p := range st.kb(j, end, 1<<phCountry|1<<phAdj|1<<phSeat) {
		switch p.kind {
		case phCountry, phAdj:
			return st.t.countries[p.ref].iso3
		case phSeat:
			if s := st.t.seats[p.ref]; s.org == "" {
				return s.country
			}
		}
	}
	return ""
}

// onlyCountry returns the country named in tokens [first, end) when
// exactly one is.
func (st *state) onlyCountry(first, end int) (string, bool) {
	end = min(end, len(st.toks))
	found := ""
	for j := max(first, 0); j < end; j++ {
		iso := st.countryAt(j, end)
		if iso == "" {
			continue
		}
		if found != "" && found != iso {
			return "", false
		}
		found = iso
	}
	return found, found != ""
}
