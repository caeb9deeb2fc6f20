// Package geo scores package geo on the geoparsing gold of shared/eval/geo
// (GeoWebNews, TR-News, GeoVirus): toponym span precision, recall and F1,
// strict and relaxed, per corpus; and for the gold toponyms that have
// coordinates and were tagged, accuracy within 161 km, mean and median
// error, AUC of the error curve, exact GeoNames-id accuracy and country
// accuracy. The corpora are evaluation data only: they are read at run time
// and never embedded.
package geo

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/segment"
)

// Gold is one document of gold.jsonl.
type Gold struct {
	Corpus   string    `json:"corpus"`
	DocID    string    `json:"doc_id"`
	Text     string    `json:"text"`
	Toponyms []Toponym `json:"toponyms"`
}

// Toponym is one gold toponym.
type Toponym struct {
	Text       string   `json:"text"`
	Start      int      `json:"start_byte"`
	End        int      `json:"end_byte"`
	Eval       bool     `json:"eval"`
	Type       string   `json:"type"`
	Literal    *bool    `json:"literal"`
	GeoNamesID *int     `json:"geonames_id"`
	Lat        *float64 `json:"lat"`
	Lon        *float64 `json:"lon"`
	CountryGID *int     `json:"country_geonames_id"`
}

// Tagging counts span matches of predicted places against gold toponyms.
type Tagging struct {
	Gold, Pred          int
	StrictTP, RelaxedTP int
}

// Geocoding scores the resolution of tagged gold toponyms with coordinates.
type Geocoding struct {
	Located   int       // gold toponyms with coordinates
	Resolved  int       // of those, tagged (relaxed) by a place with coordinates
	Within161 int       // resolved within 161 km
	Errors    []float64 // km, one per resolved toponym
	IDGold    int       // resolved toponyms with a gold GeoNames id
	IDOK      int
	CountryN  int // resolved toponyms whose gold country is known
	CountryOK int
	// NoCountry counts resolved toponyms whose gold country is known but
	// that resolved to a region across countries ("Europe", "the Middle
	// East"); they are left out of CountryN.
	NoCountry int
}

// Corpus holds the scores of one corpus.
type Corpus struct {
	Name string
	Docs int
	// Tagging is scored over all gold toponyms; for GeoWebNews Literal is
	// scored over literal toponyms only (predictions on associative ones,
	// such as metonyms and demonyms, are ignored).
	Tagging Tagging
	Literal *Tagging
	// NoDemonym is scored over the gold toponyms that are not demonyms
	// ("Russian"), which parley leaves to the actor layer by design;
	// predictions on demonym gold are ignored. It is set for the corpora
	// other than GeoWebNews, whose Literal scores already leave them out.
	NoDemonym *Tagging
	Geo       Geocoding
	// SubNational scores resolution on the toponyms resolved to anything
	// but a country, whose centre points differ between gazetteers by
	// hundreds of kilometres.
	SubNational Geocoding
}

// Report is the result of one evaluation run.
type Report struct {
	Gold    string
	Corpora []*Corpus
}

// Evaluate runs segment and geo over every document of
// sharedDir/eval/geo/gold.jsonl and scores the places found.
func Evaluate(sharedDir string) (*Report, error) {
	path := filepath.Join(sharedDir, "eval", "geo", "gold.jsonl")
	docs, err := readGold(path)
	if err != nil {
		return nil, err
	}
	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("evaluate geo: %w", err)
	}
	tagger, err := geo.New()
	if err != nil {
		return nil, fmt.Errorf("evaluate geo: %w", err)
	}
	countryOf := newCountryFinder(tagger.Gazetteer())
	rep := &Report{Gold: path}
	byName := map[string]*Corpus{}
	for _, g := range docs {
		c := byName[g.Corpus]
		if c == nil {
			c = &Corpus{Name: g.Corpus}
			if g.Corpus == "GeoWebNews" {
				c.Literal = &Tagging{}
			} else {
				c.NoDemonym = &Tagging{}
			}
			byName[g.Corpus] = c
			rep.Corpora = append(rep.Corpora, c)
		}
		doc := &parley.Document{ID: g.DocID, Text: g.Text}
		seg.Annotate(doc)
		tagger.Annotate(doc)
		if err := doc.Validate(); err != nil {
			return nil, fmt.Errorf("evaluate geo: %w", err)
		}
		c.Docs++
		score(c, g, doc.Places, countryOf, tagger.Gazetteer())
	}
	sort.Slice(rep.Corpora, func(i, j int) bool { return rep.Corpora[i].Name < rep.Corpora[j].Name })
	return rep, nil
}

