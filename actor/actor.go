package actor

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/geo"
)

// Name is the annotator's name, as used by the pipeline and in logs.
const Name = "actor"

// Tagger finds actor mentions, links them into actors and codes them.
//
// A Tagger is built once by [New] and is read-only afterwards: Annotate is
// deterministic, does no I/O and is safe for concurrent use by many
// goroutines.
type Tagger struct {
	gaz *geo.Gazetteer // optional; extends the country lookups

	people    []*person
	orgs      []*org
	countries []country
	seats     []seat
	roles     []role

	lex        lexicon               // names, countries, seats, roles, adjectives
	firstNames map[string]byte       // lower-case first name -> 'm', 'f' or 'u'
	cameo      map[string]string     // "sector:GOV", "org:NATO", "country:EUR" -> CAMEO code
	byISO      map[string]int        // ISO alpha-3 -> index into countries
	orgByCode  map[string]int        // org code ("NATO", "hamas") -> index into orgs
	capitals   map[string]bool       // normalised capital names, for context checks
	buckets    [][]*phrase           // the lexicon's buckets, indexed by vocab
	vocab      map[string]vocabEntry // word -> flags and bucket, one lookup per token
	table      vocabTable            // vocab as a hash table for the token view
	flags      map[string]uint32     // closed-class flags and first-name genders

	// pool recycles the per-document buffers of Annotate (*buffers).
	pool sync.Pool
}

// buffers are the scratch slices of one Annotate call, reused through
// Tagger.pool; nothing in them outlives the call.
type buffers struct {
	toks    []tok
	info    []mentionInfo
	matchAt []matchRange
	matches []*phrase
	arena   []byte
}

var _ parley.Annotator = (*Tagger)(nil)

// vocabEntry is what a token's normalised form looks up: its closed-class
// flags and 1 + the index of the lexicon bucket of phrases it starts (0:
// none).
type vocabEntry struct {
	flags  uint32
	bucket int32
	kinds  uint16 // kinds of the phrases of the bucket
	id     int32  // 1 + index of the word among the vocabulary; phrases match on ids
}

// New loads the embedded knowledge base and lexicons. The gazetteer g, when
// not nil, adds its countries, demonyms and seats of government to the
// embedded country table; with nil the embedded table alone is used.
func New(g *geo.Gazetteer) (*Tagger, error) {
	return NewFS(dataFS, g)
}

// NewFS is like [New] but reads the data files (data/people.tsv,
// data/orgs.tsv, data/countries.tsv, data/metonyms.tsv, data/titles.tsv,
// data/agents.tsv, data/firstnames.tsv, data/cameo.tsv) from fsys, so
// tests and users can swap the knowledge base.
func NewFS(fsys fs.FS, g *geo.Gazetteer) (*Tagger, error) {
	t := &Tagger{gaz: g, lex: lexicon{}, firstNames: map[string]byte{}, cameo: map[string]string{},
		byISO: map[string]int{}, orgByCode: map[string]int{}, capitals: map[string]bool{}, flags: wordFlags()}
	var err error
	if t.people, err = loadPeople(fsys); err != nil {
		return nil, fmt.Errorf("load actor data: %w", err)
	}
	if t.orgs, err = loadOrgs(fsys); err != nil {
		return nil, fmt.Errorf("load actor data: %w", err)
	}
	if err := t.loadCountries(fsys); err != nil {
		return nil, fmt.Errorf("load actor data: %w", err)
	}
	if err := t.loadSeats(fsys); err != nil {
		return nil, fmt.Errorf("load actor data: %w", err)
	}
	if err := t.loadRoles(fsys); err != nil {
		return nil, fmt.Errorf("load actor data: %w", err)
	}
	if err := t.loadFirstNames(fsys); err != nil {
		return nil, fmt.Errorf("load actor data: %w", err)
	}
	if err := t.loadCAMEO(fsys); err != nil {
		return nil, fmt.Errorf("load actor data: %w", err)
	}
	for i, p := range t.people {
		t.lex.add(p.name, phPerson, i)
		for _, a := range p.aliases {
			t.lex.add(a, phPerson, i)
		}
	}
	for i, o := range t.orgs {
		t.orgByCode[o.id] = i
		if o.orgCode != "" {
			if _, ok := t.orgByCode[o.orgCode]; !ok {
				t.orgByCode[o.orgCode] = i
			}
		}
	}
	for i, o := range t.orgs {
		t.lex.add(o.name, phOrg, i)
	}
	if rows, err := readTSV(fsys, "orgs.tsv", 8); err == nil {
		for i, f := range rows {
			for _, a := range splitList(f[2], "|") {
				t.lex.add(a, phOrg, i)
			}
		}
	}
	t.vocab = make(map[string]vocabEntry, len(t.lex)+len(t.flags))
	for w, f := range t.flags {
		t.vocab[w] = vocabEntry{flags: f}
	}
	for w, ps := range t.lex {
		e := t.vocab[w]
		e.bucket = int32(len(t.buckets)) + 1
		for _, p := range ps {
			e.kinds |= 1 << p.kind
		}
		t.vocab[w] = e
		t.buckets = append(t.buckets, ps)
	}
	// Every word of every phrase gets an id, so that matching compares
	// integers; words outside the vocabulary (id 0) match no phrase.
	var next int32
	for _, ps := range t.lex {
		for _, p := range ps {
			p.ids = make([]int32, len(p.words))
			for j, w := range p.words {
				e := t.vocab[w]
				if e.id == 0 {
					next++
					e.id = next
					t.vocab[w] = e
				}
				p.ids[j] = e.id
			}
		}
	}
	t.table = newVocabTable(t.vocab)
	return t, nil
}

