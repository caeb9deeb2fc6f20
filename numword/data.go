package numword

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed data/*.tsv
var dataFS embed.FS

// readTSV returns the tab-separated rows of an embedded data file, skipping
// blank lines and lines that start with '#', each row with at least n fields.
func readTSV(name string, n int) ([][]string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var rows [][]string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < n {
			return nil, fmt.Errorf("%s:%d: want %d fields, got %d", name, line, n, len(f))
		}
		rows = append(rows, f)
	}
	return rows, nil
}

func parseValue(name string, s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: value %q: %w", name, s, err)
	}
	return v, nil
}
