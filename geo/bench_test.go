package geo_test

import (
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/corpus"
	"github.com/parleyhq/parley/internal/parleytest"
)

// BenchmarkGeo measures Annotate alone on segmented documents of the
// generated benchmark corpus.
func BenchmarkGeo(b *testing.B) {
	texts, err := corpus.Load(parleytest.ModuleRoot(b))
	if err != nil {
		b.Fatal(err)
	}
	tg, seg := MustTagger(b)
	var docs []*parley.Document
	size := 0
	for _, a := range corpus.Generate(texts, 200) {
		d := &parley.Document{ID: a.Name, Text: a.Text}
		seg.Annotate(d)
		docs = append(docs, d)
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			tg.Annotate(d)
		}
	}
	reportCPU(b, cpu, size)
}

// BenchmarkNewGazetteer measures loading the embedded gazetteer.
func BenchmarkNewGazetteer(b *testing.B) {
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		if _, err := geoNewGazetteer(); err != nil {
			b.Fatal(err)
		}
	}
	reportCPUPerOp(b, cpu)
}
