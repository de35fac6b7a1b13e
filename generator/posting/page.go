package posting

import (
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what a posting page holds that a record can use.
type page struct {
	jsonld    []string          // the text of each application/ld+json script
	meta      map[string]string // og: properties and the description, first of each
	title     string            // the first <title>
	canonical string            // <link rel=canonical href>
}

// readPage parses an HTML page.
func readPage(r io.Reader) (*page, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return nil, err
	}
	p := &page{meta: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Namespace == "" {
			p.element(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return p, nil
}

// element takes what p needs from the element n.
func (p *page) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Script:
		typ, _, _ := strings.Cut(attr(n, "type"), ";")
		if strings.EqualFold(strings.TrimSpace(typ), "application/ld+json") {
			p.jsonld = append(p.jsonld, childText(n))
		}
	case atom.Meta:
		key := strings.ToLower(attr(n, "property"))
		if key == "" {
			key = strings.ToLower(attr(n, "name"))
		}
		if (strings.HasPrefix(key, "og:") || key == "description") && p.meta[key] == "" {
			p.meta[key] = strings.TrimSpace(attr(n, "content"))
		}
	case atom.Title:
		if p.title == "" {
			p.title = collapse(childText(n))
		}
	case atom.Link:
		for _, rel := range strings.Fields(attr(n, "rel")) {
			if strings.EqualFold(rel, "canonical") && p.canonical == "" {
				p.canonical = strings.TrimSpace(attr(n, "href"))
			}
		}
	}
}

// attr returns the value of the attribute key of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// childText returns the text of the children of n (a script's or a
// title's text is one text node).
func childText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// collapse trims s and turns each run of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// plainText returns the text of s, a string from a posting that may hold
// markup and HTML entities ("R&amp;D", "<b>Senior</b> Engineer"): tags
// dropped, entities decoded (twice, as some boards escape twice), white
// space collapsed.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return collapse(s)
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			out := collapse(b.String())
			if strings.Contains(out, "&") {
				out = html.UnescapeString(out)
			}
			return out
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			if name, _ := z.TagName(); breaks[string(name)] {
				b.WriteByte(' ')
			}
		}
	}
}

// breaks are the elements that separate words; the others (b, i, span,
// a...) may sit inside a word.
var breaks = map[string]bool{"br": true, "p": true, "div": true, "li": true, "ul": true, "ol": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "td": true, "tr": true}
