package scripts

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/bound"
	"github.com/followup-dev/followup/generator/model"
)

// nestedLoop counts to 10^12 through {{template}} calls, which the check
// of constant ranges does not follow, writing a dot each turn: it would run
// for days, and only the deadline stops it. Once given up on, its next
// write fails, and it ends.
const nestedLoop = `{{define "a"}}{{range 10000}}{{template "b"}}{{end}}{{end}}
{{define "b"}}{{range 10000}}{{template "c"}}{{end}}{{end}}
{{define "c"}}{{range 10000}}.{{end}}{{end}}
`

// TestLoopingTemplate loads a site whose content/scripts/ holds a template
// no action uses, and that loops: loading it must end, with an error at
// that file.
func TestLoopingTemplate(t *testing.T) {
	t.Run("ErrConstantRange", func(t *testing.T) {
		dir := t.TempDir()
		writeTemplate(t, dir, "unused.tmpl", "{{define \"x\"}}\n  {{range 100000000000}}{{end}}{{end}}\n")
		_, err := LoadBounded(dir, bound.Limits{Timeout: time.Hour})
		// The count starts at byte 10 of line 2, column 11.
		want := filepath.ToSlash(dir) + "/unused.tmpl:2:11: range over 100000000000: at most 10000"
		wantErrors(t, err, want)
	})
	t.Run("ErrDeadline", func(t *testing.T) {
		dir := t.TempDir()
		writeTemplate(t, dir, "unused.tmpl", nestedLoop)
		_, err := LoadBounded(dir, bound.Limits{Timeout: 2 * time.Second})
		want := filepath.ToSlash(dir) + "/unused.tmpl:1:1: still running after 2s: does it loop?"
		wantErrors(t, err, want)
	})
	t.Run("ErrCanceled", func(t *testing.T) {
		dir := t.TempDir()
		writeTemplate(t, dir, "unused.tmpl", nestedLoop)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := LoadBounded(dir, bound.Limits{Context: ctx, Timeout: time.Hour})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
}

// TestLoopingScript fills a script whose template loops only for one
// company, which the trial at load does not meet: filling it must end with
// an error at the template's file.
func TestLoopingScript(t *testing.T) {
	dir := t.TempDir()
	writeTemplate(t, dir, "email.tmpl", `{{define "subject"}}{{if eq .Company "Slow Co"}}{{range 10000}}{{template "b"}}{{end}}{{end}}Hi{{end}}
{{define "body"}}Body{{end}}
{{define "b"}}{{range 10000}}.{{end}}{{end}}
`)
	s, err := LoadBounded(dir, bound.Limits{Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	f := full()
	f.app.Company = "Slow Co"
	_, err = s.Render(f.site, f.action("custom", "custom", model.KindEmail, "2026-12-21"), Options{})
	var e *model.Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %v, want a *model.Error", err)
	}
	if got, want := e.Error(), filepath.ToSlash(dir)+"/email.tmpl:1:1: still running after 2s: does it loop?"; got != want {
		t.Errorf("err = %q, want %q", got, want)
	}
}

// wantErrors fails unless err is a model.ErrorList of exactly want.
func wantErrors(t *testing.T, err error, want ...string) {
	t.Helper()
	var list model.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, want a model.ErrorList", err)
	}
	if len(list) != len(want) {
		t.Fatalf("errors:\n%v\nwant:\n%q", list, want)
	}
	for i, e := range list {
		if got := e.Error(); got != want[i] {
			t.Errorf("error %d = %q, want %q", i, got, want[i])
		}
	}
}

// TestLoopingSharedTemplate gives shared.tmpl, which every file parses, a
// block that loops: it is reported once, at shared.tmpl.
func TestLoopingSharedTemplate(t *testing.T) {
	dir := t.TempDir()
	shared, err := os.ReadFile(filepath.Join("..", "..", "content", "scripts", SharedFile))
	if err != nil {
		t.Fatal(err)
	}
	writeTemplate(t, dir, SharedFile, string(shared)+nestedLoop)
	_, err = LoadBounded(dir, bound.Limits{Timeout: 2 * time.Second})
	wantErrors(t, err, filepath.ToSlash(dir)+"/shared.tmpl:1:1: still running after 2s: does it loop?")
}
