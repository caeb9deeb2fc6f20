// Command timex-peer compares parley's time tagger with chrono-node on the
// TE3-platinum documents: TempEval-3 span and value scores, and throughput
// on the same texts. It needs node and `npm ci` in this folder; run.sh does
// both. It is not part of CI.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	evaltimex "github.com/parleyhq/parley/internal/eval/timex"
)

type doc struct {
	DocID   string `json:"doc_id"`
	DCT     string `json:"dct"`
	Text    string `json:"text"`
	Timexes []struct {
		Text      string `json:"text"`
		StartByte int    `json:"start_byte"`
		EndByte   int    `json:"end_byte"`
		Type      string `json:"type"`
		Value     string `json:"value"`
	} `json:"timexes"`
}

type chronoLine struct {
	DocID   string `json:"doc_id"`
	Results []struct {
		Start, End  int
		Text        string
		Type, Value string
	} `json:"results"`
	Speed *struct {
		Bytes      int     `json:"bytes"`
		Seconds    float64 `json:"seconds"`
		CPUSeconds float64 `json:"cpu_seconds"`
	} `json:"speed"`
}

func main() {
	shared := flag.String("shared", filepath.Join("..", "..", "..", "shared"), "the shared/ folder")
	reps := flag.Int("reps", 20, "times each corpus is parsed for the throughput figures")
	flag.Parse()
	if err := run(*shared, *reps); err != nil {
		fmt.Fprintln(os.Stderr, "timex-peer:", err)
		os.Exit(1)
	}
}

func run(shared string, reps int) error {
	goldPath := filepath.Join(shared, "eval", "timex", "gold.jsonl")
	docs, err := readDocs(goldPath)
	if err != nil {
		return err
	}
	// chrono-node
	cmd := exec.Command("node", "chrono.mjs", goldPath, fmt.Sprint(reps))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("run chrono-node: %w", err)
	}
	chronoPred := map[string][]evaltimex.Item{}
	var chronoMBs, chronoCPU float64
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var l chronoLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return fmt.Errorf("decode chrono output: %w", err)
		}
		if l.Speed != nil {
			chronoMBs = float64(l.Speed.Bytes) / l.Speed.Seconds / 1e6
			chronoCPU = float64(l.Speed.Bytes) / l.Speed.CPUSeconds / 1e6
			continue
		}
		for _, r := range l.Results {
			it := evaltimex.Item{Start: r.Start, End: r.End, Text: r.Text, Type: r.Type, Value: r.Value}
			if a, b, ok := evaltimex.Interval(r.Value); ok {
				it.Alts = []string{a + "/" + b}
			}
			chronoPred[l.DocID] = append(chronoPred[l.DocID], it)
		}
	}
	// parley
	p, err := evaltimex.NewPipeline()
	if err != nil {
		return err
	}
	var ps, cs evaltimex.Scores
	nbytes := 0
	for _, d := range docs {
		dct, err := time.Parse("2006-01-02", d.DCT)
		if err != nil {
			return fmt.Errorf("doc %s: %w", d.DocID, err)
		}
		var gold []evaltimex.Item
		for _, x := range d.Timexes {
			gold = append(gold, evaltimex.Item{Start: x.StartByte, End: x.EndByte, Type: x.Type, Value: x.Value, Text: x.Text})
		}
		s, _, _ := evaltimex.Match(gold, p.Tag(d.Text, dct))
		ps.Add(s)
		s, _, _ = evaltimex.Match(gold, chronoPred[d.DocID])
		cs.Add(s)
		nbytes += len(d.Text)
	}
	start, cpu0 := time.Now(), cpuTime()
	for range reps {
		for _, d := range docs {
			dct, _ := time.Parse("2006-01-02", d.DCT)
			p.Doc(d.Text, dct)
		}
	}
	parleyMBs := float64(nbytes*reps) / time.Since(start).Seconds() / 1e6
	parleyCPU := float64(nbytes*reps) / (cpuTime() - cpu0).Seconds() / 1e6

	fmt.Printf("TE3-platinum, %d documents, %d gold TIMEX3\n\n", len(docs), ps.Gold)
	fmt.Printf("%-12s %9s %9s %9s %9s %9s %9s\n", "system", "strict F1", "relax. P", "relax. R", "relax. F1", "value acc", "value F1")
	for _, r := range []struct {
		name string
		s    evaltimex.Scores
	}{{"parley", ps}, {"chrono-node", cs}} {
		fmt.Printf("%-12s %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f\n", r.name, r.s.StrictF1(), r.s.RelaxedP(), r.s.RelaxedR(), r.s.RelaxedF1(), r.s.ValueAcc(), r.s.ValueF1())
	}
	fmt.Printf("\nthroughput on the same %d bytes x %d, parley = segment + timex:\n", nbytes, reps)
	fmt.Printf("  per CPU second: parley %.2f MB/s, chrono-node %.2f MB/s, ratio %.1fx\n", parleyCPU, chronoCPU, parleyCPU/chronoCPU)
	fmt.Printf("  wall clock:     parley %.2f MB/s, chrono-node %.2f MB/s, ratio %.1fx\n", parleyMBs, chronoMBs, parleyMBs/chronoMBs)
	return nil
}

// cpuTime returns the user and system CPU time of this process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func readDocs(path string) ([]doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open gold: %w", err)
	}
	defer f.Close()
	var out []doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("decode gold: %w", err)
		}
		out = append(out, d)
	}
	return out, sc.Err()
}
