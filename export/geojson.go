package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"time"

	"github.com/parleyhq/parley"
)

// geoJSONWriter writes a FeatureCollection, one feature a line, so that a
// large export streams and still parses as one JSON document.
type geoJSONWriter struct {
	w   *bufio.Writer
	opt Options
	n   int
	err error
}

func newGeoJSONWriter(w *bufio.Writer, opt Options) *geoJSONWriter {
	return &geoJSONWriter{w: w, opt: opt}
}

// feature is a GeoJSON Feature (RFC 7946 section 3.2) with a Point.
type feature struct {
	Type       string     `json:"type"`
	ID         string     `json:"id"`
	Geometry   point      `json:"geometry"`
	Properties properties `json:"properties"`
}

type point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"` // longitude, latitude
}

// properties are flat, so that QGIS and Leaflet show them as attributes.
type properties struct {
	DocumentID      string    `json:"document_id"`
	Index           int       `json:"index"`
	Type            string    `json:"type"`
	Mode            string    `json:"mode,omitempty"`
	Modality        string    `json:"modality"`
	CAMEO           string    `json:"cameo_root,omitempty"`
	Time            string    `json:"time,omitempty"`
	Start           string    `json:"start,omitempty"`
	End             string    `json:"end,omitempty"`
	Place           string    `json:"place"`
	PlaceCountry    string    `json:"place_country,omitempty"`
	GeoNameID       int       `json:"geonames_id,omitempty"`
	Sources         string    `json:"sources"`
	Targets         string    `json:"targets"`
	SourceCountries string    `json:"source_countries"`
	TargetCountries string    `json:"target_countries"`
	Text            string    `json:"text"`
	Sentence        string    `json:"sentence"`
	URL             string    `json:"url,omitempty"`
	Title           string    `json:"title,omitempty"`
	Published       time.Time `json:"published,omitzero"`
}

func (w *geoJSONWriter) Written() int { return w.n }

func (w *geoJSONWriter) WriteEvent(row *parley.EventRow) error {
	if w.err != nil {
		return w.err
	}
	if !located(row.Place) {
		return nil
	}
	p := row.Place
	f := feature{
		Type: "Feature", ID: eventID(row),
		Geometry: point{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}},
		Properties: properties{
			DocumentID: row.DocumentID, Index: row.Index, Type: row.Event.Type, Mode: row.Event.Mode,
			Modality: string(row.Event.Modality), CAMEO: CAMEORoot(row.Event), Time: row.Time,
			Place: p.Name, PlaceCountry: p.Country, GeoNameID: p.GeoNameID,
			Sources: names(row.Sources), Targets: names(row.Targets),
			SourceCountries: joinCountries(row.Sources), TargetCountries: joinCountries(row.Targets),
			Text: row.Text, Sentence: row.Sentence, URL: row.URL, Title: row.Title, Published: row.Published,
		},
	}
	if !row.Start.IsZero() {
		f.Properties.Start, f.Properties.End = row.Start.UTC().Format(time.RFC3339), row.End.UTC().Format(time.RFC3339)
	}
	b, err := json.Marshal(f)
	if err != nil {
		w.err = fmt.Errorf("encode feature %s: %w", f.ID, err)
		return w.err
	}
	sep := ",\n"
	if w.n == 0 {
		sep = `{"type":"FeatureCollection","features":[` + "\n"
	}
	w.w.WriteString(sep)
	if _, err := w.w.Write(b); err != nil {
		w.err = fmt.Errorf("write geojson: %w", err)
		return w.err
	}
	w.n++
	return nil
}

func joinCountries(actors []parley.Actor) string {
	cs := parley.Countries(actors)
	s := ""
	for i, c := range cs {
		if i > 0 {
			s += " "
		}
		s += c
	}
	return s
}

func (w *geoJSONWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	end := "\n]}\n"
	if w.n == 0 {
		end = `{"type":"FeatureCollection","features":[]}` + "\n"
	}
	w.w.WriteString(end)
	if err := w.w.Flush(); err != nil {
		return fmt.Errorf("write geojson: %w", err)
	}
	return nil
}
