package render

import (
	"testing"
)

// TestRecordOf checks, over a rendered site, that the files RenderApp makes
// for a record are exactly the files RecordOf gives to it, and that no
// page summing up every record, no site page and no static file belongs
// to one. The incremental build keeps the files of unchanged records by
// this answer.
func TestRecordOf(t *testing.T) {
	for _, private := range []bool{false, true} {
		site, actions := fixture(t)
		r, err := New(Options{BaseURL: subBase, Private: private})
		if err != nil {
			t.Fatal(err)
		}
		p, err := r.Prepare(site, actions)
		if err != nil {
			t.Fatal(err)
		}
		all, err := p.Files()
		if err != nil {
			t.Fatal(err)
		}
		owned := map[string]string{}
		for _, app := range site.Applications {
			files, err := p.RenderApp(app.Slug)
			if err != nil {
				t.Fatal(err)
			}
			if len(files) == 0 && (private || !app.Private) {
				t.Errorf("private %v: no files for %s", private, app.Slug)
			}
			for name := range files {
				owned[name] = app.Slug
			}
		}
		for name := range all {
			slug, ok := RecordOf(name)
			if want, mine := owned[name]; slug != want || ok != mine {
				t.Errorf("private %v: RecordOf(%q) = %q, %v; RenderApp made it for %q", private, name, slug, ok, want)
			}
		}
	}
	for _, c := range []struct {
		name, slug string
		ok         bool
	}{
		{"applications/acme/index.html", "acme", true},
		{"applications/acme/scripts/thank-you/lee/index.html", "acme", true},
		{"applications/index.html", "", false},
		{"applications.html", "", false},
		{"dashboard/applications/acme/index.html", "", false},
	} {
		if slug, ok := RecordOf(c.name); slug != c.slug || ok != c.ok {
			t.Errorf("RecordOf(%q) = %q, %v; want %q, %v", c.name, slug, ok, c.slug, c.ok)
		}
	}
}
