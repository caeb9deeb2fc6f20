package actor

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/parleyhq/parley"
)

// actorState is an actor being built, with what the linking rules need.
type actorState struct {
	a      parley.Actor
	gender byte // 'm', 'f' or 0
	keys   []string
	leader bool
	plural bool
	head   string // agent noun of a description ("official")
	class  string // "delegation" for negotiating teams
}

func (a *actorState) person() bool { return a.a.Type == "person" }

// mentionInfo is where a mention sits, for the pronoun rules.
type mentionInfo struct {
	sent int
	tok  int
	attr bool // a nationality adjective ("adj-noun"): not a pronoun antecedent
}

// state holds the work of one Annotate call.
type state struct {
	t        *Tagger
	doc      *parley.Document
	toks     []tok
	date     time.Time
	mentions []parley.Mention
	info     []mentionInfo
	actors   []*actorState
	byKey    map[akey]int
	local    lexicon // names first seen in this document (unknown people)
	sent     int
	anon     int
	slab     []actorState // the current block of actors
	kbActor  []int32      // 1 + actor of each knowledge-base person, then organisation; 0: none yet
	matchAt  []matchRange // per token, into matches (kb)
	matches  []*phrase
	modBuf   [8]mod // backing array of description's modifiers
	next     int    // token after the head noun of the description being built

	docCountry string // the only country the document names, "" when none or several
	docDone    bool   // docCountry has been computed
}

