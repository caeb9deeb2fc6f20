package parley

// Mention is one stretch of text that refers to an actor.
//
// A list of actors ("Russian and Ukrainian delegations", "both leaders") is
// written as several mentions with the same span, one for each actor.
type Mention struct {
	Span  Span `json:"span"`
	Actor int  `json:"actor"` // index into Document.Actors, -1 when unresolved
	// Kind is how the text refers to the actor: name, title, metonym,
	// pronoun, description or demonym.
	Kind string `json:"kind"`
	// Rule names the rule that found the mention and linked it.
	Rule string `json:"rule"`
}

// Actor is a person, organisation, state or group that the document
// mentions, coded by country and sector.
type Actor struct {
	Name string `json:"name"`
	Type string `json:"type"` // person, organisation, state, group
	// Country is the ISO 3166-1 alpha-3 code of the actor's state, "" for
	// international bodies and when the text does not say.
	Country string `json:"country,omitempty"`
	// Org is the organisation the actor is or belongs to ("NATO", "UN",
	// "EU", "hamas"), as coded in the actor knowledge base.
	Org    string `json:"org,omitempty"`
	Sector string `json:"sector,omitempty"` // GOV, MIL, REB, CVL, MED, BUS, IGO, NGO, ...
	Role   string `json:"role,omitempty"`   // head of state, spokesperson, ...
	KBID   string `json:"kb_id,omitempty"`  // knowledge-base entry, "" when recognised by rule
	// Aliases are other names of the actor from the knowledge base.
	Aliases []string `json:"aliases,omitempty"`
	// Anonymous marks an unnamed source ("a senior Ukrainian official").
	Anonymous bool `json:"anonymous,omitempty"`
	// Mentions are indexes into Document.Mentions.
	Mentions []int `json:"mentions"`
}
