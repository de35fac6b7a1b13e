package scripts

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/content"
	"github.com/followup-dev/followup/generator/model"
)

func writeTemplate(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestOverrideReplacesOneTemplate(t *testing.T) {
	dir := t.TempDir()
	writeTemplate(t, dir, "status-check-1.tmpl", `{{define "subject"}}Any news on the {{.Role}} role?{{end}}
{{define "body"}}{{template "greeting" .}}
Just checking in.
{{template "signature" .}}{{end}}
`)
	writeTemplate(t, dir, "notes.txt", "not a template {{")
	s := mustLoad(t, dir)
	f := full()
	sc := mustRender(t, s, f.site, f.action("status-check-1", "status-check-1", model.KindEmail, "2026-11-17", "Dana Smith"), true)
	if got, want := sc.Subject, "Any news on the Backend Engineer role?"; got != want {
		t.Errorf("overridden subject = %q, want %q", got, want)
	}
	if got, want := sc.Body, "Hello Dana,\nJust checking in.\nBest regards,\nJordan Lee\n+1 555 0199\njordan@example.com"; got != want {
		t.Errorf("overridden body = %q, want %q", got, want)
	}
	if got, want := sc.File, filepath.ToSlash(dir)+"/status-check-1.tmpl"; got != want {
		t.Errorf("file = %q, want %q", got, want)
	}
	other := mustRender(t, s, f.site, f.action("status-check-2", "status-check-2", model.KindEmail, "2026-11-24", "Dana Smith"), true)
	if got, want := other.Subject, "Following up: Backend Engineer application"; got != want {
		t.Errorf("status-check-2 subject = %q, want the embedded %q", got, want)
	}
	if got, want := other.File, "content/scripts/status-check-2.tmpl"; got != want {
		t.Errorf("status-check-2 file = %q, want %q", got, want)
	}
}

func TestOverrideWithoutRuleFileFallsBackToKind(t *testing.T) {
	dir := t.TempDir()
	// A confirm-receipt.tmpl with only call blocks must not serve an email.
	writeTemplate(t, dir, "email.tmpl", `{{define "subject"}}Generic{{end}}{{define "body"}}Body{{end}}`)
	s := mustLoad(t, dir)
	f := full()
	sc := mustRender(t, s, f.site, f.action("custom", "custom", model.KindEmail, "2026-12-21"), false)
	if sc.Subject != "Generic" || sc.Body != "Body" {
		t.Errorf("custom email = %q / %q, want the site's email.tmpl", sc.Subject, sc.Body)
	}
	sc = mustRender(t, s, f.site, f.action("confirm-receipt", "confirm-receipt", model.KindEmail, "2026-11-10"), false)
	if got, want := sc.Subject, "My application for the Backend Engineer role"; got != want {
		t.Errorf("confirm-receipt email subject = %q, want %q from confirm-receipt.email.tmpl", got, want)
	}
}

func TestBrokenTemplateParseError(t *testing.T) {
	dir := t.TempDir()
	writeTemplate(t, dir, "status-check-1.tmpl", "{{define \"subject\"}}Hi{{end}}\n{{define \"body\"}}\nHello {{.Name}\n{{end}}\n")
	_, err := Load(dir)
	var list model.ErrorList
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("Load = %v, want one content error", err)
	}
	want := filepath.ToSlash(dir) + "/status-check-1.tmpl:3:1: "
	if !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "template:") {
		t.Errorf("error = %q, want it to start with %q", err, want)
	}
}

func TestBrokenSharedFileReportedOnce(t *testing.T) {
	dir := t.TempDir()
	writeTemplate(t, dir, "shared.tmpl", "{{define \"greeting\"}}Hi{{end}}\n\n{{if}}\n")
	_, err := Load(dir)
	var list model.ErrorList
	if !errors.As(err, &list) || len(list) != 1 || !strings.HasPrefix(err.Error(), filepath.ToSlash(dir)+"/shared.tmpl:3:1: ") {
		t.Fatalf("Load = %v, want one error at shared.tmpl:3", err)
	}
}

