package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/internal/testcache"
)

// runCmd runs a command line and returns its exit code, stdout and stderr.
func runCmd(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut strings.Builder
	e := &env_{stdout: &out, stderr: &errOut}
	code := run(e.env(env), args)
	return code, out.String(), errOut.String()
}

type env_ struct{ stdout, stderr *strings.Builder }

func (e env_) env(vars map[string]string) *env {
	return &env{
		stdout: e.stdout, stderr: e.stderr,
		now:        func() time.Time { return time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC) },
		isTerminal: vars["TERM"] != "",
		getenv:     func(k string) string { return vars[k] },
		ctx:        context.Background(),
	}
}

// writeSite writes files (slash paths) into a new temporary site directory.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const minimalSettings = "title: Test hunt\nbase_url: https://example.com/hunt/\ntimezone: Europe/London\n"

func TestUsage(t *testing.T) {
	t.Run("NoArgumentsPrintsUsageExit2", func(t *testing.T) {
		code, _, stderr := runCmd(t, nil)
		if code != 2 || !strings.Contains(stderr, "Usage:") {
			t.Errorf("code %d, stderr %q", code, stderr)
		}
	})
	t.Run("HelpExit0", func(t *testing.T) {
		code, stdout, _ := runCmd(t, nil, "-h")
		if code != 0 || !strings.Contains(stdout, "followup agenda") {
			t.Errorf("code %d, stdout %q", code, stdout)
		}
	})
	for _, args := range [][]string{
		{"frobnicate"},
		{"build", "-nope"},
		{"build", "extra"},
		{"new", "OnlyCompany"},
		{"init"},
		{"agenda", "-today", "2026-02-30"},
		{"agenda", "-days", "-1"},
		{"build", "-base-url", "ftp://example.com/"},
	} {
		t.Run("Exit2/"+strings.Join(args, " "), func(t *testing.T) {
			if code, _, stderr := runCmd(t, nil, args...); code != 2 {
				t.Errorf("code = %d, want 2 (stderr %q)", code, stderr)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	t.Run("ErrContentExit1AllProblems", func(t *testing.T) {
		dir := writeSite(t, map[string]string{
			"content/site.yaml":                 minimalSettings,
			"content/applications/acme.yaml":    "company: Acme\nrole: Engineer\napplied: 2026-02-30\n",
			"content/applications/globex.yaml":  "compnay: Globex\nrole: Analyst\napplied: 2026-11-02\n",
			"content/applications/initech.yaml": "company: Initech\nrole: QA\napplied: 2026-11-02\nchannel: carrier-pigeon\n",
		})
		code, _, stderr := runCmd(t, nil, "check", "-source", dir)
		if code != 1 {
			t.Fatalf("code = %d, want 1; stderr:\n%s", code, stderr)
		}
		for _, want := range []string{
			"content/applications/acme.yaml:3:10: ",
			"content/applications/globex.yaml:1:1: unknown key \"compnay\", did you mean \"company\"?",
			"content/applications/initech.yaml:4:10: ",
		} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
		}
	})
	// What build refuses, check refuses: a layout or script template that
	// does not parse or names a field that does not exist.
	for _, tc := range []struct{ name, file, text, want string }{
		{"ErrLayoutFieldExit1", "layouts/dashboard.html", "{{define \"main\"}}\n  {{.Nope}}{{end}}",
			`layouts/dashboard.html:2:5: executing "main" at <.Nope>: can't evaluate field Nope`},
		{"ErrLayoutSyntaxExit1", "layouts/404.html", "{{define \"main\"}}{{end}}{{end}}",
			`layouts/404.html:1:1: unexpected {{end}}`},
		{"ErrScriptFunctionExit1", "content/scripts/extra.tmpl", "{{define \"x\"}}{{shout .Company}}{{end}}",
			`content/scripts/extra.tmpl:1:1: function "shout" not defined`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeSite(t, map[string]string{
				"content/site.yaml":              minimalSettings,
				"content/applications/acme.yaml": "company: Acme\nrole: Engineer\napplied: 2026-11-02\n",
				tc.file:                          tc.text,
			})
			code, _, stderr := runCmd(t, nil, "check", "-source", dir)
			if want := filepath.ToSlash(dir) + "/" + tc.want; code != 1 || !strings.HasPrefix(stderr, want) {
				t.Errorf("code = %d, stderr:\n%s\nwant 1 and an error starting %q", code, stderr, want)
			}
		})
	}
	t.Run("OK", func(t *testing.T) {
		dir := writeSite(t, map[string]string{
			"content/site.yaml":              minimalSettings,
			"content/applications/acme.yaml": "company: Acme\nrole: Engineer\napplied: 2026-11-02\n",
		})
		if code, _, stderr := runCmd(t, nil, "check", "-source", dir); code != 0 {
			t.Errorf("code = %d, stderr %q", code, stderr)
		}
	})
}

func TestCheckWarnsOfClockChanges(t *testing.T) {
	// Europe/London skips 01:00-02:00 on 28 March 2027 and repeats
	// 01:00-02:00 on 25 October 2026.
	dir := writeSite(t, map[string]string{
		"content/site.yaml": minimalSettings,
		"content/applications/acme.yaml": "company: Acme\nrole: Engineer\napplied: 2026-10-01\nevents:\n" +
			"  - {date: 2026-10-25T01:30, type: interview}\n  - {date: 2027-03-28T01:15, type: interview}\n",
	})
	code, stdout, stderr := runCmd(t, nil, "check", "-source", dir)
	if code != 0 {
		t.Fatalf("code = %d, want 0 for warnings; stderr:\n%s", code, stderr)
	}
	for _, want := range []string{
		"content/applications/acme.yaml:5:12: warning: 2026-10-25T01:30 happens twice in Europe/London",
		"content/applications/acme.yaml:6:12: warning: 2027-03-28T01:15 does not happen in Europe/London",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.HasPrefix(stdout, "ok: 1 applications") {
		t.Errorf("stdout %q", stdout)
	}
	// build says the same, and builds.
	code, _, stderr = runCmd(t, nil, "build", "-source", dir, "-dest", filepath.Join(t.TempDir(), "out"))
	if code != 0 || !strings.Contains(stderr, "acme.yaml:6:12: warning: 2027-03-28T01:15 does not happen in Europe/London") {
		t.Errorf("build: code %d, want 0 and the warning; stderr:\n%s", code, stderr)
	}
}

// TestAgendaDays checks that -days is bounded to ten years, so that a large
// number is refused rather than overflowing the last day shown.
func TestAgendaDays(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/site.yaml":              minimalSettings,
		"content/applications/acme.yaml": "company: Acme\nrole: Engineer\napplied: 2026-11-02\n",
	})
	for days, want := range map[string]int{"3653": 0, "3654": 2, "9223372036854775807": 2, "106751991167300": 2} {
		code, stdout, stderr := runCmd(t, nil, "agenda", "-source", dir, "-today", "2026-11-20", "-days", days)
		if code != want {
			t.Errorf("-days %s: code = %d, want %d (stderr %q)", days, code, want, stderr)
		}
		if want == 0 && !strings.Contains(stdout, "the next 3653 days") {
			t.Errorf("-days %s: stdout lacks the window:\n%s", days, stdout)
		}
	}
}

func TestAgendaColour(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/site.yaml":              minimalSettings,
		"content/applications/acme.yaml": "company: Acme\nrole: Engineer\napplied: 2026-11-16\n",
	})
	for _, tc := range []struct {
		name  string
		env   map[string]string
		color bool
	}{
		{"PipeNoColour", nil, false},
		{"TerminalColour", map[string]string{"TERM": "xterm"}, true},
		{"NO_COLORWins", map[string]string{"TERM": "xterm", "NO_COLOR": "1"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tc.env, "agenda", "-source", dir, "-today", "2026-11-20")
			if code != 0 {
				t.Fatalf("code %d: %s", code, stderr)
			}
			if !strings.Contains(stdout, "Acme") {
				t.Errorf("agenda does not show the application:\n%s", stdout)
			}
			if got := strings.Contains(stdout, "\x1b["); got != tc.color {
				t.Errorf("ANSI colour = %v, want %v", got, tc.color)
			}
		})
	}
}

