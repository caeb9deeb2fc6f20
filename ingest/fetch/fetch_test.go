package fetch_test

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/fetch"
)

// MustServer starts a loopback test server with handler h and closes it
// when the test ends.
func MustServer(tb testing.TB, h http.HandlerFunc) *httptest.Server {
	tb.Helper()
	srv := httptest.NewServer(h)
	tb.Cleanup(srv.Close)
	return srv
}

// news serves a small page with the headers Fetch reports, and counts
// redirects down from /r/N to /r/0.
func news(w http.ResponseWriter, r *http.Request) {
	if n, ok := strings.CutPrefix(r.URL.Path, "/r/"); ok {
		if k, _ := strconv.Atoi(n); k > 0 {
			http.Redirect(w, r, fmt.Sprintf("/r/%d", k-1), http.StatusFound)
			return
		}
	}
	switch r.URL.Path {
	case "/missing":
		http.NotFound(w, r)
		return
	case "/broken":
		http.Error(w, "boom", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Last-Modified", "Sun, 18 May 2025 14:00:00 GMT")
	w.Header().Set("ETag", `"v1"`)
	fmt.Fprintf(w, "<p>UA=%s</p>", r.UserAgent())
}

func TestFetcher_Fetch(t *testing.T) {
	srv := MustServer(t, news)
	f := &fetch.Fetcher{AllowPrivate: true, UserAgent: "parley-test"}

	t.Run("OK", func(t *testing.T) {
		resp, err := f.Fetch(t.Context(), srv.URL+"/r/2")
		if err != nil {
			t.Fatal(err)
		}
		if got, want := resp.URL, srv.URL+"/r/0"; got != want {
			t.Errorf("URL=%s, want %s", got, want)
		}
		if got, want := string(resp.Body), "<p>UA=parley-test</p>"; got != want {
			t.Errorf("Body=%q, want %q", got, want)
		}
		if resp.StatusCode != 200 || resp.ContentType != "text/html; charset=utf-8" || resp.ETag != `"v1"` {
			t.Errorf("StatusCode, ContentType, ETag = %d, %q, %q", resp.StatusCode, resp.ContentType, resp.ETag)
		}
		if want := time.Date(2025, 5, 18, 14, 0, 0, 0, time.UTC); !resp.LastModified.Equal(want) {
			t.Errorf("LastModified=%v, want %v", resp.LastModified, want)
		}
	})

	t.Run("DefaultUserAgent", func(t *testing.T) {
		resp, err := (&fetch.Fetcher{AllowPrivate: true}).Fetch(t.Context(), srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := string(resp.Body), "<p>UA="+fetch.DefaultUserAgent+"</p>"; got != want {
			t.Errorf("Body=%q, want %q", got, want)
		}
	})

	t.Run("ErrStatus", func(t *testing.T) {
		for _, tt := range []struct {
			path   string
			status int
			code   string
		}{
			{"/missing", 404, parley.ENOTFOUND},
			{"/broken", 500, parley.EINVALID},
		} {
			_, err := f.Fetch(t.Context(), srv.URL+tt.path)
			var se *fetch.StatusError
			if !errors.As(err, &se) || se.StatusCode != tt.status {
				t.Fatalf("Fetch %s: error %v, want a *StatusError %d", tt.path, err, tt.status)
			}
			if code := parley.ErrorCode(err); code != tt.code {
				t.Errorf("Fetch %s: code=%s, want %s", tt.path, code, tt.code)
			}
			if msg := parley.ErrorMessage(err); !strings.Contains(msg, srv.URL+tt.path) {
				t.Errorf("message %q does not name the URL", msg)
			}
		}
	})
}

func TestFetcher_Fetch_ErrRedirects(t *testing.T) {
	srv := MustServer(t, news)
	for _, tt := range []struct {
		max  int
		hops int
		ok   bool
	}{
		{0, 5, true}, // default 5
		{0, 6, false},
		{2, 2, true},
		{2, 3, false},
		{-1, 0, true},
		{-1, 1, false},
	} {
		f := &fetch.Fetcher{AllowPrivate: true, MaxRedirects: tt.max}
		url := fmt.Sprintf("%s/r/%d", srv.URL, tt.hops)
		_, err := f.Fetch(t.Context(), url)
		if tt.ok {
			if err != nil {
				t.Errorf("MaxRedirects=%d, %d hops: %v", tt.max, tt.hops, err)
			}
			continue
		}
		if parley.ErrorCode(err) != parley.EINVALID || !strings.Contains(err.Error(), "redirects") || !strings.Contains(err.Error(), url) {
			t.Errorf("MaxRedirects=%d, %d hops: error %v, want EINVALID naming %s and redirects", tt.max, tt.hops, err, url)
		}
	}
}

func TestFetcher_Fetch_ErrPrivate(t *testing.T) {
	srv := MustServer(t, news)
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	for _, url := range []string{
		srv.URL,
		fmt.Sprintf("http://localhost:%d/", port),
		fmt.Sprintf("http://[::ffff:127.0.0.1]:%d/", port),
	} {
		_, err := (&fetch.Fetcher{}).Fetch(t.Context(), url)
		var ae *fetch.AddrError
		if !errors.As(err, &ae) {
			t.Fatalf("Fetch %s: error %v, want an *AddrError", url, err)
		}
		if ae.Class != fetch.ClassLoopback || !ae.Addr.IsLoopback() {
			t.Errorf("Fetch %s: refused %s as %q, want a loopback address", url, ae.Addr, ae.Class)
		}
		if code := parley.ErrorCode(err); code != parley.EINVALID {
			t.Errorf("code=%s, want %s", code, parley.EINVALID)
		}
		if msg := parley.ErrorMessage(err); !strings.Contains(msg, url) || !strings.Contains(msg, "--allow-private") {
			t.Errorf("message %q, want it to name %s and --allow-private", msg, url)
		}
	}
}

func TestFetcher_Fetch_ErrPrivateRedirect(t *testing.T) {
	// The target listens on 127.0.0.2, the first hop on 127.0.0.1, which the
	// fetcher allows; the redirect to the target must still be refused.
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.2: %v", err)
	}
	target := httptest.NewUnstartedServer(http.HandlerFunc(news))
	target.Listener.Close()
	target.Listener = ln
	target.Start()
	t.Cleanup(target.Close)
	hop := MustServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.URL+"/secret", http.StatusFound)
	})

	f := &fetch.Fetcher{AllowPrefixes: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}
	_, err = f.Fetch(t.Context(), hop.URL)
	var ae *fetch.AddrError
	if !errors.As(err, &ae) {
		t.Fatalf("error %v, want an *AddrError", err)
	}
	if ae.Addr != netip.MustParseAddr("127.0.0.2") || ae.URL != hop.URL || ae.Hop != target.URL+"/secret" {
		t.Errorf("AddrError{URL: %s, Hop: %s, Addr: %s}, want {%s, %s/secret, 127.0.0.2}", ae.URL, ae.Hop, ae.Addr, hop.URL, target.URL)
	}
	if _, err := f.Fetch(t.Context(), target.URL); !errors.As(err, &ae) {
		t.Errorf("direct fetch of 127.0.0.2: error %v, want an *AddrError", err)
	}
	if _, err := (&fetch.Fetcher{AllowPrivate: true}).Fetch(t.Context(), hop.URL); err != nil {
		t.Errorf("AllowPrivate: %v", err)
	}
}

