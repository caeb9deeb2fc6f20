package quote_test

import (
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// wantQuote is an expected quote; strings locate spans in the text (the
// first occurrence, or the nth with a "#n" suffix).
type wantQuote struct {
	kind     string
	content  string
	speaker  string // SpeakerText
	actor    string // actor name, "" for Speaker -1
	cue      string // "" for no cue
	channel  string
	platform string
	part     int
	via      []string
}

type quoteCase struct {
	name   string
	text   string
	actors []actorSpec
	want   []wantQuote
}

func runCases(t *testing.T, cases []quoteCase) {
	t.Helper()
	tg := mustTagger(t)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustDoc(t, tt.text, tt.actors...)
			tg.Annotate(doc)
			parleytest.MustValid(t, doc)
			if len(doc.Quotes) != len(tt.want) {
				for _, q := range doc.Quotes {
					t.Logf("got %s %q speaker=%q cue=%q rule=%s", q.Kind, doc.Slice(q.Span), q.SpeakerText, doc.Slice(q.Cue), q.Rule)
				}
				t.Fatalf("len(Quotes)=%d, want %d", len(doc.Quotes), len(tt.want))
			}
			for i, w := range tt.want {
				checkQuote(t, doc, i, w)
			}
		})
	}
}

func checkQuote(t *testing.T, doc *parley.Document, i int, w wantQuote) {
	t.Helper()
	q := doc.Quotes[i]
	if sp := spanOf(t, doc.Text, w.content); q.Span != sp {
		t.Errorf("quote %d: Span=%v %q, want %v %q", i, q.Span, doc.Slice(q.Span), sp, w.content)
	}
	if q.Kind != w.kind {
		t.Errorf("quote %d: Kind=%s, want %s", i, q.Kind, w.kind)
	}
	if q.SpeakerText != w.speaker {
		t.Errorf("quote %d: SpeakerText=%q, want %q", i, q.SpeakerText, w.speaker)
	}
	gotActor := ""
	if q.Speaker >= 0 {
		gotActor = doc.Actors[q.Speaker].Name
	}
	if gotActor != w.actor {
		t.Errorf("quote %d: speaker actor=%q, want %q", i, gotActor, w.actor)
	}
	if w.cue == "" {
		if !q.Cue.IsZero() {
			t.Errorf("quote %d: Cue=%q, want none", i, doc.Slice(q.Cue))
		}
	} else if sp := spanOf(t, doc.Text, w.cue); q.Cue != sp {
		t.Errorf("quote %d: Cue=%v %q, want %v %q", i, q.Cue, doc.Slice(q.Cue), sp, w.cue)
	}
	if q.Channel != w.channel || q.Platform != w.platform {
		t.Errorf("quote %d: Channel=%q/%q, want %q/%q", i, q.Channel, q.Platform, w.channel, w.platform)
	}
	if q.Part != w.part {
		t.Errorf("quote %d: Part=%d, want %d", i, q.Part, w.part)
	}
	if len(q.ViaSpans) != len(w.via) || len(q.Via) != len(q.ViaSpans) {
		t.Errorf("quote %d: ViaSpans=%v Via=%v, want %q", i, q.ViaSpans, q.Via, w.via)
		return
	}
	for k, v := range w.via {
		if sp := spanOf(t, doc.Text, v); q.ViaSpans[k] != sp {
			t.Errorf("quote %d: ViaSpans[%d]=%q, want %q", i, k, doc.Slice(q.ViaSpans[k]), v)
		}
	}
}

