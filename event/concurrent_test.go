package event_test

import (
	"reflect"
	"sync"
	"testing"

	"github.com/parleyhq/parley/internal/parleytest"
)

// TestCoder_Concurrent runs one coder over copies of the seed from several
// goroutines (run with -race) and expects the same events everywhere.
func TestCoder_Concurrent(t *testing.T) {
	base := MustFull(t, parleytest.SeedText(t), parleytest.SeedPublished)
	want := base.Events
	c := MustCoder(t)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := *base
			d.Events = nil
			c.Annotate(&d)
			if !reflect.DeepEqual(d.Events, want) {
				errs <- "events differ between goroutines"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}
