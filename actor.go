package parley

// Mention is one stretch of text that refers to an actor.
type Mention struct {
	Span  Span   `json:"span"`
	Actor int    `json:"actor"` // index into Document.Actors, -1 when unresolved
	Kind  string `json:"kind"`  // name, title, metonym, pronoun, description, demonym
	Rule  string `json:"rule"`
}

// Actor is a person, organisation, state or group that the document
// mentions, coded by country and sector.
type Actor struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"` // person, organisation, state, group
	Country string   `json:"country,omitempty"`
	Sector  string   `json:"sector,omitempty"` // GOV, MIL, REB, CVL, MED, BUS, IGO, NGO, ...
	Role    string   `json:"role,omitempty"`   // head of state, spokesperson, ...
	KBID    string   `json:"kb_id,omitempty"`  // knowledge-base entry, "" when recognised by rule
	Aliases []string `json:"aliases,omitempty"`
	// Anonymous marks an unnamed source ("a senior Ukrainian official").
	Anonymous bool `json:"anonymous,omitempty"`
	// Mentions are indexes into Document.Mentions.
	Mentions []int `json:"mentions"`
}
