package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/pipeline"
)

func stage(name string, reads, writes []parley.Layer, f func(*parley.Document)) pipeline.Stage {
	return pipeline.Stage{Name: name, Reads: reads, Writes: writes, Annotator: parley.AnnotatorFunc(f)}
}

func TestNew(t *testing.T) {
	nop := func(*parley.Document) {}
	tok := []parley.Layer{parley.LayerTokens}
	times := []parley.Layer{parley.LayerTimes}
	t.Run("OK", func(t *testing.T) {
		p, err := pipeline.New(stage("seg", nil, tok, nop), stage("timex", tok, times, nop))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := strings.Join(p.Stages(), ","), "seg,timex"; got != want {
			t.Fatalf("Stages()=%s, want %s", got, want)
		}
	})
	t.Run("ErrReadBeforeWrite", func(t *testing.T) {
		_, err := pipeline.New(stage("timex", tok, times, nop), stage("seg", nil, tok, nop))
		if parley.ErrorCode(err) != parley.EINVALID || !strings.Contains(err.Error(), `reads layer "tokens"`) {
			t.Fatalf("err=%v, want EINVALID about tokens", err)
		}
	})
	t.Run("ErrTwoWriters", func(t *testing.T) {
		_, err := pipeline.New(stage("a", nil, tok, nop), stage("b", nil, tok, nop))
		if parley.ErrorCode(err) != parley.EINVALID {
			t.Fatalf("err=%v, want EINVALID", err)
		}
	})
	t.Run("ErrDuplicateName", func(t *testing.T) {
		_, err := pipeline.New(stage("a", nil, nil, nop), stage("a", nil, nil, nop))
		if parley.ErrorCode(err) != parley.EINVALID {
			t.Fatalf("err=%v, want EINVALID", err)
		}
	})
	t.Run("ParagraphsFromIngest", func(t *testing.T) {
		if _, err := pipeline.New(stage("seg", []parley.Layer{parley.LayerParagraphs}, tok, nop)); err != nil {
			t.Fatal(err)
		}
	})
}

func TestPipeline_Annotate(t *testing.T) {
	t.Run("PanicBecomesError", func(t *testing.T) {
		p, err := pipeline.New(stage("boom", nil, nil, func(*parley.Document) { panic("bad rule") }))
		if err != nil {
			t.Fatal(err)
		}
		err = p.Annotate(&parley.Document{ID: "d1"})
		if err == nil || !strings.Contains(err.Error(), "stage boom panicked: bad rule") {
			t.Fatalf("err=%v, want panic turned into error", err)
		}
	})
}

// TestPipeline_Run checks that results come out in input order whatever the
// number of workers, with errors passed through in place.
func TestPipeline_Run(t *testing.T) {
	p, err := pipeline.New(stage("upper", nil, nil, func(d *parley.Document) {
		if d.Text == "panic" {
			panic("boom")
		}
		d.Title = strings.ToUpper(d.Text)
	}))
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2, 7} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			in := make(chan pipeline.Item)
			go func() {
				defer close(in)
				for i := range 200 {
					switch {
					case i%17 == 0:
						in <- pipeline.Item{Err: fmt.Errorf("input %d", i)}
					case i%50 == 1:
						in <- pipeline.Item{Doc: &parley.Document{ID: fmt.Sprint(i), Text: "panic"}}
					default:
						in <- pipeline.Item{Doc: &parley.Document{ID: fmt.Sprint(i), Text: fmt.Sprintf("doc%d", i)}}
					}
				}
			}()
			var got []string
			err := p.Run(context.Background(), workers, in, func(it pipeline.Item) error {
				switch {
				case it.Err != nil && it.Doc != nil:
					got = append(got, "fail "+it.Doc.ID)
				case it.Err != nil:
					got = append(got, it.Err.Error())
				default:
					got = append(got, it.Doc.Title)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 200 {
				t.Fatalf("got %d results, want 200", len(got))
			}
			for i, g := range got {
				want := fmt.Sprintf("DOC%d", i)
				if i%17 == 0 {
					want = fmt.Sprintf("input %d", i)
				} else if i%50 == 1 {
					want = fmt.Sprintf("fail %d", i)
				}
				if g != want {
					t.Fatalf("result %d=%q, want %q", i, g, want)
				}
			}
		})
	}
	t.Run("EmitErrorStops", func(t *testing.T) {
		in := make(chan pipeline.Item)
		go func() {
			defer close(in)
			for i := range 1000 {
				select {
				case in <- pipeline.Item{Doc: &parley.Document{ID: fmt.Sprint(i)}}:
				case <-t.Context().Done():
					return
				}
			}
		}()
		stop := errors.New("stop")
		n := 0
		err := p.Run(t.Context(), 3, in, func(pipeline.Item) error {
			n++
			if n == 5 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || n != 5 {
			t.Fatalf("err=%v after %d items, want stop after 5", err, n)
		}
	})
	t.Run("Canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		in := make(chan pipeline.Item) // never closed: only cancel ends Run
		n := 0
		go func() {
			for i := 0; ; i++ {
				select {
				case in <- pipeline.Item{Doc: &parley.Document{ID: fmt.Sprint(i)}}:
				case <-t.Context().Done():
					return
				}
			}
		}()
		err := p.Run(ctx, 2, in, func(pipeline.Item) error {
			n++
			if n == 10 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err=%v, want context.Canceled", err)
		}
	})
}
