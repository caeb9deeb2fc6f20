package html_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley/ingest/html"
)

// BenchmarkIngestHTML parses example and test pages; pages/s is the number
// of pages of that kind one core parses per second.
func BenchmarkIngestHTML(b *testing.B) {
	pages := map[string][]byte{}
	for _, path := range []string{
		filepath.Join("..", "..", "examples", "page.html"),
		filepath.Join("testdata", "meta-date.html"),
		filepath.Join("testdata", "ru-cp1251.html"),
	} {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		pages[filepath.Base(path)] = data
	}
	pages["heavy.html"] = heavyPage(pages["page.html"])
	for _, name := range []string{"page.html", "meta-date.html", "ru-cp1251.html", "heavy.html"} {
		data := pages[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := html.Parse(data, html.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// heavyPage wraps the article of page in the weight of a real news site:
// inline scripts, a mega menu, teaser grids and a long footer, about 200 KB.
func heavyPage(page []byte) []byte {
	s := string(page)
	var extra strings.Builder
	extra.WriteString("<script>")
	for i := range 1500 {
		fmt.Fprintf(&extra, "window.cfg%d={id:%d,slot:'ad-%d',sizes:[[300,250],[728,90]]};\n", i, i, i)
	}
	extra.WriteString("</script>\n<div class=\"mega-menu\"><ul>")
	for i := range 300 {
		fmt.Fprintf(&extra, "<li class=\"menu-item\"><a href=\"/section/%d\">Section %d</a></li>", i, i)
	}
	extra.WriteString("</ul></div>\n")
	var teasers strings.Builder
	teasers.WriteString("<section class=\"more-stories\">")
	for i := range 120 {
		fmt.Fprintf(&teasers, "<div class=\"teaser\"><a href=\"/story/%d\"><img src=\"/img/%d.jpg\" alt=\"\"><h3>Another headline number %d about something else</h3></a><p class=\"teaser-text\">A short teaser for story %d.</p></div>", i, i, i, i)
	}
	teasers.WriteString("</section>")
	s = strings.Replace(s, "<body class=\"article-page\">", "<body class=\"article-page\">"+extra.String(), 1)
	s = strings.Replace(s, "</main>", "</main>"+teasers.String(), 1)
	return []byte(s)
}