func TestTagger_Annotate_Direct(t *testing.T) {
	runCases(t, []quoteCase{
		{
			name: "CurlyAfter",
			text: "“We will win,” Zelenskyy said.",
			want: []wantQuote{{kind: "direct", content: "We will win", speaker: "Zelenskyy", cue: "said"}},
		},
		{
			name: "StraightInverted",
			text: `"Talks will resume on Monday," said Dmitry Peskov, the Kremlin spokesman.`,
			want: []wantQuote{{kind: "direct", content: "Talks will resume on Monday", speaker: "Dmitry Peskov", cue: "said"}},
		},
		{
			name: "NestedSingle",
			text: "“Stop the ‘bloodbath’ now,” Trump wrote.",
			want: []wantQuote{{kind: "direct", content: "Stop the ‘bloodbath’ now", speaker: "Trump", cue: "wrote"}},
		},
		{
			name: "AllCaps",
			text: "“THE WAR MUST END NOW!” Trump wrote on Truth Social.",
			want: []wantQuote{{kind: "direct", content: "THE WAR MUST END NOW!", speaker: "Trump", cue: "wrote", channel: "social media", platform: "Truth Social"}},
		},
		{
			name: "Guillemets",
			text: "«Nous sommes prêts,» Macron told reporters.",
			want: []wantQuote{{kind: "direct", content: "Nous sommes prêts", speaker: "Macron", cue: "told", channel: "press conference"}},
		},
		{
			name: "BritishSingle",
			text: "'We did not want to be here,' said Dr Lena Cartwright.",
			want: []wantQuote{{kind: "direct", content: "We did not want to be here", speaker: "Dr Lena Cartwright", cue: "said"}},
		},
		{
			name: "Split",
			text: "“Air defense saves lives,” Rutte said, “and every system counts.”",
			want: []wantQuote{
				{kind: "direct", content: "Air defense saves lives", speaker: "Rutte", cue: "said", part: 1},
				{kind: "direct", content: "and every system counts.", speaker: "Rutte", cue: "said", part: 2},
			},
		},
		{
			name: "ColonBefore",
			text: "Its leader said: “This is a monument.”",
			want: []wantQuote{{kind: "direct", content: "This is a monument.", speaker: "Its leader", cue: "said"}},
		},
		{
			name: "ContinuedNextParagraph",
			text: "“We are ready,” Umerov said.\n“Now we need the systems.”",
			want: []wantQuote{
				{kind: "direct", content: "We are ready", speaker: "Umerov", cue: "said"},
				{kind: "direct", content: "Now we need the systems.", speaker: "Umerov"},
			},
		},
		{
			name: "AcrossParagraphs",
			text: "Schouten said:\n“I understand the anger.\n“But the gas bill is too high.”\nCritics disagreed.",
			want: []wantQuote{{kind: "direct", content: "I understand the anger.\n“But the gas bill is too high.", speaker: "Schouten", cue: "said"}},
		},
		{
			name: "UnclosedAtEnd",
			text: "Peskov said: “We will answer",
			want: []wantQuote{{kind: "direct", content: "We will answer", speaker: "Peskov", cue: "said"}},
		},
		{
			name: "ScareQuoteIsNoQuote",
			// the denial is a statement, the scare quote is not,
			text: "Moscow calls it a “special military operation” and denies targeting civilians.",
			want: []wantQuote{{kind: "reported", content: "targeting civilians", speaker: "Moscow", cue: "denies"}},
		},
		{
			name: "PlatformAtSentenceEnd",
			text: "“Every missile counts,” he wrote on X.",
			want: []wantQuote{{kind: "direct", content: "Every missile counts", speaker: "he", cue: "wrote", channel: "social media", platform: "X"}},
		},
		{
			name: "DoubleInsideSingle",
			text: "'He said \"no\" to the deal,' the MP said.",
			want: []wantQuote{{kind: "direct", content: "He said \"no\" to the deal", speaker: "the MP", cue: "said#2"}},
		},
		{
			name: "ChantIsAnAttribution",
			text: "Officials spoke.\n“Enough is enough!” protesters chanted outside parliament.",
			want: []wantQuote{{kind: "direct", content: "Enough is enough!", speaker: "protesters", cue: "chanted"}},
		},
		{
			name: "HearerIsMedia",
			text: "Zelenskyy told CNN's Fareed Zakaria: “We need more air defence.”",
			want: []wantQuote{{kind: "direct", content: "We need more air defence.", speaker: "Zelenskyy", cue: "told", channel: "interview"}},
		},
		{
			name: "NameInApposition",
			text: "“Nobody wants a vacuum,” Its general secretary, Nicola Ranger, said.",
			want: []wantQuote{{kind: "direct", content: "Nobody wants a vacuum", speaker: "Nicola Ranger", cue: "said"}},
		},
		{
			name:   "QuotedAsSaying",
			text:   "“Any provocation will be met with force,” he was quoted as saying.",
			actors: []actorSpec{{name: "Kim Jong Un", mentions: []string{"he"}}},
			want:   []wantQuote{{kind: "direct", content: "Any provocation will be met with force", speaker: "he", actor: "Kim Jong Un", cue: "saying"}},
		},
	})
}

