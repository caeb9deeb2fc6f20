package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest"
	"github.com/parleyhq/parley/pipeline"
	"github.com/parleyhq/parley/sqlite"
)

// ingestConfig holds the settings of `parley ingest`.
type ingestConfig struct {
	inputConfig
	DB          string
	Progress    string
	Batch       int
	BatchWait   time.Duration
	RetryFailed bool
	Watch       time.Duration
}

func (m *Main) newIngestCommand() *cobra.Command {
	var c ingestConfig
	cmd := &cobra.Command{
		Use:   "ingest [FILE|DIR|GLOB|URL|-]...",
		Short: "Extract documents into the event database",
		Long: `Ingest reads each input (a file, a directory searched recursively, a glob
such as 'news/*.html', a URL, or - for standard input; standard input when
none is given), detects its format (plain text, HTML, RSS/Atom/JSON feed,
JSONL), annotates every document and stores it with its events in the
database (--db). Each document is written in one transaction.

A document is a duplicate, and nothing is added, when its canonical URL or
the hash of its text (ignoring white space and case) is already stored, so
re-ingesting the same inputs adds nothing. Bad documents are reported on
standard error with the reason and skipped; the batch goes on. The
database remembers the inputs that failed until they succeed; --retry-failed
reads them again. A summary ends the run; on a terminal a progress line
shows the rate.

Exit status: 0 when every document was stored or was a duplicate, 1 when
some failed, 2 on a usage error.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && !c.RetryFailed {
				args = []string{"-"}
			}
			return m.runIngest(cmd.Context(), c, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&c.DB, "db", m.defaultDBPath(), "database file (env PARLEY_DB; default under the user's data directory)")
	m.addInputFlags(f, &c.inputConfig)
	f.StringVar(&c.Progress, "progress", m.env("PARLEY_PROGRESS", "auto"), "progress line on standard error: auto (on a terminal), always, never (env PARLEY_PROGRESS)")
	f.IntVar(&c.Batch, "batch", int(m.envInt("PARLEY_BATCH", 64)), "documents written a transaction (env PARLEY_BATCH)")
	f.DurationVar(&c.BatchWait, "batch-wait", time.Second, "longest time a document waits for its batch")
	f.DurationVar(&c.Watch, "watch", 0, "read the inputs again at this interval until interrupted, e.g. --watch 10m for feeds; 0 reads them once")
	f.BoolVar(&c.RetryFailed, "retry-failed", false, "also ingest again the inputs that failed last time (the database keeps them)")
	return cmd
}

// defaultDBPath returns $PARLEY_DB, or parley/parley.db under the user's
// data directory: $XDG_DATA_HOME, else ~/.local/share (on macOS
// ~/Library/Application Support, on Windows %LocalAppData%).
func (m *Main) defaultDBPath() string {
	if p := m.Getenv("PARLEY_DB"); p != "" {
		return p
	}
	dir := m.Getenv("XDG_DATA_HOME")
	if dir == "" {
		switch runtime.GOOS {
		case "windows":
			dir = m.Getenv("LocalAppData")
		case "darwin":
			if h := m.Getenv("HOME"); h != "" {
				dir = filepath.Join(h, "Library", "Application Support")
			}
		default:
			if h := m.Getenv("HOME"); h != "" {
				dir = filepath.Join(h, ".local", "share")
			}
		}
	}
	if dir == "" {
		return "parley.db"
	}
	return filepath.Join(dir, "parley", "parley.db")
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	New, Duplicate, Failed, Events int
	Start                          time.Time
}

func (s *ingestSummary) docs() int { return s.New + s.Duplicate + s.Failed }

func (s *ingestSummary) String() string {
	el := time.Since(s.Start)
	rate := float64(s.docs()) / max(el.Seconds(), 1e-9)
	return fmt.Sprintf("%d documents: %d new, %d duplicate, %d failed; %d events added; %.1fs, %.0f documents/s",
		s.docs(), s.New, s.Duplicate, s.Failed, s.Events, el.Seconds(), rate)
}

func (m *Main) runIngest(ctx context.Context, c ingestConfig, args []string) error {
	if c.Batch < 1 {
		c.Batch = 1
	}
	progress, err := m.wantProgress(c.Progress)
	if err != nil {
		return usageError{err}
	}
	reader, p, err := m.open(c.inputConfig)
	if err != nil {
		return err
	}
	db := sqlite.NewDB(c.DB)
	db.Logger = m.logger.With("component", sqlite.Name)
	if err := db.Open(); err != nil {
		return err
	}
	defer db.Close()
	store := sqlite.NewDocumentStore(db)
	if c.RetryFailed {
		fs, err := db.Failures(ctx)
		if err != nil {
			return err
		}
		for _, f := range fs {
			if f.Input != "-" && !slices.Contains(args, f.Input) {
				args = append(args, f.Input)
			}
		}
	}

	if c.Watch > 0 && slices.Contains(args, "-") {
		return usageError{fmt.Errorf("--watch: standard input cannot be read again")}
	}
	for {
		sum, err := m.ingestPass(ctx, c, p, reader, db, store, args, progress)
		fmt.Fprintf(m.Stdout, "ingest %s: %s\n", c.DB, sum)
		if c.Watch > 0 && ctx.Err() != nil {
			return nil // an interrupt is how a watch ends
		}
		if err != nil {
			return err
		}
		if c.Watch <= 0 {
			if sum.Failed > 0 {
				return failedError{sum.Failed}
			}
			return nil
		}
		// Directories and globs are expanded again on each pass, so new
		// files are read; what was stored already is a duplicate.
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(c.Watch):
		}
	}
}

// ingestPass reads every input once and stores its documents.
func (m *Main) ingestPass(ctx context.Context, c ingestConfig, p *pipeline.Pipeline, reader *ingest.Reader,
	db *sqlite.DB, store *sqlite.DocumentStore, args []string, progress bool) (*ingestSummary, error) {
	inputs, expandErrs := expandInputs(args)
	items := make(chan pipeline.Item)
	readErr := make(chan error, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(items)
		var in string
		send := func(doc *parley.Document, err error) error {
			// A document stored already is not annotated again.
			if err == nil && doc != nil {
				if id, derr := store.FindDuplicate(ctx, doc.URL, doc.Text); derr == nil {
					err = duplicateError{input: doc.Input, id: doc.ID, of: id}
				}
			}
			if err != nil && in != "" {
				err = inputError{in, err}
			}
			select {
			case items <- pipeline.Item{Doc: doc, Err: err}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		for _, err := range expandErrs {
			if err := send(nil, err); err != nil {
				readErr <- err
				return
			}
		}
		for _, in = range inputs {
			if err := reader.Read(ctx, in, send); err != nil {
				readErr <- err
				return
			}
		}
	}()

	sum := &ingestSummary{Start: time.Now()}
	var lastProgress time.Time
	showProgress := func() {
		if progress && time.Since(lastProgress) > 200*time.Millisecond {
			lastProgress = time.Now()
			fmt.Fprintf(m.Stderr, "\r\033[K%s", sum)
		}
	}
	failed := map[string]string{} // input: reason, for --retry-failed
	fail := func(input string, err error) {
		var ie inputError
		if errors.As(err, &ie) {
			input = ie.input
		}
		if input != "" {
			failed[input] = err.Error()
		}
		sum.Failed++
		if progress {
			fmt.Fprint(m.Stderr, "\r\033[K")
		}
		fmt.Fprintf(m.Stderr, "parley: %v\n", err)
	}
	// Documents are written in batches, one transaction each, because a
	// commit costs more than a document; a batch is flushed when it is full
	// or has waited long enough.
	var batch []*parley.Record
	var batchStart time.Time
	flush := func(ctx context.Context) error {
		if len(batch) == 0 {
			return nil
		}
		res, errs, err := store.PutDocuments(ctx, batch)
		if err != nil {
			return fmt.Errorf("store %d documents: %w", len(batch), err)
		}
		for i, rec := range batch {
			switch {
			case errs[i] != nil:
				fail(rec.Input, fmt.Errorf("%s: store %s: %w", rec.Input, rec.ID, errs[i]))
			case res[i].Duplicate:
				sum.Duplicate++
				m.logger.Debug("duplicate", "input", rec.Input, "id", rec.ID, "of", res[i].ID)
			default:
				sum.New++
				sum.Events += res[i].Events
				m.logger.Debug("stored", "input", rec.Input, "id", res[i].ID, "events", res[i].Events)
			}
		}
		batch = batch[:0]
		showProgress()
		return nil
	}
	// emit runs in this goroutine only: the database has one writer.
	err := p.Run(ctx, c.Workers, items, func(it pipeline.Item) error {
		var dup duplicateError
		if errors.As(it.Err, &dup) {
			sum.Duplicate++
			m.logger.Debug("duplicate", "input", dup.input, "id", dup.id, "of", dup.of)
			showProgress()
			return nil
		}
		if it.Err != nil {
			fail("", it.Err)
			showProgress()
			return nil
		}
		if len(batch) == 0 {
			batchStart = time.Now()
		}
		batch = append(batch, parley.NewRecord(it.Doc))
		if len(batch) >= c.Batch || time.Since(batchStart) >= c.BatchWait {
			return flush(ctx)
		}
		return nil
	})
	// What was extracted before an interrupt is still stored.
	if ferr := flush(context.WithoutCancel(ctx)); err == nil {
		err = ferr
	}
	if progress {
		fmt.Fprint(m.Stderr, "\r\033[K")
	}
	select {
	case rerr := <-readErr:
		if err == nil {
			err = rerr
		}
	default:
	}
	if err != nil {
		return sum, err
	}
	var done []string
	for _, in := range append(inputs, args...) {
		if in != "-" {
			done = append(done, in)
		}
	}
	return sum, db.SetFailures(context.WithoutCancel(ctx), failed, done)
}

// wantProgress reads --progress: auto shows the progress line when standard
// error is a terminal.
func (m *Main) wantProgress(mode string) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		f, ok := m.Stderr.(*os.File)
		return ok && term.IsTerminal(int(f.Fd())), nil
	}
	return false, fmt.Errorf("--progress: unknown mode %q (want auto, always or never)", mode)
}

// expandInputs turns the command-line inputs into the inputs the reader
// takes: a directory becomes its regular files, recursively, in lexical
// order, leaving out hidden files and directories; a pattern that names no
// file is expanded as a glob. URLs and "-" are kept. Inputs that match
// nothing become errors, which are reported like bad documents.
func expandInputs(args []string) ([]string, []error) {
	var out []string
	var errs []error
	for _, a := range args {
		if a == "-" || strings.HasPrefix(a, "http://") || strings.HasPrefix(a, "https://") {
			out = append(out, a)
			continue
		}
		st, err := os.Stat(a)
		switch {
		case err == nil && st.IsDir():
			files, err := walkFiles(a)
			if err != nil {
				errs = append(errs, inputError{a, err})
			}
			out = append(out, files...)
		case err == nil:
			out = append(out, a)
		case strings.ContainsAny(a, "*?["):
			matches, gerr := filepath.Glob(a)
			if gerr != nil {
				errs = append(errs, inputError{a, parley.Errorf(parley.EINVALID, "%s: bad pattern: %v", a, gerr)})
				continue
			}
			if len(matches) == 0 {
				errs = append(errs, inputError{a, parley.Errorf(parley.ENOTFOUND, "%s: no file matches", a)})
			}
			for _, mt := range matches {
				if st, err := os.Stat(mt); err == nil && st.IsDir() {
					files, err := walkFiles(mt)
					if err != nil {
						errs = append(errs, inputError{mt, err})
					}
					out = append(out, files...)
				} else {
					out = append(out, mt)
				}
			}
		default:
			out = append(out, a) // the reader reports the error with its input
		}
	}
	return out, errs
}

// inputError ties an error to the command-line input it came from, so that
// the input can be retried.
type inputError struct {
	input string
	err   error
}

func (e inputError) Error() string { return e.err.Error() }
func (e inputError) Unwrap() error { return e.err }

// duplicateError marks a document found stored before annotation: it
// travels through the pipeline in the place of the document, unannotated.
type duplicateError struct {
	input, id, of string
}

func (e duplicateError) Error() string {
	return fmt.Sprintf("%s: %s duplicates %s", e.input, e.id, e.of)
}

func walkFiles(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := path != root && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && hidden:
			return filepath.SkipDir
		case d.Type().IsRegular() && !hidden:
			files = append(files, path)
		}
		return nil
	})
	slices.Sort(files)
	if err != nil {
		return files, fmt.Errorf("walk %s: %w", root, err)
	}
	return files, nil
}
