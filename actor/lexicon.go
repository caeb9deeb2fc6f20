package actor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of lexicon phrases.
const (
	phPerson  = iota // ref: index into Tagger.people
	phOrg            // ref: index into Tagger.orgs
	phCountry        // ref: index into Tagger.countries
	phSeat           // ref: index into Tagger.seats
	phRole           // ref: index into Tagger.roles
	phAdj            // a national adjective; ref: country
	phPeople         // a plural noun for a nation ("Ukrainians"); ref: country
)

// phrase is one entry of the lexicon: a sequence of normalised words.
type phrase struct {
	words []string // normalised (lower case, typographic apostrophes folded)
	ids   []int32  // vocabulary ids of words (Tagger.vocab); nil for a document's own names
	forms []string // as written in the data, for case checks
	kind  int
	ref   int
	exact bool // case must match exactly (acronyms such as "AP", "US")
	weak  bool // a surname that needs the full name or a title first
}

// lexicon indexes phrases by their first word.
type lexicon map[string][]*phrase

// add tokenises s and adds it under kind and ref. A leading "~" marks a
// weak alias and a leading "=" an exact-case one; all-capital aliases of up
// to five letters are exact-case too.
func (lx lexicon) add(s string, kind, ref int) {
	p := &phrase{kind: kind, ref: ref}
	switch {
	case strings.HasPrefix(s, "~"):
		p.weak, s = true, s[1:]
	case strings.HasPrefix(s, "="):
		p.exact, s = true, s[1:]
	}
	p.forms = aliasTokens(s)
	if len(p.forms) == 0 {
		return
	}
	if len(p.forms) == 1 && isAcronym(p.forms[0]) {
		p.exact = true
	}
	for _, f := range p.forms {
		p.words = append(p.words, norm(f))
	}
	lx.addPhrase(p)
}

// addPhrase adds p unless the lexicon has it already (same kind, ref and
// forms), keeping its bucket ordered longest phrase first, so the first
// match is the longest; ties keep insertion order.
func (lx lexicon) addPhrase(p *phrase) {
	k := p.words[0]
	ps := lx[k]
	at := len(ps)
	for i, q := range ps {
		if q.kind == p.kind && q.ref == p.ref && slices.Equal(q.forms, p.forms) {
			return
		}
		if at == len(ps) && len(q.words) < len(p.words) {
			at = i
		}
	}
	lx[k] = slices.Insert(ps, at, p)
}

// has reports whether some phrase starts with the word w.
func (lx lexicon) has(w string) bool {
	_, ok := lx[w]
	return ok
}

// aliasTokens splits a data string the way package segment splits text:
// at spaces, with commas and brackets as tokens of their own.
func aliasTokens(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		for strings.HasPrefix(f, "(") {
			out = append(out, "(")
			f = f[1:]
		}
		var tail []string
		for len(f) > 1 && strings.ContainsAny(f[len(f)-1:], ",)") {
			tail = append([]string{f[len(f)-1:]}, tail...)
			f = f[:len(f)-1]
		}
		if f != "" {
			out = append(out, f)
		}
		out = append(out, tail...)
	}
	return out
}

// isAcronym reports whether w is written in capitals (with optional
// periods and digits) and has at most five letters: AP, UN, U.S., G7.
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters > 0 && letters <= 5
}

// norm folds case and typographic apostrophes.
func norm(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii && !upper {
		return s
	}
	if ascii {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "’‘`") {
		s = apostrophes.Replace(s)
	}
	return s
}

// apostrophes folds typographic apostrophes; a Replacer is safe for
// concurrent use and never changes after it is built.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'", "`", "'")

// startsUpper reports whether s begins with an upper-case letter.
func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// match returns the phrases of kind set kinds (a bit set of 1<<kind) that
// match the tokens at i, longest first: all phrases of the longest length
// that matches. Matching ignores a possessive on the last token.
func (lx lexicon) match(src string, toks []tok, i, end int, kinds int) []*phrase {
	b2 := []*phrase(nil)
	if toks[i].base() != toks[i].low {
		b2 = lx[toks[i].base()]
	}
	return matchBuckets(src, lx[toks[i].low], b2, toks, i, end, kinds)
}

// matchBuckets is match over the phrases that start with the token's
// normalised form (b1) and its form without a possessive (b2).
func matchBuckets(src string, b1, b2 []*phrase, toks []tok, i, end int, kinds int) []*phrase {
	var out []*phrase
	n := 0
	// The common case, one phrase, returns a slice of the read-only bucket
	// and allocates nothing.
	var one []*phrase
	for _, bucket := range [2][]*phrase{b1, b2} {
		for k, p := range bucket {
			if kinds&(1<<p.kind) == 0 || len(p.words) < n || i+len(p.words) > end {
				continue
			}
			if !p.matches(src, toks, i) {
				continue
			}
			if len(p.words) > n {
				n, out, one = len(p.words), out[:0], bucket[k:k+1:k+1]
				continue
			}
			if one != nil {
				out, one = append(out, one[0]), nil
			}
			if !containsPhrase(out, p) {
				out = append(out, p)
			}
		}
	}
	if one != nil {
		return one
	}
	return out
}

func containsPhrase(ps []*phrase, p *phrase) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

func (p *phrase) matches(src string, toks []tok, i int) bool {
	if p.ids != nil {
		return p.matchesIDs(src, toks, i)
	}
	last := len(p.words) - 1
	for j, w := range p.words {
		t := &toks[i+j]
		text, low := t.text(src), t.low
		if j == last && t.low != w {
			// A possessive may follow the last word only.
			text, low = text[:len(text)-int(t.possLen)], t.base()
		} else if j != last && t.possLen > 0 && t.low != w {
			return false
		}
		if low != w {
			return false
		}
		if p.exact {
			if text != p.forms[j] && !(p.kind == phRole) {
				return false
			}
			continue
		}
		if p.kind != phRole && startsUpper(p.forms[j]) && !startsUpper(text) {
			return false
		}
	}
	return true
}

// matchesIDs is matches for phrases of the knowledge base, comparing the
// vocabulary ids of the tokens (and of the last token without its
// possessive) with the phrase's.
func (p *phrase) matchesIDs(src string, toks []tok, i int) bool {
	last := len(p.ids) - 1
	// Words first, cheaply; case only when they all match.
	for j := last; j >= 0; j-- {
		if t := &toks[i+j]; t.id != p.ids[j] && (j != last || t.baseCut == 0 || t.baseID != p.ids[j]) {
			return false
		}
	}
	if p.kind == phRole {
		return true
	}
	for j, id := range p.ids {
		t := &toks[i+j]
		base := false
		if t.id != id {
			if j != last || t.baseCut == 0 || t.baseID != id {
				return false
			}
			base = true
		}
		if p.kind == phRole {
			continue
		}
		text := t.text(src)
		if base {
			text = text[:len(text)-int(t.possLen)]
		}
		if p.exact {
			if text != p.forms[j] {
				return false
			}
			continue
		}
		if startsUpper(p.forms[j]) && !startsUpper(text) {
			return false
		}
	}
	return true
}
