package posting

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2"
	"golang.org/x/net/html"

	"github.com/followup-dev/followup/generator/model"
)

// Posting is what a job posting page tells a record.
type Posting struct {
	Role, Company, Location, Salary, Link, Reference string
	ApplyBy                                          model.Date // validThrough: zero when not given
	Site                                             string     // the host the posting was read from, for source:
	Description                                      string     // Markdown
	// From says where each field was read, by record key ("role":
	// "JobPosting title").
	From map[string]string
	// Unread lists, as sentences, what the page did not tell.
	Unread []string
}

// Parse reads a posting page. pageURL is the address it was read from, or
// "" for a file. Dates with an offset are read as days in loc.
func Parse(r io.Reader, pageURL string, loc *time.Location) (*Posting, error) {
	pg, err := readPage(r)
	if err != nil {
		return nil, fmt.Errorf("not a readable HTML page: %v", err)
	}
	g := readGraph(pg.jsonld)
	p := &Posting{From: map[string]string{}}
	if len(g.postings) > 0 {
		p.fromJSONLD(g, g.postings[0], loc)
		if n := len(g.postings); n > 1 {
			p.Unread = append(p.Unread, fmt.Sprintf("the page holds %d job postings; the first was read", n))
		}
	} else {
		why := "the page holds no schema.org JobPosting data"
		if g.bad > 0 {
			why = fmt.Sprintf("the page's JobPosting data could not be read (%d JSON-LD block(s) are not JSON)", g.bad)
		}
		p.Unread = append(p.Unread, why+": the role and the company come from its title and og: tags")
	}
	p.fallback(pg, pageURL)
	for _, k := range []string{"company", "location", "salary", "reference"} {
		if p.From[k] == "" {
			p.Unread = append(p.Unread, "no "+k+" on the page")
		}
	}
	return p, nil
}

// fromJSONLD reads the fields of the posting n.
func (p *Posting) fromJSONLD(g *graph, n node, loc *time.Location) {
	set := func(key string, val *string, s, from string) {
		if s != "" && *val == "" {
			*val, p.From[key] = s, "JobPosting "+from
		}
	}
	set("role", &p.Role, text(n["title"]), "title")
	set("company", &p.Company, text(g.resolve(first(n["hiringOrganization"]))), "hiringOrganization.name")
	set("location", &p.Location, g.location(n), "jobLocation")
	set("salary", &p.Salary, salary(n["baseSalary"]), "baseSalary")
	set("reference", &p.Reference, reference(n["identifier"]), "identifier")
	if u := text(n["url"]); httpURL(u) {
		set("link", &p.Link, u, "url")
	}
	if d, ok := day(n["validThrough"], loc); ok {
		p.ApplyBy, p.From["apply_by"] = d, "JobPosting validThrough"
	} else if n["validThrough"] != nil {
		p.Unread = append(p.Unread, fmt.Sprintf("validThrough %q is not a date", text(n["validThrough"])))
	}
	if s, ok := first(n["description"]).(string); ok {
		p.Description = markdown(s)
	}
}

// fallback fills what the JSON-LD did not give from the page's meta data.
func (p *Posting) fallback(pg *page, pageURL string) {
	or := func(key string, val *string, choices ...[2]string) {
		for _, c := range choices {
			if *val == "" && c[0] != "" {
				*val, p.From[key] = c[0], c[1]
			}
		}
	}
	or("role", &p.Role, [2]string{plainText(pg.meta["og:title"]), "the page's og:title"},
		[2]string{pg.title, "the page's <title>"})
	or("company", &p.Company, [2]string{plainText(pg.meta["og:site_name"]), "the page's og:site_name"})
	var links [][2]string
	for _, c := range [][2]string{{pg.canonical, "the page's canonical link"}, {pg.meta["og:url"], "the page's og:url"}, {pageURL, "the address it was read from"}} {
		if u := absolute(pageURL, c[0]); httpURL(u) {
			links = append(links, [2]string{u, c[1]})
		}
	}
	or("link", &p.Link, links...)
	if p.Description == "" {
		p.Description = collapse(pg.meta["og:description"])
		if p.Description == "" {
			p.Description = collapse(pg.meta["description"])
		}
	}
	if u, err := url.Parse(p.Link); err == nil && u.Host != "" {
		p.Site, p.From["source"] = u.Hostname(), "the link's host"
	}
}

// markdown converts a posting's description, HTML that some boards escape
// once more ("&lt;p&gt;"), to Markdown.
func markdown(s string) string {
	if !strings.Contains(s, "<") && strings.Contains(s, "&lt;") {
		s = html.UnescapeString(s)
	}
	md, err := htmltomarkdown.ConvertString(s)
	if err != nil {
		return collapse(plainText(s))
	}
	return strings.TrimSpace(md)
}

// httpURL reports whether s is an absolute http(s) URL.
func httpURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// absolute resolves ref against base, when base is a URL.
func absolute(base, ref string) string {
	ref = strings.TrimSpace(ref)
	b, err := url.Parse(base)
	if ref == "" || base == "" || err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}
