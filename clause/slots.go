package clause

// Slots are the noun phrases around a verb group, as indexes into
// Analysis.Chunks (-1 when empty).
type Slots struct {
	// Subject is the grammatical subject; for a passive group the logical
	// object.
	Subject int
	// Object is the direct object.
	Object int
	// Agent is the "by" phrase of a passive group ("killed by a drone").
	Agent int
	// Obliques are the prepositional phrases after the verb, in order.
	Obliques []int
	// Rule names how the subject was found: "left", "relative", "conj",
	// "control-subject", "control-object", "none".
	Rule string
}

// objectControl lists verbs whose object is the subject of the infinitive
// that follows ("urged Ukraine to withdraw").
var objectControl = map[string]bool{
	"urge": true, "ask": true, "call": true, "force": true, "order": true, "persuade": true,
	"tell": true, "invite": true, "allow": true, "press": true, "pressure": true, "encourage": true,
	"compel": true, "request": true, "require": true, "warn": true, "advise": true, "help": true,
	"push": true, "permit": true, "authorize": true, "authorise": true, "demand": true,
}

// subordinating lists prepositions that also introduce clauses.
var subordinating = map[string]bool{"after": true, "before": true, "since": true, "until": true,
	"including": true, "as": true, "following": true, "than": true, "once": true}

// Slots returns the slots of verb group k.
func (an *Analysis) Slots(k int) Slots {
	if k < 0 || k >= len(an.Groups) {
		return Slots{Subject: -1, Object: -1, Agent: -1}
	}
	if k < len(an.done) && an.done[k] {
		return an.slots[k]
	}
	sl := an.slotsOf(k)
	if k < len(an.done) {
		an.slots[k], an.done[k] = sl, true
	}
	return sl
}

// slotsOf computes the slots of group k.
func (an *Analysis) slotsOf(k int) Slots {
	sl := Slots{Subject: -1, Object: -1, Agent: -1}
	g := an.Groups[k]
	sl.Subject, sl.Rule = an.subject(k)
	// Object and obliques: the chunks after the group up to the next group
	// or clause boundary.
	for t := g.End; t < an.First+len(an.Words); {
		w := an.Word(t)
		if an.GroupAt(t) >= 0 && !(w.Tag == TagVerb && w.Form == FormGerund && an.ChunkAt(t) >= 0) {
			break
		}
		if w.Tag == TagSub || w.Tag == TagWH || w.Tag == TagPunct && w.Lower != "-" && w.Lower != "'" && w.Lower != "," {
			break
		}
		if w.Lower == "," && (sl.Object >= 0 || len(sl.Obliques) > 0) {
			break
		}
		c := an.ChunkAt(t)
		if c < 0 {
			t++
			continue
		}
		ch := an.Chunks[c]
		switch {
		case ch.Prep == "by" && g.Passive && sl.Agent < 0:
			sl.Agent = c
		case ch.Prep != "" && ch.Prep != "to" || ch.Prep == "to" && an.Word(ch.First-1).Tag == TagTo && t != g.End:
			sl.Obliques = append(sl.Obliques, c)
		case ch.Prep == "to":
			sl.Obliques = append(sl.Obliques, c)
		case sl.Object < 0 && len(sl.Obliques) == 0:
			sl.Object = c
		default:
			// A second bare noun phrase (indirect object "told AP that").
			if sl.Object >= 0 && len(sl.Obliques) == 0 {
				sl.Obliques = append(sl.Obliques, c)
			}
		}
		t = ch.End
	}
	return sl
}

// subject finds the subject chunk of group k.
func (an *Analysis) subject(k int) (int, string) {
	g := an.Groups[k]
	if g.Governor >= 0 {
		gov := an.Groups[g.Governor]
		gs := an.Slots(g.Governor)
		if objectControl[gov.Lemma] && gs.Object >= 0 && an.Chunks[gs.Object].End <= g.First {
			return gs.Object, "control-object"
		}
		if gov.Passive && objectControl[gov.Lemma] {
			return gs.Subject, "control-passive"
		}
		return gs.Subject, "control-subject"
	}
	// "Zelenskyy said ..., describing the attack as ...": an -ing clause
	// after a comma takes the subject of the finite group before it.
	if g.Participle && an.Word(g.Head).Form == FormGerund && an.Word(g.First-1).Lower == "," {
		for j := k - 1; j >= 0; j-- {
			if an.Groups[j].Finite() {
				s, _ := an.subject(j)
				return s, "participle-clause"
			}
		}
	}
	// Scan left, skipping adverbs, prepositional phrases and appositions.
	t := g.First - 1
	for t >= an.First {
		w := an.Word(t)
		switch {
		case w.Tag == TagAdv || w.Tag == TagNeg:
			t--
			continue
		case w.Tag == TagWH && (w.Lower == "who" || w.Lower == "which" || w.Lower == "that"):
			// Relative clause: the antecedent is the chunk before.
			if c := an.ChunkAt(t - 1); c >= 0 {
				return c, "relative"
			}
			if t-2 >= an.First && an.Word(t-1).Lower == "," {
				if c := an.ChunkAt(t - 2); c >= 0 {
					return c, "relative"
				}
			}
			return -1, "none"
		case w.Tag == TagConj:
			// "X met Y and signed Z": the earlier group's subject.
			if k > 0 {
				s, _ := an.subject(k - 1)
				return s, "conj"
			}
			return -1, "none"
		}
		c := an.ChunkAt(t)
		if c < 0 {
			// Skip a parenthetical ", who had offered ... ," back to its
			// opening comma only when it closes right before the verb.
			if w.Lower == "," {
				if s := an.beforeApposition(t); s >= 0 {
					return s, "apposition"
				}
			}
			return -1, "none"
		}
		ch := an.Chunks[c]
		if subordinating[ch.Prep] && g.Finite() {
			// "after a Russian drone strike killed": the preposition
			// introduces a clause and the chunk is its subject.
			return c, "left-clause"
		}
		if ch.Prep != "" && ch.First-2 >= an.First {
			// A PP: skip it and look at what it modifies.
			t = ch.First - 2
			continue
		}
		if ch.Prep != "" {
			return -1, "none"
		}
		return c, "left"
	}
	return -1, "none"
}

// beforeApposition returns the chunk before a comma-delimited insertion
// that ends at the comma t ("Trump, who had offered ..., said"), or -1.
func (an *Analysis) beforeApposition(t int) int {
	for u := t - 1; u > an.First; u-- {
		if an.Word(u).Lower != "," {
			continue
		}
		if c := an.ChunkAt(u - 1); c >= 0 && an.Chunks[c].Prep == "" {
			return c
		}
		return -1
	}
	return -1
}
