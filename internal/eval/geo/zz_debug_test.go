package geo

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/segment"
)

func TestZZDebug(t *testing.T) {
	if os.Getenv("GEO_DEBUG") == "" {
		t.Skip()
	}
	docs, _ := readGold("/work/shared/eval/geo/gold.jsonl")
	seg, _ := segment.New()
	tg, _ := geo.New()
	g := tg.Gazetteer()
	cf := newCountryFinder(g)
	for _, gd := range docs {
		doc := &parley.Document{ID: gd.DocID, Text: gd.Text}
		seg.Annotate(doc)
		tg.Annotate(doc)
		var gold []Toponym
		var spans []parley.Span
		for _, tp := range gd.Toponyms {
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
				fmt.Printf("FP\t%s\t%q\t%s\t%s\t%d\n", gd.Corpus, doc.Slice(p.Span), p.Feature, p.Rule, p.Candidates)
				continue
			}
			tp := gold[gi]
			if tp.Lat != nil && (p.Lat != 0 || p.Lon != 0) {
				d := distanceKm(*tp.Lat, *tp.Lon, p.Lat, p.Lon)
				gid := 0
				if tp.GeoNamesID != nil {
					gid = *tp.GeoNamesID
				}
				fmt.Printf("RES\t%s\t%q\t%.0f\t%s\t%d\t%d\t%s\t%s\t%s\n", gd.Corpus, tp.Text, d, p.Feature, p.GeoNameID, gid, p.Country, cf.gold(tp), p.Reason)
			}
		}
		used := map[int]bool{}
		for _, gi := range m {
			used[gi] = true
		}
		for gi, tp := range gold {
			if used[gi] {
				continue
			}
			es := g.Lookup(tp.Text)
			maxPop, feat := -1, ""
			for _, e := range es {
				if e.Population > maxPop {
					maxPop, feat = e.Population, e.Feature
				}
			}
			lit := "assoc"
			if tp.Literal == nil || *tp.Literal {
				lit = "lit"
			}
			cat := ""
			if len(es) == 0 {
				cat = "other"
				if _, ok := g.CountryByDemonym(tp.Text); ok {
					cat = "demonym"
				} else if strings.HasSuffix(tp.Text, "County") || strings.HasSuffix(tp.Text, "Parish") || strings.HasSuffix(tp.Text, "District") {
					cat = "county"
				} else if strings.ContainsAny(tp.Text, "0123456789") || strings.HasSuffix(tp.Text, "Street") || strings.HasSuffix(tp.Text, "Road") || strings.HasSuffix(tp.Text, "Avenue") || strings.HasSuffix(tp.Text, "Drive") {
					cat = "street"
				} else if strings.ToLower(tp.Text) == tp.Text {
					cat = "lower"
				} else if !strings.Contains(tp.Text, " ") {
					cat = "oneword"
				} else {
					cat = "multiword"
				}
			}
			fmt.Printf("FN\t%s\t%s\t%s\t%d\t%s\t%d\t%s\n", gd.Corpus, lit, tp.Type, len(es), feat, maxPop, cat)
		}
	}
}
