package geo

import (
	"math"

	"github.com/parleyhq/parley/geo"
)

// countryFinder gives the country of a gold toponym: from its GeoNames id
// when the gazetteer has it, else from its country's GeoNames id (TR-News),
// else from the nearest populated place of the gazetteer to its point.
type countryFinder struct {
	g     *geo.Gazetteer
	byGID map[int]string
	cells map[[2]int][]geo.Entry
}

func newCountryFinder(g *geo.Gazetteer) *countryFinder {
	f := &countryFinder{g: g, byGID: map[int]string{}, cells: map[[2]int][]geo.Entry{}}
	for _, c := range g.Countries() {
		if c.GeoNameID != 0 {
			f.byGID[c.GeoNameID] = c.ISO3
		}
	}
	for _, e := range g.Entries() {
		if e.Feature == geo.FeatureCity {
			k := cell(e.Lat, e.Lon)
			f.cells[k] = append(f.cells[k], e)
		}
	}
	return f
}

func cell(lat, lon float64) [2]int {
	return [2]int{int(math.Floor(lat)), int(math.Floor(lon))}
}

func (f *countryFinder) gold(t Toponym) string {
	if t.GeoNamesID != nil {
		if e, ok := f.g.ByID(*t.GeoNamesID); ok {
			return e.Country
		}
	}
	if t.CountryGID != nil {
		if cc, ok := f.byGID[*t.CountryGID]; ok {
			return cc
		}
	}
	if t.Lat == nil || t.Lon == nil {
		return ""
	}
	return f.nearest(*t.Lat, *t.Lon)
}

// nearest returns the country of the populated place nearest to a point,
// searching rings of one-degree cells up to five degrees away.
func (f *countryFinder) nearest(lat, lon float64) string {
	c := cell(lat, lon)
	best, bestD := "", math.Inf(1)
	for r := 0; r <= 5; r++ {
		for dy := -r; dy <= r; dy++ {
			for dx := -r; dx <= r; dx++ {
				if max(abs(dy), abs(dx)) != r {
					continue
				}
				for _, e := range f.cells[[2]int{c[0] + dy, c[1] + dx}] {
					if d := distanceKm(lat, lon, e.Lat, e.Lon); d < bestD {
						best, bestD = e.Country, d
					}
				}
			}
		}
		if best != "" && r >= 1 {
			return best
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
