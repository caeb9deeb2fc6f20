package segment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleyhq/parley/segment"
)

// TestData checks that every data file opens with comment lines naming its
// source and licence.
func TestData(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("data", "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var header []string
		for _, line := range strings.Split(string(b), "\n") {
			if !strings.HasPrefix(line, "#") {
				break
			}
			header = append(header, line)
		}
		h := strings.Join(header, "\n")
		if !strings.Contains(h, "Source:") || !strings.Contains(h, "Licence:") {
			t.Errorf("%s: header names no Source: and Licence:", name)
		}
	}
}

func TestNewFS(t *testing.T) {
	good := func() fstest.MapFS {
		m := fstest.MapFS{}
		for _, name := range []string{"abbreviations.tsv", "starters.tsv", "timewords.tsv", "speechverbs.tsv", "tlds.tsv"} {
			b, err := os.ReadFile(filepath.Join("data", name))
			if err != nil {
				t.Fatal(err)
			}
			m[name] = &fstest.MapFile{Data: b}
		}
		return m
	}
	t.Run("OK", func(t *testing.T) {
		fsys := good()
		fsys["abbreviations.tsv"].Data = append(fsys["abbreviations.tsv"].Data, "Zz.\ttitle\n"...)
		s, err := segment.NewFS(fsys)
		if err != nil {
			t.Fatalf("NewFS: %v", err)
		}
		doc := MustAnnotate(t, s, "Zz. Smith left. He came back.")
		if n := len(doc.Sentences); n != 2 {
			t.Fatalf("len(Sentences)=%d, want 2", n)
		}
	})
	for _, tt := range []struct {
		name, file, data, want string
	}{
		{"ErrClass", "abbreviations.tsv", "# c\nGen.\tgeneral\n", "abbreviations.tsv:2: unknown class"},
		{"ErrPeriod", "abbreviations.tsv", "Gen\ttitle\n", "does not end in a period"},
		{"ErrFields", "starters.tsv", "The\tA\n", "starters.tsv:1: want 1 field"},
		{"ErrMissing", "tlds.tsv", "", "open tlds.tsv"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := good()
			if tt.data == "" {
				delete(fsys, tt.file)
			} else {
				fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			}
			_, err := segment.NewFS(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("NewFS error=%v, want one containing %q", err, tt.want)
			}
		})
	}
}
