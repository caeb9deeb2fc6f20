package sqlite_test

import (
	"context"
	"testing"
)

func TestDB_SetFailures(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	if err := db.SetFailures(ctx, map[string]string{"a.html": "bad charset", "b.txt": "too large"}, []string{"c.txt"}); err != nil {
		t.Fatal(err)
	}
	// b.txt fails again, a.html succeeds this time.
	if err := db.SetFailures(ctx, map[string]string{"b.txt": "still too large"}, []string{"a.html", "b.txt"}); err != nil {
		t.Fatal(err)
	}
	fs, err := db.Failures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Input != "b.txt" || fs[0].Reason != "still too large" || fs[0].Attempts != 2 || !fs[0].FailedAt.Equal(now) {
		t.Fatalf("Failures = %+v, want b.txt after 2 attempts", fs)
	}
}
