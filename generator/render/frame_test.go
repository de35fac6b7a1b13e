package render

import (
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPerKind tells which headers may be rendered once per kind of page:
// those that read no field that varies from page to page.
func TestPerKind(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{`{{define "header"}}<a href="{{.Base}}">{{.SiteTitle}}</a>{{if .InCalls}}!{{end}}{{end}}`, true},
		{`{{define "header"}}{{template "x" .}}{{end}}{{define "x"}}{{.Owner}}{{end}}`, true},
		{`{{define "header"}}{{range .Base}}{{.}}{{end}}{{end}}`, false}, // the dot, whatever it is
		{`{{define "header"}}<h1>{{.Title}}</h1>{{end}}`, false},
		{`{{define "header"}}{{.HeadTitle}}{{end}}`, false},
		{`{{define "header"}}{{.Common.Base}}{{end}}`, false},
		{`{{define "header"}}{{.}}{{end}}`, false},
		{`{{define "header"}}{{printf "%v" $}}{{end}}`, false},
		{`{{define "header"}}{{$.Title}}{{end}}`, false},
		{`{{define "header"}}{{template "x" .}}{{end}}{{define "x"}}{{.Title}}{{end}}`, false},
		{`{{define "header"}}{{template "missing" .}}{{end}}`, false},
		{`{{define "header"}}{{template "x" .Common}}{{end}}{{define "x"}}{{.Base}}{{end}}`, false}, // a per-page value passed on
		{`{{define "header"}}{{template "x" .Base}}{{end}}{{define "x"}}<b>{{end}}`, true},
		{`{{define "header"}}{{with .Base}}{{.}}{{end}}{{end}}`, false},
	} {
		tmpl := template.Must(template.New("t").Parse(c.src))
		if got := perKind(tmpl, "header", map[string]bool{}); got != c.want {
			t.Errorf("perKind(%s) = %v, want %v", c.src, got, c.want)
		}
	}
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range pageLayouts {
		if r.pages[name].Lookup("frame") == nil {
			t.Errorf("%s: the built-in header and footer are rendered on every page", name)
		}
	}
}

// TestHeaderOfEachPage overrides the header and the footer with ones that
// show each page's own title: every page shows its own, not the first of
// its kind.
func TestHeaderOfEachPage(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "partials"), 0o755); err != nil {
		t.Fatal(err)
	}
	header := `{{define "header"}}<p class="h">{{.Title}}</p>{{end}}{{define "footer"}}<p class="f">{{.HeadTitle}}</p>{{end}}`
	if err := os.WriteFile(filepath.Join(dir, "partials", "header.html"), []byte(header), 0o644); err != nil {
		t.Fatal(err)
	}
	site, actions := fixture(t)
	files, err := Site(site.Public(), actions, Options{BaseURL: subBase, LayoutsDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct{ path, html string }{
		{"applications/acme/index.html", `<p class="h">Acme Robotics: Backend Engineer</p>`},
		{"applications/acme/index.html", `<p class="f">Acme Robotics: Backend Engineer · Jordan&#39;s job hunt</p>`},
		{"applications/beta/index.html", `<p class="h">Beta Foods: Data Analyst</p>`},
		{"calls/index.html", `<p class="h">Call sheet</p>`},
	} {
		if !strings.Contains(file(t, files, want.path), want.html) {
			t.Errorf("%s: no %s", want.path, want.html)
		}
	}
}

// TestHeaderInTitle has base.html print the header inside <title>, where
// html/template escapes it as text of that element: the page shows it so
// escaped, not as the markup the header writes in <body>.
func TestHeaderInTitle(t *testing.T) {
	dir := t.TempDir()
	base := `{{define "base"}}<title>{{template "header" .Common}}</title>{{template "main" .}}{{end}}`
	header := `{{define "header"}}<b>{{.SiteTitle}}</b>{{end}}{{define "footer"}}{{end}}`
	if err := os.MkdirAll(filepath.Join(dir, "partials"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "base.html"), []byte(base), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "partials", "header.html"), []byte(header), 0o644); err != nil {
		t.Fatal(err)
	}
	site, actions := fixture(t)
	files, err := Site(site.Public(), actions, Options{BaseURL: subBase, LayoutsDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	page := file(t, files, "404.html")
	if !strings.HasPrefix(page, "<title>&lt;b>Jordan&#39;s job hunt&lt;/b></title>") {
		t.Errorf("404.html starts %.40q, want the header as <title> text", page)
	}
}
