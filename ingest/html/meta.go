package html

import (
	"net/url"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"

	"github.com/parleyhq/parley"
)

// meta holds what a page says about itself.
type meta struct {
	// From <meta>, <link>, <title>, <h1> and <html lang>.
	ogTitle, docTitle, h1    string
	canonical, ogURL         string
	metaAuthors              []string
	siteName                 string
	lang, locale, headerLang string

	// From JSON-LD.
	ld jsonLD

	// From readability, the last resort.
	readTitle, readByline, readSite, readLang string

	// The publication time and where it came from.
	published     time.Time
	publishedFrom string
}

// metaDateNames are the <meta> property, name and itemprop values that give
// the publication time, best first.
var metaDateNames = []string{
	"article:published_time", "datepublished", "og:published_time",
	"published_time", "pubdate", "publishdate", "publish-date", "publish_date",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"dcterms.created", "date", "sailthru.date", "parsely-pub-date",
}

// readMeta collects the metadata of the page rooted at root. base resolves
// relative URLs.
func readMeta(root *html.Node, base *url.URL) meta {
	var m meta
	metaDates := map[string]string{}
	var timeTag, timeTagInArticle, timeTagPub string
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.Data {
		case "html":
			m.lang = attr(n, "lang")
		case "title":
			if m.docTitle == "" && n.Parent != nil && n.Parent.Data == "head" {
				m.docTitle = nodeText(n)
			}
			return false
		case "h1":
			if m.h1 == "" {
				m.h1 = nodeText(n)
			}
		case "link":
			if hasToken(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = resolve(base, attr(n, "href"))
			}
		case "meta":
			readMetaTag(&m, n, metaDates, base)
		case "time":
			dt := attr(n, "datetime")
			if dt == "" {
				break
			}
			switch {
			case timeTagPub == "" && (hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished")):
				timeTagPub = dt
			case timeTagInArticle == "" && inside(n, "article"):
				timeTagInArticle = dt
			case timeTag == "" && !inside(n, "nav", "aside", "footer"):
				timeTag = dt
			}
		case "script":
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				m.ld.add(nodeRaw(n), base)
			}
			return false
		case "style", "template":
			return false
		}
		return true
	})
	for _, name := range metaDateNames {
		if t, ok := parseTime(metaDates[name]); ok {
			m.published, m.publishedFrom = t, parley.DateFromMeta
			return m
		}
	}
	if t, ok := parseTime(m.ld.datePublished); ok {
		m.published, m.publishedFrom = t, parley.DateFromJSONLD
		return m
	}
	for _, s := range []string{timeTagPub, timeTagInArticle, timeTag} {
		if t, ok := parseTime(s); ok {
			m.published, m.publishedFrom = t, parley.DateFromTimeTag
			return m
		}
	}
	return m
}

// readMetaTag records what one <meta> element says.
func readMetaTag(m *meta, n *html.Node, dates map[string]string, base *url.URL) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	if strings.EqualFold(attr(n, "http-equiv"), "content-language") && m.headerLang == "" {
		m.headerLang = content
	}
	for _, key := range []string{"property", "name", "itemprop"} {
		k := strings.ToLower(strings.TrimSpace(attr(n, key)))
		if k == "" {
			continue
		}
		switch k {
		case "og:title":
			setOnce(&m.ogTitle, clean(content))
		case "og:url":
			setOnce(&m.ogURL, resolve(base, content))
		case "og:site_name":
			setOnce(&m.siteName, clean(content))
		case "og:locale":
			setOnce(&m.locale, content)
		case "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author":
			if a := clean(content); a != "" && !isURL(a) {
				m.metaAuthors = append(m.metaAuthors, splitAuthors(a)...)
			}
		}
		if _, ok := dates[k]; !ok {
			dates[k] = content
		}
	}
}

// title returns the best title of the page.
func (m *meta) title() string {
	for _, t := range []string{m.ogTitle, m.ld.headline, m.docTitle, m.h1, m.readTitle} {
		if t != "" {
			return trimSiteName(t, m.source())
		}
	}
	return ""
}

// url returns the canonical address of the page: the first absolute
// candidate, else the first relative one.
func (m *meta) url(fetched string) string {
	candidates := []string{m.canonical, m.ogURL, m.ld.url, fetched}
	for _, u := range candidates {
		if p, err := url.Parse(u); err == nil && p.IsAbs() {
			return u
		}
	}
	return firstNonEmpty(candidates...)
}

// authors returns the page's authors without duplicates.
func (m *meta) authors() []string {
	list := append(append([]string(nil), m.metaAuthors...), m.ld.authors...)
	if len(list) == 0 && m.readByline != "" {
		list = splitAuthors(clean(m.readByline))
	}
	var out []string
	seen := map[string]bool{}
	for _, a := range list {
		k := strings.ToLower(a)
		if !plausibleName(a) || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

// source returns the outlet's name.
func (m *meta) source() string {
	for _, s := range []string{m.siteName, m.ld.publisher, m.readSite} {
		if s != "" {
			return s
		}
	}
	return ""
}

// language returns the ISO 639-1 code of the page's language, or "".
func (m *meta) language() string {
	for _, l := range []string{m.lang, m.locale, m.headerLang, m.readLang} {
		if code := isoLanguage(l); code != "" {
			return code
		}
	}
	return ""
}

// isoLanguage returns the two-letter primary subtag of a language tag such
// as "en-US", "en_GB" or "ru", or "" when there is none.
func isoLanguage(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_,; "); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || !isASCIILetter(tag[0]) || !isASCIILetter(tag[1]) {
		return ""
	}
	return strings.ToLower(tag)
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// trimSiteName removes the outlet's name from the end or start of a
// <title>: "Talks resume | Example News" becomes "Talks resume".
func trimSiteName(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok && t != "" {
			return strings.TrimSpace(t)
		}
		if t, ok := strings.CutPrefix(title, site+sep); ok && t != "" {
			return strings.TrimSpace(t)
		}
	}
	return title
}

// splitAuthors splits a byline into names: "By A. Writer and B. Writer".
func splitAuthors(s string) []string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"By ", "by ", "BY "} {
		s = strings.TrimPrefix(s, p)
	}
	var out []string
	for _, part := range strings.Split(s, ",") {
		for _, name := range strings.Split(part, " and ") {
			if name = strings.TrimSpace(name); name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}

// plausibleName reports whether s can be a person's or a desk's name: not
// empty, at most six words and 60 bytes, and no digits, which mark bylines
// run together with dates and counters.
func plausibleName(s string) bool {
	if s == "" || len(s) > 60 || len(strings.Fields(s)) > 6 {
		return false
	}
	return !strings.ContainsAny(s, "0123456789@")
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "/")
}

// resolve returns ref as an absolute URL against base when it can.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u.String()
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// clean collapses white space and drops control characters.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
}

// nodeText returns the collapsed text of the tree under n on one line.
func nodeText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return c.Type != html.ElementNode || (c.Data != "script" && c.Data != "style")
	})
	return clean(b.String())
}

// nodeRaw returns the raw text content of n, such as a script's source.
func nodeRaw(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// hasToken reports whether the space-separated list s holds tok.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// inside reports whether n has an ancestor element with one of the names.
func inside(n *html.Node, names ...string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		for _, name := range names {
			if p.Type == html.ElementNode && p.Data == name {
				return true
			}
		}
	}
	return false
}
