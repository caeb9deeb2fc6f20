package geo

import (
	"strings"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// mention is a stretch of tokens that names a place, with the cues around it.
type mention struct {
	span        parley.Span
	first, last int // token range, inclusive
	sent        int
	refs        []ref
	possessive  bool   // "Ukraine's"
	typeWord    string // "region" in "Sumy region": the span covers it
	cue         string // the preposition or adjective before ("in", "northeastern", "city of")
	sentInitial bool
	piece       bool // part of a hyphenated word
	admin2      bool // "X County": a division the gazetteer lacks
	direction   bool // a capitalised direction word before is part of the span
	within      int  // index of the mention that states where this one lies ("X, Y", "Y's X"), -1 if none
	chosen      int  // index into refs, -1 when unresolved
	reason      string
}

type matcher struct {
	t        *Tagger
	g        *Gazetteer
	doc      *parley.Document
	mentions []mention
	key      []byte
	scratch  []byte
	person   map[string]bool // words seen ending a person-like name
	ctx      context
	cases    []wordCase     // of each token
	low      string         // the normalised words that differ from their text, end to end
	lows     []lowRef       // where each token's normalised word is
	lowBuf   []byte         // scratch of low
	covered  []bool         // scratch of names
	arena    []ref          // backing store of the refs that allowed returns
	demonyms map[string]int // countries of the demonyms in the text
	cands    []scored       // scratch of choose
}

// Words before a place that say a place follows.
var locatives = set("in", "near", "at", "from", "to", "outside", "into", "across", "around", "toward",
	"towards", "through", "throughout", "via", "between", "within", "inside", "visited", "visit",
	"reached", "entered", "nearby", "beyond", "off", "along", "based", "born", "downtown")

// Directions before a place: "northeastern Sumy", "eastern Ukraine".
var directions = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
	"north-western", "south-eastern", "south-western", "northeast", "northwest", "southeast",
	"southwest", "rural", "occupied", "war-torn", "neighbouring", "neighboring", "coastal", "downtown")

// Nouns before "of" that make the next name a place: "the city of X".
var placeNouns = set("city", "town", "village", "province", "region", "state", "county", "district",
	"capital", "port", "island", "republic", "kingdom", "outskirts", "suburbs", "streets", "centre",
	"center", "oblast", "governorate", "municipality", "settlement", "territory", "area")

// Words after a name that make it a first-level division or a district:
// "Sumy region", "Kharkiv Oblast".
var typeWords = set("region", "regions", "oblast", "oblasts", "province", "provinces", "governorate",
	"prefecture", "state", "krai", "kray", "county", "district", "territory", "department", "voivodeship",
	"canton", "republic", "emirate", "area")

// Capitalised words that may follow a place without making it part of a
// longer proper name.
var freeAfter = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "i")

// Languages and peoples that are no country's demonym in the data, and
// are never places: "in English".
var languages = set("english", "scottish", "welsh", "arabic", "arab", "arabs", "swahili", "hindi", "latin",
	"persian", "kurdish", "kurds", "flemish", "basque", "catalan", "tamil", "punjabi", "bengali", "hebrew",
	"gaelic", "creole", "yiddish", "pashto", "dari", "farsi", "mandarin", "cantonese", "tatar", "tatars",
	"chechen", "chechens", "uyghur", "uighur", "druze", "alawite", "pashtun", "baloch", "berber", "tuareg",
	"hausa", "yoruba", "igbo", "zulu", "xhosa", "amharic", "tigrinya", "oromo", "somali", "shia", "sunni")

// Month and day names are places only in "X, Y" or "the town of X".
var calendar = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// Capitalised words that may come before a place name without making it
// part of a longer proper name.
var freeBefore = set("in", "at", "from", "to", "the", "near", "and", "or", "of", "on", "for", "by",
	"with", "across", "outside", "into", "between", "but", "while", "as", "if", "when", "since",
	"after", "before", "during", "both", "like", "unlike", "northern", "southern", "eastern",
	"western", "central", "north", "south", "east", "west", "greater", "downtown", "rural", "where",
	"than", "via", "toward", "towards", "through", "throughout", "around", "inside", "within",
	"meanwhile", "yesterday", "today", "so", "then", "also", "only", "even", "all", "every", "some",
	"many", "most", "neighbouring", "neighboring", "occupied")

