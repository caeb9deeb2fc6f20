package actor

// Closed word classes the rules use. They are grammar, not knowledge, so
// they live in code rather than in data files.

var determiners = set("a", "an", "the", "both", "several", "some", "many", "all", "these", "those", "most", "few")

var premods = set("senior", "top", "high-ranking", "high-level", "junior", "former", "local", "unnamed",
	"anonymous", "visiting", "retired", "armed", "masked", "unidentified", "regional", "two", "three",
	"four", "other", "new", "acting", "interim", "ruling", "exiled", "wounded", "injured",
	"frontline", "elite", "allied", "veteran", "outgoing", "incoming", "longtime", "influential",
	"hardline", "moderate", "ordinary", "innocent", "unarmed", "fellow", "chief", "impeached",
	"presidential", "jailed", "imprisoned", "embattled", "deposed", "ousted")

var indefinite = set("a", "an")

// collective heads name one body, not a person: "the Russian government".
var collectives = set("government", "administration", "authority", "authorities", "cabinet", "regime",
	"junta", "army", "military", "navy", "air force", "parliament", "opposition", "media", "state media",
	"state television", "foreign ministry", "interior ministry", "health ministry", "defence ministry", "defense ministry", "police", "court",
	"security forces", "forces", "troops")

// delegationHeads name the negotiating team of a side.
var delegationHeads = set("delegation", "team", "negotiator")

var malePronouns = set("he", "him", "his", "himself")
var femalePronouns = set("she", "her", "hers", "herself")
var pluralPronouns = set("they", "their")
var neuterPronouns = set("it", "its")

// itVerbs follow "it" when it stands for an organisation or a state.
var itVerbs = set("said", "says", "declined", "denied", "confirmed", "added", "rejected", "accused",
	"warned", "called", "announced", "insisted", "refused", "urged", "demanded", "launched", "claimed",
	"stated", "argued", "vowed", "pledged", "threatened", "blamed", "condemned", "welcomed", "reported",
	"noted", "estimated", "wants", "wanted", "sought", "seeks", "agreed", "signed", "had", "has",
	"would", "will", "was", "is", "could")

// locatives before a capital make it a place, not a government.
var locatives = set("in", "at", "from", "to", "near", "into", "outside", "around", "across", "toward",
	"towards", "via", "through", "inside", "within", "capital", "city", "visit", "visited", "visiting",
	"reached", "left", "leave", "hit", "struck", "over", "above", "on", "of", "downtown", "central", "northern",
	"southern", "eastern", "western", "greater", "seized", "captured", "entered", "bombed", "shelled",
	"attacked", "took", "fled", "reach", "besieged", "stormed", "toured", "returned")

// placeNext after a capital makes it a place.
var placeNext = set("region", "oblast", "province", "city", "residents", "mayor", "time", "airport",
	"metro", "suburb", "suburbs", "district", "streets", "area", "outskirts", "skyline")

// onWords follow "on" when "on Moscow" names the government: "sanctions on Moscow".
var pressureNouns = set("sanctions", "pressure", "demands", "call", "calls", "attack", "attacks")

// stopCaps are capitalised words that never start or continue a name.
var stopCaps = set("the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
	"you", "his", "her", "their", "our", "its", "in", "on", "at", "for", "from", "with", "by", "after",
	"before", "but", "and", "or", "if", "when", "while", "as", "meanwhile", "however", "earlier", "later",
	"also", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
	"december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "said",
	"says", "told", "asked", "according", "no", "not", "yes", "last", "next", "during", "since", "until",
	"under", "over", "about", "about", "who", "what", "where", "why", "how", "there", "here", "then",
	"today", "yesterday", "tomorrow", "one", "two", "three", "some", "many", "both", "all", "each",
	"every", "other", "another", "such", "more", "most", "than", "so", "because", "although", "though",
	"despite", "amid", "against", "between", "among", "without", "within", "into", "through", "across",
	"mr.", "mrs.", "ms.", "dr.", "sir", "lord", "gmt", "utc", "edt", "est", "am", "pm", "a.m.", "p.m.")

// particles may sit inside a name: "Mohammed bin Salman", "Ursula von der Leyen".
var particles = set("bin", "bint", "ibn", "al", "el", "de", "da", "dos", "das", "du", "van", "von", "der",
	"den", "la", "le", "di", "del", "abu", "ben")

// orgSuffixes end organisation names, with the sector they imply.
var orgSuffixes = map[string]string{
	"ministry": "GOV", "council": "GOV", "party": "POL", "forces": "MIL", "force": "MIL", "agency": "GOV",
	"army": "MIL", "front": "REB", "movement": "POL", "committee": "GOV", "commission": "GOV",
	"court": "JUD", "bank": "BUS", "union": "NGO", "organization": "NGO", "organisation": "NGO",
	"office": "GOV", "service": "GOV", "department": "GOV", "brigade": "REB", "brigades": "REB",
	"guard": "MIL", "guards": "MIL", "corps": "MIL", "police": "COP", "parliament": "LEG",
	"assembly": "LEG", "authority": "GOV", "institute": "NGO", "foundation": "NGO", "coalition": "POL",
	"alliance": "POL", "federation": "NGO", "association": "NGO", "embassy": "GOV", "government": "GOV",
	"navy": "MIL", "fund": "NGO", "company": "BUS", "corporation": "BUS", "corp.": "BUS", "inc.": "BUS",
	"ltd": "BUS", "university": "EDU", "hospital": "HLH", "news": "MED", "times": "MED", "post": "MED",
	"television": "MED", "tv": "MED", "radio": "MED", "group": "BUS", "ministries": "GOV",
	"militia": "REB", "command": "MIL", "network": "MED", "senate": "LEG", "congress": "LEG",
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// regions are adjectives that give a description a region but no country:
// "European leaders", "Arab mediators", "world leaders".
var regions = set("european", "western", "arab", "african", "asian", "gulf", "world", "latin american",
	"nordic", "baltic", "foreign", "international")

// predicateCues before a bare title make it a predicate: "was elected
// president", "named him envoy".
var predicateCues = set("elected", "named", "appointed", "as", "become", "became", "becomes", "was", "is",
	"be", "been", "remains", "remained", "sworn", "nominated")

// Word flags: the closed classes above as bits, looked up once per token.
const (
	fDet uint32 = 1 << iota
	fPremod
	fMale
	fFemale
	fPlural
	fNeuter
	fStopCap
	fParticle
	fRegion
	fLocative
	fPlaceNext
	fPressure
	fItVerb
	fPredicate
	fFirstM
	fFirstF
	fFirstU

	fPronoun = fMale | fFemale | fPlural | fNeuter
	fFirst   = fFirstM | fFirstF | fFirstU
)

// wordFlags builds the flag table of the closed classes.
func wordFlags() map[string]uint32 {
	m := map[string]uint32{}
	for _, c := range []struct {
		set  map[string]bool
		flag uint32
	}{
		{determiners, fDet}, {premods, fPremod}, {malePronouns, fMale}, {femalePronouns, fFemale},
		{pluralPronouns, fPlural}, {neuterPronouns, fNeuter}, {stopCaps, fStopCap}, {particles, fParticle},
		{regions, fRegion}, {locatives, fLocative}, {placeNext, fPlaceNext}, {pressureNouns, fPressure},
		{itVerbs, fItVerb}, {predicateCues, fPredicate},
	} {
		for w := range c.set {
			m[w] |= c.flag
		}
	}
	return m
}
