package geo_test

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestCoordinates checks the coordinates of every generated place against
// strconv.ParseFloat of the data file: the fast decimal parser of the
// loader must give the same float64 bits. First-level divisions are left
// out: the loader moves their points (TestDivisionCentre).
func TestCoordinates(t *testing.T) {
	tg, _ := MustTagger(t)
	g := tg.Gazetteer()
	f, err := os.Open("data/gazetteer.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "\t")
		if fs[1] == "ADM1" {
			continue
		}
		id, err := strconv.Atoi(fs[0])
		if err != nil {
			t.Fatal(err)
		}
		lat, err1 := strconv.ParseFloat(fs[5], 64)
		lon, err2 := strconv.ParseFloat(fs[6], 64)
		if err1 != nil || err2 != nil {
			t.Fatal(line)
		}
		e, ok := g.ByID(id)
		if !ok {
			t.Fatalf("no entry %d", id)
		}
		if math.Float64bits(e.Lat) != math.Float64bits(lat) || math.Float64bits(e.Lon) != math.Float64bits(lon) {
			t.Errorf("%d: got %v,%v; want %v,%v", id, e.Lat, e.Lon, lat, lon)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 100000 {
		t.Errorf("only %d places checked", n)
	}
}

// TestDivisionCentre checks that a division's point lies nearer the centre
// of its area (rough centres written by hand) than the population-weighted
// mean of its places does.
func TestDivisionCentre(t *testing.T) {
	tg, _ := MustTagger(t)
	g := tg.Gazetteer()
	for _, tt := range []struct {
		name     string
		id       int
		lat, lon float64 // near the centre of the area
		km       float64
	}{
		{"Alberta", 5883102, 55.0, -115.0, 140}, // the weighted mean of its places lies 158 km off
		{"Ontario", 6093943, 50.0, -85.0, 300},  // the weighted mean lies 368 km off
	} {
		e, ok := g.ByID(tt.id)
		if !ok {
			t.Fatalf("%s: no entry %d", tt.name, tt.id)
		}
		if d := haversine(e.Lat, e.Lon, tt.lat, tt.lon); d > tt.km {
			t.Errorf("%s at %v,%v: %.0f km from %v,%v, want at most %v", tt.name, e.Lat, e.Lon, d, tt.lat, tt.lon, tt.km)
		}
	}
}

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Sqrt(min(1, a)))
}
