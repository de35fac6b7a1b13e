package render

import (
	"strings"
	"testing"
)

func TestLinksResolve(t *testing.T) {
	for _, base := range []string{"https://jordan.github.io/job-hunt/", "https://hunt.example.com/"} {
		for _, private := range []bool{false, true} {
			files := renderFixture(t, base, private)
			for _, b := range brokenLinks(files, base) {
				t.Errorf("base %s, private %v: broken link %s", base, private, b)
			}
		}
	}
}

func TestLinksUnderSubPath(t *testing.T) {
	files := renderFixture(t, "https://jordan.github.io/job-hunt/", false)
	for _, name := range names(files) {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		for _, m := range linkRE.FindAllStringSubmatch(string(files[name]), -1) {
			if strings.HasPrefix(m[1], "/") && !strings.HasPrefix(m[1], "/job-hunt/") {
				t.Errorf("%s: %s leaves the sub-path /job-hunt/", name, m[1])
			}
		}
	}
}

// TestLinkCheckerCatches makes sure the link checker reports what it must.
func TestLinkCheckerCatches(t *testing.T) {
	files := Files{
		"index.html":     []byte(`<a href="/sub/missing/"></a><a href="/elsewhere/"></a><a href="/sub/a/#nope"></a><a href="/sub/a/#here"></a><a href="https://other.example/x"></a>`),
		"a/index.html":   []byte(`<h2 id="here">x</h2>`),
		"assets/app.css": nil,
	}
	bad := brokenLinks(files, "https://example.com/sub/")
	if len(bad) != 3 {
		t.Fatalf("got %d broken links, want 3 (missing page, outside base path, missing id): %q", len(bad), bad)
	}
}

func TestRootBaseURL(t *testing.T) {
	files := renderFixture(t, "https://hunt.example.com/", false)
	index := file(t, files, "index.html")
	for _, want := range []string{`href="/assets/style.css"`, `href="/timeline/"`, `href="/applications/acme/"`} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html at a domain root: no %s", want)
		}
	}
	app := file(t, files, "applications/acme/index.html")
	if !strings.Contains(app, `href="webcal://hunt.example.com/applications/acme/calendar.ics"`) {
		t.Errorf("application page: no webcal link to its feed under the root base URL")
	}
}
