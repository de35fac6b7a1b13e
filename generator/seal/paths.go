package seal

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// Map is how an encrypted build moves the files of a private build: every
// path segment that comes from a record becomes an opaque id, the feeds
// move to secret addresses and the plain-text scripts become pages.
type Map struct {
	files map[string]string // output path of the private build → of the encrypted one
	links []link            // what links say, longest first
}

// link is one address of the private build, relative to the site's root as
// links write it ("applications/acme/", "calendar.ics"), and its new form.
type link struct{ from, to string }

// newMap maps the paths of a private build's files.
func newMap(k *Keys, paths []string) (*Map, error) {
	m := &Map{files: map[string]string{}}
	seen := map[string]string{} // new link → old, to catch a collision of ids
	add := func(from, to string) error {
		if prev, ok := seen[to]; ok && prev != from {
			return fmt.Errorf("seal: %s and %s map to the same address %s", prev, from, to)
		}
		if _, ok := seen[to]; !ok {
			seen[to] = from
			m.links = append(m.links, link{from, to})
		}
		return nil
	}
	for _, p := range paths {
		to, err := m.path(k, p, add)
		if err != nil {
			return nil, err
		}
		m.files[p] = to
	}
	slices.SortFunc(m.links, func(a, b link) int {
		return cmp.Or(cmp.Compare(len(b.from), len(a.from)), cmp.Compare(a.from, b.from))
	})
	return m, nil
}

// path returns the output path of the file p of a private build and
// registers, through add, the links that change with it.
func (m *Map) path(k *Keys, p string, add func(from, to string) error) (string, error) {
	if p == "calendar.ics" {
		to := "calendars/" + k.FeedToken("") + ".ics"
		return to, add(p, to)
	}
	rest, ok := strings.CutPrefix(p, "applications/")
	if !ok {
		return p, nil
	}
	slug, rest, ok := strings.Cut(rest, "/")
	if !ok {
		return "", fmt.Errorf("seal: unexpected file %s", p)
	}
	appDir := model.AppDir(k.ID(slug, ""))
	if err := add(model.AppDir(slug), appDir); err != nil {
		return "", err
	}
	switch {
	case rest == "index.html":
		return appDir + rest, nil
	case rest == "calendar.ics":
		to := "calendars/" + k.FeedToken(slug) + ".ics"
		return to, add(p, to)
	}
	action, ok := strings.CutPrefix(rest, "scripts/")
	if !ok {
		return "", fmt.Errorf("seal: unexpected file %s", p)
	}
	action, name, ok := cutLast(action, "/")
	if !ok || (name != "index.html" && name != "script.txt") {
		return "", fmt.Errorf("seal: unexpected file %s", p)
	}
	dir := appDir + "scripts/" + k.ID(slug, action) + "/"
	from := model.ScriptDir(slug, action)
	if err := add(from, dir); err != nil {
		return "", err
	}
	if name == "script.txt" {
		return dir + "text/index.html", add(from+name, dir+"text/")
	}
	return dir + name, nil
}

// cutLast cuts s around the last sep.
func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// File returns the output path, in the encrypted build, of the file p of a
// private build, and false for a file the encrypted build does not hold.
func (m *Map) File(p string) (string, bool) {
	to, ok := m.files[p]
	return to, ok
}

// rewriter returns what rewrites the links of a file of the site published
// at baseURL: root-relative in an attribute (`"/job-hunt/applications/acme/`),
// absolute (`jordan.github.io/job-hunt/...`, as https:// and webcal:// URLs
// carry it) and query-escaped (Google Calendar's cid=).
func (m *Map) rewriter(baseURL string) (*strings.Replacer, error) {
	u, err := url.Parse(baseURL)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("seal: base URL %q is not absolute", baseURL)
	}
	base := u.EscapedPath()
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	abs := u.Host + base
	var pairs []string
	for _, l := range m.links {
		pairs = append(pairs,
			`"`+base+l.from, `"`+base+l.to,
			abs+l.from, abs+l.to,
			url.QueryEscape(abs+l.from), url.QueryEscape(abs+l.to))
	}
	return strings.NewReplacer(pairs...), nil
}
