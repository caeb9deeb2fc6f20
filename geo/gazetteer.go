package geo

import (
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Features of gazetteer entries, as written in parley.Place.Feature.
const (
	FeatureCountry = "country"
	FeatureAdmin1  = "admin1"
	FeatureCity    = "city"
	FeatureRegion  = "region"
)

// Entry is one place of the gazetteer.
type Entry struct {
	ID         int     // GeoNames id, 0 for a hand-written region without one
	Name       string  // preferred English name
	Feature    string  // country, admin1, city or region
	Code       string  // GeoNames feature code (PCLI, ADM1, PPLC, PPLA, PPL, ...), RGN for regions
	Country    string  // ISO 3166-1 alpha-3, "" for a region across countries
	Admin1     string  // GeoNames admin1 code, "" when unknown
	Lat, Lon   float64 // WGS84 degrees; 0, 0 when the place has no point
	Population int
	TimeZone   string // IANA zone, "" when the place spans zones
}

// Located reports whether the entry has a point.
func (e Entry) Located() bool { return e.Lat != 0 || e.Lon != 0 }

// Country is a country of the gazetteer with the names and words that refer
// to it.
type Country struct {
	ISO3      string
	ISO2      string
	GeoNameID int
	Name      string
	Names     []string // official name, alternate spellings and aliases
	Demonyms  []string // "Ukrainian"; a demonym is also the adjective in English
	Capital   string
	CapitalID int // GeoNames id of the capital, 0 when unknown
	TimeZone  string
	Lat, Lon  float64
}

// Seat is a name that can stand for a state's government: a capital
// ("Moscow") or a seat of government ("the Kremlin").
type Seat struct {
	Name      string
	Country   string // ISO 3166-1 alpha-3
	Kind      string // capital or seat
	GeoNameID int    // of the capital; 0 for seats
}

// Name flags, kept per name of an entry.
const (
	flagAlt     = 1 << iota // an alternate name, not the preferred one
	flagNeedThe             // "the" must come before the name ("the Gulf")
	flagLower               // the name matches in lower case too
	flagStop                // a common word: a place only with a cue
	flagBase                // an admin1 name without its type word ("Sumy" of Sumy Oblast)
	flagGiven               // a division named like a person ("Virginia", "Georgia")
)

type ref struct {
	entry int32
	flags uint8
}

// node is a node of the word trie: every prefix of every name has one.
type node struct {
	refs []ref // entries whose name ends here
}

// Gazetteer holds the places, countries and seats of government that package
// geo matches. It is read-only after loading and safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	// The generated places are entries[placeBase:placeEnd], sorted by
	// GeoNames id, and named by the generated names: the name table's key
	// k names refs[keyStart[k]:keyStart[k+1]].
	placeBase, placeEnd int
	keyStart            []int32
	refs                []ref
	// Hand-written names (countries, regions, aliases) in a word trie: every
	// prefix of every name is a key. The trie map is dropped after loading,
	// when names holds its nodes.
	trie  map[string]int32
	nodes []node
	// names holds every key of both indexes and every word prefix of a
	// generated key, so that one lookup answers for both.
	names     *nameTable
	maxWords  int
	byID      map[int]int32    // entries outside the generated places
	admin1    map[string]int32 // "UKR.21" -> entry
	countries map[string]*Country
	country   map[string]int32  // ISO3 -> entry
	byName    map[string]string // normalised name, code or alias -> ISO3
	demonym   map[string]string // normalised demonym -> ISO3
	seats     map[string]Seat   // normalised name -> seat
	stop      map[string]bool
	given     map[string]bool // given names that are place names too
	// lowerFirst holds the first words of names that match in lower case,
	// lowerByte their first bytes.
	lowerFirst map[string]bool
	lowerByte  [256]bool
}

// givenCity is the population from which a place named like a given name
// ("Florence", "Austin") matches without a cue.
const givenCity = 100000

// NewGazetteer loads the gazetteer embedded in the package.
func NewGazetteer() (*Gazetteer, error) {
	return LoadGazetteer(data)
}

