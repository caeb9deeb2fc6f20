package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/parleyhq/parley"
)

// CSVColumns are the columns of the CSV export: the columns of the GDELT 2.0
// event table that parley's events give a meaning to, under GDELT's names
// and in GDELT's order, then parley's own columns. docs/export.md describes
// each and where it departs from GDELT.
var CSVColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
	"NumMentions", "NumSources", "NumArticles",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
	// parley's own columns.
	"PloverType", "PloverMode", "Modality", "TimeValue", "DocumentID", "EventIndex", "Evidence",
}

type csvWriter struct {
	bw  *bufio.Writer
	w   *csv.Writer
	opt Options
	n   int
	err error
}

func newCSVWriter(bw *bufio.Writer, opt Options) *csvWriter {
	w := &csvWriter{bw: bw, w: csv.NewWriter(bw), opt: opt}
	w.err = w.w.Write(CSVColumns)
	return w
}

func (w *csvWriter) Written() int { return w.n }

func (w *csvWriter) WriteEvent(row *parley.EventRow) error {
	if w.err != nil {
		return w.err
	}
	// SQLDATE is the event's date, or the document's when the event has
	// none, as GDELT does.
	date := row.Start
	if date.IsZero() {
		date = row.Published
	}
	var sqlDate, monthYear, year, fraction string
	if !date.IsZero() {
		sqlDate, monthYear, year = date.Format("20060102"), date.Format("200601"), date.Format("2006")
		fraction = strconv.FormatFloat(float64(date.Year())+float64(date.YearDay()-1)/365, 'f', 4, 64)
	}
	root := CAMEORoot(row.Event)
	quad := ""
	if q := QuadClass(root); q > 0 {
		quad = strconv.Itoa(q)
	}
	rec := make([]string, 0, len(CSVColumns))
	rec = append(rec, eventID(row), sqlDate, monthYear, year, fraction)
	rec = append(rec, w.actorColumns(row.Sources)...)
	rec = append(rec, w.actorColumns(row.Targets)...)
	rec = append(rec, "1", root, root, root, quad, "1", "1", "1")
	rec = append(rec, geoColumns(row.Place)...)
	added := ""
	if !row.Published.IsZero() {
		added = row.Published.UTC().Format("20060102150405")
	}
	rec = append(rec, added, row.URL,
		row.Event.Type, row.Event.Mode, string(row.Event.Modality), row.Time, row.DocumentID, strconv.Itoa(row.Index),
		oneLine(row.Sentence))
	if err := w.w.Write(rec); err != nil {
		w.err = fmt.Errorf("write csv: %w", err)
		return w.err
	}
	w.n++
	return nil
}

// actorColumns codes the first actor of a role; GDELT has one actor a side.
func (w *csvWriter) actorColumns(actors []parley.Actor) []string {
	if len(actors) == 0 {
		return []string{"", "", "", ""}
	}
	a := actors[0]
	return []string{w.opt.actorCode(a), strings.ToUpper(a.Name), a.Country, SectorCode(a.Sector)}
}

// geoColumns are the ActionGeo columns. GDELT's geo types: 1 country, 2 US
// state, 3 US city, 4 world city, 5 world state. GDELT writes FIPS 10-4
// country codes there; parley writes ISO 3166-1 alpha-3.
func geoColumns(p *parley.Place) []string {
	if p == nil {
		return []string{"", "", "", "", "", "", ""}
	}
	typ := ""
	switch p.Feature {
	case "country":
		typ = "1"
	case "admin1":
		typ = "5"
		if p.Country == "USA" {
			typ = "2"
		}
	case "city":
		typ = "4"
		if p.Country == "USA" {
			typ = "3"
		}
	}
	full := p.Name
	if p.Admin1 != "" && p.Admin1 != p.Name {
		full += ", " + p.Admin1
	}
	var lat, lon, id, adm1 string
	if located(p) {
		lat, lon = strconv.FormatFloat(p.Lat, 'f', -1, 64), strconv.FormatFloat(p.Lon, 'f', -1, 64)
	}
	if p.GeoNameID != 0 {
		id = strconv.Itoa(p.GeoNameID)
	}
	if p.Admin1ID != 0 {
		adm1 = strconv.Itoa(p.Admin1ID)
	}
	return []string{typ, full, p.Country, adm1, lat, lon, id}
}

// oneLine replaces line breaks by spaces, so that each event stays on one
// line even for tools that do not read quoted newlines.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func (w *csvWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	w.w.Flush()
	if err := w.w.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if err := w.bw.Flush(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}
