package html

import (
	"encoding/json"
	"net/url"
	"strings"
)

// jsonLD holds what the page's schema.org JSON-LD says about the article.
type jsonLD struct {
	headline      string
	datePublished string
	url           string
	authors       []string
	publisher     string
	rank          int // rank of the object the fields came from; 0 when none
}

// Ranks of schema.org types: an article beats a web page, which beats any
// other object with a datePublished.
const (
	rankOther = 1 + iota
	rankPage
	rankArticle
)

// add reads one <script type="application/ld+json"> block. Blocks that do
// not parse are ignored: pages often ship broken JSON-LD.
func (ld *jsonLD) add(src string, base *url.URL) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return
	}
	ld.visit(v, base, 0)
}

// visit looks at v, a JSON value, for the best article object, following
// arrays and @graph lists.
func (ld *jsonLD) visit(v any, base *url.URL, depth int) {
	if depth > 8 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			ld.visit(e, base, depth+1)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			ld.visit(g, base, depth+1)
		}
		rank := typeRank(v["@type"])
		if _, ok := v["datePublished"]; !ok && rank < rankArticle {
			return
		}
		if rank == 0 {
			rank = rankOther
		}
		if rank <= ld.rank {
			return
		}
		*ld = jsonLD{
			headline:      clean(str(v["headline"])),
			datePublished: str(v["datePublished"]),
			url:           resolve(base, firstNonEmpty(str(v["url"]), id(v["mainEntityOfPage"]))),
			authors:       names(v["author"]),
			publisher:     firstNonEmpty(names(v["publisher"])...),
			rank:          rank,
		}
	}
}

// typeRank ranks a schema.org @type value, a string or a list of strings.
func typeRank(t any) int {
	best := 0
	var types []string
	switch t := t.(type) {
	case string:
		types = []string{t}
	case []any:
		for _, e := range t {
			types = append(types, str(e))
		}
	}
	for _, s := range types {
		r := 0
		switch {
		case strings.HasSuffix(s, "Article") || s == "BlogPosting" || s == "LiveBlogPosting" || s == "Report":
			r = rankArticle
		case strings.HasSuffix(s, "WebPage"):
			r = rankPage
		}
		best = max(best, r)
	}
	return best
}

// names returns the names in a schema.org Person or Organization value: a
// string, an object with a name, or a list of either.
func names(v any) []string {
	switch v := v.(type) {
	case string:
		if s := clean(v); s != "" && !isURL(s) {
			return splitAuthors(s)
		}
	case map[string]any:
		if s := clean(str(v["name"])); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, names(e)...)
		}
		return out
	}
	return nil
}

// id returns the @id of an object, or the value itself when it is a string.
func id(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		return str(v["@id"])
	}
	return ""
}

// str returns v when it is a string, or the first string of a list.
func str(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		if len(v) > 0 {
			return str(v[0])
		}
	}
	return ""
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
