// Package clause is a shallow clause analyser for English news text: a
// lexicon-and-rule part-of-speech tagger, verb groups with tense, aspect,
// voice and negation, noun-phrase chunks with coordination, and the subject,
// object, agent and oblique slots of each verb group.
//
// It reads Document.Text, Document.Tokens and Document.Sentences (package
// segment) and writes no layer: package event (and any other package) calls
// [Analyzer.AnalyzeDocument] once per document, or [Analyzer.Analyze] per
// sentence, and may hand a document's analyses back with [Analyzer.Release]
// when done, so that the next document reuses their memory. An [Analysis] caches its slots as they are asked for, so one
// Analysis must not be shared between goroutines; the [Analyzer] may be. No
// parser and no trained model are used; every decision follows a rule named
// below, so errors can be traced.
//
// # Tagging
//
// Closed-class words come from data/closed.tsv. Verb forms are generated
// from base forms in data/verbs.tsv (-s, -ed, -ing by spelling rule, "+"
// doubles the final consonant) and data/irregular.tsv (past and participle).
// data/nouns.tsv lists words that are nouns although they look like verb
// forms ("talks", "sanctions", "meeting"). Words the lexicon does not know
// are tagged by suffix (-ly adverb, -ed verb, -ous/-al/-ive adjective, else
// noun). A capitalised word is a name unless it opens the sentence and the
// lexicon knows it, or it stands among words in capitals (a headline or a
// shouted quotation).
//
// A word with both a verb and a noun reading is decided by its left
// context: after a determiner, possessive, adjective or number it is a noun;
// after a modal, "to", "do", "not" a base verb; after have/be a participle;
// after a pronoun or name a finite verb; after a noun by agreement
// ("drones strike" verb, "drone strike" noun) unless a verb follows (a
// compound head). A participle after a comma and before a preposition ("the
// meeting, held on Friday") or before "by" is a reduced passive.
//
// # Verb groups
//
// A group is a run of modals, auxiliaries, negations and adverbs ending in
// one lexical verb (or in the last auxiliary when there is none): "will
// hold", "has been set", "did not comment", "won't attend". Tense comes from
// the first verb (past, present; will/shall/going to is future, other modals
// modal); perfect is have + participle, progressive be + -ing, passive
// be/get + participle. "to" + verb is an infinitive; an infinitive or -ing
// form right after another group, with at most a noun phrase between, is
// governed by it ("agreed to exchange", "urged Kyiv to withdraw"); one right
// after a noun records that noun ("an agreement to exchange").
//
// # Chunks and slots
//
// Noun phrases are runs of determiners, adjectives, nouns, names and numbers,
// with "of" + name ("the president of France") and coordination with "and",
// "or" and list commas ("Russian and Ukrainian delegations"). The subject of
// a group is the nearest phrase to its left, skipping adverbs and
// prepositional phrases; a relative pronoun takes its antecedent; a group
// after "and" takes the subject of the group before; a controlled infinitive
// takes the governor's object (urge, ask, force, ...) or subject. The object
// is the first bare phrase after the group, the agent a "by" phrase of a
// passive, and obliques the prepositional phrases up to the next group or
// clause boundary.
//
// # Data
//
// All files in data/ were written by hand for parley and are released under
// the MIT licence of parley.
package clause
