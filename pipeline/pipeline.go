package pipeline

import (
	"fmt"
	"runtime/debug"
	"slices"

	"github.com/parleyhq/parley"
)

// Stage is one annotator in a pipeline with the layers it reads and writes.
type Stage struct {
	Name      string
	Reads     []parley.Layer
	Writes    []parley.Layer
	Annotator parley.Annotator
}

// IngestLayers are the layers that ingest writes before any stage runs.
var IngestLayers = []parley.Layer{parley.LayerParagraphs}

// Pipeline is an ordered list of stages. It is safe for concurrent use when
// its annotators are, as every parley annotator is.
type Pipeline struct {
	stages []Stage
}

// New returns a pipeline of the given stages, in order. It returns an
// EINVALID error when a stage reads a layer that no earlier stage writes,
// when two stages write the same layer, or when a name repeats.
func New(stages ...Stage) (*Pipeline, error) {
	written := map[parley.Layer]string{}
	for _, l := range IngestLayers {
		written[l] = "ingest"
	}
	names := map[string]bool{}
	for _, s := range stages {
		if s.Name == "" || s.Annotator == nil {
			return nil, parley.Errorf(parley.EINVALID, "pipeline: stage %q needs a name and an annotator", s.Name)
		}
		if names[s.Name] {
			return nil, parley.Errorf(parley.EINVALID, "pipeline: stage %q listed twice", s.Name)
		}
		names[s.Name] = true
		for _, l := range s.Reads {
			if _, ok := written[l]; !ok {
				return nil, parley.Errorf(parley.EINVALID, "pipeline: stage %q reads layer %q, which no earlier stage writes", s.Name, l)
			}
		}
		for _, l := range s.Writes {
			if by, ok := written[l]; ok && by != "ingest" {
				return nil, parley.Errorf(parley.EINVALID, "pipeline: stages %q and %q both write layer %q", by, s.Name, l)
			}
			written[l] = s.Name
		}
	}
	return &Pipeline{stages: slices.Clone(stages)}, nil
}

// Stages returns the names of the pipeline's stages, in order.
func (p *Pipeline) Stages() []string {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		names[i] = s.Name
	}
	return names
}

// Annotate runs every stage over doc in order. A panic in an annotator is
// turned into an error naming the stage and the document, so that one bad
// document never takes the process down.
func (p *Pipeline) Annotate(doc *parley.Document) (err error) {
	var stage string
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("annotate %s: stage %s panicked: %v\n%s", doc.ID, stage, r, debug.Stack())
		}
	}()
	for _, s := range p.stages {
		stage = s.Name
		s.Annotator.Annotate(doc)
	}
	return nil
}