func TestTagger_Annotate_Reported(t *testing.T) {
	runCases(t, []quoteCase{
		{
			name: "SaidBareClause",
			text: "Trump said he would speak afterwards with Zelenskyy.",
			want: []wantQuote{{kind: "reported", content: "he would speak afterwards with Zelenskyy", speaker: "Trump", cue: "said"}},
		},
		{
			name: "ToldHearerThat",
			text: "A senior official familiar with the talks told the Associated Press that Moscow presented new demands.",
			want: []wantQuote{{kind: "reported", content: "Moscow presented new demands", speaker: "A senior official familiar with the talks", cue: "told", channel: "interview"}},
		},
		{
			name: "ConfirmedClauseWithSources",
			text: "The Kremlin confirmed preparations were underway, according to Russian news agencies citing spokesman Dmitry Peskov.",
			want: []wantQuote{{kind: "reported", content: "preparations were underway", speaker: "The Kremlin", cue: "confirmed", channel: "news agency",
				via: []string{"Russian news agencies", "spokesman Dmitry Peskov"}}},
		},
		{
			name: "AnnouncedNounPhrase",
			text: "Trump announced the planned talks on his social media platform, Truth Social.",
			want: []wantQuote{{kind: "reported", content: "the planned talks", speaker: "Trump", cue: "announced", channel: "social media", platform: "Truth Social"}},
		},
		{
			name: "AttributionAfter",
			text: "Moscow's team presented new demands, the official said.",
			want: []wantQuote{{kind: "reported", content: "Moscow's team presented new demands", speaker: "the official", cue: "said"}},
		},
		{
			name: "InvertedAfter",
			text: "The talks will resume in June, said the ministry in a statement.",
			want: []wantQuote{{kind: "reported", content: "The talks will resume in June", speaker: "the ministry", cue: "said", channel: "statement"}},
		},
		{
			name: "RelativeClauseSkipped",
			text: "Trump, who had offered to travel to Turkey, said he continues to pressure both leaders.",
			want: []wantQuote{{kind: "reported", content: "he continues to pressure both leaders", speaker: "Trump", cue: "said"}},
		},
		{
			name: "Participle",
			text: "“We are ready,” Trump wrote, adding that the call is scheduled for 10 a.m. (1400 GMT).",
			want: []wantQuote{
				{kind: "direct", content: "We are ready", speaker: "Trump", cue: "wrote"},
				{kind: "reported", content: "the call is scheduled for 10 a.m. (1400 GMT)", speaker: "Trump", cue: "adding"},
			},
		},
		{
			name: "AccordingToOnly",
			text: "More than 400 trucks entered Gaza, according to the U.N. humanitarian agency.",
			want: []wantQuote{{kind: "reported", content: "More than 400 trucks entered Gaza", speaker: "the U.N. humanitarian agency", cue: "according to", channel: "news agency"}},
		},
		{
			name: "AccordingToChain",
			text: "According to Russian news agencies citing spokesman Dmitry Peskov, the call will take place on Monday.",
			want: []wantQuote{{kind: "reported", content: "the call will take place on Monday", speaker: "spokesman Dmitry Peskov", cue: "According to",
				channel: "news agency", via: []string{"Russian news agencies"}}},
		},
		{
			name: "OutletCiting",
			text: "Interfax, citing a source in the delegation, said the agenda had not been agreed.",
			want: []wantQuote{{kind: "reported", content: "the agenda had not been agreed", speaker: "a source in the delegation", cue: "said",
				channel: "news agency", via: []string{"Interfax"}}},
		},
		{
			name: "RelayAfter",
			text: "Novak said Moscow supported the extension, the Interfax news agency reported.",
			want: []wantQuote{{kind: "reported", content: "Moscow supported the extension", speaker: "Novak", cue: "said",
				channel: "news agency", via: []string{"the Interfax news agency"}}},
		},
		{
			name: "PartialQuoteInside",
			text: "Streeting said the strike was “unnecessary and unaffordable.”",
			want: []wantQuote{{kind: "reported", content: "the strike was “unnecessary and unaffordable.”", speaker: "Streeting", cue: "said"}},
		},
		{
			name: "SharedSubject",
			text: "Hamas, in a statement posted on Telegram, accused Israel of stalling and said it remained committed to the deal.",
			want: []wantQuote{{kind: "reported", content: "it remained committed to the deal", speaker: "Hamas", cue: "said", channel: "social media", platform: "Telegram"}},
		},
		{
			name: "NotStatements",
			text: "The territories claimed by Russia were not discussed. He declined to say more. Officials asked not to be named.",
			want: nil,
		},
		{
			name: "PassiveTold",
			text: "Library staff were told that no one would lose their job.",
			want: []wantQuote{{kind: "reported", content: "no one would lose their job", cue: "told"}},
		},
		{
			name: "TemporalClauseIsNoStatement",
			text: "The judge spoke as she announced the sentence.",
			want: nil,
		},
		{
			name: "Dateline",
			text: "KYIV, Ukraine (AP) — A missile strike killed 34 people on Sunday, Ukrainian officials said.",
			want: []wantQuote{{kind: "reported", content: "A missile strike killed 34 people on Sunday", speaker: "Ukrainian officials", cue: "said"}},
		},
	})
}