// Lower-case words after a capital that suggest the capital acts, as a
// government does: "Kyiv has rejected", "Moscow said".
var actVerbs = set("said", "says", "say", "has", "have", "had", "is", "was", "will", "would", "could",
	"may", "might", "must", "should", "can", "announced", "confirmed", "rejected", "denied", "accused",
	"wants", "wanted", "demanded", "demands", "insisted", "insists", "warned", "warns", "claimed",
	"claims", "responded", "refused", "refuses", "agreed", "agrees", "blamed", "blames", "urged",
	"urges", "called", "calls", "sent", "sends", "launched", "hopes", "hoped", "believes", "sees",
	"saw", "threatened", "threatens", "responded", "vowed", "vows", "insisted", "did", "does")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// word returns the text of token i, or "" outside the document.
func (m *matcher) word(i int) string {
	if i < 0 || i >= len(m.doc.Tokens) {
		return ""
	}
	return m.doc.Text[m.doc.Tokens[i].Span.Start:m.doc.Tokens[i].Span.End]
}

// caseAt returns the case of word token i (caseOther for other tokens).
func (m *matcher) caseAt(i int) wordCase { return m.cases[i] }

// lowRef locates the normalised word of a token: doc.Text[off:off+n] when
// off >= 0, else low[-off-1:-off-1+n].
type lowRef struct{ off, n int32 }

// lower returns the normalised word of token i (normWord of its text), or
// "" outside the document.
func (m *matcher) lower(i int) string {
	if i < 0 || i >= len(m.lows) {
		return ""
	}
	l := m.lows[i]
	if l.off >= 0 {
		return m.doc.Text[l.off : l.off+l.n]
	}
	return m.low[-l.off-1 : -l.off-1+l.n]
}

// in reports whether the normalised word of token i is in set.
func (m *matcher) in(set map[string]bool, i int) bool { return set[m.lower(i)] }

// refs returns a slice of n refs, from the matcher's arena. Slices it has
// returned stay valid: the arena only grows.
func (m *matcher) refs(n int) []ref {
	if cap(m.arena)-len(m.arena) < n {
		m.arena = make([]ref, 0, max(512, n))
	}
	k := len(m.arena)
	m.arena = m.arena[:k+n]
	return m.arena[k : k+n : k+n]
}

// trim gives back the end of refs, the last slice that refs returned, so
// that it keeps n.
func (m *matcher) trim(refs []ref, n int) []ref {
	m.arena = m.arena[:len(m.arena)-len(refs)+n]
	return refs[:n:n]
}

// stem returns w without a possessive ending ("Ukraine's" -> "Ukraine") and
// whether it had one.
func stem(w string) (string, bool) {
	if len(w) < 2 || w[len(w)-1] != 's' && w[len(w)-1] != 'S' && w[len(w)-1] != '\'' && w[len(w)-1] != 0x99 {
		return w, false // no possessive can end here ('’' ends in 0x99)
	}
	for _, s := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)], true
		}
	}
	if strings.HasSuffix(w, "s'") {
		return w[:len(w)-1], true
	}
	if strings.HasSuffix(w, "s’") {
		return w[:len(w)-len("’")], true
	}
	return w, false
}

// scan fills m.lows and m.low with the normalised words of all tokens, so
// that no word is normalised twice (a word already in normal form,
// lower-case ASCII, stays where it is in the text), m.cases with the case
// of each word, and m.demonyms: one pass over the tokens.
func (m *matcher) scan() {
	toks, text := m.doc.Tokens, m.doc.Text
	buf := m.lowBuf[:0]
	m.lows = grow(m.lows, len(toks))
	m.cases = grow(m.cases, len(toks))
	for i := range toks {
		start, end := toks[i].Span.Start, toks[i].Span.End
		w := text[start:end]
		c, plain := caseOther, true
		if toks[i].Kind == parley.TokenWord {
			ascii, upper := false, false
			ascii, c, upper = asciiScan(w)
			if !ascii {
				c = caseOf(w)
			}
			plain = ascii && !upper
		} else {
			for k := 0; k < len(w); k++ {
				if b := w[k]; b >= utf8.RuneSelf || 'A' <= b && b <= 'Z' {
					plain = false
					break
				}
			}
		}
		m.cases[i] = c
		if plain {
			if len(w) > 1 && w[len(w)-1] == '.' {
				end--
			}
			m.lows[i] = lowRef{int32(start), int32(end - start)}
			continue
		}
		n := len(buf)
		buf = appendNorm(buf, w)
		m.lows[i] = lowRef{-int32(n) - 1, int32(len(buf) - n)}
		if c == caseTitle {
			// Demonyms say which countries a report is about:
			// "Canadian police".
			if cc := m.g.demonym[string(buf[n:])]; cc != "" {
				if m.demonyms == nil {
					m.demonyms = map[string]int{}
				}
				m.demonyms[cc]++
			}
		}
	}
	m.low = string(buf)
	m.lowBuf = buf
}

