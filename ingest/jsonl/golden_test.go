package jsonl_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/jsonl"
	"github.com/parleyhq/parley/internal/parleytest"
)

// golden is what a golden file holds: the documents read and the errors as
// "position: code: message".
type golden struct {
	Documents []*parley.Document `json:"documents"`
	Errors    []string           `json:"errors"`
}

func TestRead_Golden(t *testing.T) {
	root := parleytest.ModuleRoot(t)
	for _, tt := range []struct {
		input, golden string
		html          func([]byte, string, string) (*parley.Document, error)
	}{
		{filepath.Join(root, "examples", "batch.jsonl"), "testdata/batch.golden.json", stripTags},
		{"testdata/malformed.jsonl", "testdata/malformed.golden.json", nil},
	} {
		t.Run(filepath.Base(tt.input), func(t *testing.T) {
			f, err := os.Open(tt.input)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			docs, errs := MustRead(t, f, jsonl.Options{Name: filepath.Base(tt.input), HTML: tt.html})
			g := golden{Documents: docs, Errors: []string{}}
			for _, err := range errs {
				var ie *parley.InputError
				if !errors.As(err, &ie) {
					t.Fatalf("%v is not an *InputError", err)
				}
				g.Errors = append(g.Errors, fmt.Sprintf("%v: %s: %s", ie.Pos, parley.ErrorCode(err), parley.ErrorMessage(err)))
			}
			parleytest.Golden(t, tt.golden, parleytest.MarshalGolden(t, g))
		})
	}
}
