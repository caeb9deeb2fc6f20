package ingest_test

import (
	"testing"

	"github.com/parleyhq/parley/ingest"
)

func TestDetect(t *testing.T) {
	for _, tt := range []struct {
		name, file, ct, head, want string
	}{
		{"HTMLByType", "x", "text/html; charset=utf-8", "hello", "html"},
		{"FeedByType", "x", "application/rss+xml", "", "feed"},
		{"XMLTypeSniffedFeed", "x", "text/xml", `<?xml version="1.0"?><rss version="2.0">`, "feed"},
		{"XMLTypeSniffedHTML", "x", "application/xml", `<html><body>`, "html"},
		{"JSONFeedByType", "x", "application/feed+json", "{}", "feed"},
		{"PlainByType", "a.html", "text/plain", "<p>x</p>", "text"},
		{"ExtHTML", "a.HTM", "", "", "html"},
		{"ExtJSONL", "a.jsonl", "", "", "jsonl"},
		{"ExtAtom", "a.atom", "", "", "feed"},
		{"ExtTXT", "a.txt", "", "<html>", "text"},
		{"SniffAtom", "a", "", "\n <?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"},
		{"SniffRSSWithBOM", "a", "", "\xef\xbb\xbf<rss>", "feed"},
		{"SniffDoctype", "-", "", "<!DOCTYPE html><html>", "html"},
		{"SniffJSONFeed", "feed.json", "", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, "feed"},
		{"SniffJSONL", "-", "", `{"text": "a"}` + "\n" + `{"text": "b"}`, "jsonl"},
		{"SniffText", "-", "", "KYIV, Ukraine — Talks resumed.", "text"},
		{"SniffHTMLFragmentLater", "-", "", "Breaking news <p>Talks</p>", "html"},
		{"Empty", "-", "", "", "text"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := ingest.Detect(tt.file, tt.ct, []byte(tt.head)); got != tt.want {
				t.Fatalf("Detect(%q, %q, %q)=%s, want %s", tt.file, tt.ct, tt.head, got, tt.want)
			}
		})
	}
}