func (m *matcher) run() {
	m.mentions = m.mentions[:0]
	m.scan()
	for si, s := range m.doc.Sentences {
		m.sentence(si, s)
	}
	m.names()
	m.cues()
	m.filter()
	m.resolve()
}

// sentence finds the longest gazetteer names among the tokens of one
// sentence, left to right.
func (m *matcher) sentence(si int, s parley.Sentence) {
	toks := m.doc.Tokens
	start := s.FirstToken
	for start < s.EndToken && toks[start].Kind == parley.TokenPunct {
		start++ // a sentence may open with a quote or a dash
	}
	for i := start; i < s.EndToken; i++ {
		if toks[i].Kind != parley.TokenWord {
			continue
		}
		w := m.word(i)
		if m.cases[i] == caseOther {
			if c := w[0]; c < utf8.RuneSelf && !m.g.lowerByte[c|0x20] {
				continue // no lower-case name starts with this letter
			}
			if !m.g.lowerFirst[m.lower(i)] {
				continue
			}
		}
		mt, ok := m.longest(i, s.EndToken)
		if !ok {
			if hyphenated(w) {
				m.pieces(si, i)
			}
			continue
		}
		mt.sent = si
		mt.sentInitial = i == start
		m.mentions = append(m.mentions, mt)
		i = mt.last
	}
}

// longest returns the longest name that starts at token i and whose case
// and context allow at least one entry.
func (m *matcher) longest(i, end int) (mention, bool) {
	var best mention
	found := false
	m.key = m.key[:0]
	for j := i; j < end && j-i < m.g.maxWords; j++ {
		w := m.word(j)
		if j > i {
			m.key = append(m.key, ' ')
		}
		n := len(m.key)
		// A possessive can only end a name.
		if st, ok := stem(w); ok {
			m.key = appendNorm(m.key, st)
			if big, small, ok2 := m.g.lookup(m.key); ok2 {
				if refs := m.allowed(i, j, big, small, st); len(refs) > 0 {
					best = mention{first: i, last: j, refs: refs, possessive: true, within: -1, chosen: -1,
						span: parley.Span{Start: m.doc.Tokens[i].Span.Start, End: m.doc.Tokens[j].Span.Start + len(st)}}
					found = true
				}
			}
			m.key = m.key[:n]
		}
		m.key = append(m.key, m.lower(j)...)
		big, small, ok, seat := m.g.lookupSeat(m.key)
		if !ok {
			break
		}
		if seat {
			// "the White House", "the Kremlin" stand for governments; the
			// actor layer reads them through Gazetteer.Seat.
			best, found = mention{}, false
			continue
		}
		if refs := m.allowed(i, j, big, small, w); len(refs) > 0 {
			best = mention{first: i, last: j, refs: refs, within: -1, chosen: -1,
				span: parley.Span{Start: m.doc.Tokens[i].Span.Start, End: m.doc.Tokens[j].Span.End}}
			found = true
		}
	}
	return best, found
}

