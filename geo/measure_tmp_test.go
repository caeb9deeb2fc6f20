package geo_test

import (
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/internal/corpus"
	"github.com/parleyhq/parley/internal/parleytest"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestMeasureTmp(t *testing.T) {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	before := ms.HeapAlloc
	var g *geo.Gazetteer
	for i := 0; i < 3; i++ {
		runtime.GC()
		c0, t0 := cpuNow(), time.Now()
		g, _ = geo.NewGazetteer()
		t.Logf("load: wall %v, cpu %v", time.Since(t0), cpuNow()-c0)
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	t.Logf("heap in use after load %d MB (sys %d MB)", (ms.HeapAlloc-before)>>20, ms.Sys>>20)
	_ = g.Len()
	texts, _ := corpus.Load(parleytest.ModuleRoot(t))
	tg, seg := MustTagger(t)
	var docs []*parley.Document
	size := 0
	for _, a := range corpus.Generate(texts, 200) {
		d := &parley.Document{ID: a.Name, Text: a.Text}
		seg.Annotate(d)
		docs = append(docs, d)
		size += len(a.Text)
	}
	for k := 0; k < 3; k++ {
		c0 := cpuNow()
		for range 20 {
			for _, d := range docs {
				tg.Annotate(d)
			}
		}
		cpu := cpuNow() - c0
		t.Logf("%.1f MB per CPU-second", float64(size*20)/1e6/cpu.Seconds())
	}
}
