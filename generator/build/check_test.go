package build

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckRunsBuildChecks breaks a site's templates in the ways a user
// would, and wants check to refuse each as build does, with the same
// errors, at the file, line and column (from 1) of the mistake.
func TestCheckRunsBuildChecks(t *testing.T) {
	for _, c := range []struct {
		name, file, text string
		want             string // the error, after the source directory
	}{
		{"ErrLayoutSyntax", "layouts/404.html", "{{define \"main\"}}\n\n<h1>{{if}}</h1>{{end}}",
			"/layouts/404.html:3:1: missing value for if"},
		{"ErrLayoutFunction", "layouts/partials/extra.html", "{{define \"extra\"}}{{shout .}}{{end}}",
			`/layouts/partials/extra.html:1:1: function "shout" not defined`},
		// The action {{.Nope}} opens at byte 20 of its line; its field at 22.
		{"ErrLayoutField", "layouts/dashboard.html", "{{define \"main\"}}<p>{{.Nope}}</p>{{end}}",
			`/layouts/dashboard.html:1:23: executing "main" at <.Nope>: can't evaluate field Nope in type `},
		{"ErrScriptFunction", "content/scripts/extra.tmpl", "{{define \"x\"}}{{shout .Company}}{{end}}",
			`/content/scripts/extra.tmpl:1:1: function "shout" not defined`},
		{"ErrScriptField", "content/scripts/extra.tmpl", "{{define \"x\"}}\n Hi {{.Nope}}{{end}}",
			`/content/scripts/extra.tmpl:2:7: executing "x" at <.Nope>: can't evaluate field Nope in type *scripts.Data`},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := t.TempDir()
			writeFiles(t, src, smallSite)
			writeFiles(t, src, map[string]string{c.file: c.text})
			want := filepath.ToSlash(src) + c.want
			_, buildErr := Build(Options{Source: src})
			_, _, checkErr := Check(Options{Source: src})
			for stage, err := range map[string]error{"build": buildErr, "check": checkErr} {
				if err == nil {
					t.Errorf("%s: no error, want %q", stage, want)
				} else if got := err.Error(); !strings.Contains(got, want) {
					t.Errorf("%s: err = %q, want %q", stage, got, want)
				}
			}
			var bl, cl []string
			if buildErr != nil && checkErr != nil {
				bl, cl = errorList(buildErr), errorList(checkErr)
			}
			if strings.Join(bl, "\n") != strings.Join(cl, "\n") {
				t.Errorf("check reports\n%s\nbuild\n%s", strings.Join(cl, "\n"), strings.Join(bl, "\n"))
			}
		})
	}
}

// TestCheckShippedExample checks the shipped example: it builds, so check
// passes it.
func TestCheckShippedExample(t *testing.T) {
	site, actions, err := Check(Options{Source: repoRoot})
	if err != nil {
		t.Fatal(err)
	}
	if len(site.Applications) == 0 || len(actions) == 0 {
		t.Errorf("%d applications, %d actions: want the example's", len(site.Applications), len(actions))
	}
}