// allowed returns the entries of a name (from the generated index and from
// the hand-written names) that the case of tokens i..j and the words around
// them allow. last is the text of the last word (without a possessive
// ending).
func (m *matcher) allowed(i, j int, big, small []ref, last string) []ref {
	if len(big)+len(small) == 0 {
		return nil
	}
	firstCase := m.caseAt(i)
	lastCap := strings.IndexFunc(last, isUpperRune) >= 0
	afterThe := i > 0 && m.lower(i-1) == "the"
	people := m.g.demonym[string(m.key)] != "" || languages[string(m.key)]
	shouted := firstCase == caseUpper && len(m.word(i)) > 1 && !m.dateline(i, j) && !m.capsLead(i, j)
	out := m.refs(len(big) + len(small))
	n := 0
	// "Atlantic storms", "Pacific coast": the name of a region that wants
	// "the", written without it, is an adjective rather than a small town.
	// Without a big place of the same name it is the region itself.
	regionWord, bigOther := false, false
	for _, r := range [2][]ref{big, small} {
		for _, r := range r {
			e := &m.g.entries[r.entry]
			switch {
			case r.flags&flagNeedThe != 0 && !afterThe:
				regionWord = true
			case e.Feature != FeatureCity || e.Population >= m.t.bare:
				bigOther = true
			}
		}
	}
	for k := 0; k < len(big)+len(small); k++ {
		var r ref
		if k < len(big) {
			r = big[k]
		} else {
			r = small[k-len(big)]
		}
		e := &m.g.entries[r.entry]
		if r.flags&flagLower == 0 && (firstCase == caseOther || !lastCap) {
			continue
		}
		if r.flags&flagNeedThe != 0 && !afterThe && (bigOther || firstCase != caseTitle) {
			continue
		}
		if regionWord && e.Feature == FeatureCity && e.Population < m.t.bare {
			continue
		}
		if e.Feature != FeatureCountry && people {
			continue // "Somali", "Saudi", "English": the actor layer reads demonyms
		}
		if shouted && e.Feature == FeatureCity && e.Code != "PPLC" {
			continue // shouted text: only countries, divisions, regions, capitals and datelines
		}
		out[n] = r
		n++
	}
	out = m.trim(out, n)
	if len(out) == 0 {
		return nil
	}
	left, right := m.partOfName(i, j)
	k := 0
	for _, r := range out {
		e := &m.g.entries[r.entry]
		named := e.Feature == FeatureRegion || e.Feature == FeatureAdmin1 && r.flags&(flagBase|flagAlt|flagGiven) == 0
		switch {
		case e.Feature == FeatureCountry:
		case left && !named:
			continue // "President Trump", "Dmitry Peskov"; but "Team Alberta"
		case right && (r.flags&(flagStop|flagBase|flagAlt|flagGiven) != 0 || e.Feature == FeatureCity && e.Population < 20000):
			continue // "Vladimir Putin", "Virginia Woolf"; but "Winnipeg Free Press", "the Cannes festival"
		}
		out[k] = r
		k++
	}
	return out[:k:k]
}

// dateline reports whether tokens i..j open a paragraph and are followed by
// a comma or dash, as in "LONDON, May 18 -".
func (m *matcher) dateline(i, j int) bool {
	first := false
	start := m.doc.Tokens[i].Span.Start
	for _, p := range m.doc.Paragraphs {
		if p.Start == start {
			first = true
			break
		}
	}
	if !first {
		return false
	}
	switch m.word(j + 1) {
	case ",", "—", "–", "-", "(":
		return true
	}
	return false
}

// capsLead reports whether upper-case tokens i..j open their sentence and
// ordinary text follows, as in a dateline without punctuation ("SAN DIEGO
// (AP)", "DETROIT The ..."); a shouted sentence goes on in capitals.
func (m *matcher) capsLead(i, j int) bool {
	if !m.sentenceStart(i) {
		return false
	}
	n := j + 1
	for n < len(m.doc.Tokens) && m.doc.Tokens[n].Kind != parley.TokenWord {
		n++
	}
	return n < len(m.doc.Tokens) && m.caseAt(n) != caseUpper
}

// pieces finds places among the parts of a hyphenated word that is not a
// name itself: "London-based", "Amsterdam-London". Only places that match
// with no cue count.
func (m *matcher) pieces(si, i int) {
	w := m.word(i)
	base := m.doc.Tokens[i].Span.Start
	for off := 0; off < len(w); {
		end := strings.IndexAny(w[off:], "-‐‑")
		if end < 0 {
			end = len(w)
		} else {
			end += off
		}
		piece := w[off:end]
		if caseOf(piece) == caseTitle {
			m.scratch = appendNorm(m.scratch[:0], piece)
			if big, small, ok := m.g.lookup(m.scratch); ok {
				var refs []ref
				for _, r := range append(append([]ref(nil), big...), small...) {
					if r.flags&(flagNeedThe|flagStop|flagBase) == 0 && m.strong(r) {
						refs = append(refs, r)
					}
				}
				if len(refs) > 0 {
					m.mentions = append(m.mentions, mention{first: i, last: i, refs: refs, within: -1, chosen: -1,
						sent: si, piece: true, span: parley.Span{Start: base + off, End: base + end}})
				}
			}
		}
		if end == len(w) {
			break
		}
		_, size := utf8.DecodeRuneInString(w[end:])
		off = end + size
	}
}

func isUpperRune(r rune) bool {
	return 'A' <= r && r <= 'Z' || r > 127 && strings.ToLower(string(r)) != string(r)
}

