// Command parley turns news articles into structured, evidence-linked event
// records. See the README for an overview and `parley help` for commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Exit codes.
const (
	exitOK      = 0 // every input succeeded
	exitFailed  = 1 // some inputs failed; their errors are on stderr
	exitUsage   = 2 // bad flags or arguments
	exitAborted = 3 // stopped by a signal or an internal error
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(NewMain().Run(ctx, os.Args[1:]))
}

// Main holds the process's outside world, so tests can run the CLI in
// process with their own streams and environment.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string

	logger *slog.Logger
}

// NewMain returns a Main wired to the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

// usageError marks an error in the command line, which exits with 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// failedError reports that some inputs failed after the others were done.
type failedError struct{ n int }

func (e failedError) Error() string { return fmt.Sprintf("%d input(s) failed", e.n) }

// Run executes the command line args and returns the exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	root := m.newRootCommand()
	root.SetArgs(args)
	root.SetIn(m.Stdin)
	root.SetOut(m.Stdout)
	root.SetErr(m.Stderr)
	err := root.ExecuteContext(ctx)
	var fe failedError
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &fe):
		fmt.Fprintf(m.Stderr, "parley: %v\n", err)
		return exitFailed
	case errors.As(err, &ue), isCobraUsage(err):
		fmt.Fprintf(m.Stderr, "parley: %v\nRun 'parley help' for usage.\n", err)
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(m.Stderr, "parley: interrupted")
		return exitAborted
	default:
		fmt.Fprintf(m.Stderr, "parley: %v\n", err)
		return exitAborted
	}
}

// isCobraUsage recognises cobra's own argument and flag errors.
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "bad flag syntax"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func (m *Main) newRootCommand() *cobra.Command {
	var logLevel string
	root := &cobra.Command{
		Use:           "parley",
		Short:         "Turn news articles into evidence-linked event records",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			var level slog.Level
			if err := level.UnmarshalText([]byte(logLevel)); err != nil {
				return usageError{fmt.Errorf("--log-level: %w", err)}
			}
			var h slog.Handler
			opts := &slog.HandlerOptions{Level: level}
			if f, ok := m.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
				h = slog.NewTextHandler(m.Stderr, opts)
			} else {
				h = slog.NewJSONHandler(m.Stderr, opts)
			}
			m.logger = slog.New(h)
			return nil
		},
	}
	root.PersistentFlags().StringVar(&logLevel, "log-level", m.env("PARLEY_LOG_LEVEL", "warn"), "log level: debug, info, warn, error (env PARLEY_LOG_LEVEL)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(m.newExtractCommand(), m.newEvalCommand())
	root.AddCommand(m.newIngestCommand(), m.newExportCommand(), m.newServeCommand())
	return root
}

// env returns the environment variable key, or def when it is unset.
func (m *Main) env(key, def string) string {
	if v := m.Getenv(key); v != "" {
		return v
	}
	return def
}