// LoadGazetteer loads a gazetteer from fsys, which holds the files of the
// embedded data/ directory in their formats: countries.tsv, countrypoints.tsv,
// gazetteer.tsv, names.tsv, givennames.tsv, regions.tsv, seats.tsv,
// aliases.tsv and stopnames.tsv.
func LoadGazetteer(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		trie: map[string]int32{}, byID: map[int]int32{}, admin1: make(map[string]int32, 4096),
		entries:   make([]Entry, 0, 130000),
		countries: map[string]*Country{}, country: map[string]int32{}, byName: map[string]string{},
		demonym: map[string]string{}, seats: map[string]Seat{}, stop: map[string]bool{}, lowerFirst: map[string]bool{},
	}
	for _, step := range []func(fs.FS) error{g.loadStop, g.loadCountries, g.loadCountryPoints} {
		if err := step(fsys); err != nil {
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
	}
	// The generated names and their table need nothing of the places
	// but their row numbers: they load beside them, on another core when
	// there is one.
	g.placeBase = len(g.entries)
	// The goroutine gets its inputs as values read here, before loadPlaces
	// starts writing to g.
	stop, given, base := g.stop, g.given, g.placeBase
	names := make(chan *nameIndex, 1)
	go func() { names <- loadNames(fsys, stop, given, base) }()
	errPlaces := g.loadPlaces(fsys)
	ni := <-names
	switch {
	case errPlaces != nil:
		return nil, fmt.Errorf("load gazetteer: %w", errPlaces)
	case ni.err != nil:
		return nil, fmt.Errorf("load gazetteer: %w", ni.err)
	}
	if err := g.useNames(ni); err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	for _, step := range []func(fs.FS) error{g.loadRegions, g.loadAliases, g.loadSeats, g.indexHand} {
		if err := step(fsys); err != nil {
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
	}
	return g, nil
}

func (g *Gazetteer) loadStop(fsys fs.FS) error {
	err := eachRow(fsys, "data/stopnames.tsv", func(f []string) error {
		g.stop[nameKey(f[0])] = true
		return nil
	})
	if err != nil {
		return err
	}
	g.given = map[string]bool{}
	return eachRow(fsys, "data/givennames.tsv", func(f []string) error {
		g.given[nameKey(f[0])] = true
		return nil
	})
}

func (g *Gazetteer) loadCountries(fsys fs.FS) error {
	return eachRow(fsys, "data/countries.tsv", func(f []string) error {
		if len(f) < 12 {
			return fmt.Errorf("want 12 fields, got %d", len(f))
		}
		id, err1 := strconv.Atoi(f[2])
		lat, err2 := parseCoord(f[4])
		lon, err3 := parseCoord(f[5])
		capID, err4 := strconv.Atoi(f[8])
		for _, err := range []error{err1, err2, err3, err4} {
			if err != nil {
				return err
			}
		}
		c := &Country{ISO3: f[0], ISO2: f[1], GeoNameID: id, Name: f[3], TimeZone: f[6], Capital: f[7],
			CapitalID: capID, Lat: lat, Lon: lon}
		if f[9] != "" {
			c.Names = strings.Split(f[9], "|")
		}
		for _, d := range strings.Split(f[10], "|") {
			for _, d := range strings.Split(d, ",") {
				if d = strings.TrimSpace(d); d != "" {
					c.Demonyms = append(c.Demonyms, d)
					g.demonym[nameKey(d)] = c.ISO3
				}
			}
		}
		g.countries[c.ISO3] = c
		e := g.add(Entry{ID: id, Name: c.Name, Feature: FeatureCountry, Code: "PCLI", Country: c.ISO3,
			Lat: lat, Lon: lon, TimeZone: c.TimeZone}, c.Name, 0)
		g.country[c.ISO3] = e
		g.byName[nameKey(c.Name)] = c.ISO3
		g.byName[strings.ToLower(c.ISO3)] = c.ISO3
		g.byName[strings.ToLower(c.ISO2)] = c.ISO3
		for _, n := range c.Names {
			if g.stop[nameKey(n)] {
				// A native name that is an English word: "Island" (Iceland).
				continue
			}
			g.addName(e, n, flagAlt)
			g.byName[nameKey(n)] = c.ISO3
		}
		return nil
	})
}

func (g *Gazetteer) loadCountryPoints(fsys fs.FS) error {
	return eachRow(fsys, "data/countrypoints.tsv", func(f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want 3 fields, got %d", len(f))
		}
		lat, err1 := parseCoord(f[1])
		lon, err2 := parseCoord(f[2])
		i, ok := g.country[f[0]]
		switch {
		case err1 != nil:
			return err1
		case err2 != nil:
			return err2
		case !ok:
			return fmt.Errorf("no country %s", f[0])
		}
		g.entries[i].Lat, g.entries[i].Lon = lat, lon
		g.countries[f[0]].Lat, g.countries[f[0]].Lon = lat, lon
		return nil
	})
}

