package segment_test

import (
	"reflect"
	"testing"

	"github.com/parleyhq/parley"
)

func TestSegmenter_Annotate_Tokens(t *testing.T) {
	s := MustSegmenter(t)
	for _, tt := range []struct {
		name string
		text string
		want []string // token texts, in order; their spans are found in text
	}{
		{"Abbreviations", "U.S. and U.N. envoys met Gen. Smith, Sen. Jones, Rep. Li and Gov. Ray.",
			[]string{"U.S.", "and", "U.N.", "envoys", "met", "Gen.", "Smith", ",", "Sen.", "Jones", ",", "Rep.", "Li", "and", "Gov.", "Ray", "."}},
		{"Ranks", "Lt. Col. Ivan Petrov and Mr. and Mrs. Doe, Dr. Who",
			[]string{"Lt.", "Col.", "Ivan", "Petrov", "and", "Mr.", "and", "Mrs.", "Doe", ",", "Dr.", "Who"}},
		{"Months", "on Jan. 5, Feb. 2 and Sept. 11",
			[]string{"on", "Jan.", "5", ",", "Feb.", "2", "and", "Sept.", "11"}},
		{"NumberPrefix", "No. 10 Downing St. said no.",
			[]string{"No.", "10", "Downing", "St.", "said", "no", "."}},
		{"NoNoBreakSpace", "No.\u00a010 and No.\n10",
			[]string{"No.", "10", "and", "No", ".", "10"}},
		{"NoWithoutNumber", "No. The answer",
			[]string{"No", ".", "The", "answer"}},
		{"Times", "at 10 a.m. and 4 p.m., 10 AM, 1400 GMT, 10:00",
			[]string{"at", "10", "a.m.", "and", "4", "p.m.", ",", "10", "AM", ",", "1400", "GMT", ",", "10:00"}},
		{"Initials", "J. R. R. Tolkien and George W. Bush and J.R.R. Martin",
			[]string{"J.", "R.", "R.", "Tolkien", "and", "George", "W.", "Bush", "and", "J.R.R.", "Martin"}},
		{"Numbers", "1,000 and 1.5 and 3.5% and 12 000 and 1,00",
			[]string{"1,000", "and", "1.5", "and", "3.5", "%", "and", "12", "000", "and", "1", ",", "00"}},
		{"NumberEndsSentence", "It cost 1,000. Then 2.",
			[]string{"It", "cost", "1,000", ".", "Then", "2", "."}},
		{"Ordinals", "the 1st, 22nd and 3rd, 4th; 1990s and 19th-century",
			[]string{"the", "1st", ",", "22nd", "and", "3rd", ",", "4th", ";", "1990s", "and", "19th-century"}},
		{"Hyphens", "a full-scale war, a 40-year-old man, COVID-19 and F-16s",
			[]string{"a", "full-scale", "war", ",", "a", "40-year-old", "man", ",", "COVID-19", "and", "F-16s"}},
		{"Ranges", "10-15 people in 2022-23, on 2025-05-18 and 5/18/2025",
			[]string{"10", "-", "15", "people", "in", "2022", "-", "23", ",", "on", "2025-05-18", "and", "5/18/2025"}},
		{"Apostrophes", "Russia’s don't O'Brien rock’n’roll",
			[]string{"Russia’s", "don't", "O'Brien", "rock’n’roll"}},
		{"Currency", "$5 and €1.5bn and 5,000 rubles and US$20",
			[]string{"$", "5", "and", "€", "1.5", "bn", "and", "5,000", "rubles", "and", "US", "$", "20"}},
		{"Dashes", "Russia — a state–run firm – and--so",
			[]string{"Russia", "—", "a", "state", "–", "run", "firm", "–", "and", "--", "so"}},
		{"Ellipsis", "wait... what… no. . . etc... Gen...",
			[]string{"wait", "...", "what", "…", "no", ".", ".", ".", "etc", "...", "Gen", "..."}},
		{"URL", "See https://example.com/a_b?c=1&d=2. Or www.kremlin.ru, (http://x.org/wiki/A_(b)).",
			[]string{"See", "https://example.com/a_b?c=1&d=2", ".", "Or", "www.kremlin.ru", ",", "(", "http://x.org/wiki/A_(b)", ")", "."}},
		{"Email", "Write to press.office@un.org. Or to a@b.",
			[]string{"Write", "to", "press.office@un.org", ".", "Or", "to", "a", "@", "b", "."}},
		{"Domains", "Amazon.com and kremlin.ru said. See bbc.co.uk/news/world. Or bbc.co.uk.",
			[]string{"Amazon.com", "and", "kremlin.ru", "said", ".", "See", "bbc.co.uk/news/world", ".", "Or", "bbc.co.uk", "."}},
		{"Tags", "#StandWithUkraine by @AP_Politics, #1 and a#b",
			[]string{"#StandWithUkraine", "by", "@AP_Politics", ",", "#", "1", "and", "a", "#", "b"}},
		{"Unicode", "Зеленський, Erdoğan and İstanbul’s Ülker",
			[]string{"Зеленський", ",", "Erdoğan", "and", "İstanbul’s", "Ülker"}},
		{"Quotes", "“THE ‘BLOODBATH,’” he said \"no\" ('x')",
			[]string{"“", "THE", "‘", "BLOODBATH", ",", "’", "”", "he", "said", "\"", "no", "\"", "(", "'", "x", "'", ")"}},
		{"Ampersand", "AT&T and S&P 500 and you & me",
			[]string{"AT&T", "and", "S&P", "500", "and", "you", "&", "me"}},
		{"DottedLed", "U.S.-led forces and the U.N.’s envoy",
			[]string{"U.S.-led", "forces", "and", "the", "U.N.’s", "envoy"}},
		{"Possessives", "the soldiers’ families and the 1990's",
			[]string{"the", "soldiers’", "families", "and", "the", "1990's"}},
		{"PossessiveOrQuote", "They called them ‘heroes’ and 'villains' but the soldiers' families agreed.",
			[]string{"They", "called", "them", "‘", "heroes", "’", "and", "'", "villains", "'", "but", "the", "soldiers'", "families", "agreed", "."}},
		{"Decades", "the ’90s and '22 and 'em and rock 'n'",
			[]string{"the", "’90s", "and", "'22", "and", "'", "em", "and", "rock", "'", "n", "'"}},
		{"Percent", "1.2 pct. and 5 ft. tall",
			[]string{"1.2", "pct.", "and", "5", "ft.", "tall"}},
		{"Invisible", "a\u200bb\u00a0c\u2009d",
			[]string{"a", "b", "c", "d"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustAnnotate(t, s, tt.text)
			var got []string
			var spans []parley.Span
			for _, tk := range doc.Tokens {
				got = append(got, doc.Slice(tk.Span))
				spans = append(spans, tk.Span)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("tokens=%q\nwant %q", got, tt.want)
			}
			if want := spansOf(t, tt.text, tt.want); !reflect.DeepEqual(spans, want) {
				t.Fatalf("spans=%v, want %v", spans, want)
			}
		})
	}
}

