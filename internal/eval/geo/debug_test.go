package geo

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/segment"
)

func TestDebugErrors(t *testing.T) {
	if os.Getenv("GEO_DEBUG") == "" {
		t.Skip()
	}
	docs, _ := readGold(filepath.Join("/work/shared/eval/geo/gold.jsonl"))
	seg, _ := segment.New()
	tg, _ := geo.New()
	for _, g := range docs {
		doc := &parley.Document{ID: g.DocID, Text: g.Text}
		seg.Annotate(doc)
		tg.Annotate(doc)
		var gold []Toponym
		var spans []parley.Span
		for _, tp := range g.Toponyms {
			if tp.Eval {
				gold = append(gold, tp)
				spans = append(spans, parley.Span{Start: tp.Start, End: tp.End})
			}
		}
		pred := make([]parley.Span, len(doc.Places))
		for i, p := range doc.Places {
			pred[i] = p.Span
		}
		m := match(spans, pred)
		for pi, gi := range m {
			p := doc.Places[pi]
			if gi < 0 {
				fmt.Printf("FP\t%s\t%q\t%s\t%s\n", g.Corpus, doc.Slice(p.Span), p.Feature, p.Rule)
				continue
			}
			tp := gold[gi]
			if tp.Lat != nil && (p.Lat != 0 || p.Lon != 0) {
				d := distanceKm(*tp.Lat, *tp.Lon, p.Lat, p.Lon)
				if d > 161 {
					gid := 0
					if tp.GeoNamesID != nil {
						gid = *tp.GeoNamesID
					}
					fmt.Printf("FAR\t%s\t%q\t%.0f\t%s\t%d\t%d\t%s\t%s\n", g.Corpus, tp.Text, d, p.Feature, p.GeoNameID, gid, p.Country, p.Reason)
				}
			}
		}
		used := map[int]bool{}
		for _, gi := range m {
			used[gi] = true
		}
		for gi, tp := range gold {
			if !used[gi] {
				fmt.Printf("FN\t%s\t%q\t%s\n", g.Corpus, tp.Text, tp.Type)
			}
		}
	}
}