func TestNewThenCheck(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": minimalSettings})
	code, stdout, stderr := runCmd(t, nil, "new", "-source", dir, "Acme Robotics", "Backend Engineer")
	if code != 0 {
		t.Fatalf("new: code %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "acme-robotics") {
		t.Errorf("new printed %q", stdout)
	}
	if code, _, stderr := runCmd(t, nil, "new", "-source", dir, "Acme Robotics", "Backend Engineer"); code != 1 {
		t.Errorf("second new over the same record: code %d, want 1 (%s)", code, stderr)
	}
	if code, _, stderr := runCmd(t, nil, "check", "-source", dir); code != 0 {
		t.Errorf("check after new: code %d: %s", code, stderr)
	}
	// Flags may follow the company and role, as they may for log.
	if code, _, stderr := runCmd(t, nil, "new", "Globex", "Data Engineer", "-date", "2026-11-20", "-source", dir); code != 0 {
		t.Fatalf("new with flags last: code %d: %s", code, stderr)
	}
	record, err := os.ReadFile(filepath.Join(dir, "content", "applications", "globex-data-engineer.yaml"))
	if err != nil || !strings.Contains(string(record), "applied: 2026-11-20") {
		t.Errorf("new with flags last wrote (%v):\n%s", err, record)
	}
}

// TestNewDatesInTheHuntsZone checks that a record made without -date is
// dated today where the hunt is: at 12:00 UTC on 20 November 2026 it is
// already 02:00 on the 21st in Kiritimati (UTC+14), whatever this
// machine's own zone.
func TestNewDatesInTheHuntsZone(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": "title: Test hunt\nbase_url: https://example.com/hunt/\ntimezone: Pacific/Kiritimati\n"})
	if code, _, stderr := runCmd(t, nil, "new", "-source", dir, "Acme Robotics", "Backend Engineer"); code != 0 {
		t.Fatalf("new: code %d: %s", code, stderr)
	}
	record, err := os.ReadFile(filepath.Join(dir, "content", "applications", "acme-robotics-backend-engineer.yaml"))
	if err != nil || !strings.Contains(string(record), "applied: 2026-11-21") {
		t.Errorf("new wrote (%v):\n%s", err, record)
	}
}

func TestInitThenBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hunt")
	if code, _, stderr := runCmd(t, nil, "init", dir); code != 0 {
		t.Fatalf("init: code %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "applications", "acme-robotics.yaml")); err == nil {
		t.Error("init copied an example record")
	}
	// A fresh site is encrypted.
	if code, _, stderr := runCmd(t, map[string]string{"FOLLOWUP_PASSPHRASE": "a passphrase"}, "build", "-source", dir); code != 0 {
		t.Fatalf("build of a fresh site: code %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "index.html")); err != nil {
		t.Error(err)
	}
}

// TestBuildCanceled runs build with a context that has ended, as after
// Ctrl-C: it fails and writes nothing.
func TestBuildCanceled(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/site.yaml":              minimalSettings,
		"content/applications/acme.yaml": "company: Acme\nrole: Engineer\napplied: 2026-11-02\n",
	})
	var out, errOut strings.Builder
	e := env_{stdout: &out, stderr: &errOut}.env(nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	e.ctx = ctx
	if code := run(e, []string{"build", "-source", dir}); code != 1 || !strings.Contains(errOut.String(), "context canceled") {
		t.Errorf("code = %d, stderr %q; want 1 and the cancel", code, errOut.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Errorf("a canceled build wrote its destination: %v", err)
	}
}

func TestBuildDestInsideSourceExit2(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": minimalSettings})
	out := filepath.Join(dir, "content", "out")
	if code, _, stderr := runCmd(t, nil, "build", "-source", dir, "-dest", out); code != 2 || !strings.Contains(stderr, "inside the source directory") {
		t.Errorf("code %d, stderr %q; want 2 and the reason", code, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused build wrote %s: %v", out, err)
	}
}

func TestMain(m *testing.M) {
	code := testcache.RunWithTempCache(m)
	os.Exit(code)
}