func TestSegmenter_Annotate_Kinds(t *testing.T) {
	s := MustSegmenter(t)
	doc := MustAnnotate(t, s, "Gen. $5 1,000 3.5% “x” — 1st 40-year-old https://a.org #tag")
	type tok struct {
		Span parley.Span
		Kind parley.TokenKind
	}
	var got []tok
	for _, tk := range doc.Tokens {
		got = append(got, tok{tk.Span, tk.Kind})
	}
	w, n, p, y := parley.TokenWord, parley.TokenNumber, parley.TokenPunct, parley.TokenSymbol
	want := []tok{
		{parley.Span{Start: 0, End: 4}, w},   // Gen.
		{parley.Span{Start: 5, End: 6}, y},   // $
		{parley.Span{Start: 6, End: 7}, n},   // 5
		{parley.Span{Start: 8, End: 13}, n},  // 1,000
		{parley.Span{Start: 14, End: 17}, n}, // 3.5
		{parley.Span{Start: 17, End: 18}, y}, // %
		{parley.Span{Start: 19, End: 22}, p}, // “
		{parley.Span{Start: 22, End: 23}, w}, // x
		{parley.Span{Start: 23, End: 26}, p}, // ”
		{parley.Span{Start: 27, End: 30}, p}, // —
		{parley.Span{Start: 31, End: 34}, n}, // 1st
		{parley.Span{Start: 35, End: 46}, w}, // 40-year-old
		{parley.Span{Start: 47, End: 60}, w}, // https://a.org
		{parley.Span{Start: 61, End: 65}, w}, // #tag
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("tokens=%v\nwant   %v", got, want)
	}
}