func readGold(path string) ([]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read geo gold: %w", err)
	}
	defer f.Close()
	var out []Gold
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for line := 1; sc.Scan(); line++ {
		var g Gold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read geo gold: %w", err)
	}
	return out, nil
}

// match pairs predictions with gold spans greedily by largest overlap, each
// at most once. It returns the gold index matched by each prediction (-1 for
// none).
func match(gold []parley.Span, pred []parley.Span) []int {
	type pair struct{ g, p, overlap int }
	var pairs []pair
	for pi, p := range pred {
		for gi, g := range gold {
			if o := min(p.End, g.End) - max(p.Start, g.Start); o > 0 {
				pairs = append(pairs, pair{gi, pi, o})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].overlap > pairs[j].overlap })
	out := make([]int, len(pred))
	for i := range out {
		out[i] = -1
	}
	usedG := make([]bool, len(gold))
	for _, pr := range pairs {
		if out[pr.p] < 0 && !usedG[pr.g] {
			out[pr.p] = pr.g
			usedG[pr.g] = true
		}
	}
	return out
}

// tag scores predictions against gold spans; predictions overlapping an
// ignored span and no gold span are left out.
func tag(t *Tagging, gold, ignored, pred []parley.Span) []int {
	m := match(gold, pred)
	strict := map[parley.Span]bool{}
	for _, g := range gold {
		strict[g] = true
	}
	t.Gold += len(gold)
	for i, p := range pred {
		if m[i] < 0 && overlapsAny(p, ignored) {
			continue
		}
		t.Pred++
		if strict[p] {
			t.StrictTP++
		}
		if m[i] >= 0 {
			t.RelaxedTP++
		}
	}
	return m
}

func overlapsAny(s parley.Span, spans []parley.Span) bool {
	for _, o := range spans {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

func score(c *Corpus, g Gold, places []parley.Place, countryOf *countryFinder, gaz *geo.Gazetteer) {
	pred := make([]parley.Span, len(places))
	for i, p := range places {
		pred[i] = p.Span
	}
	var gold []Toponym
	var spans, literal, assoc, nonDemonym, demonyms []parley.Span
	for _, t := range g.Toponyms {
		if !t.Eval {
			continue
		}
		gold = append(gold, t)
		s := parley.Span{Start: t.Start, End: t.End}
		spans = append(spans, s)
		if _, ok := gaz.CountryByDemonym(t.Text); ok {
			demonyms = append(demonyms, s)
		} else {
			nonDemonym = append(nonDemonym, s)
		}
		if t.Literal != nil && *t.Literal {
			literal = append(literal, s)
		} else if t.Literal != nil {
			assoc = append(assoc, s)
		}
	}
	m := tag(&c.Tagging, spans, nil, pred)
	if c.Literal != nil {
		tag(c.Literal, literal, assoc, pred)
	}
	if c.NoDemonym != nil {
		tag(c.NoDemonym, nonDemonym, demonyms, pred)
	}
	matched := make([]int, len(gold))
	for i := range matched {
		matched[i] = -1
	}
	for pi, gi := range m {
		if gi >= 0 {
			matched[gi] = pi
		}
	}
	for gi, t := range gold {
		if t.Lat == nil || t.Lon == nil {
			continue
		}
		c.Geo.Located++
		pi := matched[gi]
		if pi < 0 || (places[pi].Lat == 0 && places[pi].Lon == 0) {
			continue
		}
		p := places[pi]
		resolve(&c.Geo, t, p, countryOf)
		if p.Feature != geo.FeatureCountry {
			resolve(&c.SubNational, t, p, countryOf)
		}
	}
}

// distanceKm is the haversine distance with Earth radius 6371 km.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Sqrt(min(1, a)))
}

// resolve scores the resolution of gold toponym t by place p.
func resolve(g *Geocoding, t Toponym, p parley.Place, countryOf *countryFinder) {
	g.Resolved++
	d := distanceKm(*t.Lat, *t.Lon, p.Lat, p.Lon)
	g.Errors = append(g.Errors, d)
	if d <= 161 {
		g.Within161++
	}
	if t.GeoNamesID != nil {
		g.IDGold++
		if p.GeoNameID == *t.GeoNamesID {
			g.IDOK++
		}
	}
	if want := countryOf.gold(t); want != "" && p.Country == "" {
		g.NoCountry++
	} else if want != "" {
		g.CountryN++
		if p.Country == want {
			g.CountryOK++
		}
	}
}