func (g *Gazetteer) loadPlaces(fsys fs.FS) error {
	iso3 := map[string]string{}
	for _, c := range g.countries {
		iso3[c.ISO2] = c.ISO3
	}
	popOf := map[string]int{}
	lastID := 0
	// Rows of one country often follow each other: the last code and a
	// running sum of population spare two map look-ups a row.
	lastCode, lastCC, runCC, runPop := "", "", "", 0
	err := eachRow(fsys, "data/gazetteer.tsv", func(f []string) error {
		if len(f) < 9 {
			return fmt.Errorf("want 9 fields, got %d", len(f))
		}
		id, err1 := strconv.Atoi(f[0])
		lat, err2 := parseCoord(f[5])
		lon, err3 := parseCoord(f[6])
		pop, err4 := strconv.Atoi(f[7])
		for _, err := range []error{err1, err2, err3, err4} {
			if err != nil {
				return err
			}
		}
		if id <= lastID {
			return fmt.Errorf("id %d not after %d: the file must be sorted by id", id, lastID)
		}
		lastID = id
		if f[2] != lastCode || lastCC == "" {
			lastCode, lastCC = f[2], iso3[f[2]]
			if lastCC == "" {
				lastCC = f[2] // keep an unknown code visible rather than drop the place
			}
		}
		cc := lastCC
		e := Entry{ID: id, Name: f[4], Feature: FeatureCity, Code: f[1], Country: cc, Admin1: f[3], Lat: lat, Lon: lon,
			Population: pop, TimeZone: f[8]}
		if f[1] == "ADM1" {
			e.Feature = FeatureAdmin1
			g.admin1[cc+"."+e.Admin1] = int32(len(g.entries))
		} else if cc == runCC {
			runPop += pop
		} else {
			popOf[runCC] += runPop
			runCC, runPop = cc, pop
		}
		g.entries = append(g.entries, e)
		return nil
	})
	popOf[runCC] += runPop
	g.placeEnd = len(g.entries)
	for cc, i := range g.country {
		g.entries[i].Population = popOf[cc]
	}
	return err
}

// lookup returns the entries that a name key names, from the generated
// index and from the hand-written names, and whether the key is a name or
// the start of one.
func (g *Gazetteer) lookup(key []byte) (big, small []ref, ok bool) {
	big, small, ok, _ = g.lookupSeat(key)
	return big, small, ok
}

// lookupSeat is lookup, and also reports whether the key is a seat of
// government other than a capital.
func (g *Gazetteer) lookupSeat(key []byte) (big, small []ref, ok, seat bool) {
	ni := g.names.get(key)
	if ni == nil {
		return nil, nil, false, false
	}
	if ni.key >= 0 {
		big = g.refs[g.keyStart[ni.key]:g.keyStart[ni.key+1]]
	}
	if ni.node >= 0 {
		small = g.nodes[ni.node].refs
	}
	return big, small, ni.node >= 0 || ni.longer || len(big) > 0, ni.seat
}

// place returns the index of the entry with GeoNames id, or -1.
func (g *Gazetteer) place(id int) int32 {
	ps := g.entries[g.placeBase:g.placeEnd]
	i := sort.Search(len(ps), func(i int) bool { return ps[i].ID >= id })
	if i < len(ps) && ps[i].ID == id {
		return int32(g.placeBase + i)
	}
	if i, ok := g.byID[id]; ok {
		return i
	}
	return -1
}

func (g *Gazetteer) loadRegions(fsys fs.FS) error {
	return eachRow(fsys, "data/regions.tsv", func(f []string) error {
		if len(f) < 7 {
			return fmt.Errorf("want 8 fields, got %d", len(f))
		}
		lat, err1 := parseCoord(f[3])
		lon, err2 := parseCoord(f[4])
		id, err3 := strconv.Atoi(f[6])
		for _, err := range []error{err1, err2, err3} {
			if err != nil {
				return err
			}
		}
		names := strings.Split(f[1], "|")
		e := Entry{ID: id, Name: names[0], Feature: FeatureRegion, Code: "RGN", Country: f[2], Lat: lat, Lon: lon, TimeZone: f[5]}
		i := int32(len(g.entries))
		g.entries = append(g.entries, e)
		if id != 0 {
			g.byID[id] = i
		}
		for k, n := range names {
			var fl uint8
			if k > 0 {
				fl |= flagAlt
			}
			if strings.HasPrefix(n, "the ") {
				fl |= flagNeedThe
				n = n[4:]
			}
			if n == strings.ToLower(n) {
				fl |= flagLower
			}
			g.addName(i, n, fl)
		}
		return nil
	})
}

