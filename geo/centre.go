package geo

import "math"

// centreDivisions moves the point of each first-level division to the
// middle of the extent of the places inside it. The generated point is the
// population-weighted mean of those places, which lies in the division's
// biggest cities (Alberta's between Calgary and Edmonton); gazetteers give
// a point near the centre of the area, which the middle of the extent comes
// closer to. A division with fewer than minPlaces places, or whose places
// straddle the antimeridian, keeps its generated point.
func (g *Gazetteer) centreDivisions() {
	const minPlaces = 3
	type extent struct {
		minLat, maxLat, minLon, maxLon float64
		n                              int
	}
	ext := make(map[int32]*extent, len(g.admin1))
	for i := g.placeBase; i < g.placeEnd; i++ {
		e := &g.entries[i]
		if e.Feature != FeatureCity || e.Admin1 == "" {
			continue
		}
		d, ok := g.admin1[e.Country+"."+e.Admin1]
		if !ok {
			continue
		}
		x := ext[d]
		if x == nil {
			ext[d] = &extent{e.Lat, e.Lat, e.Lon, e.Lon, 1}
			continue
		}
		x.minLat, x.maxLat = min(x.minLat, e.Lat), max(x.maxLat, e.Lat)
		x.minLon, x.maxLon = min(x.minLon, e.Lon), max(x.maxLon, e.Lon)
		x.n++
	}
	for d, x := range ext {
		if x.n < minPlaces || x.maxLon-x.minLon > 180 {
			continue
		}
		e := &g.entries[d]
		e.Lat, e.Lon = round4((x.minLat+x.maxLat)/2), round4((x.minLon+x.maxLon)/2)
	}
}

// round4 rounds a coordinate to four decimals, as the data files write them.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
