package geo_test

import (
	"fmt"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/segment"
)

var geoNewGazetteer = geo.NewGazetteer

func ExampleTagger_Annotate() {
	seg, err := segment.New()
	if err != nil {
		panic(err)
	}
	tagger, err := geo.New()
	if err != nil {
		panic(err)
	}
	doc := &parley.Document{ID: "ex", Text: "A drone hit a bus in Ukraine's northeastern Sumy region. Talks were held in Ankara."}
	seg.Annotate(doc)
	tagger.Annotate(doc)
	for _, p := range doc.Places {
		fmt.Printf("%q %s %d %s %s %s\n", doc.Slice(p.Span), p.Feature, p.GeoNameID, p.Country, p.TimeZone, p.Rule)
	}
	// Output:
	// "Ukraine" country 690791 UKR Europe/Kyiv cue name
	// "Sumy region" admin1 692196 UKR Europe/Kyiv possessive, name
	// "Ankara" city 323786 TUR Europe/Istanbul cue name
}

func ExampleGazetteer_Seat() {
	g, err := geo.NewGazetteer()
	if err != nil {
		panic(err)
	}
	for _, name := range []string{"the Kremlin", "Kyiv", "Downing Street"} {
		s, _ := g.Seat(name)
		fmt.Println(name, s.Country, s.Kind)
	}
	c, _ := g.CountryByDemonym("Ukrainian")
	fmt.Println("Ukrainian", c.ISO3, c.GeoNameID)
	// Output:
	// the Kremlin RUS seat
	// Kyiv UKR capital
	// Downing Street GBR seat
	// Ukrainian UKR 690791
}
