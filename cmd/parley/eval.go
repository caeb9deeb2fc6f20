package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	evalactor "github.com/parleyhq/parley/internal/eval/actor"
	evalgeo "github.com/parleyhq/parley/internal/eval/geo"
	evalplover "github.com/parleyhq/parley/internal/eval/plover"
	evalquantity "github.com/parleyhq/parley/internal/eval/quantity"
	evalquote "github.com/parleyhq/parley/internal/eval/quote"
	evaltimex "github.com/parleyhq/parley/internal/eval/timex"
)

// report is what every evaluation returns.
type report interface {
	WriteText(w io.Writer) error
}

// evaluator scores one annotator against a gold set.
type evaluator struct {
	name  string
	short string
	// dir is the default gold directory; shared marks paths under the
	// shared folder (set by --shared) rather than the repository.
	dir    string
	shared bool
	run    func(dir string) (report, error)
}

func evaluators() []evaluator {
	return []evaluator{
		{"timex", "Score time expressions on TE3-platinum and Recognizers-Text (shared/eval/timex)", "", true,
			func(dir string) (report, error) { return evaltimex.Evaluate(dir) }},
		{"geo", "Score toponym recognition and resolution on GeoWebNews, TR-News, GeoVirus (shared/eval/geo)", "", true,
			func(dir string) (report, error) { return evalgeo.Evaluate(dir) }},
		{"quantity", "Score quantities on Recognizers-Text and PLOVER casualty figures (shared/eval), and parley's own news set", "", true,
			func(dir string) (report, error) { return evalquantity.Evaluate(dir) }},
		{"plover", "Score PLOVER event types, modes and actor countries on the PLOVER gold set (shared/eval/plover)", "", true,
			func(dir string) (report, error) { return evalplover.Evaluate(dir) }},
		{"actor", "Score actor mentions and coding on the hand-checked articles in actor/testdata/eval", "actor/testdata/eval", false,
			func(dir string) (report, error) { return evalactor.Evaluate(dir) }},
		{"quote", "Score quotation spans and speakers on the hand-checked articles in quote/testdata/eval", "quote/testdata/eval", false,
			func(dir string) (report, error) { return evalquote.Evaluate(dir) }},
	}
}

func (m *Main) newEvalCommand() *cobra.Command {
	var shared string
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score annotators against gold sets and print precision, recall and F1",
		Long: `Eval scores one annotator against gold data it was not written from and
prints the scores. Gold sets under the shared folder are found with --shared
(default ../shared, the folder beside the repository); the project's own
hand-checked sets are read from the repository (run from its root).`,
	}
	cmd.PersistentFlags().StringVar(&shared, "shared", m.env("PARLEY_SHARED", "../shared"), "the shared folder holding eval/ (env PARLEY_SHARED)")
	for _, e := range evaluators() {
		var dir string
		sub := &cobra.Command{
			Use:   e.name,
			Short: e.short,
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				d := dir
				if d == "" && e.shared {
					d = shared
				}
				r, err := e.run(d)
				if err != nil {
					return fmt.Errorf("eval %s: %w", e.name, err)
				}
				return r.WriteText(m.Stdout)
			},
		}
		sub.Flags().StringVar(&dir, "dir", e.dir, "gold directory (default: the shared folder, or the repository's own set)")
		cmd.AddCommand(sub)
	}
	return cmd
}
