package render

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// layoutsDir writes one layout file into a new layouts directory.
func layoutsDir(t *testing.T, name, text string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "layouts")
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// wantContentError fails unless err holds a model.ErrorList of exactly want.
func wantContentError(t *testing.T, err error, want string) {
	t.Helper()
	var list model.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, want a content error", err)
	}
	if len(list) != 1 || list[0].Error() != want {
		t.Errorf("errors:\n%v\nwant:\n%s", list, want)
	}
}

// TestLayoutErrors expects each error of a site's layout at its file, line
// and column (from 1), whether it is met parsing or executing.
func TestLayoutErrors(t *testing.T) {
	site, actions := fixture(t)
	t.Run("ErrUndefinedFunction", func(t *testing.T) {
		dir := layoutsDir(t, "404.html", "{{define \"main\"}}\n<p>{{shout .Title}}</p>{{end}}")
		_, err := New(Options{LayoutsDir: dir})
		wantContentError(t, err, filepath.ToSlash(dir)+`/404.html:2:1: function "shout" not defined`)
	})
	t.Run("ErrUndefinedField", func(t *testing.T) {
		// {{.Nope}} starts at byte 19 of line 1: the action's field at 22.
		dir := layoutsDir(t, "timeline.html", `{{define "main"}}<p>{{.Nope}}</p>{{end}}`)
		_, err := Site(site.Public(), actions, Options{LayoutsDir: dir})
		wantContentError(t, err, filepath.ToSlash(dir)+`/timeline.html:1:23: executing "main" at <.Nope>: can't evaluate field Nope in type render.timelinePage`)
	})
	t.Run("ErrPartial", func(t *testing.T) {
		dir := layoutsDir(t, "partials/x.html", "{{define \"x\"}}\n\n{{if}}{{end}}{{end}}\n")
		_, err := New(Options{LayoutsDir: dir})
		wantContentError(t, err, filepath.ToSlash(dir)+`/partials/x.html:3:1: missing value for if`)
	})
	t.Run("ErrConstantRange", func(t *testing.T) {
		dir := layoutsDir(t, "404.html", "{{define \"main\"}}\n  {{range 100000000000}}{{end}}{{end}}")
		_, err := New(Options{LayoutsDir: dir})
		wantContentError(t, err, filepath.ToSlash(dir)+"/404.html:2:11: range over 100000000000: at most 10000")
	})
	// The forms of html/template's own errors, and one with no place.
	for _, c := range []struct{ err, want string }{
		{`html/template:partials/x.html:4:17: {{.}} appears in an ambiguous context within a URL`,
			"layouts/partials/x.html:4:18: {{.}} appears in an ambiguous context within a URL"},
		{`html/template:dashboard.html: ends in a non-text context: {stateAttr delimDoubleQuote}`,
			"layouts/dashboard.html:1:1: ends in a non-text context: {stateAttr delimDoubleQuote}"},
		{`html/template: "main" is undefined`, `layouts/dashboard.html:1:1: html/template: "main" is undefined`},
	} {
		if got := layoutError("layouts", "dashboard.html", errors.New(c.err)).Error(); got != c.want {
			t.Errorf("layoutError(%q) = %q, want %q", c.err, got, c.want)
		}
	}
}

// slowLayout counts to 10^12 through {{template}} calls, which the check
// of constant ranges does not follow, writing a dot each turn: it would run
// for days, and only the deadline stops it. Once given up on, its next
// write fails, and it ends.
const slowLayout = `{{define "main"}}{{range 10000}}{{template "inner"}}{{end}}{{end}}
{{define "inner"}}{{range 10000}}{{template "dots"}}{{end}}{{end}}
{{define "dots"}}{{range 10000}}.{{end}}{{end}}`

// TestLayoutDeadline renders the one page whose layout loops.
func TestLayoutDeadline(t *testing.T) {
	site, actions := fixture(t)
	dir := layoutsDir(t, "dashboard.html", slowLayout)
	r, err := New(Options{LayoutsDir: dir, TemplateTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	p, err := r.Prepare(site.Public(), actions)
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Render("index.html")
	wantContentError(t, err, filepath.ToSlash(dir)+"/dashboard.html:1:1: still running after 2s: does it loop?")
}

// TestCancelBetweenPages cancels the rendering as the first file comes
// out: no file may start after that, and the error is the context's.
func TestCancelBetweenPages(t *testing.T) {
	site, actions := fixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r, err := New(Options{Private: true, Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	all, err := r.Site(site, actions)
	if err != nil {
		t.Fatal(err)
	}
	p, err := r.Prepare(site, actions)
	if err != nil {
		t.Fatal(err)
	}
	var emitted atomic.Int64
	static := len(p.Static())
	err = p.Stream(func(string, []byte) error {
		if emitted.Add(1) == int64(static)+1 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	// Each worker may finish the file it had started when the context
	// ended; none starts another.
	if got, most := emitted.Load(), int64(static+1+runtimeWorkers()); got > most {
		t.Errorf("%d files emitted after the cancel at file %d; want at most %d of %d", got, static+1, most, len(all))
	}
}

// runtimeWorkers is how many files the render stage works on at once.
func runtimeWorkers() int { return runtime.GOMAXPROCS(0) }

// TestLayoutErrorsAtOnce breaks two layout files: both are reported.
func TestLayoutErrorsAtOnce(t *testing.T) {
	dir := layoutsDir(t, "404.html", "{{define \"main\"}}{{if}}{{end}}")
	if err := os.WriteFile(filepath.Join(dir, "advice.html"), []byte("{{define \"main\"}}\n{{shout}}{{end}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := New(Options{LayoutsDir: dir})
	var list model.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, want content errors", err)
	}
	want := []string{
		filepath.ToSlash(dir) + `/404.html:1:1: missing value for if`,
		filepath.ToSlash(dir) + `/advice.html:2:1: function "shout" not defined`,
	}
	if len(list) != len(want) || list[0].Error() != want[0] || list[1].Error() != want[1] {
		t.Errorf("errors:\n%v\nwant:\n%s", list, strings.Join(want, "\n"))
	}
}
