package geo_test

import (
	"testing"

	"github.com/parleyhq/parley/geo"
)

func TestNewGazetteer(t *testing.T) {
	g, err := geo.NewGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	if n := g.Len(); n < 100000 {
		t.Fatalf("Len=%d, want at least 100000", n)
	}
	if n := len(g.Countries()); n < 240 {
		t.Fatalf("countries=%d, want at least 240", n)
	}
	if e, ok := g.ByID(692196); !ok || e.Name != "Sumy Oblast" || e.Feature != geo.FeatureAdmin1 || e.Country != "UKR" {
		t.Fatalf("ByID(692196)=%+v, %v, want Sumy Oblast admin1 UKR", e, ok)
	}
}

func TestGazetteer_Country(t *testing.T) {
	g, _ := MustTagger(t)
	for _, tt := range []struct{ name, want string }{
		{"Ukraine", "UKR"}, {"Ukrainian", "UKR"}, {"Russian", "RUS"}, {"Turkey", "TUR"}, {"Türkiye", "TUR"},
		{"Turkish", "TUR"}, {"Ivory Coast", "CIV"}, {"Côte d'Ivoire", "CIV"}, {"UK", "GBR"}, {"U.S.", "USA"},
		{"American", "USA"}, {"ua", "UKR"}, {"DEU", "DEU"}, {"Burma", "MMR"},
	} {
		c, ok := g.Gazetteer().Country(tt.name)
		if !ok || c.ISO3 != tt.want {
			t.Errorf("Country(%q)=%q, %v, want %q", tt.name, c.ISO3, ok, tt.want)
		}
	}
	if _, ok := g.Gazetteer().Country("Sumy"); ok {
		t.Error("Country(Sumy) found, want none")
	}
	if c, ok := g.Gazetteer().CountryByDemonym("Ukraine"); ok {
		t.Errorf("CountryByDemonym(Ukraine)=%q, want none: a country name is not a demonym", c.ISO3)
	}
}

func TestGazetteer_Seat(t *testing.T) {
	tg, _ := MustTagger(t)
	g := tg.Gazetteer()
	for _, tt := range []struct{ name, country, kind string }{
		{"Kremlin", "RUS", "seat"}, {"the Kremlin", "RUS", "seat"}, {"Moscow", "RUS", "capital"},
		{"Kyiv", "UKR", "capital"}, {"Kiev", "UKR", "capital"}, {"White House", "USA", "seat"},
		{"Downing Street", "GBR", "seat"}, {"Elysee", "FRA", "seat"}, {"Ankara", "TUR", "capital"},
		{"Washington", "USA", "capital"},
	} {
		s, ok := g.Seat(tt.name)
		if !ok || s.Country != tt.country || s.Kind != tt.kind {
			t.Errorf("Seat(%q)=%+v, %v, want %s %s", tt.name, s, ok, tt.country, tt.kind)
		}
	}
	if s, ok := g.Seat("Sumy"); ok {
		t.Errorf("Seat(Sumy)=%+v, want none", s)
	}
}

func TestGazetteer_TimeZone(t *testing.T) {
	tg, _ := MustTagger(t)
	g := tg.Gazetteer()
	for _, tt := range []struct{ country, admin1, want string }{
		{"UKR", "21", "Europe/Kyiv"},
		{"UKR", "", "Europe/Kyiv"},
		{"USA", "CA", "America/Los_Angeles"},
		{"USA", "NY", "America/New_York"},
		{"RUS", "", "Europe/Moscow"},
		{"XXX", "", ""},
	} {
		if got := g.TimeZone(tt.country, tt.admin1); got != tt.want {
			t.Errorf("TimeZone(%s, %s)=%q, want %q", tt.country, tt.admin1, got, tt.want)
		}
	}
}

func TestGazetteer_Lookup(t *testing.T) {
	tg, _ := MustTagger(t)
	es := tg.Gazetteer().Lookup("Paris")
	if len(es) < 2 || es[0].ID != 2988507 {
		t.Fatalf("Lookup(Paris)[0]=%+v, want Paris, France first of several", es)
	}
	if es := tg.Gazetteer().Lookup("Nowhereville Xyz"); es != nil {
		t.Fatalf("Lookup(unknown)=%v, want nil", es)
	}
}
