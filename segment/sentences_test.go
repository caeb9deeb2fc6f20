package segment_test

import (
	"reflect"
	"testing"

	"github.com/parleyhq/parley"
)

func TestSegmenter_Annotate_Sentences(t *testing.T) {
	s := MustSegmenter(t)
	for _, tt := range []struct {
		name string
		text string
		want []string // sentence texts, in order; their spans are found in text
	}{
		{"Simple", "Talks ended. No deal was reached.",
			[]string{"Talks ended.", "No deal was reached."}},
		{"Questions", "Will it hold? Nobody knows! Really?! Yes.",
			[]string{"Will it hold?", "Nobody knows!", "Really?!", "Yes."}},
		{"QuestionAttribution", "“Why now?” Trump asked. “Stop!” Prime Minister Ann Smith said. “Go.” Trump said no.",
			[]string{"“Why now?” Trump asked.", "“Stop!” Prime Minister Ann Smith said.", "“Go.”", "Trump said no."}},
		{"QuestionNoAttribution", "“Why now?” Trump wondered aloud. Is it over? Trump said no.",
			[]string{"“Why now?” Trump wondered aloud.", "Is it over?", "Trump said no."}},
		{"QuestionLowercase", "“Why?” he asked.",
			[]string{"“Why?” he asked."}},
		{"Titles", "Gen. Smith met Sen. Jones. Lt. Col. Ivan Petrov left.",
			[]string{"Gen. Smith met Sen. Jones.", "Lt. Col. Ivan Petrov left."}},
		{"StreetAndSaint", "He lives on Main St. The house is old. St. Petersburg is far. Mrs. Li and Dr. Ng met.",
			[]string{"He lives on Main St.", "The house is old.", "St. Petersburg is far.", "Mrs. Li and Dr. Ng met."}},
		{"USMidSentence", "The U.S. Army and the U.N. Security Council met.",
			[]string{"The U.S. Army and the U.N. Security Council met."}},
		{"USEndsSentence", "He flew to the U.S. The talks began.",
			[]string{"He flew to the U.S.", "The talks began."}},
		{"Initials", "J. R. R. Tolkien wrote it. George W. Bush read it.",
			[]string{"J. R. R. Tolkien wrote it.", "George W. Bush read it."}},
		{"MonthBeforeNumber", "It began Jan. 5. Feb. 2 was quiet.",
			[]string{"It began Jan. 5.", "Feb. 2 was quiet."}},
		{"MonthEndsSentence", "It began in Sept. Russia denied it.",
			[]string{"It began in Sept.", "Russia denied it."}},
		{"NoTen", "He lives at No. 10. No. He does not.",
			[]string{"He lives at No. 10.", "No.", "He does not."}},
		{"AMBeforeTimeWord", "The call is at 10 a.m. Monday and at 2 p.m. EDT on Tuesday.",
			[]string{"The call is at 10 a.m. Monday and at 2 p.m. EDT on Tuesday."}},
		{"AMEndsSentence", "The call began at 10 a.m. Police said nothing.",
			[]string{"The call began at 10 a.m.", "Police said nothing."}},
		{"AMBracket", "The call is at 10 a.m. (1400 GMT). It will be long.",
			[]string{"The call is at 10 a.m. (1400 GMT).", "It will be long."}},
		{"AMQuote", "It ended at 9 p.m. “We are tired,” he said.",
			[]string{"It ended at 9 p.m.", "“We are tired,” he said."}},
		{"AllCapsHeadline", "U.S. OFFICIALS SAY TALKS STALLED. THE END.",
			[]string{"U.S. OFFICIALS SAY TALKS STALLED.", "THE END."}},
		{"DCEndsSentence", "He was born in Washington, D.C. He moved in 1999.",
			[]string{"He was born in Washington, D.C.", "He moved in 1999."}},
		{"StateAbbreviations", "Sen. Lindsey Graham, R-S.C., and Gov. Gavin Newsom, D-Calif., spoke. Both left.",
			[]string{"Sen. Lindsey Graham, R-S.C., and Gov. Gavin Newsom, D-Calif., spoke.", "Both left."}},
		{"NumberPrefixes", "See Fig. 3 and pp. 12-14 (Vol. 2). Nos. 3 and 4 closed. No. There was none.",
			[]string{"See Fig. 3 and pp. 12-14 (Vol. 2).", "Nos. 3 and 4 closed.", "No.", "There was none."}},
		{"Exclamations", "It passed!!! Then what?! Nothing.",
			[]string{"It passed!!!", "Then what?!", "Nothing."}},
		{"AMLowercase", "at 10 a.m. local time.",
			[]string{"at 10 a.m. local time."}},
		{"CompanyEnds", "He works for Apple Inc. The firm declined. Acme Corp. shares fell.",
			[]string{"He works for Apple Inc.", "The firm declined.", "Acme Corp. shares fell."}},
		{"QuoteComma", "“This was a deliberate killing of civilians,” Zelenskyy said. He left.",
			[]string{"“This was a deliberate killing of civilians,” Zelenskyy said.", "He left."}},
		{"QuoteInside", "He said: \"Stop. Now.\" then continues.",
			[]string{"He said: \"Stop. Now.\" then continues."}},
		{"QuoteFinal", "He said: \"It is the end.\" Next they left.",
			[]string{"He said: \"It is the end.\"", "Next they left."}},
		{"CurlyQuoteFinal", "He said: “It is the end.” Next they left.",
			[]string{"He said: “It is the end.”", "Next they left."}},
		{"QuoteMultiSentence", "“We will fight. We will win,” he said. Then he left.",
			[]string{"“We will fight. We will win,” he said.", "Then he left."}},
		{"QuoteOpensParagraph", "“We will fight. We will win.",
			[]string{"“We will fight.", "We will win."}},
		{"NextOpensQuote", "He left. “We won,” he said.",
			[]string{"He left.", "“We won,” he said."}},
		{"Brackets", "He left. (He was tired.) Then he slept.",
			[]string{"He left.", "(He was tired.)", "Then he slept."}},
		{"Dateline", "KYIV, Ukraine (AP) — Russia launched drones. Two died.",
			[]string{"KYIV, Ukraine (AP) — Russia launched drones.", "Two died."}},
		{"DatelineState", "SPRINGFIELD, Ill. (AP) — It rained. Roads closed.",
			[]string{"SPRINGFIELD, Ill. (AP) — It rained.", "Roads closed."}},
		{"Omission", "He said the talks [...] Were over (?) Maybe. Yes.",
			[]string{"He said the talks [...] Were over (?) Maybe.", "Yes."}},
		{"Ellipsis", "He paused... Then he spoke... and stopped.",
			[]string{"He paused...", "Then he spoke... and stopped."}},
		{"Dash", "Russia — a state at war. Kyiv — calm.",
			[]string{"Russia — a state at war.", "Kyiv — calm."}},
		{"AllCaps", "“STOP THE ‘BLOODBATH,’ NOW. TRADE WILL FOLLOW,” he wrote. THE END.",
			[]string{"“STOP THE ‘BLOODBATH,’ NOW. TRADE WILL FOLLOW,” he wrote.", "THE END."}},
		{"Numbers", "Prices rose 3.5%. 1,000 people left. It cost $5.",
			[]string{"Prices rose 3.5%.", "1,000 people left.", "It cost $5."}},
		{"Headline", "Trump to call Putin\nThe call is set for Monday.",
			[]string{"Trump to call Putin", "The call is set for Monday."}},
		{"Bullets", "• Russia launched 273 drones. • Ukraine said it downed 88.",
			[]string{"• Russia launched 273 drones.", "• Ukraine said it downed 88."}},
		{"Spanish", "Hola. ¿Qué tal? ¡Bien!",
			[]string{"Hola.", "¿Qué tal?", "¡Bien!"}},
		{"Unicode", "Зеленський заявив. Erdoğan spoke.",
			[]string{"Зеленський заявив.", "Erdoğan spoke."}},
		{"URL", "See www.un.org. It has more.",
			[]string{"See www.un.org.", "It has more."}},
		{"Empty", "  \n\n ", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustAnnotate(t, s, tt.text)
			var got []string
			var spans []parley.Span
			for _, se := range doc.Sentences {
				got = append(got, doc.Slice(se.Span))
				spans = append(spans, se.Span)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("sentences=%q\nwant %q", got, tt.want)
			}
			if want := spansOf(t, tt.text, tt.want); !reflect.DeepEqual(spans, want) {
				t.Fatalf("spans=%v, want %v", spans, want)
			}
		})
	}
}