func TestTagger_Annotate_Speakers(t *testing.T) {
	runCases(t, []quoteCase{
		{
			name:   "MentionResolves",
			text:   "President Donald Trump said he will hold separate calls.",
			actors: []actorSpec{{name: "Donald Trump", mentions: []string{"President Donald Trump", "he"}}},
			want:   []wantQuote{{kind: "reported", content: "he will hold separate calls", speaker: "President Donald Trump", actor: "Donald Trump", cue: "said"}},
		},
		{
			name:   "PronounThroughActorLayer",
			text:   "Trump spoke to reporters.\nHe said the war must end.",
			actors: []actorSpec{{name: "Donald Trump", mentions: []string{"Trump", "He"}}},
			want:   []wantQuote{{kind: "reported", content: "the war must end", speaker: "He", actor: "Donald Trump", cue: "said"}},
		},
		{
			name:   "PronounCarriesLastSpeaker",
			text:   "“We came to talk about survival,” Mendes said.\n“They came to talk about accounting,” she said.",
			actors: []actorSpec{{name: "Ana Mendes", mentions: []string{"Mendes"}}},
			want: []wantQuote{
				{kind: "direct", content: "We came to talk about survival", speaker: "Mendes", actor: "Ana Mendes", cue: "said"},
				{kind: "direct", content: "They came to talk about accounting", speaker: "Mendes", actor: "Ana Mendes", cue: "said#2"},
			},
		},
		{
			name: "PossessiveIsNotSpeaker",
			text: "Ukraine's foreign ministry said the talks had failed.",
			actors: []actorSpec{
				{name: "Ukraine", mentions: []string{"Ukraine"}},
				{name: "Ukrainian foreign ministry", mentions: []string{"foreign ministry"}},
			},
			want: []wantQuote{{kind: "reported", content: "the talks had failed", speaker: "Ukraine's foreign ministry", actor: "Ukrainian foreign ministry", cue: "said"}},
		},
		{
			name:   "PrepositionObjectIsNotSpeaker",
			text:   "A source close to the Kremlin said the offer stands.",
			actors: []actorSpec{{name: "Russian government", mentions: []string{"the Kremlin"}}},
			want:   []wantQuote{{kind: "reported", content: "the offer stands", speaker: "A source close to the Kremlin", cue: "said"}},
		},
		{
			name: "DocumentAsSource",
			text: "Pashinyan welcomed the offer, his office said in a statement. According to the statement, the two leaders spoke on Monday.",
			want: []wantQuote{
				{kind: "reported", content: "Pashinyan welcomed the offer", speaker: "his office", cue: "said", channel: "statement"},
				{kind: "reported", content: "the two leaders spoke on Monday", speaker: "his office", cue: "According to", channel: "statement"},
			},
		},
		{
			name: "PronounSkipsPluralToRelay",
			text: "Survivors told rescuers that the boat sank, spokesman Flavio Di Giacomo said.\n“This is a tragedy,” he wrote.",
			want: []wantQuote{
				{kind: "reported", content: "the boat sank", speaker: "Survivors", cue: "told", via: []string{"spokesman Flavio Di Giacomo"}},
				{kind: "direct", content: "This is a tragedy", speaker: "spokesman Flavio Di Giacomo", cue: "wrote"},
			},
		},
		{
			name: "InvertedSpeakerHoldsNoVerb",
			text: "A survivor from Sudan, who gave his name only as Ibrahim, said the engine failed after they set off.",
			want: []wantQuote{{kind: "reported", content: "the engine failed after they set off", speaker: "A survivor from Sudan", cue: "said"}},
		},
		{
			name: "PreviousSentenceSubject",
			text: "One librarian described the mood as grim.\n“People have been crying all week.”",
			want: []wantQuote{{kind: "direct", content: "People have been crying all week.", speaker: "One librarian"}},
		},
	})
}
