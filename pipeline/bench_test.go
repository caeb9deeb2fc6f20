package pipeline_test

import (
	"context"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/corpus"
	"github.com/parleyhq/parley/internal/parleytest"
	"github.com/parleyhq/parley/pipeline"
)

// BenchmarkPipeline runs the default pipeline over a generated corpus of
// 500 articles; articles/s is reported beside MB/s.
func BenchmarkPipeline(b *testing.B) {
	texts, err := corpus.Load(parleytest.ModuleRoot(b))
	if err != nil {
		b.Fatal(err)
	}
	articles := corpus.Generate(texts, 500)
	p, err := pipeline.Default(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, a := range articles {
		size += len(a.Text)
	}
	for _, workers := range []int{1, 0} {
		name := "workers=1"
		if workers == 0 {
			name = "workers=all"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			start := time.Now()
			n := 0
			for b.Loop() {
				in := make(chan pipeline.Item)
				go func() {
					defer close(in)
					for _, a := range articles {
						in <- pipeline.Item{Doc: &parley.Document{ID: a.Name, Text: a.Text, Published: a.Published, Paragraphs: parley.SplitParagraphs(a.Text)}}
					}
				}()
				err := p.Run(context.Background(), workers, in, func(pipeline.Item) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
				n += len(articles)
			}
			b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
		})
	}
}
