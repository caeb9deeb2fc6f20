// Package fetch downloads one web page or feed over HTTP or HTTPS, with the
// limits a server that fetches URLs named by its users needs.
//
// A [Fetcher] bounds the time a fetch may take, the size of the body and the
// number of redirects, and refuses to connect to addresses that are not on
// the public internet: loopback, private networks, link-local, carrier-grade
// NAT, unspecified, multicast and reserved addresses (see [Classify]). The
// check runs when the connection is dialled, on the address the name
// resolved to, so a redirect to a private host or a name that resolves to
// one (DNS rebinding) is refused as well. [Fetcher.AllowPrivate] turns the
// check off, for example to fetch from a test server on the same machine.
//
// Errors name the URL. A refused address is an [*AddrError], an answer with
// an error status a [*StatusError]; both unwrap to a *parley.Error, as do a
// body over the size limit (ETOOLARGE) and too many redirects (EINVALID), so
// parley.ErrorCode and parley.ErrorMessage work on every error that is the
// user's to fix. Time-outs and network failures are plain wrapped errors.
//
// The package reads and writes no document layer and uses no data files. It
// reads no proxy settings from the environment: a proxy would hide the
// address that the check must see.
package fetch
