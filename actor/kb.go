package actor

import (
	"fmt"
	"io/fs"
	"strings"
	"time"
)

// person is a knowledge-base person with one or more terms of office.
type person struct {
	id      string
	name    string
	low     string // norm(name)
	aliases []string
	plain   []string // aliases without their "~" and "=" marks, shared by the actors (capacity clipped)
	gender  byte     // 'm', 'f' or 0
	terms   []term
}

// term is one office a person held from start to end (zero end: open).
type term struct {
	country, org, sector, role string
	keys                       []string // role keys: president, leader, ...
	start, end                 time.Time
	source                     string
}

// at returns the term in force at date d: the one that covers d, else the
// latest that began before d, else the first. A zero d picks the open term.
func (p *person) at(d time.Time) term {
	if d.IsZero() {
		for _, t := range p.terms {
			if t.end.IsZero() {
				return t
			}
		}
		return p.terms[0]
	}
	best := -1
	for i, t := range p.terms {
		if t.covers(d) {
			return t
		}
		if !t.start.After(d) && (best < 0 || t.start.After(p.terms[best].start)) {
			best = i
		}
	}
	if best < 0 {
		best = 0
	}
	return p.terms[best]
}

func (t term) covers(d time.Time) bool {
	return !d.Before(t.start) && (t.end.IsZero() || d.Before(t.end))
}

func (t term) hasKey(k string) bool {
	for _, x := range t.keys {
		if x == k {
			return true
		}
	}
	return false
}

// org is a knowledge-base organisation or armed group.
type org struct {
	id, name, typ, country, orgCode, sector, source string
}

// country is one row of countries.tsv.
type country struct {
	iso3, name string
	adjective  string // first adjective, for actor names ("Russian")
}

// seat is a seat of government or a capital that can stand for an actor.
type seat struct {
	country, sector, org, name string
	capital                    bool
}

// role is a title or an agent noun.
type role struct {
	key    string // role key of a title ("president"); "" for plain agent nouns
	head   string // singular form, the noun that names the class
	sector string
	title  bool // may precede a name
	leader bool // names a head of state, government or group
	plural bool
	bare   bool // a plural that is an actor without a nationality
}

func loadPeople(fsys fs.FS) ([]*person, error) {
	rows, err := readTSV(fsys, "people.tsv", 12)
	if err != nil {
		return nil, err
	}
	byID := map[string]*person{}
	var out []*person
	for _, f := range rows {
		if f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("people.tsv: row without id or name: %q", strings.Join(f, " "))
		}
		start, _, err := parseDate(f[9])
		if err != nil {
			return nil, fmt.Errorf("people.tsv %s: %w", f[0], err)
		}
		end, _, err := parseDate(f[10])
		if err != nil {
			return nil, fmt.Errorf("people.tsv %s: %w", f[0], err)
		}
		if !end.IsZero() && end.Before(start) {
			return nil, fmt.Errorf("people.tsv %s: term ends before it starts", f[0])
		}
		p := byID[f[0]]
		if p == nil {
			p = &person{id: f[0], name: f[1], low: norm(f[1])}
			if f[3] != "" {
				p.gender = f[3][0]
			}
			byID[f[0]] = p
			out = append(out, p)
		}
		for _, a := range splitList(f[2], "|") {
			if !contains(p.aliases, a) {
				p.aliases = append(p.aliases, a)
				p.plain = append(p.plain, strings.TrimLeft(a, "~="))
			}
		}
		p.terms = append(p.terms, term{country: f[4], org: f[5], sector: f[6], role: f[7],
			keys: splitList(f[8], ","), start: start, end: end, source: f[11]})
	}
	return out, nil
}

func loadOrgs(fsys fs.FS) ([]*org, error) {
	rows, err := readTSV(fsys, "orgs.tsv", 8)
	if err != nil {
		return nil, err
	}
	var out []*org
	for _, f := range rows {
		if f[0] == "" || f[1] == "" || f[6] == "" {
			return nil, fmt.Errorf("orgs.tsv: row without id, name or sector: %q", strings.Join(f, " "))
		}
		out = append(out, &org{id: f[0], name: f[1], typ: f[3], country: f[4], orgCode: f[5], sector: f[6], source: f[7]})
	}
	return out, nil
}

func loadRoles(fsys fs.FS) (titles, agents [][]string, err error) {
	if titles, err = readTSV(fsys, "titles.tsv", 4); err != nil {
		return nil, nil, err
	}
	if agents, err = readTSV(fsys, "agents.tsv", 4); err != nil {
		return nil, nil, err
	}
	return titles, agents, nil
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
