// Package corpus generates a deterministic corpus of news-style articles for
// benchmarks, from the example texts shipped in examples/ (and the shared
// seed article when it is present). Paragraphs are drawn, recombined and
// varied with substitutions of places, names, numbers and weekdays, so the
// corpus is varied but the same on every machine and every run.
package corpus

import (
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Article is one generated article in plain text and as an HTML page.
type Article struct {
	Name      string
	Title     string
	Text      string
	HTML      string
	Published time.Time
}

// Load reads the base texts from root/examples/*.txt and, when present,
// root/../shared/examples/seed/article.txt.
func Load(root string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(root, "examples", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list examples: %w", err)
	}
	sort.Strings(files)
	if seed := filepath.Join(root, "..", "shared", "examples", "seed", "article.txt"); fileExists(seed) {
		files = append(files, seed)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read example: %w", err)
		}
		texts = append(texts, string(b))
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("no example texts under %s", filepath.Join(root, "examples"))
	}
	return texts, nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// Generate returns n articles built from the base texts. The same texts and
// n give the same articles.
func Generate(texts []string, n int) []Article {
	var paras []string
	for _, t := range texts {
		for _, p := range strings.Split(t, "\n") {
			if p = strings.TrimSpace(p); len(p) > 80 { // skip headlines and blank lines
				paras = append(paras, p)
			}
		}
	}
	rng := rand.New(rand.NewPCG(2025, 518))
	base := time.Date(2025, 1, 1, 6, 0, 0, 0, time.UTC)
	out := make([]Article, n)
	for i := range out {
		k := 6 + rng.IntN(8)
		var b strings.Builder
		title := headline(rng)
		b.WriteString(title + "\n\n")
		words := 0
		for j := 0; j < k || words < 400; j++ {
			p := vary(rng, paras[rng.IntN(len(paras))])
			b.WriteString(p + "\n\n")
			words += strings.Count(p, " ") + 1
			if words > 750 {
				break
			}
		}
		text := strings.TrimSpace(b.String()) + "\n"
		pub := base.Add(time.Duration(rng.IntN(365*24)) * time.Hour)
		out[i] = Article{
			Name:      fmt.Sprintf("article-%04d", i),
			Title:     title,
			Text:      text,
			HTML:      page(title, text, pub, i),
			Published: pub,
		}
	}
	return out
}

var substitutions = [][]string{
	{"Ukraine", "Sudan", "Myanmar", "Yemen", "Georgia", "Moldova", "Armenia"},
	{"Russia", "Iran", "Belarus", "Ethiopia", "Azerbaijan"},
	{"Turkey", "Qatar", "Egypt", "Switzerland", "Saudi Arabia", "Norway"},
	{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
	{"Sumy", "Kharkiv", "Darfur", "Rakhine", "Marib", "Tigray"},
	{"Ankara", "Doha", "Cairo", "Geneva", "Riyadh", "Oslo"},
	{"nine", "seven", "12", "23", "dozens of", "at least 15"},
	{"1,000", "390", "2,500", "84", "1,200"},
}

// vary swaps words of one substitution family for others of the same family.
func vary(rng *rand.Rand, p string) string {
	for _, fam := range substitutions {
		for _, w := range fam {
			if strings.Contains(p, w) && rng.IntN(2) == 0 {
				p = strings.ReplaceAll(p, w, fam[rng.IntN(len(fam))])
			}
		}
	}
	return p
}

func headline(rng *rand.Rand) string {
	subjects := []string{"Talks", "Ceasefire hopes", "Aid convoy", "Drone attack", "Election count", "Sanctions", "Prisoner swap", "Floods"}
	verbs := []string{"stall in", "resume in", "reach", "hit", "divide", "reshape", "return to", "test"}
	places := substitutions[0]
	return fmt.Sprintf("%s %s %s", subjects[rng.IntN(len(subjects))], verbs[rng.IntN(len(verbs))], places[rng.IntN(len(places))])
}

// page wraps an article in a news-site page with the boilerplate that main-
// text extraction must remove.
func page(title, text string, pub time.Time, i int) string {
	var b strings.Builder
	t := html.EscapeString(title)
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%s | World News</title>
<meta property="article:published_time" content="%s">
<link rel="canonical" href="https://news.example.org/world/%d">
<script type="application/ld+json">{"@type":"NewsArticle","headline":%q,"datePublished":%q}</script>
<style>body{font-family:serif}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<aside class="ad">Subscribe for $1 a week</aside>
<main><article><h1>%s</h1>
`, t, pub.Format(time.RFC3339), i, title, pub.Format(time.RFC3339), t)
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	for _, p := range paras[1:] {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString(`</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Markets rally</a></li><li><a href="/b">Storm warning</a></li></ul></aside>
<footer><p>© World News. All rights reserved.</p><script>track()</script></footer>
</body></html>
`)
	return b.String()
}
