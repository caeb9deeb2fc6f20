package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"github.com/parleyhq/parley/sqlite"
)

// mustStats opens the database at path and returns its counts after checking
// its integrity.
func mustStats(t *testing.T, path string) sqlite.Stats {
	t.Helper()
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.IntegrityCheck(context.Background()); err != nil {
		t.Fatal(err)
	}
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

var summaryRE = regexp.MustCompile(`(\d+) documents: (\d+) new, (\d+) duplicate, (\d+) failed; (\d+) events added`)

// summary reads the counts of ingest's summary line.
func summary(t *testing.T, out string) (docs, added, dup, failed int) {
	t.Helper()
	m := summaryRE.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary in %q", out)
	}
	fmt.Sscan(m[1]+" "+m[2]+" "+m[3]+" "+m[4], &docs, &added, &dup, &failed)
	return
}

// writeCorpus writes n distinct articles into dir, built from the example
// texts, and returns dir.
func writeCorpus(t *testing.T, dir string, n int) string {
	t.Helper()
	var bodies []string
	for _, name := range []string{"strike.txt", "sanctions.txt", "election.txt", "floods.txt"} {
		b, err := os.ReadFile(example(name))
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, string(b))
	}
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		name := filepath.Join(dir, fmt.Sprintf("a%04d.txt", i))
		if i%2 == 1 {
			name = filepath.Join(dir, "sub", fmt.Sprintf("a%04d.txt", i))
		}
		text := fmt.Sprintf("Bulletin number %d.\n\n%s", i, bodies[i%len(bodies)])
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestIngest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "data", "parley.db")
	corpus := writeCorpus(t, filepath.Join(dir, "corpus"), 6)
	env := map[string]string{"PARLEY_DB": db}

	t.Run("DirectoryThenAgain", func(t *testing.T) {
		code, out, errOut := run(t, "", env, "ingest", corpus)
		if code != exitOK {
			t.Fatalf("exit %d, stderr %s", code, errOut)
		}
		if docs, added, dup, failed := summary(t, out); docs != 6 || added != 6 || dup != 0 || failed != 0 {
			t.Fatalf("summary %q, want 6 new", out)
		}
		// Re-ingesting, with a copy that differs in white space and case,
		// adds nothing.
		b, _ := os.ReadFile(filepath.Join(corpus, "a0000.txt"))
		copyPath := filepath.Join(dir, "copy.txt")
		os.WriteFile(copyPath, []byte(strings.ToUpper(strings.ReplaceAll(string(b), " ", "\t "))), 0o644)
		code, out, errOut = run(t, "", env, "ingest", corpus, copyPath)
		if code != exitOK {
			t.Fatalf("exit %d, stderr %s", code, errOut)
		}
		if docs, added, dup, _ := summary(t, out); docs != 7 || added != 0 || dup != 7 {
			t.Fatalf("summary %q, want 7 duplicates", out)
		}
		if st := mustStats(t, db); st.Documents != 6 {
			t.Fatalf("Documents = %d, want 6", st.Documents)
		}
		// The stored records come back whole: valid against the schema,
		// layers valid, the same text as a fresh extraction.
		code, out, errOut = run(t, "", env, "export", "--format", "jsonl")
		if code != exitOK {
			t.Fatalf("export: exit %d, stderr %s", code, errOut)
		}
		recs := records(t, out)
		_, fresh, _ := run(t, "", nil, "extract", filepath.Join(corpus, "a0000.txt"))
		want := records(t, fresh)
		if len(recs) != 6 || len(want) != 1 || recs[0].Text != want[0].Text || len(recs[0].Tokens) != len(want[0].Tokens) {
			t.Fatalf("exported %d records; first does not match a fresh extraction", len(recs))
		}
	})

	t.Run("GlobJSONLStdin", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "p.db")
		code, out, errOut := run(t, "Talks resumed in Geneva on Monday.", nil, "ingest", "--db", db,
			filepath.Join(corpus, "sub", "*.txt"), example("batch.jsonl"), "-")
		if code != exitOK {
			t.Fatalf("exit %d, stderr %s", code, errOut)
		}
		if docs, added, _, failed := summary(t, out); docs < 5 || added < 5 || failed != 0 {
			t.Fatalf("summary %q: want the 3 globbed files, the JSONL lines and stdin", out)
		}
	})

	t.Run("ErrBadInputs", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "p.db")
		empty := filepath.Join(t.TempDir(), "empty.txt")
		os.WriteFile(empty, nil, 0o644)
		code, out, errOut := run(t, "", nil, "ingest", "--db", db,
			filepath.Join(corpus, "missing.txt"), filepath.Join(corpus, "nothing-*.txt"), filepath.Join(corpus, "a0000.txt"))
		if code != exitFailed {
			t.Fatalf("exit %d, want %d", code, exitFailed)
		}
		if !strings.Contains(errOut, "missing.txt") || !strings.Contains(errOut, "no file matches") {
			t.Fatalf("stderr %q should name both bad inputs", errOut)
		}
		if _, added, _, failed := summary(t, out); added != 1 || failed != 2 {
			t.Fatalf("summary %q, want 1 new and 2 failed", out)
		}
	})

	t.Run("RetryFailed", func(t *testing.T) {
		dir := t.TempDir()
		db := filepath.Join(dir, "p.db")
		late := filepath.Join(dir, "late.txt")
		code, _, _ := run(t, "", nil, "ingest", "--db", db, late, filepath.Join(corpus, "a0000.txt"))
		if code != exitFailed {
			t.Fatalf("exit %d, want %d", code, exitFailed)
		}
		// The file appears; --retry-failed alone reads it.
		os.WriteFile(late, []byte("Talks between the two delegations resumed in Geneva on Monday."), 0o644)
		code, out, errOut := run(t, "", nil, "ingest", "--db", db, "--retry-failed")
		if code != exitOK {
			t.Fatalf("retry: exit %d, stderr %s", code, errOut)
		}
		if docs, added, _, _ := summary(t, out); docs != 1 || added != 1 {
			t.Fatalf("retry summary %q, want the one failed input, now new", out)
		}
		// Nothing is left to retry.
		_, out, _ = run(t, "", nil, "ingest", "--db", db, "--retry-failed")
		if docs, _, _, _ := summary(t, out); docs != 0 {
			t.Fatalf("second retry summary %q, want nothing", out)
		}
	})

	t.Run("ErrUsage", func(t *testing.T) {
		if code, _, _ := run(t, "", env, "ingest", "--progress", "sometimes", corpus); code != exitUsage {
			t.Fatalf("exit %d, want %d", code, exitUsage)
		}
	})
}