func TestFetcher_Fetch_ErrTooLarge(t *testing.T) {
	chunk := strings.Repeat("x", 512)
	srv := MustServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/gzip" {
			// 64 KB of zeros compress to a few hundred bytes, under the
			// limit; the limit applies to the decompressed body.
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write(make([]byte, 64<<10))
			zw.Close()
			return
		}
		if r.URL.Path == "/declared" {
			w.Header().Set("Content-Length", "4096")
			fmt.Fprint(w, strings.Repeat(chunk, 8))
			return
		}
		// Stream without a length, flushing so the client sees chunks.
		for range 8 {
			if _, err := fmt.Fprint(w, chunk); err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	})
	f := &fetch.Fetcher{AllowPrivate: true, MaxBytes: 1000}
	for _, path := range []string{"/streamed", "/declared", "/gzip"} {
		_, err := f.Fetch(t.Context(), srv.URL+path)
		if code := parley.ErrorCode(err); code != parley.ETOOLARGE {
			t.Errorf("Fetch %s: code=%s (%v), want %s", path, code, err, parley.ETOOLARGE)
		}
		if err != nil && !strings.Contains(err.Error(), srv.URL+path) {
			t.Errorf("error %q does not name the URL", err)
		}
	}
	resp, err := (&fetch.Fetcher{AllowPrivate: true, MaxBytes: 4096}).Fetch(t.Context(), srv.URL+"/streamed")
	if err != nil || len(resp.Body) != 4096 {
		t.Errorf("MaxBytes equal to the body: err=%v, want the whole body", err)
	}
}

func TestFetcher_Fetch_ErrTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := MustServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/body" {
			w.WriteHeader(http.StatusOK)
			fmt.Fprint(w, "start")
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	t.Cleanup(func() { close(release) }) // runs before srv.Close

	f := &fetch.Fetcher{AllowPrivate: true, Timeout: 50 * time.Millisecond}
	for _, path := range []string{"/headers", "/body"} {
		start := time.Now()
		_, err := f.Fetch(t.Context(), srv.URL+path)
		if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), srv.URL+path) {
			t.Errorf("Fetch %s: error %v, want a deadline error naming the URL", path, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("Fetch %s took %v with a 50ms timeout", path, d)
		}
	}
}

func TestFetcher_Fetch_Canceled(t *testing.T) {
	srv := MustServer(t, news)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err := (&fetch.Fetcher{AllowPrivate: true}).Fetch(ctx, srv.URL)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}

func TestFetcher_Fetch_ErrURL(t *testing.T) {
	for _, url := range []string{
		"ftp://example.org/file",
		"file:///etc/passwd",
		"example.org/no-scheme",
		"http://",
		"http://%zz/",
		"",
	} {
		_, err := (&fetch.Fetcher{}).Fetch(t.Context(), url)
		if code := parley.ErrorCode(err); code != parley.EINVALID {
			t.Errorf("Fetch %q: code=%s (%v), want %s", url, code, err, parley.EINVALID)
		}
	}
}
