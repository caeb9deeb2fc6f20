package fetch

import (
	"fmt"
	"net/http"
	"net/netip"
	"strings"

	"github.com/parleyhq/parley"
)

// AddrError reports a connection refused because the address is not public.
// It unwraps to an EINVALID *parley.Error with the same message.
type AddrError struct {
	URL   string     // the URL asked for
	Hop   string     // the URL being fetched when refused, if a redirect led there
	Addr  netip.Addr // the address the host resolved to
	Class string     // the address class, one of the Class constants
}

// Error says which URL and address were refused and how to allow them.
func (e *AddrError) Error() string {
	via := ""
	if e.Hop != "" && e.Hop != e.URL {
		via = fmt.Sprintf(" (redirected to %s)", e.Hop)
	}
	a := "a"
	if strings.ContainsAny(e.Class[:1], "aeiou") {
		a = "an"
	}
	return fmt.Sprintf("fetch %s%s: refused to connect to %s, %s %s address; use --allow-private to fetch from private networks",
		e.URL, via, e.Addr, a, e.Class)
}

// Unwrap returns the error as an EINVALID *parley.Error.
func (e *AddrError) Unwrap() error {
	return &parley.Error{Code: parley.EINVALID, Message: e.Error()}
}

// StatusError reports an answer whose status is not a success (2xx). It
// unwraps to a *parley.Error with the same message: ENOTFOUND for 404 Not
// Found and 410 Gone, EINVALID for any other status.
type StatusError struct {
	URL        string // the URL asked for
	FinalURL   string // the URL that answered, after redirects
	StatusCode int    // for example 404
	Status     string // for example "404 Not Found"
}

// Error names the URL and the status.
func (e *StatusError) Error() string {
	via := ""
	if e.FinalURL != "" && e.FinalURL != e.URL {
		via = fmt.Sprintf(" (redirected to %s)", e.FinalURL)
	}
	return fmt.Sprintf("fetch %s%s: server answered %s", e.URL, via, e.Status)
}

// Unwrap returns the error as a *parley.Error.
func (e *StatusError) Unwrap() error {
	code := parley.EINVALID
	if e.StatusCode == http.StatusNotFound || e.StatusCode == http.StatusGone {
		code = parley.ENOTFOUND
	}
	return &parley.Error{Code: code, Message: e.Error()}
}
