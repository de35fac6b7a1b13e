package seal_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/seal"
)

// TestSealedReportPage: an encrypted build holds the work-search log at
// report/, a path that comes from no record, and seals it like every page:
// no employer or person it names is in clear.
func TestSealedReportPage(t *testing.T) {
	src := exampleSource(t)
	files, m, site := sealed(t, src, testPass)
	to, ok := m.File("report/index.html")
	if !ok || to != "report/index.html" || files[to] == nil {
		t.Fatalf("the encrypted build holds no report/index.html (mapped to %q)", to)
	}
	for _, a := range site.Applications {
		if bytes.Contains(files[to], []byte(a.Company)) {
			t.Errorf("report/index.html shows %q in clear", a.Company)
		}
	}
	env, err := seal.Unwrap(files[to])
	if err != nil {
		t.Fatal(err)
	}
	page, err := keys(t, testPass, 0).Open(to, env)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "<h1>Work-search log</h1>") || !strings.Contains(string(page), `<section class="week`) {
		t.Errorf("report/index.html opens to no work-search log:\n%.600s", page)
	}
}