// partOfName reports whether a capitalised word that is not a cue comes
// right before (left) or after (right) tokens i..j, as in a person's or an
// organisation's name.
func (m *matcher) partOfName(i, j int) (left, right bool) {
	if _, poss := stem(m.word(j)); !poss {
		if n := j + 1; n < len(m.doc.Tokens) && m.doc.Tokens[n].Kind == parley.TokenWord && m.caseAt(n) == caseTitle {
			if !m.in(freeAfter, n) && !m.in(typeWords, n) && !m.sameSentenceStart(n) {
				right = true
			}
		}
	}
	if p := i - 1; p >= 0 && m.doc.Tokens[p].Kind == parley.TokenWord && m.caseAt(p) == caseTitle && !m.lowerTail(p) {
		if !m.in(freeBefore, p) && !m.in(placeNouns, p) && !m.sentenceStart(p) && !m.endsMention(p) {
			if _, poss := stem(m.word(p)); !poss {
				left = true
			}
		}
	}
	return left, right
}

// lowerTail reports whether word token p is hyphenated with a lower-case
// last part ("Pakistan-administered", "Russian-occupied").
func (m *matcher) lowerTail(p int) bool {
	w := m.word(p)
	k := strings.LastIndexAny(w, "-‐‑")
	if k < 0 || k+1 >= len(w) {
		return false
	}
	c := w[k+1:]
	return 'a' <= c[0] && c[0] <= 'z'
}

// endsMention reports whether the last mention found ends at token p:
// "Maiduguri Borno State" names two places.
func (m *matcher) endsMention(p int) bool {
	return len(m.mentions) > 0 && m.mentions[len(m.mentions)-1].last == p
}

// sentenceStart reports whether token i is the first word of its sentence.
func (m *matcher) sentenceStart(i int) bool {
	si := m.doc.SentenceAt(m.doc.Tokens[i].Span.Start)
	if si < 0 {
		return true
	}
	k := m.doc.Sentences[si].FirstToken
	for k < i && m.doc.Tokens[k].Kind == parley.TokenPunct {
		k++
	}
	return k == i
}

// sameSentenceStart reports whether token n opens a new sentence.
func (m *matcher) sameSentenceStart(n int) bool {
	return m.sentenceStart(n) && m.doc.SentenceAt(m.doc.Tokens[n].Span.Start) != m.doc.SentenceAt(m.doc.Tokens[n-1].Span.Start)
}

// lowerStart reports whether some name that matches in lower case starts
// with word w ("front" of "the front line").
func (g *Gazetteer) lowerStart(w string) bool { return g.lowerFirst[w] }

// names collects the last words of runs of two or more capitalised words
// that are not places ("Ben Nelson", "President Trump"): in the rest of the
// document such a word alone is a person's name, not a place, unless a cue
// says otherwise.
func (m *matcher) names() {
	covered := grow(m.covered, len(m.doc.Tokens)) // first tokens of mentions
	clear(covered)
	m.covered = covered
	for _, mt := range m.mentions {
		if !mt.piece {
			covered[mt.first] = true
		}
	}
	toks := m.doc.Tokens
	for _, s := range m.doc.Sentences {
		for i := s.FirstToken; i < s.EndToken; {
			j := i
			// Only words have a case other than caseOther.
			for j < s.EndToken && m.caseAt(j) == caseTitle && toks[j].Kind == parley.TokenWord {
				j++
			}
			start := i
			if start < j && j-start >= 2 && (m.in(freeBefore, start) || m.sentenceStart(start)) {
				start++ // "In Paris", "East London", "A Danbury firm"
			}
			if j-start >= 2 && !covered[start] {
				last, _ := stem(m.word(j - 1))
				if lw := normWord(last); !typeWords[lw] && !freeAfter[lw] && !m.major(lw) {
					if m.person == nil {
						m.person = map[string]bool{}
					}
					m.person[lw] = true
				}
			}
			i = max(j, i+1)
		}
	}
}

// major is Gazetteer.major of a normalised word, through the matcher's
// scratch buffer.
func (m *matcher) major(w string) bool {
	m.scratch = append(m.scratch[:0], w...)
	return m.g.major(m.scratch)
}

// hyphenated reports whether w holds a hyphen: '-', '‐' (U+2010) or '‑'
// (U+2011), as strings.ContainsAny(w, "-‐‑") does, without decoding runes.
func hyphenated(w string) bool {
	for k := 0; k < len(w); k++ {
		switch w[k] {
		case '-':
			return true
		case 0xE2: // '‐' and '‑' are E2 80 90 and E2 80 91
			if k+2 < len(w) && w[k+1] == 0x80 && (w[k+2] == 0x90 || w[k+2] == 0x91) {
				return true
			}
		}
	}
	return false
}
