// Package pipeline wires parley's annotators into an ordered pipeline and
// runs documents through it concurrently, writing results in input order.
//
// A [Pipeline] is an explicit, ordered list of [Stage] values. Each stage
// declares the layers it reads and writes; [New] checks at start-up that
// every layer a stage reads is written by an earlier stage (or by ingest),
// so that order is visible and verified in one place.
//
// [Pipeline.Run] annotates documents on a fixed pool of goroutines fed by a
// bounded channel and hands results back in the order they came in: the same
// input gives the same bytes out, whatever the number of workers.
package pipeline
