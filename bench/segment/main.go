// Command segment compares parley's segmenter with compromise's sentence and
// term splitting (npm compromise) on the generated benchmark corpus: both
// split the same 500 articles, in the same run, and the ratio of their
// throughput is printed. CI does not run it; it needs Node.js and `npm ci`
// in this folder. See run.sh.
//
//	go run ./bench/segment -export corpus.json
//	node bench/segment/compromise.mjs corpus.json > compromise.out.json
//	go run ./bench/segment -compare compromise.out.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/corpus"
	"github.com/parleyhq/parley/segment"
)

// peerResult is what the Node script reports.
type peerResult struct {
	Version   string  `json:"version"`
	Bytes     int     `json:"bytes"`
	Runs      int     `json:"runs"`
	Seconds   float64 `json:"seconds"`
	Sentences int     `json:"sentences"`
	Terms     int     `json:"terms"`
}

func main() {
	export := flag.String("export", "", "write the corpus texts to this JSON file")
	compare := flag.String("compare", "", "compare with this compromise output")
	root := flag.String("root", ".", "module root (holds examples/)")
	n := flag.Int("n", 500, "articles in the corpus")
	flag.Parse()
	texts, err := corpus.Load(*root)
	if err != nil {
		fail(err)
	}
	articles := corpus.Generate(texts, *n)
	switch {
	case *export != "":
		out := make([]string, len(articles))
		for i, a := range articles {
			out[i] = a.Text
		}
		b, _ := json.Marshal(out)
		if err := os.WriteFile(*export, b, 0o644); err != nil {
			fail(err)
		}
	case *compare != "":
		b, err := os.ReadFile(*compare)
		if err != nil {
			fail(err)
		}
		var peer peerResult
		if err := json.Unmarshal(b, &peer); err != nil {
			fail(fmt.Errorf("read %s: %w", *compare, err))
		}
		if err := report(articles, peer); err != nil {
			fail(err)
		}
	default:
		flag.Usage()
		os.Exit(2)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench/segment:", err)
	os.Exit(1)
}

// report times parley on one core over the corpus, as the peer runs on one
// thread, and prints both throughputs and their ratio.
func report(articles []corpus.Article, peer peerResult) error {
	runtime.GOMAXPROCS(1)
	seg, err := segment.New()
	if err != nil {
		return err
	}
	size, sentences, tokens, runs := 0, 0, 0, 0
	start := time.Now()
	for time.Since(start) < 3*time.Second {
		for _, a := range articles {
			doc := &parley.Document{ID: a.Name, Text: a.Text}
			seg.Annotate(doc)
			if runs == 0 {
				size += len(a.Text)
				sentences += len(doc.Sentences)
				tokens += len(doc.Tokens)
			}
		}
		runs++
	}
	secs := time.Since(start).Seconds()
	ours := float64(size*runs) / secs / 1e6
	theirs := float64(peer.Bytes*peer.Runs) / peer.Seconds / 1e6
	fmt.Printf("corpus: %d articles, %.1f MB\n", len(articles), float64(size)/1e6)
	fmt.Printf("%-22s %10s %10s %10s\n", "segmenter", "MB/s", "sentences", "tokens")
	fmt.Printf("%-22s %10.1f %10d %10d\n", "parley segment", ours, sentences, tokens)
	fmt.Printf("%-22s %10.2f %10d %10d\n", "compromise "+peer.Version, theirs, peer.Sentences, peer.Terms)
	fmt.Printf("ratio parley/compromise: %.0f×\n", ours/theirs)
	return nil
}
