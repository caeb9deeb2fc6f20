package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/sqlite"
)

// genDoc builds a synthetic document of n: three events between actors of
// varied countries and types, dated across 2025, placed across Europe.
func genDoc(n int) *parley.Document {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	countries := []string{"UKR", "RUS", "USA", "TUR", "FRA", "DEU", "GBR", "CHN", "IRN", "ISR", "PSE", "SYR", "IND", "PAK", "BRA", "ZAF", "NGA", "EGY", "SAU", "JPN"}
	types := []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
		"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
	mods := []parley.Modality{parley.Occurred, parley.Occurred, parley.Occurred, parley.Planned, parley.Negated, parley.Tentative}
	doc := newDoc(n, "")
	for i := range doc.Actors {
		c := countries[r.IntN(len(countries))]
		doc.Actors[i].Country = c
		doc.Actors[i].Name = "Leader of " + c + " " + strconv.Itoa(r.IntN(50))
		doc.Actors[i].KBID = ""
	}
	for i := range doc.Events {
		doc.Events[i].Type = types[r.IntN(len(types))]
		doc.Events[i].Modality = mods[r.IntN(len(mods))]
		d := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(365))
		doc.Times[i].Value = d.Format("2006-01-02")
		doc.Places[i].Lat = 35 + 25*r.Float64()
		doc.Places[i].Lon = -10 + 50*r.Float64()
		doc.Places[i].Country = countries[r.IntN(len(countries))]
		doc.Places[i].GeoNameID = 1000 + r.IntN(5000)
		doc.Places[i].Name = "Town " + strconv.Itoa(doc.Places[i].GeoNameID)
	}
	return doc
}

// TestFindEvents_Latency builds a database of PARLEY_LATENCY_DOCS synthetic
// documents (three events each) and prints p50 and p99 of the main event
// queries. It is skipped unless that variable is set:
//
//	PARLEY_LATENCY_DOCS=100000 go test ./sqlite -run Latency -v -timeout 1h
func TestFindEvents_Latency(t *testing.T) {
	ndocs, _ := strconv.Atoi(os.Getenv("PARLEY_LATENCY_DOCS"))
	if ndocs == 0 {
		t.Skip("set PARLEY_LATENCY_DOCS to run")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "latency.db")
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	docs := sqlite.NewDocumentStore(db)
	start := time.Now()
	for n := 0; n < ndocs; n += 256 {
		var recs []*parley.Record
		for i := n; i < min(n+256, ndocs); i++ {
			recs = append(recs, parley.NewRecord(genDoc(i)))
		}
		if _, _, err := docs.PutDocuments(ctx, recs); err != nil {
			t.Fatal(err)
		}
	}
	el := time.Since(start)
	st, _ := db.Stats(ctx)
	fi, _ := os.Stat(path)
	t.Logf("built %d documents, %d events in %v (%.0f docs/s, %.0f events/s); file %.1f MB, %.1f MB per 1k documents",
		st.Documents, st.Events, el.Round(time.Millisecond), float64(st.Documents)/el.Seconds(), float64(st.Events)/el.Seconds(),
		float64(fi.Size())/1e6, float64(fi.Size())/1e6/float64(st.Documents)*1000)

	es := sqlite.NewEventStore(db)
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	for _, q := range []struct {
		name string
		f    parley.EventFilter
	}{
		{"all", parley.EventFilter{}},
		{"country", parley.EventFilter{Country: "IRN"}},
		{"actor", parley.EventFilter{Actor: "Leader of TUR 7"}},
		{"type+time", parley.EventFilter{Types: []string{"ASSAULT"}, From: day("2025-03-01"), To: day("2025-03-08")}},
		{"country+type+time", parley.EventFilter{Country: "UKR", Types: []string{"ASSAULT"}, From: day("2025-03-01"), To: day("2025-04-01")}},
		{"modality+time", parley.EventFilter{Modalities: []parley.Modality{parley.Planned}, From: day("2025-12-01")}},
		{"bbox", parley.EventFilter{BBox: &parley.BBox{MinLon: 22, MinLat: 44, MaxLon: 24, MaxLat: 46}}},
		{"place", parley.EventFilter{Place: "Town 1234"}},
		{"text", parley.EventFilter{Query: "shelled"}},
	} {
		q.f.Limit = 50
		var times []time.Duration
		var n int
		for range 200 {
			t0 := time.Now()
			rows, _, err := es.FindEvents(ctx, q.f)
			if err != nil {
				t.Fatal(err)
			}
			times = append(times, time.Since(t0))
			n = len(rows)
		}
		slices.Sort(times)
		t.Logf("%-18s %2d rows  p50 %6s  p99 %6s", q.name, n, fmt.Sprint(times[len(times)/2].Round(10*time.Microsecond)), fmt.Sprint(times[len(times)*99/100].Round(10*time.Microsecond)))
	}
}
