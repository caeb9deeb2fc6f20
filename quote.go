package parley

// Quote is a direct quotation or a reported statement with its speaker.
//
// A quotation split by its attribution (“A,” Trump wrote, “B.”) is written
// as several quotes, one for each part, that share Cue and Speaker and
// number their parts from 1 in Part. A quotation that runs over several
// paragraphs is one quote whose Span runs from its first quoted word to its
// last.
type Quote struct {
	// Span is the quoted or reported content: for a direct quote the text
	// inside the quotation marks, for a reported statement the clause or
	// noun phrase that the speaker is said to have said.
	Span Span   `json:"span"`
	Kind string `json:"kind"` // direct, reported
	// Cue is the verb or phrase that attributes the content (said, wrote,
	// according to, ...); zero when the quote has no attribution of its own
	// and continues the previous speaker's quotation.
	Cue Span `json:"cue,omitzero"`
	// Part numbers the parts of a split quotation from 1; 0 for a quotation
	// in one piece.
	Part int `json:"part,omitempty"`

	// Speaker is an index into Document.Actors, -1 when the speaker is
	// unknown or is not an actor of the actor layer.
	Speaker int `json:"speaker"`
	// SpeakerSpan is the phrase that names the speaker in this quote ("A
	// senior Ukrainian official familiar with the negotiations", "he");
	// SpeakerText is its text, or the text of the phrase of the quote the
	// speaker was carried over from.
	SpeakerSpan Span   `json:"speaker_span,omitzero"`
	SpeakerText string `json:"speaker_text,omitempty"`

	// Channel is how the statement reached the public: statement, social
	// media, interview, news agency, press conference, broadcast, speech or
	// letter. Platform names the social-media platform ("Truth Social", "X").
	Channel  string `json:"channel,omitempty"`
	Platform string `json:"platform,omitempty"`
	// Via lists the intermediaries that relay the statement, outermost
	// first and at most four, as indexes into Document.Actors (-1 for one
	// the actor layer does not know); ViaSpans holds the phrase that names
	// each, in the same order. "according to Russian news agencies citing spokesman Dmitry
	// Peskov" after "The Kremlin confirmed" gives Via [news agencies, Peskov]
	// and Speaker the Kremlin.
	Via      []int  `json:"via,omitempty"`
	ViaSpans []Span `json:"via_spans,omitempty"`
	Rule     string `json:"rule"`
}

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuoteReported = "reported"
)

// AttributionAt returns the index of the quote whose content contains s,
// the innermost when several do, or -1 when the report states s itself.
// Events, quantities and times use it to learn whose claim they are.
func (d *Document) AttributionAt(s Span) int {
	best := -1
	for i := range d.Quotes {
		q := d.Quotes[i].Span
		if q.Start > s.Start {
			break // quotes are sorted by start
		}
		if q.Contains(s) && (best < 0 || q.Len() < d.Quotes[best].Span.Len()) {
			best = i
		}
	}
	return best
}

// SentenceAttribution returns the index of the quote whose content covers
// more than half of the bytes of sentence i, or -1 when the report states
// the sentence itself (or i is out of range).
func (d *Document) SentenceAttribution(i int) int {
	if i < 0 || i >= len(d.Sentences) {
		return -1
	}
	s := d.Sentences[i].Span
	best, bestLen := -1, 0
	for j := range d.Quotes {
		q := d.Quotes[j].Span
		if q.Start >= s.End {
			break
		}
		n := min(q.End, s.End) - max(q.Start, s.Start)
		if n > bestLen {
			best, bestLen = j, n
		}
	}
	if 2*bestLen <= s.Len() {
		return -1
	}
	return best
}
