// Package gittest runs git for tests that keep a hunt in a repository:
// commits with a fixed author and a given date, untouched by the user's own
// git configuration.
package gittest

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/internal/toolcheck"
)

// Require skips the test (or fails it, where tools are required) when git
// is not installed.
func Require(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		toolcheck.Missing(t, "git", "apt-get install git")
	}
}

// Run runs git with args in dir, as a commit made at date (RFC 3339, or ""
// for now) would be, and fails the test when git does.
func Run(t testing.TB, dir, date string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=Jordan", "-c", "user.email=jordan@example.com",
		"-c", "commit.gpgsign=false"}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date, "GIT_CONFIG_GLOBAL=/dev/null")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// CommitAll commits every change of the work tree at dir, made at date.
func CommitAll(t testing.TB, dir, date string) {
	t.Helper()
	Run(t, dir, date, "add", "-A")
	Run(t, dir, date, "commit", "-q", "-m", "edit")
}
