package render

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"

	"github.com/followup-dev/followup/generator/internal/tmplgen"
)

var update = flag.Bool("update", false, "rewrite layouts_gen.go from the embedded layouts")

// genFile is the generated code of the embedded page layouts.
const genFile = "layouts_gen.go"

// pageTypes are the types of data each page layout is executed with.
var pageTypes = map[string][]reflect.Type{
	"dashboard.html":   {reflect.TypeFor[dashboardPage]()},
	"timeline.html":    {reflect.TypeFor[timelinePage]()},
	"application.html": {reflect.TypeFor[applicationPage]()},
	"calls.html":       {reflect.TypeFor[callsPage]()},
	"playbook.html":    {reflect.TypeFor[playbookPage]()},
	"calendar.html":    {reflect.TypeFor[calendarPage]()},
	"advice.html":      {reflect.TypeFor[advicePageData]()},
	"script.html":      {reflect.TypeFor[*scriptPage]()},
	"404.html":         {reflect.TypeFor[page]()},
	"report-page.html": {reflect.TypeFor[reportPage]()},
}

// generate returns the code of the embedded page layouts.
func generate() ([]byte, error) {
	o, err := layoutsFS("")
	if err != nil {
		return nil, err
	}
	root, err := parseFrame(o)
	if err != nil {
		return nil, err
	}
	p := tmplgen.New("render", reflect.TypeFor[page]().PkgPath())
	for _, name := range pageLayouts {
		t, err := parsePage(root, o, name)
		if err != nil {
			return nil, err
		}
		// Executing escapes the templates first, whatever the data;
		// only the escaped trees are wanted.
		_ = t.ExecuteTemplate(stopWriter{}, "base", nil)
		sum, err := layoutSum(o, name)
		if err != nil {
			return nil, err
		}
		if err := p.Page(name, t, "base", sum, pageTypes[name]...); err != nil {
			return nil, err
		}
	}
	return p.Source("go generate ./generator/render", "compiledPages", "!followup_nocompiled")
}

// TestCompiledLayouts fails when layouts_gen.go is not the code the
// embedded layouts make today. go generate (or this test with -update)
// rewrites it.
func TestCompiledLayouts(t *testing.T) {
	for _, name := range pageLayouts {
		if pageTypes[name] == nil {
			t.Errorf("%s: no data types to generate its code for", name)
		}
	}
	src, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(genFile, src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile(genFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Fatalf("%s is not the code of today's layouts: run go generate ./generator/render", genFile)
	}
	if len(compiledPages) != len(pageLayouts) {
		t.Fatalf("%d page layouts have generated code, want all %d", len(compiledPages), len(pageLayouts))
	}
}
