// Package actor finds the people, organisations, states and groups that a
// news report mentions, links the mentions of each within the document, and
// codes every actor by country and sector.
//
// It reads the Tokens and Sentences layers (written by package segment) and
// Document.Published, and writes Mentions and Actors. Each mention records
// the rule that found and linked it (Mention.Rule), so every decision can be
// checked against the text.
//
// # Rules
//
//   - Knowledge-base names: people (with terms of office), organisations,
//     states, seats of government ("kb-name", "kb-alias", "kb-org",
//     "country", "seat"). A surname marked weak in the data ("~Austin")
//     names its person only after the full name or a title.
//   - Titles before names: "President Donald Trump", "Russian President
//     Vladimir Putin", "spokesman Dmitry Peskov" ("kb-title-name",
//     "title-name" for people outside the knowledge base).
//   - First names from a lexicon: "Ahmed Hassan" ("first-name"); later
//     "Hassan" links to him ("surname").
//   - Organisation suffixes: "Ministry of Defence", "Sudanese Armed Forces"
//     ("org-suffix").
//   - Agent nouns with a nationality, an organisation or a determiner: "a
//     senior Ukrainian official" (anonymous, "anonymous"), "Russian forces",
//     "Hamas gunmen", "NATO leaders" ("agent-plural"), "civilians",
//     "protesters" ("agent-bare"), "the Russian government" ("collective").
//   - Lists: "Russian and Ukrainian delegations" gives one mention per actor
//     on the same span ("conj-list"); "both leaders" links the two leaders
//     last mentioned other than the sentence's subject ("both-leaders").
//   - Metonymy: seats of government ("the Kremlin", "the White House",
//     "Downing Street") always, capitals ("Moscow", "Kyiv") unless a
//     locative makes them places ("in Moscow", "Kyiv region");
//     "Moscow's team" is the Russian delegation.
//   - Coreference: titles ("the president", "the U.S. president", "the
//     Ukrainian leader") link to a person already mentioned with that role
//     ("title-coref"), else to the knowledge-base holder of the role at
//     the document's date ("title-kb"): "the U.S. president" is Joe Biden
//     before 2025-01-20 and Donald Trump after. Appositions ("Peskov, the
//     Kremlin spokesman") link to the name before them ("apposition"); two
//     to four capitalised words that no rule took, before ", the
//     <title>", are that person ("apposition-name").
//     Pronouns link by the rules documented on the pronoun rule family
//     ("pronoun-subject", "pronoun-previous-subject", "pronoun-group",
//     "pronoun-it").
//   - National adjectives before a noun that is not an agent noun ("Iraqi
//     territory", "a Russian drone", "Saudi and Emirati jets") are mentions
//     of the state, kind "demonym", rule "adj-noun", so that the event
//     layer can give such phrases a country. They are attributes, not
//     actors of their own: pronouns and list rules never link to them, a
//     knowledge-base name ("Sudanese army") or a role ("German chancellor")
//     wins, and the evaluation's gold leaves them out (docs/actors.md).
//   - Institution nouns without a nationality ("the foreign ministry",
//     "police", "authorities", "the army") take the country named right
//     after them ("police in Nairobi", with the gazetteer also a city;
//     "institution-in"), else the only country the sentence names
//     ("institution-sentence"), else, for singular collectives, the only
//     country the document names ("institution-document"), else the
//     document's most mentioned country so far ("def-collective"). A title
//     without nationality ("Interior Minister Mohsin Naqvi") takes the
//     sentence's or document's only country the same way
//     ("title-name+institution-sentence", "title-name+institution-document"),
//     and so do definite and indefinite descriptions of state offices ("the
//     foreign minister", "a senior official": "description+...",
//     "anonymous+..."; not "counterpart").
//
// # Speed
//
// Annotate builds a token view once per document: lower-case forms (as
// substrings of the text, or of one arena string for capitalised words),
// closed-class flags and vocabulary ids from one hash-table lookup per
// token. Knowledge-base phrases match on vocabulary ids, and the phrases
// matching at a token are found once and shared by the rule families.
// Scratch buffers are reused through a sync.Pool held by the Tagger.
//
// # Coding
//
// Actor.Country is an ISO 3166-1 alpha-3 code; Actor.Sector one of GOV,
// MIL, REB, CVL, MED, BUS, IGO, NGO, OPP, POL, JUD, REF, COP, LEG, SPY, HLH,
// EDU, LAB, AGR, REL; Actor.Org the organisation an actor is or belongs to.
// States carry a country and no sector. [Tagger.CAMEO] maps a coded actor
// to a CAMEO actor code through data/cameo.tsv; docs/actors.md documents the
// mapping.
//
// # Data
//
// The files in data/ were written by hand for parley and are released
// under CC0-1.0: people.tsv (heads of state and government, ministers,
// spokespeople, with terms of office and a source to check each row
// against), orgs.tsv (organisations, news agencies, armed groups),
// countries.tsv (names, adjectives, capitals; extended by the geo
// gazetteer when one is given to New), metonyms.tsv (seats of government),
// titles.tsv, agents.tsv, firstnames.tsv and cameo.tsv. Each file opens
// with comment lines naming its source and its columns; docs/actors.md says
// how to add entries.
package actor
