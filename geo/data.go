package geo

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

//go:generate sh -c "go run ../internal/gen/gazetteer -src ${PARLEY_GAZETTEER_SRC:-/tmp/parley-gazetteer/node_modules} -out data"

// data holds the gazetteer: countries.tsv and gazetteer.tsv.gz are built by
// internal/gen/gazetteer; regions.tsv, seats.tsv, aliases.tsv and
// stopnames.tsv are written by hand.
//
//go:embed data/*.tsv data/*.tsv.gz
var data embed.FS

// eachRow calls fn with the tab-separated fields of every line of the named
// file that is neither blank nor a comment. Files ending in .gz are
// decompressed.
func eachRow(fsys fs.FS, name string, fn func(fields []string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		if err := fn(strings.Split(text, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}
