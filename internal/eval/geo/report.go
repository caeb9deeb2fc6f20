package geo

import (
	"fmt"
	"io"
	"math"
	"sort"
	"text/tabwriter"

	evalscore "github.com/parleyhq/parley/internal/eval/score"
)

// P, R and F1 of a tagging.
func (t Tagging) StrictP() float64   { return evalscore.Ratio(t.StrictTP, t.Pred) }
func (t Tagging) StrictR() float64   { return evalscore.Ratio(t.StrictTP, t.Gold) }
func (t Tagging) StrictF1() float64  { return evalscore.F1(t.StrictP(), t.StrictR()) }
func (t Tagging) RelaxedP() float64  { return evalscore.Ratio(t.RelaxedTP, t.Pred) }
func (t Tagging) RelaxedR() float64  { return evalscore.Ratio(t.RelaxedTP, t.Gold) }
func (t Tagging) RelaxedF1() float64 { return evalscore.F1(t.RelaxedP(), t.RelaxedR()) }

// Acc161 is the share of resolved toponyms within 161 km of the gold point.
func (g Geocoding) Acc161() float64 { return evalscore.Ratio(g.Within161, g.Resolved) }

// Coverage is the share of located gold toponyms that were resolved.
func (g Geocoding) Coverage() float64 { return evalscore.Ratio(g.Resolved, g.Located) }

// EndToEnd is the share of located gold toponyms tagged and resolved within
// 161 km.
func (g Geocoding) EndToEnd() float64 { return evalscore.Ratio(g.Within161, g.Located) }

// MedianKm and MeanKm summarise the errors.
func (g Geocoding) MedianKm() float64 {
	if len(g.Errors) == 0 {
		return 0
	}
	e := append([]float64(nil), g.Errors...)
	sort.Float64s(e)
	if n := len(e); n%2 == 1 {
		return e[n/2]
	} else {
		return (e[n/2-1] + e[n/2]) / 2
	}
}

// MeanKm is the mean error.
func (g Geocoding) MeanKm() float64 {
	s := 0.0
	for _, e := range g.Errors {
		s += e
	}
	return s / math.Max(1, float64(len(g.Errors)))
}

// AUC is the mean of ln(1+error)/ln(20039), lower is better.
func (g Geocoding) AUC() float64 {
	s := 0.0
	for _, e := range g.Errors {
		s += math.Log(1+e) / math.Log(20039)
	}
	return s / math.Max(1, float64(len(g.Errors)))
}

// IDAcc is the share of resolved toponyms with a gold GeoNames id whose id
// was predicted exactly.
func (g Geocoding) IDAcc() float64 { return evalscore.Ratio(g.IDOK, g.IDGold) }

// CountryAcc is the share of resolved toponyms placed in the gold country.
func (g Geocoding) CountryAcc() float64 { return evalscore.Ratio(g.CountryOK, g.CountryN) }

// WriteText writes the report as two plain-text tables.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "geotagging\tdocs\tgold\tpred\tstrict P\tstrict R\tstrict F1\trelaxed P\trelaxed R\trelaxed F1\t\n")
	row := func(name string, docs int, t Tagging) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", name, docs, t.Gold, t.Pred,
			t.StrictP(), t.StrictR(), t.StrictF1(), t.RelaxedP(), t.RelaxedR(), t.RelaxedF1())
	}
	for _, c := range r.Corpora {
		if c.Literal != nil {
			row(c.Name+"-all", c.Docs, c.Tagging)
			row(c.Name+"-literal", c.Docs, *c.Literal)
		} else {
			row(c.Name, c.Docs, c.Tagging)
			if c.NoDemonym != nil {
				row(c.Name+"-no-demonym", c.Docs, *c.NoDemonym)
			}
		}
	}
	fmt.Fprintf(tw, "\t\t\t\t\t\t\t\t\t\t\t\n")
	fmt.Fprintf(tw, "geocoding\tlocated\tresolved\tcoverage\tacc@161\tend-to-end\tmedian km\tmean km\tAUC\tid acc\tcountry acc\tno country\t\n")
	var all Geocoding
	for _, c := range r.Corpora {
		geoRow(tw, c.Name, c.Geo)
		all.add(c.Geo)
	}
	geoRow(tw, "all", all)
	var sub Geocoding
	for _, c := range r.Corpora {
		subRow(tw, c.Name+"-subnational", c.SubNational)
		sub.add(c.SubNational)
	}
	subRow(tw, "all-subnational", sub)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write geo report: %w", err)
	}
	return nil
}

func geoRow(w io.Writer, name string, g Geocoding) {
	fmt.Fprintf(w, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.0f\t%.0f\t%.3f\t%.3f (%d)\t%.3f (%d)\t%d\t\n", name, g.Located, g.Resolved,
		g.Coverage(), g.Acc161(), g.EndToEnd(), g.MedianKm(), g.MeanKm(), g.AUC(), g.IDAcc(), g.IDGold, g.CountryAcc(), g.CountryN, g.NoCountry)
}

// subRow writes a row of resolution scores alone: located and coverage do
// not apply to a subset chosen by the prediction.
func subRow(w io.Writer, name string, g Geocoding) {
	fmt.Fprintf(w, "%s\t-\t%d\t-\t%.3f\t-\t%.0f\t%.0f\t%.3f\t%.3f (%d)\t%.3f (%d)\t%d\t\n", name, g.Resolved,
		g.Acc161(), g.MedianKm(), g.MeanKm(), g.AUC(), g.IDAcc(), g.IDGold, g.CountryAcc(), g.CountryN, g.NoCountry)
}

func (g *Geocoding) add(o Geocoding) {
	g.Located += o.Located
	g.Resolved += o.Resolved
	g.Within161 += o.Within161
	g.Errors = append(g.Errors, o.Errors...)
	g.IDGold += o.IDGold
	g.IDOK += o.IDOK
	g.CountryN += o.CountryN
	g.CountryOK += o.CountryOK
	g.NoCountry += o.NoCountry
}