func (g *Gazetteer) loadAliases(fsys fs.FS) error {
	return eachRow(fsys, "data/aliases.tsv", func(f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want 3 fields, got %d", len(f))
		}
		var flags uint8
		if len(f) > 2 && f[2] == "stop" {
			flags = flagStop
		}
		if cc, code, ok := strings.Cut(f[1], "."); ok && len(cc) == 2 {
			var i int32 = -1
			for _, c := range g.countries {
				if c.ISO2 == cc {
					if k, ok := g.admin1[c.ISO3+"."+code]; ok {
						i = k
					}
				}
			}
			if i < 0 {
				return fmt.Errorf("alias %q: no admin1 %s", f[0], f[1])
			}
			g.addName(i, f[0], flags)
			return nil
		}
		if id, err := strconv.Atoi(f[1]); err == nil {
			i := g.place(id)
			if i < 0 {
				return fmt.Errorf("alias %q: no place with GeoNames id %d", f[0], id)
			}
			g.addName(i, f[0], flags)
			if len(f) > 2 && f[2] == "name" {
				g.entries[i].Name = f[0]
			}
			return nil
		}
		i, ok := g.country[f[1]]
		if !ok {
			return fmt.Errorf("alias %q: no country %s", f[0], f[1])
		}
		g.addName(i, f[0], 0)
		g.byName[nameKey(f[0])] = f[1]
		c := g.countries[f[1]]
		c.Names = append(c.Names, f[0])
		return nil
	})
}

func (g *Gazetteer) loadSeats(fsys fs.FS) error {
	for _, c := range g.countries {
		if c.Capital != "" {
			g.seats[nameKey(c.Capital)] = Seat{Name: c.Capital, Country: c.ISO3, Kind: "capital", GeoNameID: c.CapitalID}
		}
	}
	return eachRow(fsys, "data/seats.tsv", func(f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want 4 fields, got %d", len(f))
		}
		if _, ok := g.countries[f[1]]; !ok {
			return fmt.Errorf("seat %q: no country %s", f[0], f[1])
		}
		g.seats[nameKey(f[0])] = Seat{Name: f[0], Country: f[1], Kind: f[2]}
		return nil
	})
}

// add appends an entry and indexes its name.
func (g *Gazetteer) add(e Entry, name string, flags uint8) int32 {
	i := int32(len(g.entries))
	g.entries = append(g.entries, e)
	if _, dup := g.byID[e.ID]; e.ID != 0 && !dup {
		g.byID[e.ID] = i
	}
	g.addName(i, name, flags)
	return i
}

// addName indexes one name of entry i in the trie.
func (g *Gazetteer) addName(i int32, name string, flags uint8) {
	g.addKey(i, nameKey(name), flags)
}

