package render

import (
	"fmt"
	"html/template"
	"net/url"
	"strings"
)

// basePath returns the path part of an absolute base URL, with a leading
// and a trailing slash: "/job-hunt/" for https://jordan.github.io/job-hunt/.
func basePath(baseURL string) (string, error) {
	u, err := url.Parse(baseURL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", fmt.Errorf("base URL %q: want an absolute http(s) URL", baseURL)
	}
	p := u.EscapedPath()
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return p, nil
}

// withSlash returns s ending in "/".
func withSlash(s string) string {
	if strings.HasSuffix(s, "/") {
		return s
	}
	return s + "/"
}

// webLink returns s when it is an http(s) URL, the only links a record may
// carry, and "" otherwise, so that no other scheme ever reaches an href.
func webLink(s string) string {
	l := strings.ToLower(strings.TrimSpace(s))
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
		return strings.TrimSpace(s)
	}
	return ""
}

// telLink returns a tel: URL for a phone number, keeping only digits and
// a leading plus, or "" when nothing usable is left.
func telLink(phone string) template.URL {
	var b strings.Builder
	for i, r := range phone {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && i == 0:
			b.WriteRune(r)
		}
	}
	if len(strings.TrimPrefix(b.String(), "+")) < 3 {
		return ""
	}
	return template.URL("tel:" + b.String())
}

// mailtoLink returns a mailto: URL as html/template may print it in an
// href (html/template still normalises it). In a published build the addressee is dropped, keeping subject and
// body, so that no contact address is ever printed.
func mailtoLink(s string, private bool) template.URL {
	rest, ok := strings.CutPrefix(s, "mailto:")
	if !ok {
		return ""
	}
	if !private {
		if i := strings.IndexByte(rest, '?'); i >= 0 {
			rest = rest[i:]
		} else {
			rest = ""
		}
	}
	return template.URL("mailto:" + rest)
}

// feedLinks returns how pages offer a feed at the absolute https URL u: a
// webcal:// subscription, the https URL itself and Google Calendar's
// add-by-URL page.
func feedLinks(u string) (webcal template.URL, https string, google string) {
	https = webLink(u)
	if https == "" {
		return "", "", ""
	}
	w, g := feedSubscriptionLinks(https)
	return template.URL(w), https, g
}
