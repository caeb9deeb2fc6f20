package numword

import (
	"embed"
	"fmt"
	"strconv"

	"github.com/parleyhq/parley/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

func parseValue(name string, s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: value %q: %w", name, s, err)
	}
	return v, nil
}

// readTSV returns the entry rows of an embedded data file, each with at
// least n fields.
func readTSV(name string, n int) ([][]string, error) {
	return tsv.Rows(dataFS, "data/"+name, n, n)
}
