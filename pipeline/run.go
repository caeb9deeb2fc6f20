package pipeline

import (
	"context"
	"runtime"
	"sync"

	"github.com/parleyhq/parley"
)

// Item is one unit of work: a document to annotate, or an error from ingest
// that is passed through in its place so that errors keep their order too.
type Item struct {
	Doc *parley.Document
	Err error
}

// Run annotates the documents that arrive on in with workers goroutines
// (GOMAXPROCS when workers < 1) and calls emit with each result in the order
// the items arrived. Items that carry an error are passed through unchanged;
// a document whose annotation fails is emitted with that error.
//
// Run returns when in is closed and every item is emitted, when emit returns
// an error, or when ctx is done; it returns the first error of emit or ctx.
// At most 2×workers items are in flight, so memory stays bounded.
func (p *Pipeline) Run(parent context.Context, workers int, in <-chan Item, emit func(Item) error) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	type job struct {
		item Item
		done chan Item
	}
	jobs := make(chan job)
	// order carries each job's result channel to the writer in input order;
	// its capacity bounds how many items are in flight.
	order := make(chan chan Item, 2*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.item.Err == nil && j.item.Doc != nil {
					if err := p.Annotate(j.item.Doc); err != nil {
						j.item.Err = err
					}
				}
				j.done <- j.item
			}
		}()
	}

	// The feeder reads input, hands jobs to workers, and queues the result
	// channels in input order for the writer below.
	go func() {
		defer close(order)
		defer close(jobs)
		for {
			var it Item
			var ok bool
			select {
			case <-ctx.Done():
				return
			case it, ok = <-in:
				if !ok {
					return
				}
			}
			done := make(chan Item, 1)
			select {
			case <-ctx.Done():
				return
			case order <- done:
			}
			select {
			case <-ctx.Done():
				return
			case jobs <- job{it, done}:
			}
		}
	}()

	var err error
	for done := range order {
		var it Item
		select {
		case <-ctx.Done():
		case it = <-done:
		}
		if ctx.Err() != nil {
			break
		}
		if err = emit(it); err != nil {
			break
		}
	}
	cancel()
	// Drain so that the feeder and workers can exit.
	for range order {
	}
	wg.Wait()
	if err != nil {
		return err
	}
	return parent.Err()
}
