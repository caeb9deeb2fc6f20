package event

import (
	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
)

// nearestRoles fills the roles that the clause rules left empty from the
// nearest actor mentions of the event's sentence: the source from the last
// mention before the trigger, the target from the first mention after it
// that is not a source. Neither search passes the trigger of another event
// of the sentence or a word that opens a subordinate clause ("after",
// "if"), the target's stops at a verb of saying, and the phrase naming a
// quote's speaker ("..., an official told reporters") is skipped. A reciprocal event ("Ghana and Togo signed")
// gets no target, nor does a pattern whose only target is its object
// ("sx", "called for sanctions on Moscow") or a phrase ("sp"); a pattern
// whose subject is the target ("os", "hosted") gets no source. Rule
// records "source:nearest" and "target:nearest". The rule stands in for
// the subjects and objects that the shallow chunker misses (pronouns,
// descriptions, long subjects).
func (c *Coder) nearestRoles(doc *parley.Document, x *index, all []*draft) {
	spk := speakerTokens(doc)
	skip := func(t int) bool { return spk != nil && spk[t] }
	for _, d := range all {
		if d.drop || d.sent < 0 || d.sent >= len(doc.Sentences) {
			continue
		}
		s := doc.Sentences[d.sent]
		if len(d.ev.Sources) == 0 && (d.pat == nil || !d.pat.Reverse) {
			for t := d.trig - 1; t >= s.FirstToken && t >= 0; t-- {
				if triggerAt(all, d, t) {
					break
				}
				if stopWord(d.an, t) {
					break
				}
				if skip(t) {
					continue
				}
				if a := minus(x.actorsIn(t, t+1), d.ev.Targets); len(a) > 0 {
					d.ev.Sources = a
					d.ev.Rule += " source:nearest"
					break
				}
			}
		}
		if len(d.ev.Targets) > 0 || d.reciprocal || d.pat != nil && (d.pat.ObjectOnly || d.pat.PhraseOnly) {
			continue
		}
		for t := d.trig + 1; t < min(s.EndToken, len(doc.Tokens)); t++ {
			if c.speechAt(d.an, t) || triggerAt(all, d, t) || stopWord(d.an, t) {
				break
			}
			if skip(t) {
				continue
			}
			if a := minus(x.actorsIn(t, t+1), d.ev.Sources); len(a) > 0 {
				d.ev.Targets = a
				d.ev.Rule += " target:nearest"
				break
			}
		}
	}
}

// speechAt reports whether token t heads a verb group of saying.
func (c *Coder) speechAt(an *clause.Analysis, t int) bool {
	k := an.GroupAt(t)
	return k >= 0 && c.lex.cue("speech", an.Groups[k].Lemma)
}

// triggerAt reports whether token t is the trigger of an event of all
// other than d.
func triggerAt(all []*draft, d *draft, t int) bool {
	for _, e := range all {
		if e != d && !e.drop && e.sent == d.sent && e.trig == t {
			return true
		}
	}
	return false
}

// speakerTokens marks the tokens of the phrases that name the speakers of
// quotes ("..., a senior official said"): they are not roles of the events
// the quotes report. It returns nil when there are no quotes.
func speakerTokens(doc *parley.Document) []bool {
	if len(doc.Quotes) == 0 {
		return nil
	}
	out := make([]bool, len(doc.Tokens))
	for _, q := range doc.Quotes {
		if q.SpeakerSpan.End <= q.SpeakerSpan.Start {
			continue
		}
		for t := tokenAt(doc, q.SpeakerSpan.Start); t >= 0 && t < len(doc.Tokens) && doc.Tokens[t].Span.Start < q.SpeakerSpan.End; t++ {
			out[t] = true
		}
	}
	return out
}

// stopWords open a subordinate clause or end a phrase: a nearest role is
// not looked for beyond them ("after clashes killed", "if the truce
// holds", "..., in an effort to broker").
var stopWords = map[string]bool{"after": true, "before": true, "when": true, "while": true, "because": true,
	"although": true, "though": true, "unless": true, "until": true, "if": true, "since": true, "whereas": true,
	",": true, ";": true, ":": true, "-": true, "–": true, "—": true, "(": true, ")": true}

func stopWord(an *clause.Analysis, t int) bool {
	return stopWords[an.Word(t).Lower]
}
