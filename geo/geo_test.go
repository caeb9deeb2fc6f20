package geo_test

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// place is what a table test expects of one place: the text it covers
// (found at its first occurrence at or after the previous place) and the
// resolution.
type place struct {
	text    string
	id      int
	feature string
	country string
}

func TestTagger_Annotate(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		want []place
	}{
		// Matching: longest match, exact spans.
		{"Country", "Talks resumed in Turkey.", []place{{"Turkey", 298795, "country", "TUR"}}},
		{"LongestMatch", "He flew to New York on Monday.", []place{{"New York", 5128581, "city", "USA"}}},
		{"MultiWordCountry", "Officials in the United States agreed.", []place{{"United States", 6252001, "country", "USA"}}},
		{"Alternate", "Talks were held in Kiev.", []place{{"Kiev", 703448, "city", "UKR"}}},
		{"Accent", "Officials in Türkiye agreed.", []place{{"Türkiye", 298795, "country", "TUR"}}},
		{"Possessive", "Ukraine's army advanced.", []place{{"Ukraine", 690791, "country", "UKR"}}},
		{"Hyphenated", "A London-based group said so.", []place{{"London", 2643743, "city", "GBR"}}},
		// Case rules.
		{"LowerCaseWord", "The weather was nice and the phone was mobile.", nil},
		{"CapitalisedCommonWord", "Nice weather helped. Mobile phones rang.", nil},
		{"CommonWordWithCue", "The festival in Nice drew crowds.", []place{{"Nice", 2990440, "city", "FRA"}}},
		{"SmallTownNeedsCue", "Sumy is hit. Officials said Zhuravno was calm.", []place{{"Sumy", 692194, "city", "UKR"}}},
		{"SmallTownWithCue", "Shelling hit homes in Zhuravno.", []place{{"Zhuravno", 686992, "city", "UKR"}}},
		{"PersonName", "Russian President Vladimir Putin spoke.", nil},
		{"GivenNameDivision", "He quoted Virginia Woolf at length.", nil},
		{"EmbeddedInName", "Team Alberta won. The Winnipeg Free Press said so.", []place{{"Alberta", 5883102, "admin1", "CAN"}, {"Winnipeg", 6183235, "city", "CAN"}}},
		{"Datelines", "SAN DIEGO (AP) - Fires spread. DETROIT The city sued.", []place{{"SAN DIEGO", 5391811, "city", "USA"}, {"DETROIT", 4990729, "city", "USA"}}},
		{"HyphenatedBefore", "Protests spread in Pakistan-administered Kashmir.", []place{{"Pakistan", 1168579, "country", "PAK"}, {"Kashmir", 0, "region", ""}}},
		{"Demonym", "Ukrainian and Russian delegations met.", nil},
		{"Shouted", "THE CALL WILL BE ABOUT TRADE WITH RUSSIA.", []place{{"RUSSIA", 2017370, "country", "RUS"}}},
		{"Dateline", "KHARKIV, Ukraine - Shelling went on.", []place{{"KHARKIV", 706483, "city", "UKR"}, {"Ukraine", 690791, "country", "UKR"}}},
		// Cues.
		{"TypeWord", "Drones struck the Sumy region overnight.", []place{{"Sumy region", 692196, "admin1", "UKR"}}},
		{"Oblast", "Fighting in Kharkiv Oblast went on.", []place{{"Kharkiv Oblast", 706482, "admin1", "UKR"}}},
		{"PossessiveRegion", "A strike in Ukraine's northeastern Sumy region killed nine.",
			[]place{{"Ukraine", 690791, "country", "UKR"}, {"Sumy region", 692196, "admin1", "UKR"}}},
		{"CityOf", "Shelling hit the city of Kharkiv.", []place{{"Kharkiv", 706483, "city", "UKR"}}},
		{"Direction", "Floods hit northeastern Nigeria.", []place{{"Nigeria", 2328926, "country", "NGA"}}},
		{"CapitalisedDirection", "Shelling went on in Eastern Ukraine.", []place{{"Eastern Ukraine", 690791, "country", "UKR"}}},
		{"TypeWordInLongerName", "The Kentucky State Police said so.", []place{{"Kentucky", 6254925, "admin1", "USA"}}},
		{"Region", "He toured the Gulf last week.", []place{{"Gulf", 0, "region", ""}}},
		{"FrontLine", "Fighting went on along the front lines.", []place{{"front lines", 0, "region", ""}}},
		// Disambiguation.
		{"PairState", "She grew up in Paris, Texas.", []place{{"Paris", 4717560, "city", "USA"}, {"Texas", 4736286, "admin1", "USA"}}},
		{"PairCountry", "He lives in London, England.", []place{{"London", 2643743, "city", "GBR"}, {"England", 6269131, "admin1", "GBR"}}},
		{"Population", "Protests spread to Paris.", []place{{"Paris", 2988507, "city", "FRA"}}},
		{"CityOverDivision", "Officials in Moscow said so.", []place{{"Moscow", 524901, "city", "RUS"}}},
		{"CountryList", "Exports to China, Japan and India fell.", []place{{"China", 1814991, "country", "CHN"}, {"Japan", 1861060, "country", "JPN"}, {"India", 1269750, "country", "IND"}}},
		{"NotLocatedAbroad", "Officials in London and Manchester met in Fife.", []place{{"London", 2643743, "city", "GBR"}, {"Manchester", 2643123, "city", "GBR"}, {"Fife", 0, "", ""}}},
		{"NativeNameIsWord", "Swimmers crossed to Gull Island at dawn.", nil},
		{"AustralianStates", "Bushfires spread across NSW and north into Qld.",
			[]place{{"NSW", 2155400, "admin1", "AUS"}, {"Qld", 2152274, "admin1", "AUS"}}},
		{"GivenNameSmallDivision", "Michael told the meeting that Paul had left.", nil},
		{"WordAlsoInLowerCase", "Guests said Wedding plans changed after the wedding was put off.", nil},
		{"NotLocatedDivisionAbroad", "Troops moved from Nairobi to Mombasa, and Kenya's army said Tavush was calm, as was all of Kenya.",
			[]place{{"Nairobi", 184745, "city", "KEN"}, {"Mombasa", 186301, "city", "KEN"}, {"Kenya", 192950, "country", "KEN"}, {"Tavush", 0, "", ""}, {"Kenya", 192950, "country", "KEN"}}},
		{"RegionWithoutThe", "Forecasters said Atlantic storms battered the coast.", []place{{"Atlantic", 0, "region", ""}}},
		{"StateNamesCountry", "Storms swept across Kentucky on Monday, and Middlesboro lost power.",
			[]place{{"Kentucky", 6254925, "admin1", "USA"}, {"Middlesboro", 4300717, "city", "USA"}}},
		{"SmallPlacesAbroadDoNotVouch", "Ministers in London and Manchester told British reporters that Kalamazoo and Muncie had written.",
			[]place{{"London", 2643743, "city", "GBR"}, {"Manchester", 2643123, "city", "GBR"}, {"Kalamazoo", 0, "", ""}, {"Muncie", 0, "", ""}}},
		{"Language", "The statement was published in English.", nil},
		{"StateOverCountry", "Storms moved from Texas through Alabama and reached Georgia by night.",
			[]place{{"Texas", 4736286, "admin1", "USA"}, {"Alabama", 4829764, "admin1", "USA"}, {"Georgia", 4197000, "admin1", "USA"}}},
		{"CountryNotState", "Talks between Georgia and Armenia ended in Yerevan.",
			[]place{{"Georgia", 614540, "country", "GEO"}, {"Armenia", 174982, "country", "ARM"}, {"Yerevan", 616052, "city", "ARM"}}},
		{"AsStated", "The talks in Ankara lasted an hour.", []place{{"Ankara", 323786, "city", "TUR"}}},
		{"County", "Roads closed in Metcalfe County, Kentucky, on Monday.", []place{{"Metcalfe County", 0, "admin2", "USA"}, {"Kentucky", 6254925, "admin1", "USA"}}},
		{"AbbreviatedState", "A fire broke out in Louisville, Ky. on Monday.", []place{{"Louisville", 4299276, "city", "USA"}, {"Ky.", 6254925, "admin1", "USA"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustAnnotate(t, tt.text)
			parleytest.MustValid(t, doc)
			checkPlaces(t, doc, tt.want)
		})
	}
}

