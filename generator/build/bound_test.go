package build

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// countdown is a context that ends after its Err has been asked n times:
// a cancel that comes, deterministically, while a build is under way.
type countdown struct {
	context.Context
	n    atomic.Int64
	once sync.Once
	done chan struct{}
}

func newCountdown(n int64) *countdown {
	c := &countdown{Context: context.Background(), done: make(chan struct{})}
	c.n.Store(n)
	return c
}

func (c *countdown) Err() error {
	if c.n.Add(-1) >= 0 {
		return nil
	}
	c.once.Do(func() { close(c.done) })
	return context.Canceled
}

func (c *countdown) Done() <-chan struct{} { return c.done }

// TestBuildCanceled cancels a build at several points, from before it
// starts to its last file: each build ends with context.Canceled and
// leaves the last output as it was.
func TestBuildCanceled(t *testing.T) {
	src := t.TempDir()
	writeFiles(t, src, smallSite)
	retitle := func(title string) {
		writeFiles(t, src, map[string]string{"content/site.yaml": strings.Replace(smallSite["content/site.yaml"], "Test hunt", title, 1)})
	}
	// A whole build, to count how often it looks at its context.
	counter := newCountdown(1 << 62)
	if _, err := Build(Options{Source: src, Context: counter}); err != nil {
		t.Fatal(err)
	}
	calls := 1<<62 - counter.n.Load()
	if calls < 10 {
		t.Fatalf("a build looked at its context %d times, want one at least for each file", calls)
	}
	before := readDir(t, filepath.Join(src, "public"))
	for i, n := range []int64{-1, 0, calls / 3, 2 * calls / 3, calls - 2, calls - 1} {
		// A change of the settings makes the build render every file again.
		retitle(fmt.Sprintf("Test hunt %d", i))
		_, err := Build(Options{Source: src, Context: newCountdown(n)})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancel after %d of %d looks: err = %v, want context.Canceled", n, calls, err)
		}
		after := readDir(t, filepath.Join(src, "public"))
		if !maps.EqualFunc(before, after, func(a, b []byte) bool { return string(a) == string(b) }) {
			t.Errorf("cancel after %d of %d looks: a canceled build changed the output", n, calls)
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

// TestLoopingTemplates builds sites whose layouts or scripts loop: each
// build ends with an error at the template's file, and check reports the
// same errors.
func TestLoopingTemplates(t *testing.T) {
	for _, c := range []struct {
		name, file, text string
		want             string // the error, after the source directory
	}{
		{"ErrLayoutDeadline", "layouts/dashboard.html", slowLayout,
			"/layouts/dashboard.html:1:1: still running after 1s: does it loop?"},
		{"ErrLayoutRange", "layouts/404.html", "{{define \"main\"}}{{range 100000000000}}{{end}}{{end}}",
			"/layouts/404.html:1:26: range over 100000000000: at most 10000"},
		{"ErrUnusedScriptRange", "content/scripts/unused.tmpl", "{{define \"x\"}}\n{{range 100000000000}}{{end}}{{end}}",
			"/content/scripts/unused.tmpl:2:9: range over 100000000000: at most 10000"},
		{"ErrUnusedScriptDeadline", "content/scripts/unused.tmpl", strings.ReplaceAll(slowLayout, `"main"`, `"x"`),
			"/content/scripts/unused.tmpl:1:1: still running after 1s: does it loop?"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := t.TempDir()
			writeFiles(t, src, smallSite)
			writeFiles(t, src, map[string]string{c.file: c.text})
			want := filepath.ToSlash(src) + c.want
			_, err := Build(Options{Source: src, TemplateTimeout: time.Second})
			wantErrorList(t, "build", err, want)
			_, _, err = Check(Options{Source: src, TemplateTimeout: time.Second})
			wantErrorList(t, "check", err, want)
		})
	}
}

// wantErrorList fails unless err holds a model.ErrorList of exactly want.
func wantErrorList(t *testing.T, stage string, err error, want ...string) {
	t.Helper()
	var list model.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("%s: err = %v, want content errors %q", stage, err, want)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: errors\n%s\nwant\n%s", stage, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// errorList returns the lines of the content errors err holds, or its text.
func errorList(err error) []string {
	var list model.ErrorList
	if !errors.As(err, &list) {
		return []string{"not content errors: " + err.Error()}
	}
	var out []string
	for _, e := range list {
		out = append(out, e.Error())
	}
	return out
}
