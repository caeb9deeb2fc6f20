package event_test

import (
	"testing"
	"time"

	"github.com/parleyhq/parley/clause"
	"github.com/parleyhq/parley/event"
)

// TestPatterns_Examples runs every pattern's example sentence through the
// full pipeline and expects an event of the pattern's type whose rule names
// the pattern.
func TestPatterns_Examples(t *testing.T) {
	c := MustCoder(t)
	ps := c.Patterns()
	if len(ps) < 300 {
		t.Fatalf("len(Patterns)=%d, want at least 300", len(ps))
	}
	covered := map[string]bool{}
	failed := 0
	for _, p := range ps {
		covered[p.Type] = true
		doc := MustFull(t, p.Example, time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC))
		ok := false
		for _, e := range doc.Events {
			if e.Type == p.Type && containsRule(e.Rule, p.Source()) {
				ok = true
			}
		}
		if !ok {
			failed++
			var got []string
			for _, e := range doc.Events {
				got = append(got, describe(doc, e)+" "+e.Rule)
			}
			t.Errorf("%s %s %v: example %q gave %q", p.Source(), p.Type, p.Words, p.Example, got)
		}
	}
	for _, ty := range event.Types {
		if !covered[ty] {
			t.Errorf("no pattern for %s", ty)
		}
	}
	if failed > 0 {
		t.Logf("%d of %d examples failed", failed, len(ps))
	}
}

func containsRule(rule, src string) bool {
	for i := 0; i+len(src) <= len(rule); i++ {
		if rule[i:i+len(src)] == src && (i+len(src) == len(rule) || rule[i+len(src)] == ' ') {
			return true
		}
	}
	return false
}

// TestPatterns_VerbsKnown checks that the clause lexicon knows every verb
// lemma of the verb patterns, so that no pattern is dead.
func TestPatterns_VerbsKnown(t *testing.T) {
	a, err := clause.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range MustCoder(t).Patterns() {
		if !p.Noun && !a.IsVerb(p.Words[0]) {
			t.Errorf("%s: verb %q unknown to package clause", p.Source(), p.Words[0])
		}
	}
}
