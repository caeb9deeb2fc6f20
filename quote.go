package parley

// Quote is a direct quotation or a reported statement with its speaker.
type Quote struct {
	Span    Span   `json:"span"`    // the quoted or reported content
	Kind    string `json:"kind"`    // direct, reported
	Cue     Span   `json:"cue"`     // said, wrote, according to, ...
	Speaker int    `json:"speaker"` // index into Document.Actors, -1 when unknown
	// SpeakerSpan is the mention that names the speaker in this quote.
	SpeakerSpan Span   `json:"speaker_span,omitzero"`
	Channel     string `json:"channel,omitempty"` // statement, social media, interview, news agency
	// Via lists intermediaries (indexes into Document.Actors), outermost first.
	Via  []int  `json:"via,omitempty"`
	Rule string `json:"rule"`
}
