package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// TestServe starts `parley serve` on a free port, queries events over HTTP
// and stops it by cancelling its context, as an interrupt does.
func TestServe(t *testing.T) {
	db := mustEventDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: pw, Getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() {
		done <- m.Run(ctx, []string{"serve", "--db", db, "--addr", "localhost:0"})
		pw.Close()
	}()
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		re := regexp.MustCompile(`on (http://\S+)`)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				urls <- m[1]
			}
		}
		close(urls)
	}()
	base, ok := <-urls
	if !ok {
		t.Fatalf("serve ended with %d before it listened", <-done)
	}

	resp, err := http.Get(base + "/api/v1/events?country=TUR&modality=planned&from=2025-06-01")
	if err != nil {
		t.Fatal(err)
	}
	var page struct {
		Events []struct {
			Event struct{ Type string }
			Place struct{ Name string }
		}
		Next string
	}
	err = json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK || len(page.Events) != 1 || page.Events[0].Place.Name != "Istanbul" {
		t.Fatalf("%d %v %+v", resp.StatusCode, err, page)
	}

	resp, err = http.Get(base + "/api/v1/documents/nope")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("unknown document: %d, want 404", resp.StatusCode)
	}

	cancel()
	if code := <-done; code != exitOK {
		t.Fatalf("exit %d after shutdown, want 0", code)
	}
}
