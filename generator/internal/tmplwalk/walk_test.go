package tmplwalk

import (
	"strings"
	"testing"
	"text/template"
	"text/template/parse"
)

// names lists the nodes Visit reaches, in order, by their text (lists and
// pipelines by kind, so that the order stays readable).
func names(t *testing.T, src string, stop func(parse.Node) bool) []string {
	t.Helper()
	tm := template.Must(template.New("t").Parse(src))
	var got []string
	Visit(tm.Tree.Root, func(n parse.Node) bool {
		switch n.(type) {
		case *parse.ListNode:
			got = append(got, "list")
		case *parse.PipeNode:
			got = append(got, "pipe")
		case *parse.CommandNode:
			got = append(got, "cmd")
		default:
			got = append(got, n.String())
		}
		return stop == nil || !stop(n)
	})
	return got
}

func TestVisitOrder(t *testing.T) {
	src := `a{{if .X}}{{template "u" .Y}}{{else}}{{(.Z).W}}{{end}}`
	got := strings.Join(names(t, src, nil), " | ")
	want := strings.Join([]string{
		"list", "a",
		`{{if .X}}{{template "u" .Y}}{{else}}{{(.Z).W}}{{end}}`,
		"pipe", "cmd", ".X",
		"list", `{{template "u" .Y}}`, "pipe", "cmd", ".Y",
		"list", "{{(.Z).W}}", "pipe", "cmd", "(.Z).W", "pipe", "cmd", ".Z",
	}, " | ")
	if got != want {
		t.Errorf("visited\n %s\nwant\n %s", got, want)
	}
}

func TestVisitStops(t *testing.T) {
	src := `{{range .X}}{{.A}}{{end}}{{with .B}}{{.C}}{{end}}`
	got := strings.Join(names(t, src, func(n parse.Node) bool {
		_, ok := n.(*parse.RangeNode)
		return ok
	}), " | ")
	want := strings.Join([]string{
		"list", "{{range .X}}{{.A}}{{end}}",
		"{{with .B}}{{.C}}{{end}}", "pipe", "cmd", ".B", "list", "{{.C}}", "pipe", "cmd", ".C",
	}, " | ")
	if got != want {
		t.Errorf("visited\n %s\nwant\n %s", got, want)
	}
}

func TestEachTemplateCalls(t *testing.T) {
	tm := template.Must(template.New("t").Parse(`{{template "a"}}{{range .}}{{template "b" .}}{{else}}{{template "c"}}{{end}}`))
	var calls []string
	Each(tm.Tree.Root, func(n parse.Node) {
		if c, ok := n.(*parse.TemplateNode); ok {
			calls = append(calls, c.Name)
		}
	})
	if got := strings.Join(calls, ","); got != "a,b,c" {
		t.Errorf("template calls %q, want a,b,c", got)
	}
}
