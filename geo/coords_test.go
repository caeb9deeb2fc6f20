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
// loader must give the same float64 bits.
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
