// Package quote attaches every claim of a news report to its source: it
// finds direct quotations and reported statements, their speakers, the
// verbs or phrases that attribute them, the channel they came through and
// the intermediaries that relay them.
//
// It reads the Paragraphs, Sentences and Tokens layers (package segment)
// and, when present, the Mentions and Actors layers (package actor), and
// writes the Quotes layer. It also fills Quantity.Claimant, a field of the
// quantity layer that package quantity leaves at -1: the index of the quote
// whose content contains the quantity (parley.Document.AttributionAt), or -1
// when the report states it. This one write into another layer is allowed
// by design, because only the quote layer knows who claims a figure.
// Events read the same attribution through AttributionAt and
// SentenceAttribution.
//
// # Direct quotations
//
// Double marks (“ ” „ « » and straight ") pair within a paragraph; single
// marks inside them are nested quotations and stay inside the outer one.
// Single marks (‘ ’ ') pair at the top level, as British style writes
// quotations, when no double quotation is open; double marks inside such a
// quotation are then the nested ones. A double quotation still
// open at the end of a paragraph continues when the next paragraph opens
// with a quotation mark (the news convention for quotations of several
// paragraphs); otherwise it ends with its paragraph. The content is the
// text inside the marks, without a comma before the closing mark.
//
// A quotation takes its attribution, in this order, from: a speaker and a
// verb right after it in its sentence (“...,” Trump wrote; “...,” said
// Dmitry Peskov; “...,” he was quoted as saying; “...,” according to X);
// the quotation before it when the attribution stands between them (“A,”
// Trump wrote, “B.”: parts 1 and 2 of one quotation, Quote.Part); a
// speaker and a verb before it (Trump wrote on Truth Social: “...”); a
// sentence ending in a colon before it; the speaker of the quotation in
// the same or the previous paragraph (rule "direct-continued"); a
// sentence after it that opens with a speaker and a verb ("He added ...");
// the subject of the sentence before a paragraph that is all quotation. A short
// fragment in quotation marks with none of these, in the middle of a
// sentence, is a scare quote or a title and no quotation.
//
// # Reported statements
//
// A verb of saying (data/verbs.tsv) with a speaker before it and a clause
// after it gives a reported statement: "Trump said he would speak
// afterwards with Zelenskyy" (content: the clause, without "that"); told,
// assured and warned take a hearer first ("told the Associated Press
// that"). Announce, confirm, deny, claim and their kin also take a noun
// phrase ("announced the planned talks"). A statement followed by its
// attribution ("Moscow's team presented new demands, the official said.")
// and a participle that goes on from an attribution (", adding that ...")
// are statements too, as is a claim with only a source ("..., according
// to the U.N. agency") and one whose speaker the text leaves out ("staff
// were told that ..."). Verbs that need "that" or a finite verb after them
// ("promised that ...") are told apart from those that take a bare clause
// ("said the talks ended") by the frames of data/verbs.tsv. Passive, infinitive and negated verbs ("claimed by
// Russia", "declined to say", "did not say") and verbs used as adjectives
// are not. A short quotation inside a reported statement is part of it; a
// reported statement that is mostly one quotation gives way to it.
//
// The content of a reported statement runs to the end of its sentence, but
// stops before ", according to", ", citing", a participle or subordinate
// clause of the reporter's after a comma (", as pressure mounted", ",
// deepening ..."), and a semicolon.
//
// # Speakers
//
// The speaker phrase is read from the tokens: leftwards from the verb,
// skipping adverbs ("also said"), a relative clause or apposition between
// commas ("Trump, who had offered ..., said"), and an opening adverbial
// ("On Saturday Zelenskyy said"); a name in apposition is the speaker
// ("Its general secretary, Nicola Ranger, said"); after "and said" the
// subject of the sentence speaks. Quote.SpeakerSpan and SpeakerText keep
// the phrase, so anonymous sources keep their description ("A senior
// Ukrainian official familiar with the negotiations").
//
// Quote.Speaker is the actor of the first mention inside the phrase that
// is neither a possessive ("Ukraine's" in "Ukraine's foreign ministry")
// nor the object of a preposition ("a source close to the Kremlin"), so
// pronouns resolve through the actor layer's coreference. Without the
// actor layer Speaker is -1 and the phrase remains. A "he" or "she" of an
// attribution takes the speaker of the quote just before it, in the same
// or the previous paragraph, as news style means it to, unless a sentence
// of the reporter's stands between them and the actor layer resolved the
// pronoun. A document named as the source ("According to the statement")
// takes the speaker of the quote that came through that channel just
// before.
//
// # Channels and intermediaries
//
// Quote.Channel comes from phrases of data/channels.tsv in the
// attribution's sentence outside any quoted content ("in a statement", "on
// Truth Social", "told reporters", "in an interview"); a hearer that is
// news media makes it an interview, a relay that is news media a news
// agency. A written statement without a channel of its own takes the
// social-media channel of the same speaker's statement before it.
// Sources (data/sources.tsv) become intermediaries, outermost first:
// "according to Russian news agencies citing spokesman Dmitry Peskov"
// after "The Kremlin confirmed ..." gives Via [news agencies, Peskov] and
// the speaker the Kremlin; alone, the last source speaks and the others
// relay. An outlet that reports while citing someone ("Interfax, citing a
// source, said"), one that quotes someone ("TASS quoted Lavrov as saying")
// and one named after a statement ("..., the Interfax news agency
// reported") relay too. Quote.Via holds actor indexes (-1 where the actor
// layer has none) and Quote.ViaSpans the phrases; a chain keeps at most
// four.
//
// # Cost
//
// Annotate is linear in the text: look-backs are bounded, the channel of a
// sentence is read once, and the word lists are consulted once a token
// behind a bit filter.
//
// # Data
//
// The files in data/ were written by hand for parley and are released
// under CC0-1.0: verbs.tsv (verbs of saying and their frames),
// channels.tsv (channel phrases and platforms), sources.tsv (source
// phrases) and words.tsv (word classes the rules read). Each file opens
// with comment lines naming its source and columns.
//
// # Accuracy
//
// internal/eval/quote scores the tagger on the hand-annotated articles of
// testdata/eval; docs/accuracy.md records the scores.
package quote
