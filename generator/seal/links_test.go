package seal_test

import (
	"bytes"
	"encoding/base64"
	"html"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/seal"
)

// The example's base URL is https://jordan.github.io/job-hunt/.
var (
	// hrefRE finds a root-relative link in an attribute.
	hrefRE = regexp.MustCompile(`(?:href|src)="(/job-hunt/[^"#?]*)"`)
	// absRE finds an absolute link to the site, as pages offer a feed
	// (https:// and webcal://) and feeds link to pages. A URL ends where
	// an attribute, a tag, a space or a TEXT escape (\n, \,) does.
	absRE = regexp.MustCompile(`(?:https|webcal)://jordan\.github\.io/job-hunt/([^"'<>\s\\#?]*)`)
	// googleRE finds the feed address Google Calendar's link carries
	// query-escaped.
	googleRE = regexp.MustCompile(`https://calendar\.google\.com/calendar/r\?cid=([^"'<>\s&\\]*)`)
	// inviteRE finds the one-event calendar of an "add to my calendar"
	// link, and addRE the new-event pages of Google Calendar and Outlook.
	inviteRE = regexp.MustCompile(`data:text/calendar;charset=utf-8;base64,([A-Za-z0-9%=]*)`)
	addRE    = regexp.MustCompile(`href="(https://(?:calendar\.google\.com/calendar/render|outlook\.live\.com/calendar/0/action/compose)\?[^"]*)"`)
)

// checkLinks checks that every link of an opened page or an unfolded feed
// to the site leads to a file of the encrypted build: root-relative ones,
// absolute https:// and webcal:// ones, and the feed address a Google
// Calendar link carries.
func checkLinks(t *testing.T, name string, page []byte, files map[string][]byte) {
	t.Helper()
	has := func(p string) bool {
		if p == "" || strings.HasSuffix(p, "/") {
			p += "index.html"
		}
		_, ok := files[path.Clean(p)]
		return ok
	}
	for _, m := range hrefRE.FindAllSubmatch(page, -1) {
		if !has(strings.TrimPrefix(string(m[1]), "/job-hunt/")) {
			t.Errorf("%s links to %s, which the encrypted build does not hold", name, m[1])
		}
	}
	for _, m := range absRE.FindAllSubmatch(page, -1) {
		if !has(string(m[1])) {
			t.Errorf("%s links to %s, which the encrypted build does not hold", name, m[0])
		}
	}
	for _, m := range inviteRE.FindAllSubmatch(page, -1) {
		ics, err := readInvite(string(m[1]))
		if err != nil {
			t.Errorf("%s: an invite that is not base64: %v", name, err)
		}
		checkLinks(t, name+" (an invite)", unfold([]byte(ics)), files)
	}
	for _, m := range addRE.FindAllSubmatch(page, -1) {
		u, err := url.Parse(html.UnescapeString(string(m[1])))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, vs := range u.Query() {
			checkLinks(t, name+" (a new-event link)", []byte(strings.Join(vs, "\n")), files)
		}
	}
	for _, m := range googleRE.FindAllSubmatch(page, -1) {
		u, err := url.QueryUnescape(string(m[1]))
		p, ok := strings.CutPrefix(u, "https://jordan.github.io/job-hunt/")
		if err != nil || !ok || !has(p) {
			t.Errorf("%s links Google Calendar to %s, which the encrypted build does not hold", name, u)
		}
	}
}

// unfold joins the content lines of a feed that were folded (RFC 5545
// section 3.1: a CRLF followed by a space or a tab is taken out).
func unfold(feed []byte) []byte {
	feed = bytes.ReplaceAll(feed, []byte("\r\n "), nil)
	return bytes.ReplaceAll(feed, []byte("\r\n\t"), nil)
}

func TestFeedLinesFitInSeventyFiveOctets(t *testing.T) {
	files, _, _ := sealed(t, exampleSource(t), testPass)
	feeds := 0
	for name, data := range files {
		if !strings.HasPrefix(name, "calendars/") {
			continue
		}
		feeds++
		if !bytes.HasSuffix(data, []byte("\r\n")) {
			t.Errorf("%s does not end in CRLF", name)
		}
		for i, line := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
			if len(line) > 75 {
				t.Errorf("%s:%d: %d octets, more than RFC 5545's 75: %q", name, i+1, len(line), line)
			}
			if strings.ContainsAny(line, "\r\n") {
				t.Errorf("%s:%d: a bare CR or LF: %q", name, i+1, line)
			}
		}
	}
	if feeds < 8 { // the site's and one for each of the example's records
		t.Errorf("only %d feeds checked", feeds)
	}
}

func TestFeedLinksLeadToTheEncryptedBuild(t *testing.T) {
	files, _, _ := sealed(t, exampleSource(t), testPass)
	links := 0
	for name, data := range files {
		if !strings.HasPrefix(name, "calendars/") {
			continue
		}
		text := unfold(data)
		links += len(absRE.FindAll(text, -1))
		checkLinks(t, name, text, files)
	}
	if links < 28 {
		t.Errorf("only %d links in the feeds", links)
	}
}

