package render

import (
	"bytes"
	"testing"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// exampleDir is the shipped example job hunt, the repository's own content.
const exampleDir = "../.."

// example loads and plans the shipped example site.
func example(t testing.TB) (*model.Site, []*model.Action) {
	t.Helper()
	site, err := load.Site(exampleDir)
	if err != nil {
		t.Fatalf("load the example: %v", err)
	}
	return site, plan.Actions(site.Applications, site.Settings.Playbook)
}

// TestExampleSite renders the shipped example, published and private,
// under a sub-path and at a domain root, checks every link, and scans every
// file for template text left unfilled.
func TestExampleSite(t *testing.T) {
	site, actions := example(t)
	for _, base := range []string{"https://jordan.github.io/job-hunt/", "https://hunt.example.com/"} {
		for _, private := range []bool{false, true} {
			s := site
			if !private {
				s = site.Public()
			}
			files, err := Site(s, actions, Options{BaseURL: base, Private: private})
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range brokenLinks(files, base) {
				t.Errorf("base %s, private %v: broken link %s", base, private, b)
			}
			for name, data := range files {
				for _, leak := range []string{"{{", "}}", "<no value>", "%!", "Hello ,", "Dear ,"} {
					if bytes.Contains(data, []byte(leak)) {
						t.Errorf("base %s, private %v: %s holds %q, an unfilled placeholder", base, private, name, leak)
					}
				}
			}
		}
	}
}
