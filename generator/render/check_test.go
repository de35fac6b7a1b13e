package render

import (
	"html"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// file returns the file at p as a string, failing the test when it is missing.
func file(t testing.TB, files Files, p string) string {
	t.Helper()
	data, ok := files[p]
	if !ok {
		t.Fatalf("no file %s; have %v", p, names(files))
	}
	return string(data)
}

// names returns the paths of files, sorted.
func names(files Files) []string {
	var out []string
	for name := range files {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

var (
	tagRE   = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<[^>]*>`)
	spaceRE = regexp.MustCompile(`\s+`)
)

// visible returns the text of an HTML page as a reader sees it: no tags,
// entities decoded, runs of white space as one space.
func visible(s string) string {
	s = tagRE.ReplaceAllString(s, " ")
	return strings.TrimSpace(spaceRE.ReplaceAllString(html.UnescapeString(s), " "))
}

// wantText fails the test unless the visible text of the page at p holds
// every one of want.
func wantText(t testing.TB, files Files, p string, want ...string) {
	t.Helper()
	text := visible(file(t, files, p))
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s: no %q in the text:\n%s", p, w, text)
		}
	}
}

// noText fails the test when the visible text of the page holds one of bad.
func noText(t testing.TB, files Files, p string, bad ...string) {
	t.Helper()
	text := visible(file(t, files, p))
	for _, b := range bad {
		if strings.Contains(text, b) {
			t.Errorf("%s: %q should not be in the text:\n%s", p, b, text)
		}
	}
}

var (
	linkRE = regexp.MustCompile(`\s(?:href|src)="([^"]*)"`)
	idRE   = regexp.MustCompile(`\sid="([^"]*)"`)
)

// brokenLinks returns every href and src of the HTML files that points
// into the site published at baseURL but not to a file of files (a
// directory link needs its index.html), or to a fragment the target page
// lacks. webcal:// and absolute URLs under baseURL count as internal.
func brokenLinks(files Files, baseURL string) []string {
	base, err := url.Parse(baseURL)
	if err != nil {
		return []string{err.Error()}
	}
	var bad []string
	for _, name := range names(files) {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pageURL := base.ResolveReference(&url.URL{Path: strings.TrimSuffix(name, "index.html")})
		for _, m := range linkRE.FindAllStringSubmatch(string(files[name]), -1) {
			if msg := checkLink(files, base, pageURL, html.UnescapeString(m[1])); msg != "" {
				bad = append(bad, name+": "+m[1]+": "+msg)
			}
		}
	}
	return bad
}

// checkLink returns why link, found on the page at pageURL, is broken, or "".
func checkLink(files Files, base, pageURL *url.URL, link string) string {
	if strings.HasPrefix(link, "webcal://") {
		link = "https://" + strings.TrimPrefix(link, "webcal://")
	}
	u, err := url.Parse(link)
	if err != nil {
		return err.Error()
	}
	if u.Scheme == "mailto" || u.Scheme == "tel" {
		return ""
	}
	abs := pageURL.ResolveReference(u)
	if abs.Host != base.Host {
		return "" // outside the site
	}
	rel, ok := strings.CutPrefix(abs.Path, base.Path)
	if !ok {
		return "outside the base path " + base.Path
	}
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	}
	target, ok := files[rel]
	if !ok {
		return "no file " + rel
	}
	if abs.Fragment != "" && !slices.ContainsFunc(idRE.FindAllStringSubmatch(string(target), -1), func(m []string) bool {
		return html.UnescapeString(m[1]) == abs.Fragment
	}) {
		return "no id " + abs.Fragment + " in " + rel
	}
	return ""
}
