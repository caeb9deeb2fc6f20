// Package quantity evaluates package quantity on three sets:
//
//   - the Microsoft Recognizers-Text English number and number-with-unit
//     specs in ../shared/eval/quantity/recognizers-text (MIT; see its
//     README), scored per model for span precision and recall (strict:
//     the same span; relaxed: overlapping spans) and for value and unit
//     accuracy among the relaxed matches;
//   - the dead, injured and size values of the PLOVER gold records in
//     ../shared/eval/plover/gold.jsonl (CC BY-SA 4.0);
//   - parley's own hand-written news sentences in quantity/testdata:
//     news_cases.tsv (the development set), news_heldout.tsv (written after
//     the rules, scored once, then used for fixes) and news_blind.tsv
//     (written last, never tuned on), when the folder is found above the
//     working directory; see [ParseNews] for the format.
//
// # Scope
//
// In scope on Recognizers-Text: the Number, NumberRange, Percent, Currency
// and Dimension models. Out of scope, reported for information only:
// Ordinal (an ordinal is a rank, not a quantity; the package-level numbers
// come from numword, and relative ordinals such as "the last but one" are
// not numbers at all), Age ("5 years old" is a duration, left to the time
// layer) and Temperature (conversational forms such as "6 deg c"; weather
// readings are not event quantities).
//
// Within the in-scope models, gold results of eight classes are left out
// of the scoped rows (see scopeOf for each class and why): powers and
// scientific notation, non-English digit grouping, identifiers and dates,
// numbers of durations and ages, unit words without a number, inverted
// percentages ("percent of 10"), ratios ("one out of three") and letter
// suffixes that news reads as units ("10g" as 10^10). The class comes from
// the gold text and its sentence only. The "all" rows score every result.
//
// # How values are compared
//
//   - Numbers are compared as floats, to a relative 1e-9.
//   - Percentages: the gold "2.5%" is the value 2.5 with unit percent,
//     parley's Value for "2.5 percent" (parley never writes 0.025).
//   - Units: the gold unit name is mapped to parley's code (ISO 4217 for
//     money, isoCurrency when given; "Pound" in the dimension model is lb)
//     and the gold value scaled where parley counts in a bigger unit
//     (cents and pence are hundredths of USD and GBP). Compound lengths
//     ("5 ft 2 in") are in feet on both sides. A bare "degrees" (parley's
//     deg) is offered to the dimension and temperature models, since
//     parley does not say whether it is an angle or a temperature.
//   - A prediction belongs to the model of its unit: percent, an ISO code,
//     a measure, a temperature; the number model sees every prediction.
//   - Ranges: a one-sided gold interval must match the side, the value
//     and whether the bound is open: "more than 5" (5,) is more_than,
//     "at least 5" [5,) at_least, "less than 5" (,5) less_than, "up to 5"
//     (,5] up_to. For two-sided intervals the bounds are compared but not
//     their open/closed flags: the spec writes "between 20 and 30" and
//     "from 20 to 30" as [20,30) by notation, parley's Min and Max are
//     closed. A one-point gold interval ("equal to 20" is [20,20]) is
//     matched by a plain number 20, which is never counted as a spurious
//     range.
//   - A predicted range ("eight to 10 feet") against a one-number gold
//     ("10 feet") is wrong: parley's Value is the lower bound.
//   - Pairs: each gold result takes the unused prediction with the same
//     span, else the one that overlaps it most.
package quantity

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/numword"
	"github.com/parleyhq/parley/quantity"
	"github.com/parleyhq/parley/segment"
)

// Pipeline runs the layers the quantity tagger needs.
type Pipeline struct {
	seg *segment.Segmenter
	tg  *quantity.Tagger
	nw  *numword.Parser
}

// NewPipeline builds a segmenter, a quantity tagger and a number parser.
func NewPipeline() (*Pipeline, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("eval quantity: %w", err)
	}
	tg, err := quantity.New()
	if err != nil {
		return nil, fmt.Errorf("eval quantity: %w", err)
	}
	nw, err := numword.New()
	if err != nil {
		return nil, fmt.Errorf("eval quantity: %w", err)
	}
	return &Pipeline{seg: seg, tg: tg, nw: nw}, nil
}

// Run annotates text and returns the document.
func (p *Pipeline) Run(text string) *parley.Document {
	doc := &parley.Document{ID: parley.ContentID(text), Text: text}
	p.seg.Annotate(doc)
	p.tg.Annotate(doc)
	return doc
}