func checkPlaces(t *testing.T, doc *parley.Document, want []place) {
	t.Helper()
	if len(doc.Places) != len(want) {
		t.Fatalf("got %d places %v, want %d", len(doc.Places), describe(doc), len(want))
	}
	from := 0
	for i, w := range want {
		p := doc.Places[i]
		start := strings.Index(doc.Text[from:], w.text)
		if start < 0 {
			t.Fatalf("want text %q not in %q", w.text, doc.Text)
		}
		span := parley.Span{Start: from + start, End: from + start + len(w.text)}
		from = span.End
		if p.Span != span {
			t.Errorf("place %d Span=%v %q, want %v %q", i, p.Span, doc.Slice(p.Span), span, w.text)
		}
		if p.GeoNameID != w.id || p.Feature != w.feature || p.Country != w.country {
			t.Errorf("place %d %q = id %d %s %s (%s), want id %d %s %s", i, w.text, p.GeoNameID, p.Feature, p.Country,
				p.Reason, w.id, w.feature, w.country)
		}
		if p.Rule == "" {
			t.Errorf("place %d has no rule", i)
		}
	}
}

func describe(doc *parley.Document) []string {
	var out []string
	for _, p := range doc.Places {
		out = append(out, doc.Slice(p.Span)+"="+p.Name)
	}
	return out
}
