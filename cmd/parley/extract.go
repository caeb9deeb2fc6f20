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
	"github.com/parleyhq/parley/pipeline"
)

// extractConfig holds the settings of `parley extract`.
type extractConfig struct {
	inputConfig
	Format string
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
	m.addInputFlags(f, &c.inputConfig)
	f.StringVar(&c.Format, "format", m.env("PARLEY_FORMAT", "jsonl"), "output: jsonl (one record a line), json (an array), pretty (indented) (env PARLEY_FORMAT)")
	return cmd
}

func (m *Main) runExtract(ctx context.Context, c extractConfig, inputs []string) error {
	out, err := newRecordWriter(m.Stdout, c.Format)
	if err != nil {
		return usageError{err}
	}
	reader, p, err := m.open(c.inputConfig)
	if err != nil {
		return err
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
