// Package event codes the events of a news report in PLOVER: who did what
// to whom, when, where, how many, whether it happened, and who says so.
//
// It reads Tokens and Sentences (package segment) and, when present,
// Mentions and Actors (package actor), Times (timex), Quantities
// (quantity), Places (geo) and Quotes (quote), and writes Events. It never
// imports those packages: a missing layer leaves the roles it would fill
// empty (Sources and Targets are then empty lists). Clause analysis —
// part-of-speech tags, verb groups with tense, aspect, voice and negation,
// noun-phrase chunks and subject/object/agent slots — comes from package
// clause. Every event records in Rule the pattern that found it and the
// rules that set its roles and modality.
//
// # Triggers
//
// A verb group whose head lemma matches a pattern of data/verbs.tsv is a
// verb event ("attacked", "will hold ... calls", "called for"); a noun
// phrase whose last nouns match data/nouns.tsv is a noun event ("talks",
// "a Russian drone strike", "a tentative agreement"). The most specific
// pattern wins. A noun in the object or first phrase of a verb event is its
// content, not an event of its own ("called for sanctions"); a noun that is
// the subject of a verb event of the same type merges with it ("a drone
// strike killed nine"). A noun event needs a party or a clause about it: one
// inside a phrase ("three years into the war") is dropped. A definite noun
// event without a source ("the talks", "The meeting, held on Friday",
// "Friday's talks") names an earlier event of the same type and mode: its
// times, places and quantities go to that event.
//
// Infinitives and -ing forms governed by an event verb are content: "agreed
// to exchange" keeps the exchange as an event with its own modality and the
// AGREE record names it as content; "threatened to attack South Korea"
// gives its target to the threat; a gerund after a preposition ("accused
// Iran of arming") is content only.
//
// Expressions of intent are AGREE, as PLOVER codes them: "is ready (or
// willing, prepared) to resume talks", and a cooperative event (CONSULT,
// SUPPORT, COOPERATE, AID, CONCEDE, RETREAT) that its source announces in the
// future tense ("Japan will send aid") gives, beside the planned event, an
// AGREE event that occurred, with a pledge record. In the same way a
// conflictual event (ASSAULT, COERCE, SANCTION, MOBILIZE, and PROTEST as
// CAMEO 133 "threaten with political dissent") that is planned (future
// tense, "is preparing to", "plans to") or stated on a condition gives a
// THREATEN event, and a cooperative event
// its source says it will not do ("will not attend") a REJECT event. A
// reported obligation ("Seoul said Pyongyang must dismantle its reactor")
// gives a REQUEST from the speaker to the sources of the demanded event. Types follow the CAMEO to
// PLOVER table of the PLOVER repository: signing or ratifying an agreement,
// recognition and apologies are SUPPORT; lifting sanctions, admitting
// inspectors and surrender are RETREAT; offering aid ("offered help to the
// flood victims") is AGREE, an intent to provide aid.
//
// # Pattern files
//
// data/verbs.tsv and data/nouns.tsv have six tab-separated columns: type
// (one of the 16 PLOVER types), mode and context ("-" for none), roles,
// pattern and an example sentence written for parley. Roles: "so" subject
// is the source, the object (else a with/to/against/on/at/for/into/between
// phrase) the target; "sx" only the object is the target ("called for
// sanctions on Moscow" has none); "sp" the object is what moves ("deployed
// troops"), only a phrase names the target; "os" the other way round
// ("received aid from", "hosted"). A verb pattern is a lemma, then words
// that must follow the verb ("call for", "pull out"), "+a|b" for the
// object's head noun ("impose +sanction|embargo") and "-" for no object
// ("strike -"). A noun pattern is the lemmas that end the phrase ("drone
// strike"), with ">prep" for a preposition that must follow ("call >for").
// TestPatterns_Examples runs every example through the full pipeline and
// expects the pattern's event.
//
// data/cues.tsv lists the cue words of roles and modality by kind: light
// verbs whose object names the event and whose subject is its source ("held
// talks"), negating, planning, tentative, demanding, habitual and ongoing
// cues, conditions, "separate" and verbs of saying.
//
// # Roles
//
// Sources and targets come from the slots of the verb group (subject,
// object, passive agent "killed by", phrases), from the names, demonyms and
// possessives before a noun trigger and its by/from/between/on/against/of
// phrases, and from the subject of a light verb. A coordinated subject with
// no target is reciprocal. When a slot has no actor mention, a demonym
// ("a Russian drone strike") names a state actor found elsewhere in the
// document; a rejection with no target rejects the demand before it; a verb
// whose object is a noun event ("condemned the attack") targets that
// event's sources; "separate calls with A and B" gives one event per target.
// A role still empty after these rules takes the nearest actor mention of
// the sentence: the source the last one before the trigger, the target the
// first one after it; the search stops at another event's trigger, a
// comma, dash or bracket, a word that opens a subordinate clause ("after",
// "if") and, for targets, a verb of saying, and skips the phrase that names
// a quote's speaker (Rule "source:nearest", "target:nearest").
//
// Times are those that start in the event's clause, else the nearest date
// of its sentence outside other events' clauses. Places are those in a
// locative phrase of the clause that are not a source or target. Quantities
// are those in the clause. AttributedTo is the quote whose span contains the
// trigger.
//
// # Modality
//
// In order: negation in the group ("did not", "won't", "never", "no
// plans to"); a negating governor ("declined to", "refused to"); a
// condition ("if", "unless": the event is in the condition, or a future,
// modal or offered event in its main clause); a demanding governor,
// "demanded that ..." or must/should after a verb of saying (demanded); tentative adverbs ("hopefully");
// future tense, "going to", "would" after a verb of saying, planning
// governors, "is due to", nouns such as "agreement to" (planned); modifiers
// of a noun trigger or the object ("tentative", "planned", "proposed");
// modals may/might/could/should/would and trying or hoping governors
// (tentative); repetition adverbs, "every", time sets (habitual);
// progressive present and "continues to" (ongoing); a date more than a year
// before publication (historical); else occurred.
//
// # Secondary events
//
// PLOVER codes one event per reported action, while the coder also writes
// what that action is about. When a sentence has a primary event — a
// statement of intent, or an asserted event (occurred, ongoing, habitual,
// historical) that is not another's content and not a participle or
// gerund clause — every other event of the sentence gets " secondary" at
// the end of its Rule: the content of a demand, threat, offer or refusal,
// the planned event beside the AGREE of a pledge, conditional, tentative,
// negated and demanded events, a participle clause that describes a
// primary event of its type or a protest's demand ("shelled the town,
// killing nine", "marched, demanding his release"; not "called for
// sanctions, accusing Russia of war crimes"), and a noun event that no
// light verb states ("condemned the attack on the convoy"). They stay in Events with their modality;
// [Secondary] tells a PLOVER view to leave them out.
//
// # Commitments
//
// AGREE and REQUEST events carry a [parley.Commitment]: kind (agreement,
// pledge for offers and promises, demand), parties, content, status from the
// modality (tentative, proposed, agreed; a demand that the sentence says was
// rejected is rejected), conditions, times, and Unscheduled when a later
// sentence says no date has been set.
//
// # Data
//
// All files in data/ were written by hand for parley and are released under
// its MIT licence. The PLOVER category and mode definitions come from the
// PLOVER codebook (openeventdata/PLOVER, CC BY-SA 4.0), read for definitions
// only; no text of it or of its gold standard is embedded.
package event
