package ingest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/feed"
	"github.com/parleyhq/parley/ingest/fetch"
	"github.com/parleyhq/parley/ingest/html"
	"github.com/parleyhq/parley/ingest/jsonl"
	"github.com/parleyhq/parley/ingest/text"
)

// DefaultMaxBytes is the default limit on one document, and on one input that
// is not streamed: 20 MB.
const DefaultMaxBytes = 20 << 20

// Reader reads inputs into documents. Its zero value reads local files and
// standard input with the default limits and refuses URLs.
type Reader struct {
	// MaxBytes bounds one document and one non-streamed input; 0 means
	// DefaultMaxBytes. JSONL inputs are streamed and bounded per line.
	MaxBytes int64
	// Format forces an input format; "" or "auto" detects it.
	Format string
	// Published is the publication time given to documents whose input
	// carries none.
	Published time.Time
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Fetcher fetches URL inputs; nil refuses them.
	Fetcher *fetch.Fetcher
}

// Emit receives each document, or each error in its place, in input order.
// An error returned by Emit stops the reading and is returned by Read.
type Emit func(doc *parley.Document, err error) error

// Read reads one input: a file path, "-" for standard input, or an http(s)
// URL. Errors about the input are passed to emit; Read itself returns only
// what emit returns, or ctx's error.
func (r *Reader) Read(ctx context.Context, input string, emit Emit) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	switch {
	case isURL(input):
		return r.readURL(ctx, input, emit)
	case input == "-":
		if r.Stdin == nil {
			return emit(nil, parley.Errorf(parley.EINVALID, "-: no standard input"))
		}
		return r.readStream(input, "", r.Stdin, emit)
	}
	f, err := os.Open(input)
	if err != nil {
		return emit(nil, err) // *fs.PathError names the input
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return emit(nil, parley.Errorf(parley.EINVALID, "%s: is a directory", input))
	}
	return r.readStream(input, "", f, emit)
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

func (r *Reader) readURL(ctx context.Context, url string, emit Emit) error {
	if r.Fetcher == nil {
		return emit(nil, parley.Errorf(parley.EINVALID, "%s: fetching URLs is not enabled", url))
	}
	resp, err := r.Fetcher.Fetch(ctx, url)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return emit(nil, err)
	}
	published := r.Published
	from := parley.DateFromUser
	if published.IsZero() && !resp.LastModified.IsZero() {
		published, from = resp.LastModified, parley.DateFromHeader
	}
	rr := *r
	rr.Published = published
	return rr.parse(url, resp.URL, resp.ContentType, from, resp.Body, emit)
}

// readStream detects the format from the first bytes, streams JSONL, and
// reads other formats whole within the size limit.
func (r *Reader) readStream(name, contentType string, src io.Reader, emit Emit) error {
	br := bufio.NewReaderSize(src, 64<<10)
	head, _ := br.Peek(4096)
	format := r.Format
	if format == "" || format == FormatAuto {
		format = Detect(name, contentType, head)
	}
	if format == FormatJSONL {
		return r.readJSONL(name, br, emit)
	}
	limit := r.maxBytes()
	data, err := io.ReadAll(io.LimitReader(br, limit+1))
	if err != nil {
		return emit(nil, fmt.Errorf("read %s: %w", name, err))
	}
	if int64(len(data)) > limit {
		return emit(nil, parley.Errorf(parley.ETOOLARGE, "%s: input larger than %d bytes (raise --max-bytes)", name, limit))
	}
	rr := *r
	rr.Format = format
	return rr.parse(name, "", contentType, parley.DateFromUser, data, emit)
}

// parse hands a whole input to the package of its format.
func (r *Reader) parse(name, url, contentType, publishedFrom string, data []byte, emit Emit) error {
	format := r.Format
	if format == "" || format == FormatAuto {
		format = Detect(name, contentType, data)
	}
	switch format {
	case FormatJSONL:
		return r.readJSONL(name, strings.NewReader(string(data)), emit)
	case FormatFeed:
		docs, errs := feed.Parse(data, feed.Options{
			MaxBytes: r.maxBytes(), Name: name, URL: url, ContentType: contentType,
			Published: r.Published, PublishedFrom: publishedFrom,
		})
		for _, err := range errs {
			if err := emit(nil, err); err != nil {
				return err
			}
		}
		for _, d := range docs {
			if err := emit(r.finish(d, name, publishedFrom), nil); err != nil {
				return err
			}
		}
		return nil
	case FormatHTML:
		doc, err := html.Parse(data, html.Options{
			MaxBytes: r.maxBytes(), Name: name, URL: url, ContentType: contentType,
			Published: r.Published, PublishedFrom: publishedFrom,
		})
		if err != nil {
			return emit(nil, err)
		}
		return emit(r.finish(doc, name, publishedFrom), nil)
	default:
		doc, err := text.Parse(data, text.Options{
			MaxBytes: r.maxBytes(), Name: name, ContentType: contentType,
			Published: r.Published, PublishedFrom: publishedFrom,
		})
		if err != nil {
			return emit(nil, err)
		}
		if url != "" && doc.URL == "" {
			doc.URL = url
		}
		return emit(r.finish(doc, name, publishedFrom), nil)
	}
}

func (r *Reader) readJSONL(name string, src io.Reader, emit Emit) error {
	var stop error
	errs := jsonl.Read(src, jsonl.Options{
		Name:     name,
		MaxBytes: int(r.maxBytes()),
		HTML: func(data []byte, lineName, url string) (*parley.Document, error) {
			return html.Parse(data, html.Options{MaxBytes: r.maxBytes(), Name: lineName, URL: url})
		},
	}, func(doc *parley.Document) error {
		stop = emit(r.finish(doc, name, parley.DateFromUser), nil)
		return stop
	})
	if stop != nil {
		return stop
	}
	for _, err := range errs {
		if err := emit(nil, err); err != nil {
			return err
		}
	}
	return stop
}

// finish fills what every document needs whatever its format: its input
// name, an ID, and the fallback publication time.
func (r *Reader) finish(doc *parley.Document, name, publishedFrom string) *parley.Document {
	if doc.Input == "" {
		doc.Input = name
	}
	if doc.ID == "" {
		doc.ID = parley.ContentID(doc.Text)
	}
	if doc.Published.IsZero() && !r.Published.IsZero() {
		doc.Published, doc.PublishedFrom = r.Published, publishedFrom
	}
	if doc.Paragraphs == nil {
		doc.Paragraphs = parley.SplitParagraphs(doc.Text)
	}
	return doc
}
