package sqlite_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/sqlite"
)

// TestCrashChild is the child process of TestDB_Kill: it stores documents
// into PARLEY_TEST_CRASH_DB and prints "stored N" after each commit until
// it is killed.
func TestCrashChild(t *testing.T) {
	path := os.Getenv("PARLEY_TEST_CRASH_DB")
	if path == "" {
		t.Skip("child process of TestDB_Kill")
	}
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	s := sqlite.NewDocumentStore(db)
	for i := 0; ; i++ {
		if _, err := s.PutDocument(context.Background(), parley.NewRecord(newDoc(i, ""))); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("stored %d\n", i)
	}
}

// TestDB_Kill kills a process with SIGKILL while it writes documents with
// events, actors and quotes, and checks that the database is consistent,
// that every committed document is there, and that no document is partial.
func TestDB_Kill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := MustOpenDB(t).Path
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
		cmd.Env = append(os.Environ(), "PARLEY_TEST_CRASH_DB="+path)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(stdout)
		committed := -1
		for sc.Scan() {
			var n int
			if _, err := fmt.Sscanf(sc.Text(), "stored %d", &n); err == nil {
				committed = n
			}
			if committed >= 50*(round+1) {
				break
			}
		}
		// The child is killed while it writes the next documents.
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		go func() {
			for sc.Scan() {
			}
		}()
		cmd.Wait()

		db := sqlite.NewDB(path)
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		if err := db.IntegrityCheck(ctx); err != nil {
			t.Fatal(err)
		}
		st, err := db.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// Every document the child reported is there; later rounds find
		// earlier documents stored and skip them as duplicates.
		if st.Documents < int64(committed+1) || st.Events != 3*st.Documents || st.Quotes != st.Documents {
			t.Fatalf("round %d: %+v after %d committed documents, want whole documents", round, st, committed+1)
		}
		s := sqlite.NewDocumentStore(db)
		for _, i := range []int{0, committed} {
			if _, err := s.FindDocumentByID(ctx, newDoc(i, "").ID); err != nil {
				t.Fatalf("round %d: document %d: %v", round, i, err)
			}
		}
		t.Logf("round %d: killed after %s documents committed, %d stored", round, strconv.Itoa(committed+1), st.Documents)
		db.Close()
	}
}
