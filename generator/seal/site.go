package seal

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io/fs"
	"maps"
	"net/url"
	"slices"
	"strings"

	"github.com/followup-dev/followup/generator/feed"
	"github.com/followup-dev/followup/generator/internal/parallel"
	"github.com/followup-dev/followup/layouts"
)

// Site returns the files of an encrypted build. pages are the files of a
// private build of the site, feeds those of a published (public) build of
// the same site with, for each record marked private: true, the feed a
// published build would write for it unmarked; baseURL is the absolute
// address they were built for. Every page and plain-text script of pages
// becomes an unlock page at its mapped path; the feeds come from feeds
// alone, so that calendars, which sync to third parties, carry no more
// than a published build's do, at secret addresses; the other files
// (assets, robots.txt) stay as they are.
func Site(k *Keys, pages, feeds map[string][]byte, baseURL string) (map[string][]byte, *Map, error) {
	m, err := newMap(k, slices.Sorted(maps.Keys(pages)))
	if err != nil {
		return nil, nil, err
	}
	rw, err := m.rewriter(baseURL)
	if err != nil {
		return nil, nil, err
	}
	js, err := fs.ReadFile(layouts.FS, "unlock/unlock.js")
	if err != nil {
		return nil, nil, fmt.Errorf("seal: %w", err)
	}
	unlock, base, err := unlockPage(baseURL, js)
	if err != nil {
		return nil, nil, err
	}
	s := &sealer{k: k, m: m, rw: rw, pin: pinner(base, pages, pinnedAssets...), unlock: unlock, feeds: feeds}
	names := slices.Sorted(maps.Keys(pages))
	results := make([][]byte, len(names))
	errs := make([]error, len(names))
	parallel.For(len(names), func(i int) bool {
		results[i], errs[i] = s.file(names[i], pages[names[i]])
		return true
	})
	out := map[string][]byte{"assets/unlock.js": js}
	for i, name := range names {
		if errs[i] != nil {
			return nil, nil, fmt.Errorf("seal: %s: %w", name, errs[i])
		}
		if results[i] == nil {
			continue
		}
		to := m.files[name]
		if _, dup := out[to]; dup {
			return nil, nil, fmt.Errorf("seal: %s: two files at %s", name, to)
		}
		out[to] = results[i]
	}
	return out, m, nil
}

// sealer makes the files of an encrypted build from those of a private one.
type sealer struct {
	k      *Keys
	m      *Map
	rw     *strings.Replacer // the links of the private build → the encrypted one's
	pin    *strings.Replacer // the references to the assets → with their integrity
	unlock []string          // the unlock page, before and after its envelope
	feeds  map[string][]byte // the feeds of a published build
}

// file returns the bytes the encrypted build holds for the file name of
// the private build, nil for none.
func (s *sealer) file(name string, data []byte) ([]byte, error) {
	switch {
	case strings.HasSuffix(name, ".ics"):
		pub, ok := s.feeds[name]
		if !ok {
			return nil, nil // a record the published build leaves out
		}
		return rewriteFeed(s.rw, pub), nil
	case strings.HasSuffix(name, ".html"), strings.HasSuffix(name, "/script.txt"):
		typ, content := TypeHTML, s.rw.Replace(rewriteInvites(s.rw, string(data)))
		if strings.HasSuffix(name, ".txt") {
			typ = TypeText
		} else {
			content = s.pin.Replace(content)
		}
		env := s.k.Seal(s.m.files[name], typ, []byte(content))
		j, err := json.Marshal(env)
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		b.WriteString(s.unlock[0])
		b.Write(j)
		b.WriteString(s.unlock[1])
		return b.Bytes(), nil
	case name == "CNAME", name == "robots.txt", name == ".nojekyll", strings.HasPrefix(name, "assets/"):
		return data, nil
	}
	return nil, fmt.Errorf("a file the encrypted build does not know how to hold")
}

// rewriteFeed returns the feed data with its links rewritten. A link may
// run across a fold, and a rewritten one is longer than it was, so every
// content line is unfolded first (RFC 5545 section 3.1: a CRLF followed by
// one space or tab goes), rewritten whole and folded again as the feed
// package folds it: at most 75 octets a line, on character boundaries. A
// line that holds no link comes out as it went in.
func rewriteFeed(rw *strings.Replacer, data []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(data) + len(data)/8)
	var line strings.Builder
	flush := func() {
		if line.Len() > 0 {
			out.Write(feed.Fold(rw.Replace(line.String())))
			line.Reset()
		}
	}
	for _, physical := range strings.Split(string(data), "\r\n") {
		if physical != "" && (physical[0] == ' ' || physical[0] == '\t') && line.Len() > 0 {
			line.WriteString(physical[1:])
			continue
		}
		flush()
		line.WriteString(physical)
	}
	flush()
	return out.Bytes()
}

// rewriteInvites returns page with the links rewritten inside the
// one-event calendars it offers as data: URLs (feed.DataURL): each is
// decoded, rewritten as a feed is, since a link may run across a fold,
// and encoded again.
func rewriteInvites(rw *strings.Replacer, page string) string {
	if !strings.Contains(page, feed.DataURLPrefix) {
		return page
	}
	var b strings.Builder
	for {
		i := strings.Index(page, feed.DataURLPrefix)
		if i < 0 {
			b.WriteString(page)
			return b.String()
		}
		i += len(feed.DataURLPrefix)
		b.WriteString(page[:i])
		page = page[i:]
		n := feed.DataURLLen(page)
		if ics, err := feed.ReadDataURL(page[:n]); err == nil {
			b.WriteString(strings.TrimPrefix(feed.DataURL(rewriteFeed(rw, ics)), feed.DataURLPrefix))
		} else {
			b.WriteString(page[:n])
		}
		page = page[n:]
	}
}

// unlockPage returns the unlock page around its envelope (what comes
// before and after the JSON), its script js pinned, and the path of the
// base URL, ending in "/".
func unlockPage(baseURL string, js []byte) ([]string, string, error) {
	t, err := fs.ReadFile(layouts.FS, "unlock/unlock.html")
	if err != nil {
		return nil, "", fmt.Errorf("seal: %w", err)
	}
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, "", fmt.Errorf("seal: %w", err)
	}
	base := u.EscapedPath()
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	base = html.EscapeString(base)
	page := strings.ReplaceAll(string(t), "{{base}}", base)
	page = pinner(base, map[string][]byte{"assets/unlock.js": js}, "assets/unlock.js").Replace(page)
	before, after, ok := strings.Cut(page, "{{sealed}}")
	if !ok {
		return nil, "", fmt.Errorf("seal: layouts/unlock/unlock.html has no {{sealed}}")
	}
	return []string{before, after}, base, nil
}

// Unwrap returns the envelope an unlock page carries.
func Unwrap(page []byte) (Envelope, error) {
	const open = `<script type="application/json" id="followup-sealed">`
	_, rest, ok := bytes.Cut(page, []byte(open))
	if !ok {
		return Envelope{}, fmt.Errorf("seal: not an unlock page")
	}
	j, _, ok := bytes.Cut(rest, []byte("</script>"))
	if !ok {
		return Envelope{}, fmt.Errorf("seal: unlock page without the end of its envelope")
	}
	var e Envelope
	if err := json.Unmarshal(j, &e); err != nil {
		return Envelope{}, fmt.Errorf("seal: %w", err)
	}
	return e, nil
}
