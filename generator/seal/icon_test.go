package seal_test

import (
	"regexp"
	"strings"
	"testing"
)

// TestUnlockPageHasIcon checks that the unlock page names its icon, a file
// the encrypted build holds in the clear, so that a browser does not ask
// the server's root for /favicon.ico.
func TestUnlockPageHasIcon(t *testing.T) {
	files, _, site := sealed(t, exampleSource(t), testPass)
	page := string(files["index.html"])
	m := regexp.MustCompile(`<link rel="icon" href="([^"]+)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("the unlock page links no icon:\n%s", page)
	}
	base := site.Settings.BaseURL[strings.Index(site.Settings.BaseURL[len("https://"):], "/")+len("https://"):]
	name, ok := strings.CutPrefix(m[1], base)
	if !ok {
		t.Fatalf("the icon %s is not under the site's path %s", m[1], base)
	}
	if data := files[name]; !strings.HasPrefix(string(data), "<svg") {
		t.Errorf("the icon %s is not an SVG the build holds: %.40q", name, data)
	}
}