func TestSegmenter_Annotate_Paragraphs(t *testing.T) {
	s := MustSegmenter(t)
	t.Run("Computed", func(t *testing.T) {
		doc := MustAnnotate(t, s, "Headline\nFirst one. Second.\n")
		want := []parley.Span{{Start: 0, End: 8}, {Start: 9, End: 27}}
		if !reflect.DeepEqual(doc.Paragraphs, want) {
			t.Fatalf("Paragraphs=%v, want %v", doc.Paragraphs, want)
		}
		var paras []int
		for _, se := range doc.Sentences {
			paras = append(paras, se.Paragraph)
		}
		if want := []int{0, 1, 1}; !reflect.DeepEqual(paras, want) {
			t.Fatalf("sentence paragraphs=%v, want %v", paras, want)
		}
	})
	t.Run("Given", func(t *testing.T) {
		// A caller's paragraph boundary splits a sentence and even a word;
		// text outside every paragraph gets tokens but no sentence.
		doc := &parley.Document{ID: "test", Text: "One two. Three four.",
			Paragraphs: []parley.Span{{Start: 0, End: 6}, {Start: 6, End: 15}}}
		s.Annotate(doc)
		var got []string
		for _, se := range doc.Sentences {
			got = append(got, doc.Slice(se.Span))
		}
		if want := []string{"One tw", "o.", "Three"}; !reflect.DeepEqual(got, want) {
			t.Fatalf("sentences=%q, want %q", got, want)
		}
		if n := len(doc.Tokens); n != 7 {
			t.Fatalf("len(Tokens)=%d, want 7", n)
		}
	})
}
