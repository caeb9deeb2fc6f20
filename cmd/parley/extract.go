package main

import (
	"bufio"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest"
	"github.com/parleyhq/parley/ingest/fetch"
	"github.com/parleyhq/parley/pipeline"
)

// extractConfig holds the settings of `parley extract`.
type extractConfig struct {
	Published    string
	Format       string
	InputFormat  string
	MaxBytes     int64
	AllowPrivate bool
	Timeout      time.Duration
	Workers      int
	Disable      []string
}

func (m *Main) newExtractCommand() *cobra.Command {
	var c extractConfig
	cmd := &cobra.Command{
		Use:   "extract [FILE|URL|-]...",
		Short: "Print one JSON record per document of each input",
		Long: `Extract reads each input (a file, a URL, or - for standard input; standard
input when none is given), detects its format (plain text, HTML, RSS/Atom/JSON
feed, JSONL), annotates every document and prints one JSON record per
document on standard output, in input order. Errors go to standard error,
each naming its input and position; the other inputs go on.

Exit status: 0 when every input succeeded, 1 when some failed, 2 on a usage
error.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"-"}
			}
			return m.runExtract(cmd.Context(), c, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&c.Published, "published", m.env("PARLEY_PUBLISHED", ""), "document date for inputs that carry none: 2025-05-18 or RFC 3339 (env PARLEY_PUBLISHED)")
	f.StringVar(&c.Format, "format", m.env("PARLEY_FORMAT", "jsonl"), "output: jsonl (one record a line), json (an array), pretty (indented) (env PARLEY_FORMAT)")
	f.StringVar(&c.InputFormat, "input-format", m.env("PARLEY_INPUT_FORMAT", "auto"), "input format: auto, text, html, feed, jsonl (env PARLEY_INPUT_FORMAT)")
	f.Int64Var(&c.MaxBytes, "max-bytes", m.envInt("PARLEY_MAX_BYTES", ingest.DefaultMaxBytes), "largest document or input accepted, in bytes (env PARLEY_MAX_BYTES)")
	f.BoolVar(&c.AllowPrivate, "allow-private", m.env("PARLEY_ALLOW_PRIVATE", "") == "true", "allow fetching URLs on loopback, private and link-local addresses (env PARLEY_ALLOW_PRIVATE)")
	f.DurationVar(&c.Timeout, "timeout", 20*time.Second, "time limit for fetching one URL")
	f.IntVar(&c.Workers, "workers", int(m.envInt("PARLEY_WORKERS", 0)), "documents annotated at once; 0 means one per CPU (env PARLEY_WORKERS)")
	f.StringSliceVar(&c.Disable, "disable", splitList(m.env("PARLEY_DISABLE", "")), "annotators to skip, e.g. --disable geo,actor (env PARLEY_DISABLE)")
	return cmd
}

func (m *Main) runExtract(ctx context.Context, c extractConfig, inputs []string) error {
	published, err := parsePublished(c.Published)
	if err != nil {
		return usageError{err}
	}
	out, err := newRecordWriter(m.Stdout, c.Format)
	if err != nil {
		return usageError{err}
	}
	if !ingest.ValidFormat(c.InputFormat) {
		return usageError{fmt.Errorf("--input-format: unknown format %q (want auto, text, html, feed or jsonl)", c.InputFormat)}
	}
	p, err := pipeline.Default(pipeline.Options{Disable: c.Disable})
	if err != nil {
		return usageError{err}
	}
	reader := &ingest.Reader{
		MaxBytes:  c.MaxBytes,
		Format:    c.InputFormat,
		Published: published,
		Stdin:     m.Stdin,
		Fetcher: &fetch.Fetcher{
			Timeout:      c.Timeout,
			MaxBytes:     c.MaxBytes,
			AllowPrivate: c.AllowPrivate,
			Logger:       m.logger,
		},
	}

	items := make(chan pipeline.Item)
	readErr := make(chan error, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(items)
		for _, in := range inputs {
			err := reader.Read(ctx, in, func(doc *parley.Document, err error) error {
				select {
				case items <- pipeline.Item{Doc: doc, Err: err}:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
			if err != nil {
				readErr <- err
				return
			}
		}
	}()

	failed := 0
	w := bufio.NewWriterSize(m.Stdout, 1<<16)
	out.w = w
	err = p.Run(ctx, c.Workers, items, func(it pipeline.Item) error {
		if it.Err != nil {
			failed++
			fmt.Fprintf(m.Stderr, "parley: %v\n", it.Err)
			return nil
		}
		return out.Write(parley.NewRecord(it.Doc))
	})
	if err == nil {
		err = out.Close()
	}
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write output: %w", ferr)
	}
	select {
	case rerr := <-readErr:
		if err == nil {
			err = rerr
		}
	default:
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return failedError{failed}
	}
	return nil
}

// parsePublished reads a --published value: a date or an RFC 3339 time.
func parsePublished(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--published: cannot read %q as a date (want 2025-05-18 or 2025-05-18T09:30:00Z)", s)
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// envInt returns the integer environment variable key, or def when it is
// unset or not an integer.
func (m *Main) envInt(key string, def int64) int64 {
	if n, err := strconv.ParseInt(m.Getenv(key), 10, 64); err == nil {
		return n
	}
	return def
}
