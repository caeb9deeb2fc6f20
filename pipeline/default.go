package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/actor"
	"github.com/parleyhq/parley/event"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/quantity"
	"github.com/parleyhq/parley/quote"
	"github.com/parleyhq/parley/segment"
	"github.com/parleyhq/parley/timex"
)

// Options configures the default pipeline.
type Options struct {
	// Disable names stages to leave out. Stages that read a layer only a
	// disabled stage writes are left out too.
	Disable []string
}

// Default returns parley's standard pipeline: every annotator, in order,
// with its resources loaded once. It returns an EINVALID error when Disable
// names an unknown stage.
func Default(opt Options) (*Pipeline, error) {
	// The gazetteer is the largest resource; it is loaded once, when the
	// first stage that needs it is built, and shared read-only.
	var gaz *geo.Gazetteer
	gazetteer := func() (*geo.Gazetteer, error) {
		var err error
		if gaz == nil {
			gaz, err = geo.NewGazetteer()
		}
		return gaz, err
	}
	tokens := []parley.Layer{parley.LayerSentences, parley.LayerTokens}
	all := []factory{
		{segment.Name, []parley.Layer{parley.LayerParagraphs}, tokens,
			func() (parley.Annotator, error) { return segment.New() }},
		// geo runs before timex so that "local time" can take the zone of a
		// place in its sentence; timex does without places when geo is off.
		{geo.Name, tokens, []parley.Layer{parley.LayerPlaces},
			func() (parley.Annotator, error) {
				g, err := gazetteer()
				if err != nil {
					return nil, err
				}
				return geo.NewTagger(g), nil
			}},
		{timex.Name, tokens, []parley.Layer{parley.LayerTimes},
			func() (parley.Annotator, error) { return timex.New() }},
		{quantity.Name, tokens, []parley.Layer{parley.LayerQuantities},
			func() (parley.Annotator, error) { return quantity.New() }},
		{actor.Name, tokens, []parley.Layer{parley.LayerMentions, parley.LayerActors},
			func() (parley.Annotator, error) {
				g, err := gazetteer()
				if err != nil {
					return nil, err
				}
				return actor.New(g)
			}},
		// quote also fills Quantity.Claimant when quantities exist; it does
		// not need them, so it does not declare them as read.
		{quote.Name, []parley.Layer{parley.LayerSentences, parley.LayerTokens, parley.LayerMentions, parley.LayerActors},
			[]parley.Layer{parley.LayerQuotes},
			func() (parley.Annotator, error) { return quote.New() }},
		// event reads every layer; those written by a disabled stage are
		// simply empty, so it declares only the tokens it cannot do without.
		{event.Name, tokens, []parley.Layer{parley.LayerEvents},
			func() (parley.Annotator, error) { return event.New() }},
	}
	disabled := map[string]bool{}
	for _, d := range opt.Disable {
		d = strings.TrimSpace(d)
		if d == "" {
			continue
		}
		if !slices.ContainsFunc(all, func(f factory) bool { return f.name == d }) {
			var have []string
			for _, f := range all {
				have = append(have, f.name)
			}
			return nil, parley.Errorf(parley.EINVALID, "unknown annotator %q (have %s)", d, strings.Join(have, ", "))
		}
		disabled[d] = true
	}
	written := map[parley.Layer]bool{parley.LayerParagraphs: true}
	var stages []Stage
	for _, s := range all {
		if disabled[s.name] || !allWritten(s.reads, written) {
			continue
		}
		a, err := s.build()
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", s.name, err)
		}
		stages = append(stages, Stage{Name: s.name, Reads: s.reads, Writes: s.writes, Annotator: a})
		for _, l := range s.writes {
			written[l] = true
		}
	}
	return New(stages...)
}

func allWritten(ls []parley.Layer, written map[parley.Layer]bool) bool {
	for _, l := range ls {
		if !written[l] {
			return false
		}
	}
	return true
}

// factory builds one stage of the default pipeline.
type factory struct {
	name          string
	reads, writes []parley.Layer
	build         func() (parley.Annotator, error)
}