func TestNoSlugInAFeed(t *testing.T) {
	src := exampleSource(t)
	files, _, site := sealed(t, src, testPass)
	if len(site.Applications) < 8 {
		t.Fatalf("%d records", len(site.Applications))
	}
	for name, data := range files {
		if !strings.HasPrefix(name, "calendars/") {
			continue
		}
		text := unfold(data)
		for _, a := range site.Applications {
			if bytes.Contains(text, []byte(a.Slug)) {
				t.Errorf("%s holds the slug %s", name, a.Slug)
			}
		}
	}
}

// unmarked returns a copy of the example with no record marked private:
// true, and the slugs of the records that were.
func unmarked(t *testing.T) (string, []string) {
	t.Helper()
	src := exampleSource(t)
	dir := filepath.Join(src, "content", "applications")
	names, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var slugs []string
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if out := bytes.Replace(data, []byte("\nprivate: true\n"), []byte("\n"), 1); len(out) != len(data) {
			slugs = append(slugs, strings.TrimSuffix(filepath.Base(name), ".yaml"))
			if err := os.WriteFile(name, out, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(slugs) == 0 {
		t.Fatal("no record of the example is marked private: true")
	}
	return src, slugs
}

// TestPrivateRecordHasItsFeed checks that the feed a private: true record's
// page offers is written, holding what a published build would write for
// the record were it not marked, and that the site's feed leaves the
// record out, as a published build's does.
func TestPrivateRecordHasItsFeed(t *testing.T) {
	src := exampleSource(t)
	files, _, _ := sealed(t, src, testPass)
	priv, err := build.Render(build.Options{Source: src, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	pub, err := build.Render(build.Options{Source: src})
	if err != nil {
		t.Fatal(err)
	}
	open, slugs := unmarked(t)
	shown, err := build.Render(build.Options{Source: open})
	if err != nil {
		t.Fatal(err)
	}
	k := keys(t, testPass, 0)
	undo := unmap(k, priv.Site, priv.Actions)
	for _, slug := range slugs {
		name := "applications/" + slug + "/calendar.ics"
		got, ok := files["calendars/"+k.FeedToken(slug)+".ics"]
		if !ok {
			t.Errorf("%s: no feed in the encrypted build", name)
			continue
		}
		want, ok := shown.Files[name]
		if !ok {
			t.Fatalf("%s: not in a published build of the unmarked record", name)
		}
		if back := undo.Replace(string(unfold(got))); back != string(unfold(want)) {
			t.Errorf("%s: not the feed a published build writes for the unmarked record:\n%s", name, firstDiff(back, string(unfold(want))))
		}
	}
	site := files["calendars/"+k.FeedToken("")+".ics"]
	if back := undo.Replace(string(unfold(site))); back != string(unfold(pub.Files["calendar.ics"])) {
		t.Errorf("the site's feed is not the published build's:\n%s", firstDiff(back, string(unfold(pub.Files["calendar.ics"]))))
	}
}

// TestCalendarPageIsSealed reads the calendar page of an encrypted build:
// a sealed file like every page, which opens to the feed's secret address
// offered three ways, while no byte of the build in clear names it.
func TestCalendarPageIsSealed(t *testing.T) {
	files, m, _ := sealed(t, exampleSource(t), testPass)
	to, ok := m.File("calendar/index.html")
	if !ok || files[to] == nil {
		t.Fatal("no calendar page in the encrypted build")
	}
	k := keys(t, testPass, 0)
	token := k.FeedToken("")
	env, err := seal.Unwrap(files[to])
	if err != nil {
		t.Fatalf("%s: %v", to, err)
	}
	page, err := k.Open(to, env)
	if err != nil {
		t.Fatalf("%s: %v", to, err)
	}
	for _, want := range []string{
		`href="webcal://jordan.github.io/job-hunt/calendars/` + token + `.ics"`,
		`href="https://jordan.github.io/job-hunt/calendars/` + token + `.ics"`,
		`href="https://calendar.google.com/calendar/r?cid=https%3A%2F%2Fjordan.github.io%2Fjob-hunt%2Fcalendars%2F` + token + `.ics"`,
	} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("opened calendar page: no %s", want)
		}
	}
	if bytes.Contains(page, []byte("job-hunt/calendar.ics")) {
		t.Error("opened calendar page: still links the feed of the published build")
	}
	for name, data := range files {
		if name == "calendars/"+token+".ics" {
			continue
		}
		if bytes.Contains(data, []byte(token)) || bytes.Contains(data, []byte("Remove Alerts")) {
			t.Errorf("%s: the calendar page's feed address or text in clear", name)
		}
	}
}

// readInvite decodes the data of an invite's data: URL as a browser does:
// percent-decoded, then base64.
func readInvite(data string) ([]byte, error) {
	enc, err := url.PathUnescape(data)
	if err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(enc)
}
