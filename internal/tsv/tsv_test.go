package tsv_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleyhq/parley/internal/tsv"
)

func TestRows(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.tsv":    {Data: []byte("# source: written for parley; CC0\n\nKyiv\tUKR\r\nMoscow\tRUS\tcapital  \n\t\tempty first\n")},
		"short.tsv": {Data: []byte("# header\na\tb\nonly\n")},
	}
	t.Run("OK", func(t *testing.T) {
		got, err := tsv.Rows(fsys, "ok.tsv", 1, 3)
		if err != nil {
			t.Fatal(err)
		}
		want := [][]string{{"Kyiv", "UKR", ""}, {"Moscow", "RUS", "capital"}, {"", "", "empty first"}}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Rows=%q, want %q", got, want)
		}
	})
	t.Run("ErrShortLine", func(t *testing.T) {
		_, err := tsv.Rows(fsys, "short.tsv", 2, 2)
		if err == nil || !strings.HasPrefix(err.Error(), "short.tsv:3: ") {
			t.Fatalf("err=%v, want one naming short.tsv:3", err)
		}
	})
	t.Run("ErrMissing", func(t *testing.T) {
		if _, err := tsv.Rows(fsys, "none.tsv", 1, 1); err == nil {
			t.Fatal("want an error for a missing file")
		}
	})
	t.Run("ErrFromCallback", func(t *testing.T) {
		bad := errors.New("bad code")
		err := tsv.Each(fsys, "ok.tsv", func(f []string) error {
			if f[0] == "Moscow" {
				return bad
			}
			return nil
		})
		if !errors.Is(err, bad) || !strings.HasPrefix(err.Error(), "ok.tsv:4: ") {
			t.Fatalf("err=%v, want bad code at ok.tsv:4", err)
		}
	})
}
