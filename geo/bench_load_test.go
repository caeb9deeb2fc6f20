package geo_test

import (
	"testing"

	"github.com/parleyhq/parley/geo"
)

func BenchmarkNewGazetteer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := geo.NewGazetteer(); err != nil {
			b.Fatal(err)
		}
	}
}
