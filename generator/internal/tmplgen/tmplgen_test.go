package tmplgen

import (
	"html/template"
	"io"
	"reflect"
	"strings"
	"testing"
)

type item struct{ Name string }

type data struct {
	Title string
	Items []item
	Any   any
	Ptr   *item
	Count int
}

func (data) Pair() (string, string) { return "", "" }

// escaped parses src and lets html/template escape it.
func escaped(t *testing.T, src string) *template.Template {
	t.Helper()
	set := template.Must(template.New("page").Parse(src))
	_ = set.ExecuteTemplate(io.Discard, "page", data{})
	return set
}

// TestRefusesWhatItCannotCompile checks that every construct outside what
// the generator covers is an error naming the template and the place,
// never code.
func TestRefusesWhatItCannotCompile(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`<p>{{.Any}}</p>`, "printing a interface {} is not supported"},
		{`<p>{{printf "%d" .Count}}</p>`, "the function printf is not supported"},
		{`<p>{{.Missing}}</p>`, "has no exported field Missing"},
		{`<p>{{.Pair}}</p>`, "takes arguments or returns more than a value and an error"},
		{`<script>var x = {{.Title}};</script>`, "the escaper _html_template_jsvalescaper is not supported"},
		{`<p style="color: {{.Title}}">`, "the escaper _html_template_cssvaluefilter is not supported"},
		{`{{range $k, $v := .Title}}{{end}}`, "range over string is not supported"},
		{`<p>{{.Ptr.Name.X}}</p>`, ".X of a string is not supported"},
		{`{{template "nowhere" .}}`, `no template`},
		{`{{range .Items}}{{break}}{{end}}`, `{{break}} is not supported`},
	} {
		p := New("x", "example.com/x")
		err := p.Page("page.html", escaped(t, tc.src), "page", "sum", reflect.TypeFor[data]())
		if err == nil {
			t.Errorf("%s: generated code, want an error", tc.src)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "page.html: ") {
			t.Errorf("%s: error %q, want it to start with the layout and say %q", tc.src, err, tc.want)
		}
	}
}

// TestOneFunctionPerTemplateAndCallees checks that a template is shared by
// the pages that execute it with the same type and the same templates
// below it, and not by pages whose templates below it differ.
func TestOneFunctionPerTemplateAndCallees(t *testing.T) {
	p := New("x", "example.com/x")
	frame := `{{define "frame"}}<h1>{{.Title}}</h1>{{template "main" .}}{{end}}{{define "part"}}<i>{{.Name}}</i>{{end}}`
	pages := map[string]string{
		"a.html": frame + `{{define "main"}}{{range .Items}}{{template "part" .}}{{end}}{{end}}`,
		"b.html": frame + `{{define "main"}}<p>{{len .Items}}</p>{{range .Items}}{{template "part" .}}{{end}}{{end}}`,
		"c.html": frame + `{{define "main"}}<p>{{len .Items}}</p>{{range .Items}}{{template "part" .}}{{end}}{{end}}`,
	}
	for _, name := range []string{"a.html", "b.html", "c.html"} {
		set := template.Must(template.New(name).Parse(pages[name]))
		_ = set.ExecuteTemplate(io.Discard, "frame", data{})
		if err := p.Page(name, set, "frame", "sum", reflect.TypeFor[data]()); err != nil {
			t.Fatal(err)
		}
	}
	src, err := p.Source("a test", "pages", "")
	if err != nil {
		t.Fatal(err)
	}
	count := func(s string) int { return strings.Count(string(src), s) }
	// frame twice (a's main and b's differ; c's is b's), main twice, part once.
	if got := count("\nfunc tmplFrame"); got != 2 {
		t.Errorf("%d functions of frame, want 2:\n%s", got, src)
	}
	if got := count("\nfunc tmplMain"); got != 2 {
		t.Errorf("%d functions of main, want 2", got)
	}
	if got := count("\nfunc tmplPart"); got != 1 {
		t.Errorf("%d functions of part, want 1", got)
	}
	for _, want := range []string{`htmlesc.Text(b, d.Title)`, `strconv.FormatInt(int64(len(d.Items)), 10)`, `"strconv"`} {
		if count(want) == 0 {
			t.Errorf("the code lacks %s:\n%s", want, src)
		}
	}
}
