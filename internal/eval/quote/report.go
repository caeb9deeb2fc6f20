package quote

import (
	"fmt"
	"io"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/eval/score"
)

// Report holds the scores of one evaluation run.
type Report struct {
	Articles int
	// Actor scores the pipeline with the actor layer; Plain without it.
	Actor, Plain Scores
}

// Scores are span and speaker scores of one configuration.
type Scores struct {
	Gold, Predicted int
	// Exact counts predicted spans equal to a gold span; Relaxed counts
	// one-to-one matches whose overlap covers at least half of the longer
	// span.
	Exact, Relaxed int
	// ExactP, ExactR, ExactF1 and RelaxedP, RelaxedR, RelaxedF1 are the
	// span scores.
	ExactP, ExactR, ExactF1       float64
	RelaxedP, RelaxedR, RelaxedF1 float64
	// SpeakerRight counts relaxed matches with the right speaker;
	// SpeakerAcc is SpeakerRight over Relaxed.
	SpeakerRight int
	SpeakerAcc   float64
	// Errors lists the misses, false alarms, boundary and speaker errors.
	Errors []string
}

func (s *Scores) add(a *Article, doc *parley.Document) {
	s.Gold += len(a.Gold)
	s.Predicted += len(doc.Quotes)
	usedP := make([]bool, len(doc.Quotes))
	for _, g := range a.Gold {
		best, bestOv, bestRatio := -1, 0, 0.0
		for pi, q := range doc.Quotes {
			if usedP[pi] || !q.Span.Overlaps(g.Span) {
				continue
			}
			ov := min(q.Span.End, g.Span.End) - max(q.Span.Start, g.Span.Start)
			ratio := float64(ov) / float64(max(q.Span.Len(), g.Span.Len()))
			if ratio > bestRatio {
				best, bestOv, bestRatio = pi, ov, ratio
			}
		}
		if best < 0 || 2*bestOv < max(g.Span.Len(), doc.Quotes[best].Span.Len()) {
			s.Errors = append(s.Errors, fmt.Sprintf("%s: missed %q (%s)", a.Name, clip(doc.Slice(g.Span)), g.Speaker))
			continue
		}
		usedP[best] = true
		q := doc.Quotes[best]
		s.Relaxed++
		if q.Span == g.Span {
			s.Exact++
		} else {
			s.Errors = append(s.Errors, fmt.Sprintf("%s: boundary: got %q, want %q", a.Name, clip(doc.Slice(q.Span)), clip(doc.Slice(g.Span))))
		}
		if speakerRight(doc, q, g.Speaker) {
			s.SpeakerRight++
		} else {
			s.Errors = append(s.Errors, fmt.Sprintf("%s: speaker of %q: got %q (%s), want %s", a.Name, clip(doc.Slice(g.Span)), q.SpeakerText, actorName(doc, q.Speaker), g.Speaker))
		}
	}
	for pi, q := range doc.Quotes {
		if !usedP[pi] {
			s.Errors = append(s.Errors, fmt.Sprintf("%s: false alarm %q (%s, %s)", a.Name, clip(doc.Slice(q.Span)), q.SpeakerText, q.Rule))
		}
	}
}

// speakerRight reports whether quote q names the gold speaker word, or
// one of the words of a gold speaker written as "a/b".
func speakerRight(doc *parley.Document, q parley.Quote, want string) bool {
	if want == "?" {
		return q.Speaker < 0 && q.SpeakerText == ""
	}
	for _, alt := range strings.Split(want, "/") {
		if speakerIs(doc, q, strings.ToLower(alt)) {
			return true
		}
	}
	return false
}

func speakerIs(doc *parley.Document, q parley.Quote, w string) bool {
	if q.Speaker >= 0 && q.Speaker < len(doc.Actors) {
		ac := doc.Actors[q.Speaker]
		if strings.Contains(strings.ToLower(ac.Name), w) {
			return true
		}
		for _, al := range ac.Aliases {
			if strings.Contains(strings.ToLower(al), w) {
				return true
			}
		}
	}
	return strings.Contains(strings.ToLower(q.SpeakerText), w)
}

func actorName(doc *parley.Document, i int) string {
	if i >= 0 && i < len(doc.Actors) {
		return doc.Actors[i].Name
	}
	return "-"
}

func clip(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > 70 {
		return string(r[:67]) + "..."
	}
	return s
}

func (s *Scores) finish() {
	s.ExactP, s.ExactR, s.ExactF1 = score.PRF(s.Exact, s.Predicted, s.Gold)
	s.RelaxedP, s.RelaxedR, s.RelaxedF1 = score.PRF(s.Relaxed, s.Predicted, s.Gold)
	if s.Relaxed > 0 {
		s.SpeakerAcc = float64(s.SpeakerRight) / float64(s.Relaxed)
	}
}

// WriteText writes the scores as a small table.
func (r *Report) WriteText(w io.Writer) error {
	_, err := fmt.Fprintf(w, "quote evaluation: %d articles, %d gold quotes\n\n", r.Articles, r.Actor.Gold)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%-14s %9s %7s %7s %7s %9s %9s %9s %8s\n", "pipeline", "predicted", "exactP", "exactR", "exactF1", "relaxedP", "relaxedR", "relaxedF1", "speaker")
	for _, row := range []struct {
		name string
		s    *Scores
	}{{"with actor", &r.Actor}, {"without actor", &r.Plain}} {
		s := row.s
		_, err = fmt.Fprintf(w, "%-14s %9d %7.3f %7.3f %7.3f %9.3f %9.3f %9.3f %8.3f\n", row.name, s.Predicted,
			s.ExactP, s.ExactR, s.ExactF1, s.RelaxedP, s.RelaxedR, s.RelaxedF1, s.SpeakerAcc)
		if err != nil {
			return err
		}
	}
	return nil
}

// WriteErrors writes the errors of the run with the actor layer, one a
// line.
func (r *Report) WriteErrors(w io.Writer) error {
	for _, e := range r.Actor.Errors {
		if _, err := fmt.Fprintln(w, e); err != nil {
			return err
		}
	}
	return nil
}