// Evaluate scores the quantity tagger on the shared sets under sharedDir
// and, when quantity/testdata is found above the working directory, on
// parley's own news sentences.
func Evaluate(sharedDir string) (*Report, error) {
	p, err := NewPipeline()
	if err != nil {
		return nil, err
	}
	r := &Report{}
	dir := filepath.Join(sharedDir, "eval", "quantity", "recognizers-text")
	for _, m := range models {
		b, err := os.ReadFile(filepath.Join(dir, m.file))
		if err != nil {
			return nil, fmt.Errorf("eval quantity: %w", err)
		}
		ms, err := p.scoreModel(m, b)
		if err != nil {
			return nil, fmt.Errorf("eval quantity %s: %w", m.file, err)
		}
		r.Models = append(r.Models, ms)
	}
	b, err := os.ReadFile(filepath.Join(sharedDir, "eval", "plover", "gold.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("eval quantity: %w", err)
	}
	if r.Plover, err = p.scorePlover(b); err != nil {
		return nil, fmt.Errorf("eval quantity plover: %w", err)
	}
	if dir := findNews(); dir != "" {
		for _, name := range []string{"news_cases.tsv", "news_heldout.tsv", "news_blind.tsv"} {
			path := filepath.Join(dir, name)
			b, err := os.ReadFile(path)
			if err != nil {
				return nil, fmt.Errorf("eval quantity: %w", err)
			}
			cases, err := ParseNews(path, string(b))
			if err != nil {
				return nil, err
			}
			s := p.ScoreNews(cases)
			s.Path = path
			r.News = append(r.News, s)
		}
	}
	return r, nil
}

// findNews looks for the folder quantity/testdata that holds the news
// sets in the working directory and its parents.
func findNews() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "quantity", "testdata")
		if _, err := os.Stat(filepath.Join(p, "news_cases.tsv")); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// model is one Recognizers-Text spec file and what it is scored on.
type model struct {
	name    string
	file    string
	inScope bool
}

var models = []model{
	{"number", "Number/English/NumberModel.json", true},
	{"numberrange", "Number/English/NumberRangeModel.json", true},
	{"percent", "Number/English/PercentModel.json", true},
	{"currency", "NumberWithUnit/English/CurrencyModel.json", true},
	{"dimension", "NumberWithUnit/English/DimensionModel.json", true},
	{"ordinal", "Number/English/OrdinalModel.json", false},
	{"age", "NumberWithUnit/English/AgeModel.json", false},
	{"temperature", "NumberWithUnit/English/TemperatureModel.json", false},
}

type rtCase struct {
	Input        string
	NotSupported string
	Results      []rtResult
}

type rtResult struct {
	Text       string
	TypeName   string
	Start, End int
	Resolution map[string]any
}

// pred is a predicted item in a form the models compare.
type pred struct {
	span   parley.Span
	value  float64
	lo, hi *float64 // ranges: bounds, nil when open
	// loOpen and hiOpen: a one-sided bound excludes its value ("more
	// than 5" is (5,), "at least 5" [5,)).
	loOpen, hiOpen bool
	// point is a plain number offered to the range model: it matches a
	// one-point interval ("equal to 20" is [20,20]) and is never spurious.
	point    bool
	unit     string
	ordinal  bool
	relative bool
}

func (p *Pipeline) scoreModel(m model, b []byte) (ModelScore, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	var cases []rtCase
	if err := json.Unmarshal(b, &cases); err != nil {
		return ModelScore{}, err
	}
	ms := ModelScore{Name: m.name, InScope: m.inScope}
	for _, c := range cases {
		preds := p.predict(m, c.Input)
		var gold, in []gspan
		var out []parley.Span
		for _, g := range c.Results {
			sp, ok := charSpan(c.Input, g.Start, g.End+1)
			if !ok {
				continue
			}
			gold = append(gold, gspan{span: sp, res: g})
			if why := scopeOf(m, c.Input, sp.Start, sp.End, g); why != "" {
				if ms.Excluded == nil {
					ms.Excluded = map[string]int{}
				}
				ms.Excluded[why]++
				if len(ms.Errors) < maxErrors {
					ms.Errors = append(ms.Errors, fmt.Sprintf("x %q in %q: %s", g.Text, clip(c.Input), why))
				}
				out = append(out, sp)
				continue
			}
			in = append(in, gspan{span: sp, res: g})
		}
		var inPreds []pred
		for _, pr := range preds {
			keep := true
			for _, sp := range out {
				if pr.span.Overlaps(sp) {
					keep = false
				}
			}
			if keep {
				inPreds = append(inPreds, pr)
			}
		}
		dotnet := strings.Contains(strings.ToLower(c.NotSupported), "dotnet")
		ms.All.add(m, gold, preds, c.Input, nil)
		ms.Scoped.add(m, in, inPreds, c.Input, &ms.Errors)
		if !dotnet {
			ms.Supported.add(m, in, inPreds, c.Input, nil)
		}
	}
	return ms, nil
}