// addKey indexes one name key of entry i in the trie.
func (g *Gazetteer) addKey(i int32, key string, flags uint8) {
	if key == "" {
		return
	}
	if flags&flagLower != 0 {
		first, _, _ := strings.Cut(key, " ")
		g.lowerFirst[first] = true
		g.lowerByte[first[0]] = true
	}
	var n int32
	words := 0
	for end := 0; end <= len(key); end++ {
		if end < len(key) && key[end] != ' ' {
			continue
		}
		words++
		p := key[:end]
		var ok bool
		if n, ok = g.trie[p]; !ok {
			n = int32(len(g.nodes))
			g.nodes = append(g.nodes, node{})
			g.trie[p] = n
		}
	}
	g.maxWords = max(g.maxWords, words)
	for _, r := range g.nodes[n].refs {
		if r.entry == i {
			return // the first flags of a name win: the preferred name is indexed first
		}
	}
	g.nodes[n].refs = append(g.nodes[n].refs, ref{entry: i, flags: flags})
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup returns the entries that a name may refer to, most populous first.
func (g *Gazetteer) Lookup(name string) []Entry {
	big, small, _ := g.lookup([]byte(nameKey(name)))
	var out []Entry
	for _, rs := range [][]ref{big, small} {
		for _, r := range rs {
			out = append(out, g.entries[r.entry])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Population > out[j].Population })
	return out
}

// ByID returns the entry with a GeoNames id.
func (g *Gazetteer) ByID(id int) (Entry, bool) {
	i := g.place(id)
	if i < 0 {
		return Entry{}, false
	}
	return g.entries[i], true
}

// Admin1 returns the first-level division of a country (ISO 3166-1 alpha-3)
// with a GeoNames admin1 code.
func (g *Gazetteer) Admin1(country, code string) (Entry, bool) {
	i, ok := g.admin1[country+"."+code]
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}

// Country returns the country that a name, alternate name, ISO 3166-1 code
// (alpha-2 or alpha-3) or demonym ("Ukrainian") refers to.
func (g *Gazetteer) Country(name string) (Country, bool) {
	key := nameKey(name)
	iso, ok := g.byName[key]
	if !ok {
		iso, ok = g.demonym[key]
	}
	if !ok {
		return Country{}, false
	}
	return *g.countries[iso], true
}

// CountryByDemonym returns the country of a demonym or national adjective:
// "Ukrainian" -> UKR. Demonyms are not place mentions; the actor layer uses
// them for nationality.
func (g *Gazetteer) CountryByDemonym(word string) (Country, bool) {
	iso, ok := g.demonym[nameKey(word)]
	if !ok {
		return Country{}, false
	}
	return *g.countries[iso], true
}

// CountryByCode returns the country with an ISO 3166-1 alpha-3 code.
func (g *Gazetteer) CountryByCode(iso3 string) (Country, bool) {
	c, ok := g.countries[iso3]
	if !ok {
		return Country{}, false
	}
	return *c, true
}

// Seat returns the state that a capital or seat of government stands for
// when used as a metonym: "Moscow" and "Kremlin" -> RUS, "Kyiv" -> UKR,
// "White House" -> USA. A leading "the" is ignored.
func (g *Gazetteer) Seat(name string) (Seat, bool) {
	key := nameKey(name)
	key = strings.TrimPrefix(key, "the ")
	s, ok := g.seats[key]
	if !ok {
		big, small, _ := g.lookup([]byte(key))
		for _, rs := range [][]ref{big, small} {
			for _, r := range rs {
				if e := g.entries[r.entry]; e.Code == "PPLC" && r.flags&flagStop == 0 {
					return Seat{Name: e.Name, Country: e.Country, Kind: "capital", GeoNameID: e.ID}, true
				}
			}
		}
	}
	return s, ok
}

// Seats returns every capital and seat of government, sorted by name.
func (g *Gazetteer) Seats() []Seat {
	out := make([]Seat, 0, len(g.seats))
	for _, s := range g.seats {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].Name < out[j].Name || (out[i].Name == out[j].Name && out[i].Country < out[j].Country)
	})
	return out
}

// TimeZone returns the IANA time zone of a place given its country (ISO
// 3166-1 alpha-3) and admin1 code: the zone of most people in the admin1,
// else the zone of the country's capital. It is "" for unknown countries.
func (g *Gazetteer) TimeZone(country, admin1 string) string {
	if i, ok := g.admin1[country+"."+admin1]; ok && g.entries[i].TimeZone != "" {
		return g.entries[i].TimeZone
	}
	if c, ok := g.countries[country]; ok {
		return c.TimeZone
	}
	return ""
}

// distanceKm returns the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(min(1, a)))
}

// Entries returns a copy of every entry of the gazetteer, in load order.
func (g *Gazetteer) Entries() []Entry {
	return append([]Entry(nil), g.entries...)
}

// Countries returns every country, sorted by ISO 3166-1 alpha-3 code.
func (g *Gazetteer) Countries() []Country {
	out := make([]Country, 0, len(g.countries))
	for _, c := range g.countries {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ISO3 < out[j].ISO3 })
	return out
}

// major reports whether a name key names a country, division or region, or
// a place of 100,000 or more.
func (g *Gazetteer) major(key []byte) bool {
	big, small, _ := g.lookup(key)
	for _, rs := range [][]ref{big, small} {
		for _, r := range rs {
			if e := &g.entries[r.entry]; e.Feature != FeatureCity || e.Population >= 100000 {
				return true
			}
		}
	}
	return false
}
