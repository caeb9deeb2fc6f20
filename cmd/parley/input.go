package main

import (
	"fmt"
	"time"

	"github.com/spf13/pflag"

	"github.com/parleyhq/parley/ingest"
	"github.com/parleyhq/parley/ingest/fetch"
	"github.com/parleyhq/parley/pipeline"
)

// inputConfig holds the settings that extract and ingest share: how inputs
// are read and annotated.
type inputConfig struct {
	Published    string
	InputFormat  string
	MaxBytes     int64
	AllowPrivate bool
	Timeout      time.Duration
	Workers      int
	Disable      []string
}

// addInputFlags registers the input flags, with their PARLEY_ environment
// fallbacks, on f.
func (m *Main) addInputFlags(f *pflag.FlagSet, c *inputConfig) {
	f.StringVar(&c.Published, "published", m.env("PARLEY_PUBLISHED", ""), "document date for inputs that carry none: 2025-05-18 or RFC 3339 (env PARLEY_PUBLISHED)")
	f.StringVar(&c.InputFormat, "input-format", m.env("PARLEY_INPUT_FORMAT", "auto"), "input format: auto, text, html, feed, jsonl (env PARLEY_INPUT_FORMAT)")
	f.Int64Var(&c.MaxBytes, "max-bytes", m.envInt("PARLEY_MAX_BYTES", ingest.DefaultMaxBytes), "largest document or input accepted, in bytes (env PARLEY_MAX_BYTES)")
	f.BoolVar(&c.AllowPrivate, "allow-private", m.env("PARLEY_ALLOW_PRIVATE", "") == "true", "allow fetching URLs on loopback, private and link-local addresses (env PARLEY_ALLOW_PRIVATE)")
	f.DurationVar(&c.Timeout, "timeout", 20*time.Second, "time limit for fetching one URL")
	f.IntVar(&c.Workers, "workers", int(m.envInt("PARLEY_WORKERS", 0)), "documents annotated at once; 0 means one per CPU (env PARLEY_WORKERS)")
	f.StringSliceVar(&c.Disable, "disable", splitList(m.env("PARLEY_DISABLE", "")), "annotators to skip, e.g. --disable geo,actor (env PARLEY_DISABLE)")
}

// open checks the input settings and builds the reader and the pipeline
// they describe. Errors are usage errors.
func (m *Main) open(c inputConfig) (*ingest.Reader, *pipeline.Pipeline, error) {
	published, err := parsePublished(c.Published)
	if err != nil {
		return nil, nil, usageError{err}
	}
	if !ingest.ValidFormat(c.InputFormat) {
		return nil, nil, usageError{fmt.Errorf("--input-format: unknown format %q (want auto, text, html, feed or jsonl)", c.InputFormat)}
	}
	p, err := pipeline.Default(pipeline.Options{Disable: c.Disable})
	if err != nil {
		return nil, nil, usageError{err}
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
	return reader, p, nil
}
