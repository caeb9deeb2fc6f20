package fetch_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/fetch"
)

func ExampleFetcher_Fetch() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "Ferry service resumed.")
	}))
	defer srv.Close()

	// The test server is on loopback, which the default Fetcher refuses.
	_, err := (&fetch.Fetcher{}).Fetch(context.Background(), srv.URL)
	fmt.Println(parley.ErrorCode(err))

	resp, err := (&fetch.Fetcher{AllowPrivate: true}).Fetch(context.Background(), srv.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.ContentType, string(resp.Body))
	// Output:
	// invalid
	// text/plain Ferry service resumed.
}

func ExampleClassify() {
	for _, s := range []string{"93.184.215.14", "10.1.2.3", "::ffff:169.254.169.254", "64:ff9b::7f00:1"} {
		fmt.Printf("%s %q\n", s, fetch.Classify(netip.MustParseAddr(s)))
	}
	// Output:
	// 93.184.215.14 ""
	// 10.1.2.3 "private"
	// ::ffff:169.254.169.254 "link-local"
	// 64:ff9b::7f00:1 "loopback"
}
