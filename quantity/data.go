package quantity

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/parleyhq/parley/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

// phrases maps the first token of each phrase to the phrases that start
// with it, longest first.
type phrases[T any] map[string][]phrase[T]

type phrase[T any] struct {
	toks []string
	v    T
}

func (m phrases[T]) add(text string, v T) {
	toks := strings.Fields(strings.ToLower(text))
	if len(toks) == 0 {
		return
	}
	l := m[toks[0]]
	i := 0
	for i < len(l) && len(l[i].toks) >= len(toks) {
		i++
	}
	l = append(l, phrase[T]{})
	copy(l[i+1:], l[i:])
	l[i] = phrase[T]{toks: toks, v: v}
	m[toks[0]] = l
}

// matchAt returns the longest phrase that starts at low[i].
func (m phrases[T]) matchAt(low []string, i int) (T, int, bool) {
	var zero T
	if i < 0 || i >= len(low) {
		return zero, 0, false
	}
	for _, p := range m[low[i]] {
		if i+len(p.toks) > len(low) {
			continue
		}
		ok := true
		for k := 1; k < len(p.toks); k++ {
			if low[i+k] != p.toks[k] {
				ok = false
				break
			}
		}
		if ok {
			return p.v, len(p.toks), true
		}
	}
	return zero, 0, false
}

// matchEnding returns the longest phrase of at most maxLen tokens that ends
// at low[j-1].
func (m phrases[T]) matchEnding(low []string, j int, maxLen int) (T, int, bool) {
	var zero T
	for n := min(maxLen, j); n >= 1; n-- {
	next:
		for _, p := range m[low[j-n]] {
			if len(p.toks) != n {
				continue
			}
			for k := 1; k < n; k++ {
				if low[j-n+k] != p.toks[k] {
					continue next
				}
			}
			return p.v, n, true
		}
	}
	return zero, 0, false
}

func parseFloat(name, s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: %q: %w", name, s, err)
	}
	return v, nil
}

// readTSV returns the entry rows of an embedded data file, each padded to n
// fields; every row needs at least two.
func readTSV(name string, n int) ([][]string, error) {
	return tsv.Rows(dataFS, "data/"+name, 2, n)
}