func TestDefaultDBPath(t *testing.T) {
	for _, tt := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"PARLEY_DB": "/x/p.db", "XDG_DATA_HOME": "/d"}, "/x/p.db"},
		{map[string]string{"XDG_DATA_HOME": "/d", "HOME": "/h"}, "/d/parley/parley.db"},
		{map[string]string{"HOME": "/h"}, "/h/.local/share/parley/parley.db"},
		{nil, "parley.db"},
	} {
		m := &Main{Getenv: func(k string) string { return tt.env[k] }}
		if got := m.defaultDBPath(); got != tt.want {
			t.Errorf("defaultDBPath(%v) = %q, want %q", tt.env, got, tt.want)
		}
	}
}

// TestIngestChild is the child process of TestIngest_Kill: it runs the CLI
// with the arguments in PARLEY_TEST_CHILD_ARGS and exits with its code.
func TestIngestChild(t *testing.T) {
	args := os.Getenv("PARLEY_TEST_CHILD_ARGS")
	if args == "" {
		t.Skip("child process of TestIngest_Kill")
	}
	os.Exit(NewMain().Run(context.Background(), strings.Split(args, "\n")))
}

// TestIngest_Kill kills an ingest with SIGKILL in mid-run and checks that
// the database is consistent, holds only whole documents, and that running
// the ingest again completes the set without duplicates.
func TestIngest_Kill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	const total = 400
	corpus := writeCorpus(t, filepath.Join(dir, "corpus"), total)
	db := filepath.Join(dir, "parley.db")

	args := []string{"ingest", "--db", db, "--log-level", "debug", "--workers", "1", "--batch", "5", "--progress", "never", corpus}
	cmd := exec.Command(os.Args[0], "-test.run=^TestIngestChild$")
	cmd.Env = append(os.Environ(), "PARLEY_TEST_CHILD_ARGS="+strings.Join(args, "\n"))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill the child once it has stored some documents: its debug log says
	// "stored" after each commit.
	sc := bufio.NewScanner(stderr)
	stored := 0
	for sc.Scan() {
		if strings.Contains(sc.Text(), `"msg":"stored"`) {
			stored++
		}
		if stored == 25 {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	go func() {
		for sc.Scan() {
		}
	}()
	cmd.Wait()
	if stored < 25 {
		t.Fatalf("child stored %d documents before it ended, want 25", stored)
	}

	st := mustStats(t, db) // integrity_check and whole documents
	if st.Documents < 25 || st.Documents >= total {
		t.Fatalf("after the kill: %d documents, want between 25 and %d", st.Documents, total-1)
	}
	t.Logf("killed after %d documents", st.Documents)

	code, out, errOut := run(t, "", nil, "ingest", "--db", db, corpus)
	if code != exitOK {
		t.Fatalf("rerun: exit %d, stderr %s", code, errOut)
	}
	docs, added, dup, failed := summary(t, out)
	if docs != total || added != total-int(st.Documents) || dup != int(st.Documents) || failed != 0 {
		t.Fatalf("rerun summary %q, want %d new and %d duplicate", out, total-int(st.Documents), st.Documents)
	}
	if st := mustStats(t, db); st.Documents != total {
		t.Fatalf("after the rerun: %d documents, want %d", st.Documents, total)
	}
}

// TestIngest_Watch runs `ingest --watch` over a directory, adds a file after
// the first pass, waits for a pass that stores it, and interrupts.
func TestIngest_Watch(t *testing.T) {
	dir := t.TempDir()
	corpus := writeCorpus(t, filepath.Join(dir, "corpus"), 2)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	m := &Main{Stdin: strings.NewReader(""), Stdout: pw, Stderr: io.Discard, Getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() {
		done <- m.Run(ctx, []string{"ingest", "--db", filepath.Join(dir, "p.db"), "--watch", "20ms", corpus})
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	passes, added := 0, 0
	for sc.Scan() {
		_, n, _, _ := summary(t, sc.Text())
		passes++
		added += n
		if passes == 1 {
			// New files appear in the watched directory.
			os.WriteFile(filepath.Join(corpus, "late.txt"), []byte("Negotiators met again in Doha on Tuesday."), 0o644)
		}
		if added == 3 {
			break
		}
	}
	cancel()
	go io.Copy(io.Discard, pr)
	if code := <-done; code != exitOK {
		t.Fatalf("exit %d after the interrupt, want 0", code)
	}
	if added != 3 || passes < 2 {
		t.Fatalf("%d documents added in %d passes, want 3 in 2 or more", added, passes)
	}
	if st := mustStats(t, filepath.Join(dir, "p.db")); st.Documents != 3 {
		t.Fatalf("Documents = %d, want 3", st.Documents)
	}
}
