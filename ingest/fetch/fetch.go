package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/parleyhq/parley"
)

// Name is the name of this package in logs.
const Name = "fetch"

// Defaults of the Fetcher fields.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxBytes     = 20 << 20
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "parley/1 (+https://github.com/parleyhq/parley)"
)

// Log attribute keys.
const (
	logURL      = "url"
	logFinalURL = "final_url"
	logStatus   = "status"
	logBytes    = "bytes"
	logDuration = "duration"
)

// accept asks for the formats parley reads, HTML first.
const accept = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, " +
	"application/feed+json, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5"

// errTooManyRedirects stops the client at the redirect limit.
var errTooManyRedirects = errors.New("too many redirects")

// Fetcher downloads URLs within limits. The zero value is ready to use with
// the defaults. A Fetcher is safe for concurrent use as long as its fields
// are not changed; each Fetch uses its own connections.
type Fetcher struct {
	// Limits. Zero means the default.
	Timeout      time.Duration // for the whole fetch, redirects and body included
	MaxBytes     int64         // largest body accepted
	MaxRedirects int           // redirects followed; negative follows none

	// Address policy.
	AllowPrivate  bool           // connect to any address, public or not
	AllowPrefixes []netip.Prefix // non-public ranges allowed all the same

	// Identity and logging.
	UserAgent string       // User-Agent header; DefaultUserAgent when empty
	Logger    *slog.Logger // nil discards logs
}

// Response is a successful (2xx) answer with its whole body.
type Response struct {
	URL          string    // final URL, after redirects
	StatusCode   int       // 2xx
	ContentType  string    // Content-Type header, as sent
	LastModified time.Time // Last-Modified header; zero when absent or unreadable
	ETag         string    // ETag header, as sent
	Body         []byte    // the body, decompressed, at most MaxBytes
}

// Fetch downloads rawURL, following redirects, and returns the answer.
//
// It returns an EINVALID error for a URL that is not http or https, an
// *AddrError when the host (or a redirect's host) resolves to a non-public
// address, an EINVALID error after too many redirects, a *StatusError for an
// answer that is not 2xx, and an ETOOLARGE error for a body over MaxBytes.
// A fetch that takes longer than Timeout fails with an error that wraps
// context.DeadlineExceeded.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, parley.Errorf(parley.EINVALID, "fetch %s: bad URL: %v", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, parley.Errorf(parley.EINVALID, "fetch %s: unsupported scheme %q, want http or https", rawURL, u.Scheme)
	}
	if u.Hostname() == "" {
		return nil, parley.Errorf(parley.EINVALID, "fetch %s: URL has no host", rawURL)
	}

	timeout := f.timeout()
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, errTimeout)
	defer cancel()
	start := time.Now()

	tr := f.transport(timeout)
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, CheckRedirect: f.checkRedirect}

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, parley.Errorf(parley.EINVALID, "fetch %s: bad URL: %v", rawURL, err)
	}
	req.Header.Set("User-Agent", f.userAgent())
	req.Header.Set("Accept", accept)

	resp, err := client.Do(req)
	if err != nil {
		return nil, f.doError(ctx, rawURL, timeout, err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &StatusError{URL: rawURL, FinalURL: final, StatusCode: resp.StatusCode, Status: resp.Status}
	}
	maxBytes := f.maxBytes()
	if resp.ContentLength > maxBytes {
		return nil, parley.Errorf(parley.ETOOLARGE, "fetch %s: body of %d bytes is larger than the limit of %d bytes", rawURL, resp.ContentLength, maxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
	if err != nil {
		return nil, f.doError(ctx, rawURL, timeout, fmt.Errorf("read body: %w", err))
	}
	if int64(len(body)) > maxBytes {
		return nil, parley.Errorf(parley.ETOOLARGE, "fetch %s: body is larger than the limit of %d bytes", rawURL, maxBytes)
	}

	out := &Response{
		URL:         final,
		StatusCode:  resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"),
		ETag:        resp.Header.Get("ETag"),
		Body:        body,
	}
	if lm := resp.Header.Get("Last-Modified"); lm != "" {
		if t, err := http.ParseTime(lm); err == nil {
			out.LastModified = t
		}
	}
	f.logger().LogAttrs(ctx, slog.LevelDebug, "fetched",
		slog.String(logURL, rawURL), slog.String(logFinalURL, final), slog.Int(logStatus, resp.StatusCode),
		slog.Int(logBytes, len(body)), slog.Duration(logDuration, time.Since(start)))
	return out, nil
}

// errTimeout is the cause of the context that bounds one fetch.
var errTimeout = errors.New("fetch timed out")

// doError turns an error of the client into one that names rawURL.
func (f *Fetcher) doError(ctx context.Context, rawURL string, timeout time.Duration, err error) error {
	var addrErr *AddrError
	if errors.As(err, &addrErr) {
		e := *addrErr
		e.URL = rawURL
		var ue *url.Error
		if errors.As(err, &ue) {
			e.Hop = ue.URL
		}
		return &e
	}
	if errors.Is(err, errTooManyRedirects) {
		return parley.Errorf(parley.EINVALID, "fetch %s: stopped after %d redirects", rawURL, max(f.maxRedirects(), 0))
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // its text repeats the URL
	}
	if errors.Is(context.Cause(ctx), errTimeout) {
		return fmt.Errorf("fetch %s: no complete answer within %v: %w", rawURL, timeout, context.DeadlineExceeded)
	}
	return fmt.Errorf("fetch %s: %w", rawURL, err)
}

// transport returns a one-off transport that dials through the address
// check and uses no proxy.
func (f *Fetcher) transport(timeout time.Duration) *http.Transport {
	dialer := &net.Dialer{Timeout: timeout, Control: f.control}
	return &http.Transport{
		Proxy:                  nil,
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    timeout,
		MaxResponseHeaderBytes: 1 << 20,
	}
}

// control refuses a connection to a non-public address. It runs after name
// resolution, once per address dialled, so it sees the real peer.
func (f *Fetcher) control(network, address string, _ syscall.RawConn) error {
	if f.AllowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &AddrError{Class: ClassInvalid}
	}
	addr := ap.Addr().WithZone("").Unmap()
	class := Classify(addr)
	if class == "" {
		return nil
	}
	for _, p := range f.AllowPrefixes {
		if p.Contains(addr) {
			return nil
		}
	}
	return &AddrError{Addr: addr, Class: class}
}

// checkRedirect stops at the redirect limit and refuses schemes other than
// http and https.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.maxRedirects() {
		return errTooManyRedirects
	}
	if s := req.URL.Scheme; s != "http" && s != "https" {
		return fmt.Errorf("redirect to unsupported scheme %q", s)
	}
	return nil
}

func (f *Fetcher) timeout() time.Duration {
	if f.Timeout > 0 {
		return f.Timeout
	}
	return DefaultTimeout
}

func (f *Fetcher) maxBytes() int64 {
	if f.MaxBytes > 0 {
		return f.MaxBytes
	}
	return DefaultMaxBytes
}

func (f *Fetcher) maxRedirects() int {
	switch {
	case f.MaxRedirects < 0:
		return 0
	case f.MaxRedirects == 0:
		return DefaultMaxRedirects
	}
	return f.MaxRedirects
}

func (f *Fetcher) userAgent() string {
	if s := strings.TrimSpace(f.UserAgent); s != "" {
		return s
	}
	return DefaultUserAgent
}

func (f *Fetcher) logger() *slog.Logger {
	if f.Logger != nil {
		return f.Logger.With("component", Name)
	}
	return slog.New(slog.DiscardHandler)
}
