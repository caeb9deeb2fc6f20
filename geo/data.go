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

//go:generate go run ../internal/gen/gazetteer -out data

// data holds the gazetteer: countries.tsv, gazetteer.tsv, names.tsv and
// givennames.tsv are built by
// internal/gen/gazetteer; regions.tsv, seats.tsv, aliases.tsv and
// stopnames.tsv are written by hand.
//
//go:embed data/*.tsv
var data embed.FS

// eachRow calls fn with the tab-separated fields of every line of the named
// file that is neither blank nor a comment. Files ending in .gz (as a
// caller's fs.FS may hold) are decompressed.
func eachRow(fsys fs.FS, name string, fn func(fields []string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	var r io.Reader = bufio.NewReaderSize(f, 1<<16)
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		defer zr.Close()
		r = zr
	}
	// One string for the whole file: fields are slices of it, so names cost
	// no allocation of their own.
	var b strings.Builder
	if st, err := fs.Stat(fsys, name); err == nil {
		n := int(st.Size())
		if strings.HasSuffix(name, ".gz") {
			n *= 4 // compressed text grows about fourfold
		}
		b.Grow(n + 1<<16)
	}
	if _, err := io.Copy(&b, r); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return eachLine(name, b.String(), fn)
}

// eachLine calls fn with the fields of every data line of text.
func eachLine(name, text string, fn func(fields []string) error) error {
	var fields [16]string
	for line := 1; text != ""; line++ {
		var l string
		l, text, _ = strings.Cut(text, "\n")
		if l == "" || l[0] == '#' {
			continue
		}
		// Fields are short: a loop over the bytes beats a search per field.
		n, start := 0, 0
		for k := 0; k < len(l) && n < len(fields)-1; k++ {
			if l[k] == '\t' {
				fields[n] = l[start:k]
				n++
				start = k + 1
			}
		}
		fields[n] = l[start:]
		if i := strings.IndexByte(fields[n], '\t'); i >= 0 {
			fields[n] = fields[n][:i] // more fields than room: the rest is dropped
		}
		n++
		if err := fn(fields[:n]); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	return nil
}
