package html_test

import (
	"fmt"

	"github.com/parleyhq/parley/ingest/html"
)

func ExampleParse() {
	page := []byte(`<html lang="en"><head>
<title>Ferry service resumes | Island Post</title>
<meta property="og:site_name" content="Island Post">
<meta property="article:published_time" content="2025-03-03T07:00:00Z">
</head><body><nav>Home | News</nav>
<article><h1>Ferry service resumes</h1>
<p>Ferries left port on Monday after a two-day strike by crews over staffing levels ended overnight.</p>
<p>The operator said all routes would run to the normal timetable by Wednesday.</p></article>
<footer>Contact</footer></body></html>`)
	doc, err := html.Parse(page, html.Options{Name: "ferry.html", URL: "https://post.example/ferry"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title, "/", doc.Source, "/", doc.Language)
	fmt.Println(doc.Published, doc.PublishedFrom)
	for _, p := range doc.Paragraphs {
		fmt.Printf("%v %.40s\n", p, doc.Slice(p))
	}
	// Output:
	// Ferry service resumes / Island Post / en
	// 2025-03-03 07:00:00 +0000 UTC meta
	// [0,21) Ferry service resumes
	// [23,120) Ferries left port on Monday after a two-
	// [122,198) The operator said all routes would run t
}
