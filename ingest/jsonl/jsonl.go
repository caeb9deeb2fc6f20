package jsonl

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/parleyhq/parley"
)

// Name is the name of this ingest format, the value of Document.Format.
const Name = "jsonl"

// DefaultMaxBytes is the longest line Read accepts when Options.MaxBytes is
// zero: 20 MB.
const DefaultMaxBytes = 20 << 20

// bigBuffer is the capacity above which the line buffer is dropped after use,
// so that one long line does not pin its memory for the rest of the input.
const bigBuffer = 1 << 20

// Options configures Read.
type Options struct {
	// Name names the input in Document.Input and in error positions, for
	// example a file name or "-" for standard input.
	Name string

	// MaxBytes bounds the length of one line, without its line break. A
	// longer line is skipped with an ETOOLARGE error. Zero means
	// DefaultMaxBytes.
	MaxBytes int

	// HTML parses the html field of a line that has no text field. data is
	// the HTML as UTF-8, name names the line ("name:line") and url is the
	// line's url field. When HTML is nil such a line is an error.
	HTML func(data []byte, name, url string) (*parley.Document, error)
}

// Read reads JSON Lines from r and calls fn with the document of each good
// line, in input order.
//
// A bad line is reported as a *parley.InputError naming Options.Name and the
// line number, and reading goes on at the next line. Read stops early only
// when r fails (the error is returned last, wrapped with the input name) or
// when fn returns an error (returned last, as it is). Read returns the
// errors in input order, or nil when every line was good.
//
// Every document passed to fn is valid (see parley.Document.Validate).
func Read(r io.Reader, opt Options, fn func(*parley.Document) error) []error {
	maxBytes := opt.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	br := bufio.NewReaderSize(r, 64<<10)
	var (
		errs []error
		buf  []byte
	)
	for n := 1; ; n++ {
		line, tooLong, rerr := readLine(br, buf[:0], maxBytes)
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			errs = append(errs, fmt.Errorf("read %s: %w", opt.Name, rerr))
			return errs
		}
		pos := parley.Position{Name: opt.Name, Line: n}
		switch {
		case tooLong:
			errs = append(errs, &parley.InputError{Pos: pos, Err: parley.Errorf(parley.ETOOLARGE, "line longer than %d bytes", maxBytes)})
		case n == 1:
			line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
			fallthrough
		default:
			if len(bytes.TrimSpace(line)) == 0 {
				break
			}
			doc, err := lineDocument(line, pos, opt)
			if err != nil {
				errs = append(errs, err)
				break
			}
			if err := fn(doc); err != nil {
				errs = append(errs, err)
				return errs
			}
		}
		if rerr != nil { // io.EOF
			return errs
		}
		if cap(line) > bigBuffer {
			buf = nil
		} else {
			buf = line
		}
	}
}

// readLine appends the next line of br to buf, without its line break, and
// returns it. A line longer than maxBytes is read to its end and dropped:
// tooLong is true and line is empty. err is io.EOF after the last line.
func readLine(br *bufio.Reader, buf []byte, maxBytes int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		chunk = bytes.TrimSuffix(chunk, []byte("\n"))
		if !tooLong {
			if len(buf)+len(chunk) > maxBytes {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return buf, tooLong, err
	}
}
