package render

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/followup-dev/followup/generator/corpus"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// bothWays renders site with the generated code of the layouts and with
// html/template alone, and fails at every file the two print differently.
func bothWays(t *testing.T, name string, site *model.Site, actions []*model.Action, opts Options) {
	t.Helper()
	skipWithoutCompiled(t)
	render := func(compiled bool) Files {
		r, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		if compiled && len(r.compiled) != len(pageLayouts) {
			t.Fatalf("%s: %d page layouts run as generated code, want all %d", name, len(r.compiled), len(pageLayouts))
		}
		if !compiled {
			r.compiled = nil
		}
		files, err := r.Site(site, actions)
		if err != nil {
			t.Fatal(err)
		}
		return files
	}
	gen, tmpl := render(true), render(false)
	var paths []string
	for p := range tmpl {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	pages := 0
	for _, p := range paths {
		if filepath.Ext(p) == ".html" {
			pages++
		}
		if !bytes.Equal(gen[p], tmpl[p]) {
			t.Errorf("%s: %s differs from html/template's:\n%s", name, p, firstDiff(gen[p], tmpl[p]))
		}
	}
	if len(gen) != len(tmpl) {
		t.Errorf("%s: %d files, html/template made %d", name, len(gen), len(tmpl))
	}
	if pages == 0 {
		t.Fatalf("%s: no page rendered", name)
	}
}

// skipWithoutCompiled skips a test of the generated code in a test binary
// built without it (-tags followup_nocompiled, to rewrite it); without
// that tag, TestCompiledLayouts fails when it is missing.
func skipWithoutCompiled(t *testing.T) {
	t.Helper()
	if len(compiledPages) == 0 {
		t.Skip("built without the generated code of the layouts")
	}
}

// firstDiff shows where a and b part.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return "generated:     " + string(a[from:min(len(a), i+80)]) + "\nhtml/template: " + string(b[from:min(len(b), i+80)])
}

// TestCompiledMatchesTemplates holds the generated code to html/template on
// every page of the example site, of the fixture with an attack in every
// field, of a long timeline split into months, and of a synthetic hunt,
// published and private, with and without live reload.
func TestCompiledMatchesTemplates(t *testing.T) {
	both := func(name string, site *model.Site, actions []*model.Action) {
		for _, private := range []bool{false, true} {
			s := site
			if !private {
				s = site.Public()
			}
			bothWays(t, name, s, actions, Options{BaseURL: "https://jordan.github.io/job-hunt/", Private: private})
			bothWays(t, name, s, actions, Options{BaseURL: "http://127.0.0.1:1313/", Private: private, LiveReload: true})
		}
	}
	site, actions := example(t)
	both("example", site, actions)
	site, actions = hostile(t)
	both("hostile", site, actions)
	site, actions = bigSite(t, timelineSplit/4+1)
	both("long timeline", site, actions)

	dir := filepath.Join(t.TempDir(), "hunt")
	if err := corpus.Write(dir, 300, 7); err != nil {
		t.Fatal(err)
	}
	site, err := load.Site(dir)
	if err != nil {
		t.Fatal(err)
	}
	both("corpus", site, plan.Actions(site.Applications, site.Settings.Playbook))
}

// TestOwnLayoutsRunInTemplates checks that a site's own layout file turns
// the generated code off for the pages it changes, and only those.
func TestOwnLayoutsRunInTemplates(t *testing.T) {
	skipWithoutCompiled(t)
	for _, tc := range []struct {
		file  string
		pages int // page layouts left to the generated code
	}{
		{"timeline.html", len(pageLayouts) - 1},
		{"partials/header.html", 0},
		{"base.html", 0},
	} {
		dir := t.TempDir()
		src, err := os.ReadFile(filepath.Join("../../layouts", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(filepath.Join(dir, tc.file)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, tc.file), append(src, "\n"...), 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := New(Options{LayoutsDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(r.compiled); got != tc.pages {
			t.Errorf("with its own %s: %d page layouts run as generated code, want %d", tc.file, got, tc.pages)
		}
		if tc.file == "timeline.html" && r.compiled["timeline.html"].run != nil {
			t.Errorf("with its own timeline.html, the timeline still runs as generated code")
		}
	}
	// The same bytes as the embedded file are the same layout.
	dir := t.TempDir()
	src, err := os.ReadFile("../../layouts/timeline.html")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "timeline.html"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := New(Options{LayoutsDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(r.compiled); got != len(pageLayouts) {
		t.Errorf("with a copy of the embedded timeline.html: %d page layouts run as generated code, want all %d", got, len(pageLayouts))
	}
}
