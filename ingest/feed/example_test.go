package feed_test

import (
	"fmt"

	"github.com/parleyhq/parley/ingest/feed"
)

func ExampleParse() {
	data := []byte(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Island Post</title><link>https://post.example/</link>
<item><title>Ferry service resumes</title><link>/ferry</link>
<pubDate>Mon, 03 Mar 2025 07:00:00 GMT</pubDate>
<description>&lt;p&gt;Ferries left port on Monday.&lt;/p&gt;&lt;p&gt;All routes run by Wednesday.&lt;/p&gt;</description></item>
<item><title></title></item>
</channel></rss>`)
	docs, errs := feed.Parse(data, feed.Options{Name: "post.xml"})
	for _, d := range docs {
		fmt.Println(d.Title, "|", d.URL, "|", d.Source, "|", d.Published, d.PublishedFrom)
		fmt.Printf("%q %v\n", d.Text, d.Paragraphs)
	}
	for _, err := range errs {
		fmt.Println(err)
	}
	// Output:
	// Ferry service resumes | https://post.example/ferry | Island Post | 2025-03-03 07:00:00 +0000 UTC feed
	// "Ferries left port on Monday.\n\nAll routes run by Wednesday." [[0,28) [30,58)]
	// post.xml:6:1: item 2: item has no title and no text
}