type gspan struct {
	span parley.Span
	res  rtResult
}

// charSpan turns character offsets into byte offsets.
func charSpan(s string, start, end int) (parley.Span, bool) {
	bs, be, n := -1, -1, 0
	for i := range s {
		if n == start {
			bs = i
		}
		if n == end {
			be = i
		}
		n++
	}
	if n == start {
		bs = len(s)
	}
	if n == end {
		be = len(s)
	}
	return parley.Span{Start: bs, End: be}, bs >= 0 && be >= bs
}

// predict returns what the tagger gives for one model's case.
func (p *Pipeline) predict(m model, text string) []pred {
	if m.name == "ordinal" {
		return p.ordinals(text)
	}
	doc := p.Run(text)
	var out []pred
	for _, q := range doc.Quantities {
		pr := pred{span: q.Span, value: q.Value, unit: q.Unit}
		kind := unitKind(q.Unit)
		switch m.name {
		case "number":
		case "numberrange":
			lo, hi := q.Min, q.Max
			switch {
			case q.Min < q.Max && (q.Rule == "range" || !q.Approx):
				pr.lo, pr.hi = &lo, &hi
			case q.Mod == "more_than" || q.Mod == "at_least":
				pr.lo, pr.loOpen = &lo, q.Mod == "more_than"
			case q.Mod == "less_than" || q.Mod == "up_to":
				pr.hi, pr.hiOpen = &hi, q.Mod == "less_than"
			case q.Min == q.Max && q.Mod == "":
				pr.lo, pr.hi, pr.point = &lo, &hi, true
			default:
				continue
			}
		case "percent":
			if kind != "percent" {
				continue
			}
		case "currency":
			if kind != "currency" {
				continue
			}
		case "dimension":
			// Bare "degrees" (deg) may be an angle or a temperature:
			// parley does not say which, so both models see it.
			if kind != "dimension" && q.Unit != "deg" {
				continue
			}
		case "temperature":
			if kind != "temperature" {
				continue
			}
		case "age":
			continue
		}
		out = append(out, pr)
	}
	return out
}

// ordinals scans the tokens of text with numword for ordinals.
func (p *Pipeline) ordinals(text string) []pred {
	doc := &parley.Document{ID: "ordinal", Text: text}
	p.seg.Annotate(doc)
	words := make([]string, len(doc.Tokens))
	for i, t := range doc.Tokens {
		words[i] = doc.Slice(t.Span)
	}
	var out []pred
	for i := 0; i < len(words); {
		n, used, ok := p.nw.ParseTokens(words[i:])
		if !ok {
			i++
			continue
		}
		if n.Ordinal {
			out = append(out, pred{span: parley.Span{Start: doc.Tokens[i].Span.Start, End: doc.Tokens[i+used-1].Span.End}, value: n.Value, ordinal: true})
		}
		i += used
	}
	return out
}

// unitKind groups parley's unit codes the way the models do.
func unitKind(u string) string {
	switch u {
	case "":
		return ""
	case "person":
		return "person"
	case "percent", "percentage_point", "point":
		return "percent"
	case "degC", "degF", "deg":
		return "temperature"
	}
	if len(u) == 3 && strings.ToUpper(u) == u && u != "MW" {
		return "currency"
	}
	return "dimension"
}