// Annotate finds the actor mentions of doc, links them into actors and
// codes each actor. It reads Tokens and Sentences (written by package
// segment) and Published, and writes Mentions and Actors, replacing any
// that were there. A document without sentences gets no actors.
func (t *Tagger) Annotate(doc *parley.Document) {
	doc.Mentions, doc.Actors = nil, nil
	if len(doc.Sentences) == 0 || len(doc.Tokens) == 0 || len(doc.Text) > math.MaxInt32 {
		return
	}
	bufs, _ := t.pool.Get().(*buffers)
	if bufs == nil {
		bufs = &buffers{}
	}
	// The pooled buffers keep pointing into the last document's text until
	// they are reused or the pool drops them at a garbage collection.
	defer t.pool.Put(bufs)
	bufs.toks, bufs.arena = tokens(doc, t, bufs.toks, bufs.arena)
	st := &state{t: t, doc: doc, toks: bufs.toks, date: doc.Published,
		byKey: make(map[akey]int, len(doc.Tokens)/48+8), local: lexicon{}}
	st.mentions = make([]parley.Mention, 0, len(doc.Tokens)/5)
	st.info = bufs.info[:0]
	st.matchAt = bufs.matchAt[:0]
	if cap(st.matchAt) < len(doc.Tokens) {
		st.matchAt = make([]matchRange, len(doc.Tokens))
	} else {
		st.matchAt = st.matchAt[:len(doc.Tokens)]
		clear(st.matchAt)
	}
	st.matches = bufs.matches[:0]
	defer func() {
		clear(st.matches)
		bufs.info, bufs.matchAt, bufs.matches = st.info[:0], st.matchAt[:0], st.matches[:0]
	}()
	for si, s := range doc.Sentences {
		if s.FirstToken < 0 || s.EndToken > len(doc.Tokens) || s.FirstToken > s.EndToken {
			continue
		}
		st.sent = si
		for i := s.FirstToken; i < s.EndToken; {
			if n := st.at(i, s.EndToken); n > i {
				i = n
			} else {
				i++
			}
		}
	}
	doc.Mentions = st.mentions
	doc.Actors = make([]parley.Actor, len(st.actors))
	for i, a := range st.actors {
		doc.Actors[i] = a.a
	}
	// The actors' mention lists share one backing array.
	count := make([]int, len(doc.Actors)+1)
	for _, m := range doc.Mentions {
		if m.Actor >= 0 {
			count[m.Actor+1]++
		}
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	all := make([]int, count[len(count)-1])
	for i := range doc.Actors {
		doc.Actors[i].Mentions = all[count[i]:count[i]:count[i+1]]
	}
	for i, m := range doc.Mentions {
		if m.Actor >= 0 {
			doc.Actors[m.Actor].Mentions = append(doc.Actors[m.Actor].Mentions, i)
		}
	}
}

// at tries every rule family at token i and returns the index after the
// mention it found, or i when none matched.
func (st *state) at(i, end int) int {
	k := &st.toks[i]
	if !k.word {
		return i
	}
	if !k.cap && k.kinds == 0 && !k.is(fDet|fPremod|fPronoun) {
		return i
	}
	if n := st.pronoun(i); n > i {
		return n
	}
	if n := st.description(i, end); n > i {
		return n
	}
	if n := st.adjNoun(i, end); n > i {
		return n
	}
	if n := st.name(i, end); n > i {
		return n
	}
	if n := st.firstName(i, end); n > i {
		return n
	}
	if n := st.orgSuffix(i, end); n > i {
		return n
	}
	return i
}

// kb returns the knowledge-base phrases of kind set kinds that match at i
// and end by end: all those of the longest length that matches, in lexicon
// order. The rule families ask the same token for different kinds, so the
// phrases that match at a token, of every kind and length, are found once
// and kept in st.matches. The result is read-only.
func (st *state) kb(i, end, kinds int) []*phrase {
	t := &st.toks[i]
	if int(t.kinds)&kinds == 0 {
		return nil
	}
	r := &st.matchAt[i]
	if r.n == 0 {
		r.off = int32(len(st.matches))
		st.matches = st.allMatches(i, st.matches)
		r.n = int32(len(st.matches)) - r.off + 1
	}
	all := st.matches[r.off : r.off+r.n-1]
	first, last, n := -1, -1, 0
	var out []*phrase
	for k, p := range all {
		if kinds&(1<<p.kind) == 0 || i+len(p.words) > end {
			continue
		}
		switch {
		case first < 0:
			first, last, n = k, k, len(p.words)
		case len(p.words) < n:
			// all is sorted longest first: no more ties.
			return pick(all, first, last, out)
		case out == nil && k == last+1:
			last = k
		default:
			if out == nil {
				out = append([]*phrase(nil), all[first:last+1]...)
			}
			out = append(out, p)
		}
	}
	if first < 0 {
		return nil
	}
	return pick(all, first, last, out)
}

// pick returns out when kb had to collect its ties, else all[first:last+1].
func pick(all []*phrase, first, last int, out []*phrase) []*phrase {
	if out != nil {
		return out
	}
	return all[first : last+1 : last+1]
}

// allMatches appends to dst every phrase of the lexicon that matches at
// token i (ignoring a possessive on its last word), longest first, and
// returns dst.
func (st *state) allMatches(i int, dst []*phrase) []*phrase {
	t := &st.toks[i]
	var b1, b2 []*phrase
	if t.bucket > 0 {
		b1 = st.t.buckets[t.bucket-1]
	}
	if t.baseBkt > 0 {
		b2 = st.t.buckets[t.baseBkt-1]
	}
	start := len(dst)
	for _, bucket := range [2][]*phrase{b1, b2} {
		for _, p := range bucket {
			if i+len(p.words) > len(st.toks) || !p.matches(st.doc.Text, st.toks, i) || containsPhrase(dst[start:], p) {
				continue
			}
			dst = append(dst, p)
		}
	}
	// Buckets are sorted longest first; b2 after b1 needs a stable merge.
	if b2 != nil {
		ms := dst[start:]
		sort.SliceStable(ms, func(a, b int) bool { return len(ms[a].words) > len(ms[b].words) })
	}
	return dst
}

// matchRange locates the phrases matching at one token in state.matches:
// [off, off+n-1); n == 0 when not computed yet.
type matchRange struct{ off, n int32 }

// emit records a mention of actor a over [start, end).
func (st *state) emit(start, end, a int, kind, rule string, tokIdx int) {
	st.mentions = append(st.mentions, parley.Mention{Span: parley.Span{Start: start, End: end}, Actor: a, Kind: kind, Rule: rule})
	st.info = append(st.info, mentionInfo{sent: st.sent, tok: tokIdx})
}

// akey identifies an actor within a document: a namespace and up to four
// parts (a struct, so that building a key allocates nothing).
type akey struct{ ns, a, b, c, d string }

// actor returns the index of the actor with key, creating it with mk when
// it does not exist yet. The zero key always makes a new actor.
func (st *state) actor(key akey, mk func() actorState) int {
	if key.ns != "" {
		if i, ok := st.byKey[key]; ok {
			return i
		}
	}
	if len(st.slab) == cap(st.slab) {
		// Actors are allocated in blocks; earlier blocks stay where they are.
		st.slab = make([]actorState, 0, 32)
	}
	st.slab = append(st.slab, mk())
	st.actors = append(st.actors, &st.slab[len(st.slab)-1])
	i := len(st.actors) - 1
	if key.ns != "" {
		st.byKey[key] = i
	}
	return i
}

// personActor returns the actor of knowledge-base person p.
func (st *state) personActor(pi int) int {
	if st.kbActor == nil {
		st.kbActor = make([]int32, len(st.t.people)+len(st.t.orgs))
	}
	if a := st.kbActor[pi]; a > 0 {
		return int(a) - 1
	}
	p := st.t.people[pi]
	defer func() { st.kbActor[pi] = int32(len(st.actors)) }()
	return st.actor(akey{}, func() actorState {
		tm := p.at(st.date)
		return actorState{a: parley.Actor{Name: p.name, Type: "person", Country: tm.country, Org: tm.org,
			Sector: tm.sector, Role: tm.role, KBID: p.id, Aliases: p.plain[:len(p.plain):len(p.plain)]},
			gender: p.gender, keys: tm.keys, leader: tm.hasKey("leader")}
	})
}

// orgActor returns the actor of knowledge-base organisation oi.
func (st *state) orgActor(oi int) int {
	if st.kbActor == nil {
		st.kbActor = make([]int32, len(st.t.people)+len(st.t.orgs))
	}
	if a := st.kbActor[len(st.t.people)+oi]; a > 0 {
		return int(a) - 1
	}
	o := st.t.orgs[oi]
	defer func() { st.kbActor[len(st.t.people)+oi] = int32(len(st.actors)) }()
	return st.actor(akey{}, func() actorState {
		typ := o.typ
		if typ == "" {
			typ = "organisation"
		}
		return actorState{a: parley.Actor{Name: o.name, Type: typ, Country: o.country, Org: o.orgCode,
			Sector: o.sector, KBID: o.id}, plural: o.typ == "group"}
	})
}

// stateActor returns the actor of the state with ISO code iso.
func (st *state) stateActor(iso string) int {
	return st.actor(akey{ns: "state", a: iso}, func() actorState {
		name := iso
		if ci, ok := st.t.byISO[iso]; ok {
			name = st.t.countries[ci].name
		}
		return actorState{a: parley.Actor{Name: name, Type: "state", Country: iso}}
	})
}

// groupActor returns the collective actor of a country (or organisation)
// and sector: "Russian forces", "the Kremlin", "Ukrainian officials".
//
// The actor's name is prefix and noun joined by a space (noun alone when
// prefix is empty), built only when the actor is new.
func (st *state) groupActor(iso, org, sector, class, prefix, noun string) int {
	key := akey{ns: "group", a: sector, b: iso, c: org, d: class}
	return st.actor(key, func() actorState {
		typ := "group"
		name := noun
		if prefix != "" {
			name = strings.TrimSpace(prefix + " " + noun)
		}
		return actorState{a: parley.Actor{Name: name, Type: typ, Country: iso, Org: org, Sector: sector},
			plural: true, class: class}
	})
}

// adjective returns the national adjective of iso ("Russian"), or "".
func (st *state) adjective(iso string) string {
	if ci, ok := st.t.byISO[iso]; ok {
		return st.t.countries[ci].adjective
	}
	return ""
}
