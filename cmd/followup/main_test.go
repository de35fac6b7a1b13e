package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
}

func TestInitThenBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hunt")
	if code, _, stderr := runCmd(t, nil, "init", dir); code != 0 {
		t.Fatalf("init: code %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "applications", "acme-robotics.yaml")); err == nil {
		t.Error("init copied an example record")
	}
	if code, _, stderr := runCmd(t, nil, "build", "-source", dir); code != 0 {
		t.Fatalf("build of a fresh site: code %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "index.html")); err != nil {
		t.Error(err)
	}
}

func TestMain(m *testing.M) {
	// Keep the inputs hashes of test builds out of the user's cache.
	cache, err := os.MkdirTemp("", "followup-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", cache)
	code := m.Run()
	os.RemoveAll(cache)
	os.Exit(code)
}