func (t *Tagger) loadCountries(fsys fs.FS) error {
	rows, err := readTSV(fsys, "countries.tsv", 5)
	if err != nil {
		return err
	}
	for _, f := range rows {
		names := splitList(f[1], "|")
		if len(f[0]) != 3 || len(names) == 0 {
			return fmt.Errorf("countries.tsv: bad row %q", strings.Join(f, " "))
		}
		i := len(t.countries)
		adjs := splitList(f[2], "|")
		c := country{iso3: f[0], name: names[0]}
		if len(adjs) > 0 {
			c.adjective = adjs[0]
		}
		t.countries = append(t.countries, c)
		t.byISO[f[0]] = i
		for _, n := range names {
			t.lex.add(n, phCountry, i)
		}
		for _, a := range adjs {
			t.lex.add(a, phAdj, i)
		}
		for _, p := range splitList(f[3], "|") {
			t.lex.add(p, phPeople, i)
		}
		for _, cap := range splitList(f[4], "|") {
			t.seats = append(t.seats, seat{country: f[0], sector: "GOV", name: c.name, capital: true})
			t.lex.add(cap, phSeat, len(t.seats)-1)
			t.capitals[norm(cap)] = true
		}
	}
	return nil
}

func (t *Tagger) loadSeats(fsys fs.FS) error {
	rows, err := readTSV(fsys, "metonyms.tsv", 5)
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, f := range rows {
		if f[1] == "" || f[2] == "" {
			return fmt.Errorf("metonyms.tsv: bad row %q", strings.Join(f, " "))
		}
		t.seats = append(t.seats, seat{country: f[1], sector: f[2], org: f[3], name: f[4]})
		for _, p := range splitList(f[0], "|") {
			t.lex.add(p, phSeat, len(t.seats)-1)
			known[norm(p)] = true
		}
	}
	if t.gaz != nil {
		for _, s := range t.gaz.Seats() {
			if known[norm(s.Name)] || t.capitals[norm(s.Name)] {
				continue
			}
			if _, ok := t.byISO[s.Country]; !ok {
				continue
			}
			t.seats = append(t.seats, seat{country: s.Country, sector: "GOV", capital: s.Kind == "capital"})
			t.lex.add(s.Name, phSeat, len(t.seats)-1)
			if s.Kind == "capital" {
				t.capitals[norm(s.Name)] = true
			}
		}
	}
	return nil
}

func (t *Tagger) loadRoles(fsys fs.FS) error {
	titles, agents, err := loadRoles(fsys)
	if err != nil {
		return err
	}
	for _, f := range titles {
		forms := splitList(f[0], "|")
		if len(forms) == 0 || f[1] == "" || f[2] == "" {
			return fmt.Errorf("titles.tsv: bad row %q", strings.Join(f, " "))
		}
		for _, form := range forms {
			t.roles = append(t.roles, role{key: f[1], head: forms[0], sector: f[2], title: true, leader: f[3] == "y"})
			t.lex.add(form, phRole, len(t.roles)-1)
		}
	}
	for _, f := range agents {
		if (f[0] == "" && f[1] == "") || f[2] == "" {
			return fmt.Errorf("agents.tsv: bad row %q", strings.Join(f, " "))
		}
		head := f[0]
		if head == "" {
			head = f[1]
		}
		if f[2] == "-" {
			f[2] = ""
		}
		if f[0] != "" {
			t.roles = append(t.roles, role{head: head, sector: f[2]})
			t.lex.add(f[0], phRole, len(t.roles)-1)
		}
		if f[1] != "" {
			t.roles = append(t.roles, role{head: head, sector: f[2], plural: true, bare: f[3] == "y"})
			t.lex.add(f[1], phRole, len(t.roles)-1)
		}
	}
	return nil
}

func (t *Tagger) loadFirstNames(fsys fs.FS) error {
	rows, err := readTSV(fsys, "firstnames.tsv", 2)
	if err != nil {
		return err
	}
	for _, f := range rows {
		g := byte('u')
		if f[1] != "" {
			g = f[1][0]
		}
		t.firstNames[norm(f[0])] = g
		t.flags[norm(f[0])] |= map[byte]uint32{'m': fFirstM, 'f': fFirstF}[g] | fFirstU*b2u(g != 'm' && g != 'f')
	}
	return nil
}

func (t *Tagger) loadCAMEO(fsys fs.FS) error {
	rows, err := readTSV(fsys, "cameo.tsv", 4)
	if err != nil {
		return err
	}
	for _, f := range rows {
		if f[0] == "" || f[1] == "" {
			return fmt.Errorf("cameo.tsv: bad row %q", strings.Join(f, " "))
		}
		t.cameo[f[0]+":"+f[1]] = f[2]
	}
	return nil
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}