func TestBrokenTemplateExecError(t *testing.T) {
	dir := t.TempDir()
	// Only this rule reaches the field, so the trial run on load misses it.
	writeTemplate(t, dir, "status-check-1.tmpl", "{{define \"subject\"}}{{if eq .Rule \"status-check-1\"}}Hi {{.Nmae}}{{end}}{{end}}\n{{define \"body\"}}Body{{end}}\n")
	s := mustLoad(t, dir)
	f := full()
	_, err := s.Render(f.site, f.action("status-check-1", "status-check-1", model.KindEmail, "2026-11-17"), Options{})
	var e *model.Error
	if !errors.As(err, &e) {
		t.Fatalf("Render = %v, want a *model.Error", err)
	}
	// The field .Nmae is at byte 57 of line 1, after `{{define "subject"}}{{if eq .Rule "status-check-1"}}Hi {{`.
	want := filepath.ToSlash(dir) + "/status-check-1.tmpl:1:58: "
	if !strings.HasPrefix(e.Error(), want) || !strings.Contains(e.Error(), "Nmae") {
		t.Errorf("error = %q, want it to start with %q and name the field", e, want)
	}
}

func TestLoadWithoutSiteDir(t *testing.T) {
	for _, dir := range []string{"", filepath.Join(t.TempDir(), "missing")} {
		if _, err := Load(dir); err != nil {
			t.Errorf("Load(%q) = %v, want the embedded templates", dir, err)
		}
	}
}

// TestEveryEmbeddedTemplateServes guards against a file no action reaches,
// such as one misnamed after a rule.
func TestEveryEmbeddedTemplateServes(t *testing.T) {
	s := mustLoad(t, "")
	used := map[string]bool{}
	f := full()
	for _, a := range f.allActions() {
		used[mustRender(t, s, f.site, a, true).File] = true
	}
	names, err := fs.Glob(content.Scripts, "*.tmpl")
	if err != nil || len(names) == 0 {
		t.Fatalf("no embedded templates: %v", err)
	}
	for _, n := range names {
		if n != SharedFile && !used["content/scripts/"+n] {
			t.Errorf("embedded %s serves no action", n)
		}
	}
}

func TestMisspeltFieldFoundOnLoad(t *testing.T) {
	dir := t.TempDir()
	writeTemplate(t, dir, "decline-note.tmpl", "{{define \"subject\"}}Thanks{{end}}\n{{define \"body\"}}\n{{if .Pitch}}x{{end}} {{.Compnay}}\n{{end}}\n")
	_, err := Load(dir)
	want := filepath.ToSlash(dir) + "/decline-note.tmpl:3:25: "
	if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), "Compnay") {
		t.Errorf("Load = %v, want an error at %q naming the field", err, want)
	}
}

func TestOwnTitleReplacesSummary(t *testing.T) {
	dir := t.TempDir()
	writeTemplate(t, dir, "status-check-1.tmpl", `{{define "title"}}Nudge {{.Who}}{{end}}{{define "subject"}}S{{end}}{{define "body"}}B{{end}}`)
	s := mustLoad(t, dir)
	f := full()
	sc := mustRender(t, s, f.site, f.action("status-check-1", "status-check-1", model.KindEmail, "2026-11-17", "Dana Smith"), false)
	if got, want := sc.Title, "Nudge Dana Smith"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
}

func TestSymlinkedTemplateIgnored(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	writeTemplate(t, outside, "status-check-1.tmpl", `{{define "subject"}}Linked{{end}}{{define "body"}}B{{end}}`)
	if err := os.Symlink(filepath.Join(outside, "status-check-1.tmpl"), filepath.Join(dir, "status-check-1.tmpl")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	s := mustLoad(t, dir)
	f := full()
	sc := mustRender(t, s, f.site, f.action("status-check-1", "status-check-1", model.KindEmail, "2026-11-17"), false)
	if sc.Subject == "Linked" {
		t.Error("a symlinked template was followed out of the site")
	}
}
