package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// run runs the CLI in process and returns its exit code, stdout and stderr.
func run(t *testing.T, stdin string, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errOut,
		Getenv: func(k string) string { return env[k] },
	}
	code := m.Run(context.Background(), args)
	return code, out.String(), errOut.String()
}

// records decodes JSONL output and checks each record: valid against the
// schema, layers valid, and every token span slicing back to its text.
func records(t *testing.T, out string) []*parley.Record {
	t.Helper()
	var recs []*parley.Record
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		parleytest.MustMatchSchema(t, line)
		var r parley.Record
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatalf("decode record: %v", err)
		}
		parleytest.MustValid(t, r.Document)
		recs = append(recs, &r)
	}
	return recs
}

func example(name string) string {
	return filepath.Join("..", "..", "examples", name)
}

func TestExtract(t *testing.T) {
	t.Run("Seed", func(t *testing.T) {
		seed := parleytest.SharedPath(t, "examples", "seed", "article.txt")
		code, out, errOut := run(t, "", nil, "extract", "--published", "2025-05-18", seed)
		if code != exitOK {
			t.Fatalf("exit %d, stderr: %s", code, errOut)
		}
		recs := records(t, out)
		if len(recs) != 1 {
			t.Fatalf("%d records, want 1", len(recs))
		}
		r := recs[0]
		if got, want := r.Published.Format("2006-01-02"), "2025-05-18"; got != want {
			t.Fatalf("published=%s, want %s", got, want)
		}
		if r.PublishedFrom != parley.DateFromUser {
			t.Fatalf("published_from=%q, want %q", r.PublishedFrom, parley.DateFromUser)
		}
		if len(r.Sentences) < 12 || len(r.Tokens) < 400 {
			t.Fatalf("%d sentences and %d tokens, want at least 12 and 400", len(r.Sentences), len(r.Tokens))
		}
		if got := r.Slice(r.Sentences[0].Span); !strings.HasPrefix(got, "President Donald Trump said") || !strings.HasSuffix(got, "two countries.") {
			t.Fatalf("first sentence %q", got)
		}
	})
	t.Run("StdinAndFormats", func(t *testing.T) {
		in := "Talks resumed in Geneva on Monday.\nNo deal was reached.\n"
		for _, format := range []string{"jsonl", "json", "pretty"} {
			code, out, errOut := run(t, in, nil, "extract", "--format", format, "-")
			if code != exitOK {
				t.Fatalf("%s: exit %d, stderr: %s", format, code, errOut)
			}
			var v any
			dec := json.NewDecoder(strings.NewReader(out))
			n := 0
			for dec.More() {
				if err := dec.Decode(&v); err != nil {
					t.Fatalf("%s: output is not JSON: %v\n%s", format, err, out)
				}
				n++
			}
			if n != 1 {
				t.Fatalf("%s: %d JSON values, want 1", format, n)
			}
			if format == "json" {
				if _, ok := v.([]any); !ok {
					t.Fatalf("json: want an array, got %T", v)
				}
			}
		}
	})
	t.Run("Deterministic", func(t *testing.T) {
		args := []string{"extract", "--published", "2025-05-22", example("strike.txt"), example("floods.txt"), example("election.txt")}
		_, a, _ := run(t, "", nil, args...)
		_, b, _ := run(t, "", map[string]string{"PARLEY_WORKERS": "1"}, args...)
		if a != b || a == "" {
			t.Fatal("output differs between runs with different worker counts")
		}
		recs := records(t, a)
		if len(recs) != 3 || !strings.HasSuffix(recs[2].Input, "election.txt") {
			t.Fatalf("want 3 records in input order, got %d", len(recs))
		}
	})
	t.Run("ErrMissingFileOthersGoOn", func(t *testing.T) {
		code, out, errOut := run(t, "", nil, "extract", "no-such-file.txt", example("strike.txt"))
		if code != exitFailed {
			t.Fatalf("exit %d, want %d", code, exitFailed)
		}
		if !strings.Contains(errOut, "no-such-file.txt") {
			t.Fatalf("stderr does not name the input: %s", errOut)
		}
		if n := len(records(t, out)); n != 1 {
			t.Fatalf("%d records, want 1", n)
		}
	})
	t.Run("ErrUsage", func(t *testing.T) {
		for _, args := range [][]string{
			{"extract", "--format", "xml"},
			{"extract", "--published", "yesterday"},
			{"extract", "--input-format", "pdf"},
			{"extract", "--no-such-flag"},
			{"extract", "--disable", "nosuch"},
			{"no-such-command"},
		} {
			code, _, errOut := run(t, "", nil, args...)
			if code != exitUsage {
				t.Errorf("%v: exit %d, want %d (stderr %s)", args, code, exitUsage, errOut)
			}
		}
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		big := strings.Repeat("word ", 1000)
		code, _, errOut := run(t, big, nil, "extract", "--max-bytes", "1000", "-")
		if code != exitFailed || !strings.Contains(errOut, "larger than 1000 bytes") {
			t.Fatalf("exit %d, stderr %q; want a size error", code, errOut)
		}
	})
	t.Run("URL", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<html><head><title>Talks end</title><meta property="article:published_time" content="2025-05-16T18:00:00Z"></head>
<body><article><h1>Talks end</h1><p>Russian and Ukrainian delegations met in Istanbul on Friday for the first direct talks since 2022.</p>
<p>The meeting lasted less than two hours, officials said.</p></article></body></html>`)
		}))
		defer srv.Close()
		code, _, errOut := run(t, "", nil, "extract", srv.URL)
		if code != exitFailed || !strings.Contains(errOut, "--allow-private") {
			t.Fatalf("loopback URL: exit %d, stderr %q; want refusal naming --allow-private", code, errOut)
		}
		code, out, errOut := run(t, "", nil, "extract", "--allow-private", srv.URL)
		if code != exitOK {
			t.Fatalf("exit %d, stderr %s", code, errOut)
		}
		recs := records(t, out)
		if len(recs) != 1 || recs[0].Title != "Talks end" || recs[0].PublishedFrom != parley.DateFromMeta {
			t.Fatalf("got %+v", recs)
		}
	})
}

func TestExtract_Inputs(t *testing.T) {
	// Every example input format works from the command line.
	entries, err := os.ReadDir(filepath.Join("..", "..", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == "README.md" {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			code, out, errOut := run(t, "", nil, "extract", "--published", "2025-05-18", example(e.Name()))
			if code != exitOK {
				t.Fatalf("exit %d, stderr %s", code, errOut)
			}
			if len(records(t, out)) == 0 {
				t.Fatal("no records")
			}
		})
	}
}
