package event

import (
	"fmt"
	"slices"
	"sort"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/clause"
)

// Name is the name of the annotator, for the pipeline, --disable flags and
// logs.
const Name = "event"

// Coder finds PLOVER events. It is built once by New and only read
// afterwards, so it is safe for concurrent use by many goroutines.
type Coder struct {
	an  *clause.Analyzer
	lex *lexicon
}

// New loads the embedded pattern and cue files and the clause analyser.
func New() (*Coder, error) {
	an, err := clause.New()
	if err != nil {
		return nil, fmt.Errorf("new event coder: %w", err)
	}
	lx, err := loadLexicon()
	if err != nil {
		return nil, fmt.Errorf("new event coder: %w", err)
	}
	return &Coder{an: an, lex: lx}, nil
}

// Patterns returns the loaded verb and noun patterns in file order.
func (c *Coder) Patterns() []*Pattern { return slices.Clone(c.lex.all) }

// draft is an event under construction with what the rules need to know.
type draft struct {
	ev          parley.Event
	sent        int
	an          *clause.Analysis
	first, end  int // token range of the clause that states the event
	trig        int // trigger token
	group       int // verb group index in an.Groups, -1 for a noun
	chunk       int // chunk of a noun trigger, -1 for a verb
	pat         *Pattern
	nominal     bool
	definite    bool // "the talks", "Friday's talks": may name an earlier event
	content     [2]int
	conditions  []parley.Span
	reciprocal  bool
	drop        bool
	separate    bool // "separate calls with A and B": one event per target
	governedBy  int  // index in the sentence's drafts of the event whose content this is, -1
	host        int  // for a noun: the verb group whose object or first oblique it is, -1
	hostSubject int  // that group's subject chunk, -1
	unscheduled bool // "No date has been set" follows
	antecedent  *draft
	// sentenceTime is set when the event's time is inherited from its
	// sentence rather than stated in its clause.
	sentenceTime bool
	modalityRule string
	// objectType is the type of a noun event in the verb's object
	// ("condemned the attack"), "" when none.
	objectType string
	// objectDefinite: that object is "the attack" or "this move", with no
	// name or demonym of its own.
	objectDefinite bool
}

// Annotate writes doc.Events. It reads Tokens and Sentences and, when
// present, Mentions, Actors, Times, Quantities, Places and Quotes. It never
// fails: a missing layer leaves the roles it would fill empty.
func (c *Coder) Annotate(doc *parley.Document) {
	doc.Events = nil
	if len(doc.Sentences) == 0 || len(doc.Tokens) == 0 {
		return
	}
	x := newIndex(doc)
	var all []*draft
	ans := c.an.AnalyzeDocument(doc)
	for si := range doc.Sentences {
		an := &ans[si]
		ds := c.sentenceEvents(doc, x, si, an)
		sortDrafts(ds)
		for _, d := range ds {
			c.attach(doc, x, d, ds)
			c.modality(doc, d)
		}
		ds = append(ds, c.intentOfPlans(ds)...)
		ds = append(ds, c.demandsOfMust(x, ds)...)
		c.sentenceLinks(ds)
		for _, d := range ds {
			c.mode(doc, d, ds)
		}
		if noDateSentence(an) {
			markUnscheduled(all)
		}
		all = append(all, ds...)
	}
	all = c.resolve(doc, x, all)
	c.nearestRoles(doc, x, all)
	markSecondary(all)
	c.records(doc, x, all)
	n := 0
	for _, d := range all {
		if !d.drop {
			n += max(1, len(d.ev.Targets))
		}
	}
	out := make([]parley.Event, 0, n)
	for _, d := range all {
		if !d.drop {
			out = c.split(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	if len(out) == 0 {
		out = nil
	}
	doc.Events = out
	c.an.Release(ans)
}

// split appends the events of a draft to out: one, or one per target for
// "separate calls with A and B".
func (c *Coder) split(out []parley.Event, d *draft) []parley.Event {
	ev := d.ev
	if ev.Sources == nil {
		ev.Sources = []int{}
	}
	if ev.Targets == nil {
		ev.Targets = []int{}
	}
	if !d.separate || len(ev.Targets) < 2 {
		return append(out, ev)
	}
	for _, t := range ev.Targets {
		e := ev
		e.Targets = []int{t}
		e.Rule += " separate"
		out = append(out, e)
	}
	return out
}