// goldValue returns the value and unit of a gold result in parley's terms:
// the unit mapped to parley's code and the value scaled when parley counts
// in a bigger unit (cents are hundredths of a dollar).
func goldValue(m model, r rtResult) (v float64, lo, hi *float64, unit string, ok bool) {
	s, _ := r.Resolution["value"].(string)
	switch m.name {
	case "numberrange":
		lo, hi, _, _, ok = parseInterval(s)
		return 0, lo, hi, "", ok
	case "percent":
		s = strings.TrimSuffix(s, "%")
	case "ordinal":
		if strings.HasPrefix(r.TypeName, "ordinal.relative") {
			return 0, nil, nil, "", false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, nil, nil, "", false
	}
	unit, mult := mapUnit(r.Resolution)
	if m.name == "dimension" && unit == "GBP" {
		unit = "lb" // a Pound in the dimension model is a weight
	}
	return f * mult, nil, nil, unit, true
}

// parseInterval reads "(20,35]" or "[20,)", with whether each bound is
// open.
func parseInterval(s string) (lo, hi *float64, loOpen, hiOpen, ok bool) {
	if len(s) < 3 {
		return nil, nil, false, false, false
	}
	loOpen, hiOpen = s[0] == '(', s[len(s)-1] == ')'
	a, b, found := strings.Cut(s[1:len(s)-1], ",")
	if !found {
		return nil, nil, false, false, false
	}
	if a = strings.TrimSpace(a); a != "" {
		v, err := strconv.ParseFloat(a, 64)
		if err != nil {
			return nil, nil, false, false, false
		}
		lo = &v
	}
	if b = strings.TrimSpace(b); b != "" {
		v, err := strconv.ParseFloat(b, 64)
		if err != nil {
			return nil, nil, false, false, false
		}
		hi = &v
	}
	return lo, hi, loOpen, hiOpen, true
}

// unitNames maps Recognizers-Text unit names to parley's codes and the
// factor from their unit to parley's.
var unitNames = map[string]struct {
	code string
	mult float64
}{
	"Dollar": {"USD", 1}, "United States dollar": {"USD", 1}, "Cent": {"USD", 0.01},
	"Euro": {"EUR", 1}, "Pound": {"GBP", 1}, "British pound": {"GBP", 1}, "Pence": {"GBP", 0.01},
	"Penny": {"GBP", 0.01}, "Chinese yuan": {"CNY", 1}, "Japanese yen": {"JPY", 1},
	"Canadian dollar": {"CAD", 1}, "Australian dollar": {"AUD", 1}, "Hong Kong dollar": {"HKD", 1},
	"New Zealand dollar": {"NZD", 1}, "Swiss franc": {"CHF", 1}, "Franc": {"CHF", 1},
	"Finnish markka": {"FIM", 1}, "Peseta": {"ESP", 1}, "Netherlands guilder": {"NLG", 1},
	"Microgram": {"ug", 1}, "Decimeter": {"dm", 1},
	"Turkish lira": {"TRY", 1}, "Mexican peso": {"MXN", 1}, "Rupee": {"INR", 1}, "Bitcoin": {"XBT", 1},
	"Foot": {"ft", 1}, "Meter": {"m", 1}, "Mile": {"mi", 1}, "Gallon": {"gal", 1}, "Ton": {"t", 1},
	"Metric ton": {"t", 1}, "Kilometer per hour": {"km/h", 1}, "Kilogram": {"kg", 1}, "Inch": {"in", 1},
	"Square meter": {"m2", 1}, "Kilometer": {"km", 1}, "Millimeter": {"mm", 1}, "Milliliter": {"ml", 1},
	"Barrel": {"bbl", 1}, "Ounce": {"oz", 1}, "Acre": {"acre", 1}, "Cubic foot": {"ft3", 1},
	"Mile per hour": {"mph", 1}, "Square kilometer": {"km2", 1}, "Gram": {"g", 1}, "Megabyte": {"MB", 1},
	"C": {"degC", 1}, "F": {"degF", 1}, "Degree": {"deg", 1},
}

func mapUnit(res map[string]any) (string, float64) {
	if iso, _ := res["isoCurrency"].(string); iso != "" {
		return iso, 1
	}
	name, _ := res["unit"].(string)
	if u, ok := unitNames[name]; ok {
		return u.code, u.mult
	}
	return name, 1
}

func sameValue(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func sameBound(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return sameValue(*a, *b)
}

func (p *Pipeline) scorePlover(b []byte) (PloverScore, error) {
	var ps PloverScore
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var raw struct {
			ID         string   `json:"id"`
			Text       string   `json:"text"`
			Dead       *float64 `json:"dead"`
			Injured    *float64 `json:"injured"`
			Size       *float64 `json:"size"`
			DeadRaw    *string  `json:"dead_raw"`
			InjuredRaw *string  `json:"injured_raw"`
			SizeRaw    *string  `json:"size_raw"`
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			return ps, err
		}
		fields := []struct {
			name string
			v    *float64
			raw  *string
			cat  string
		}{{"dead", raw.Dead, raw.DeadRaw, "killed"}, {"injured", raw.Injured, raw.InjuredRaw, "injured"}, {"size", raw.Size, raw.SizeRaw, ""}}
		var doc *parley.Document
		for _, f := range fields {
			if f.v == nil && (f.raw == nil || *f.raw == "") {
				continue
			}
			if doc == nil {
				doc = p.Run(raw.Text)
			}
			ps.add(p, doc, raw.ID, f.name, f.v, f.raw, f.cat)
		}
	}
	return ps, sc.Err()
}

// written reports whether the number v is written in text as a number
// (digits or number words), as opposed to implied ("a journalist was
// killed").
func (p *Pipeline) written(doc *parley.Document, v float64) bool {
	words := make([]string, len(doc.Tokens))
	for i, t := range doc.Tokens {
		words[i] = doc.Slice(t.Span)
	}
	for i := range words {
		if n, _, ok := p.nw.ParseTokens(words[i:]); ok && !n.Ordinal && sameValue(n.Value, v) && !(v == 1 && strings.EqualFold(words[i], "a")) {
			return true
		}
	}
	return false
}
