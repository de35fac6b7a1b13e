package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/model"
)

// commits returns the number of commits of the branch main at dir.
func (l *ghLoop) commits(t *testing.T, dir string) string {
	return strings.TrimSpace(l.git(t, dir, "rev-list", "--count", "main"))
}

// onlyAdded checks that the last commit only added lines, to acme's record.
func (l *ghLoop) onlyAdded(t *testing.T) {
	t.Helper()
	if got := l.git(t, l.dir, "show", "--name-only", "--format=", "HEAD"); got != "content/applications/acme.yaml\n" {
		t.Errorf("the commit holds %q, want acme's record alone", got)
	}
	for line := range strings.Lines(l.git(t, l.dir, "show", "--format=", "-U0", "HEAD")) {
		if strings.HasPrefix(line, "-") && !strings.HasPrefix(line, "---") {
			t.Errorf("the commit removes a line: %s", line)
		}
	}
}

func (l *ghLoop) output(t *testing.T) string {
	data, _ := os.ReadFile(l.vars["GITHUB_OUTPUT"])
	return string(data)
}

func TestGithubEventTickedBox(t *testing.T) {
	l := newGHLoop(t)
	code, out := l.event(t, l.edited("jordan", l.body, tick(t, l.body, "acme", "confirm-receipt")))
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if got := l.state(t, "confirm-receipt"); got != model.StateDone {
		t.Errorf("confirm-receipt is %s, want done", got)
	}
	if got := l.state(t, "status-check-1"); got != model.StatePending {
		t.Errorf("status-check-1, not ticked, is %s", got)
	}
	l.onlyAdded(t)
	if got, want := l.commits(t, l.dir), "2"; got != want {
		t.Errorf("%s commits, want %s", got, want)
	}
	if got, want := l.commits(t, l.origin), "2"; got != want {
		t.Errorf("origin has %s commits, want %s: not pushed", got, want)
	}
	if got := l.git(t, l.dir, "show", "HEAD:content/applications/acme.yaml"); !strings.Contains(got, "2026-12-07") {
		t.Errorf("the call is not recorded on the 7th, the day the box was ticked:\n%s", got)
	}
	is := l.api.Issue(1)
	if len(is.Comments) != 1 || !strings.Contains(is.Comments[0], "/done acme confirm-receipt") || !strings.Contains(is.Comments[0], "committed: acme:") {
		t.Errorf("the answer: %q", is.Comments)
	}
	if got := l.output(t); got != "changed=true\n" {
		t.Errorf("the step's outputs: %q", got)
	}
}

func TestGithubEventTwoTicked(t *testing.T) {
	l := newGHLoop(t)
	after := tick(t, tick(t, l.body, "acme", "confirm-receipt"), "acme", "status-check-1")
	if code, out := l.event(t, l.edited("sam", l.body, after)); code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	for _, id := range []string{"confirm-receipt", "status-check-1"} {
		if got := l.state(t, id); got != model.StateDone {
			t.Errorf("%s is %s, want done", id, got)
		}
	}
	if got, want := l.commits(t, l.origin), "3"; got != want {
		t.Errorf("origin has %s commits, want %s (one per record edit)", got, want)
	}
}

func TestGithubEventUntickedBox(t *testing.T) {
	l := newGHLoop(t)
	ticked := tick(t, l.body, "acme", "confirm-receipt")
	if code, out := l.event(t, l.edited("jordan", ticked, l.body)); code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if got := l.commits(t, l.dir); got != "1" {
		t.Errorf("%s commits after a box was unticked, want 1", got)
	}
	if is := l.api.Issue(1); len(is.Comments) != 0 {
		t.Errorf("comments: %q", is.Comments)
	}
	if got := l.output(t); got != "changed=false\n" {
		t.Errorf("the step's outputs: %q", got)
	}
}

func TestGithubEventStrangerRefused(t *testing.T) {
	l := newGHLoop(t)
	code, out := l.event(t, l.edited("mallory", l.body, tick(t, l.body, "acme", "confirm-receipt")))
	if code != 0 || !strings.Contains(out, "refused: mallory may not change the records") {
		t.Errorf("exit %d\n%s", code, out)
	}
	if got := l.state(t, "confirm-receipt"); got != model.StatePending {
		t.Errorf("a stranger's tick made confirm-receipt %s", got)
	}
	if got := l.commits(t, l.dir); got != "1" {
		t.Errorf("%s commits, want 1", got)
	}

	code, _ = l.event(t, l.commented(l.issue(1, l.body, "followup"), "mallory", "NONE", "/skip acme status-check-1"))
	if code != 0 || l.state(t, "status-check-1") != model.StatePending {
		t.Errorf("a stranger's comment: exit %d, status-check-1 %s", code, l.state(t, "status-check-1"))
	}
	if is := l.api.Issue(1); len(is.Comments) != 1 || !strings.HasPrefix(is.Comments[0], "Refused: only the repository's owner") {
		t.Errorf("the answer to a stranger: %q", is.Comments)
	}
}

func TestGithubEventCommentLogs(t *testing.T) {
	l := newGHLoop(t)
	text := "Called from the train.\n/log acme call -to \"Dana Smith\" -outcome voicemail\n"
	if code, out := l.event(t, l.commented(l.issue(1, l.body, "followup"), "jordan", "OWNER", text)); code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if got := l.state(t, "confirm-receipt"); got != model.StateDone {
		t.Errorf("the call logged did not fulfil confirm-receipt: %s", got)
	}
	l.onlyAdded(t)
	if got := l.git(t, l.origin, "log", "-1", "--format=%s", "main"); got != "acme: call to Dana Smith (voicemail)\n" {
		t.Errorf("origin's last commit: %q", got)
	}
	is := l.api.Issue(1)
	if len(is.Comments) != 1 || !strings.Contains(is.Comments[0], "/log acme call -to \"Dana Smith\" -outcome voicemail\nwrote ") ||
		!strings.Contains(is.Comments[0], "acme.yaml: call to Dana Smith (voicemail)\n") {
		t.Errorf("the answer: %q", is.Comments)
	}
}

func TestGithubEventShellTextIsText(t *testing.T) {
	l := newGHLoop(t)
	pwned := filepath.Join(t.TempDir(), "pwned")
	note := "$(touch " + pwned + "); `touch " + pwned + "` > " + pwned + " | & ${HOME} *"
	text := "/log acme note -note '" + note + "'"
	if code, out := l.event(t, l.commented(l.issue(1, l.body, "followup"), "sam", "COLLABORATOR", text)); code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if _, err := os.Stat(pwned); err == nil {
		t.Fatal("a comment ran a shell")
	}
	site, _, err := build.Load(l.dir)
	if err != nil {
		t.Fatal(err)
	}
	evs := site.Applications[0].Events
	if len(evs) != 1 || evs[0].Type != "note" || evs[0].Note != note {
		t.Errorf("events %+v, want one note reading %q", evs, note)
	}
}

func TestGithubEventIgnored(t *testing.T) {
	l := newGHLoop(t)
	other := l.api.Add("Question", "Should I apply to Acme?", "jordan")
	for name, p := range map[string]map[string]any{
		"AnotherIssue":    l.commented(l.issue(other, "Should I apply to Acme?"), "jordan", "OWNER", "/skip acme status-check-1"),
		"WithoutTheLabel": l.commented(l.issue(1, l.body), "jordan", "OWNER", "/skip acme status-check-1"),
		"NoCommand":       l.commented(l.issue(1, l.body, "followup"), "jordan", "OWNER", "Dana said to skip the status check."),
	} {
		t.Run(name, func(t *testing.T) {
			if code, out := l.event(t, p); code != 0 {
				t.Fatalf("exit %d\n%s", code, out)
			}
			if got := l.state(t, "status-check-1"); got != model.StatePending {
				t.Errorf("status-check-1 is %s", got)
			}
		})
	}
	if a, b := l.api.Issue(1), l.api.Issue(other); len(a.Comments)+len(b.Comments) != 0 {
		t.Errorf("answered %q and %q", a.Comments, b.Comments)
	}
}

func TestGithubEventRefusesFlagsOutsideTheRecords(t *testing.T) {
	l := newGHLoop(t)
	text := "/skip acme status-check-1 -source /etc\n/log acme interview -ics /etc/passwd\n/rm -rf /"
	if code, out := l.event(t, l.commented(l.issue(1, l.body, "followup"), "jordan", "OWNER", text)); code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	c := l.api.Issue(1).Comments
	if len(c) != 1 || strings.Count(c[0], "Refused: ") != 3 || !strings.Contains(c[0], "-source cannot be given here") ||
		!strings.Contains(c[0], "-ics cannot be given here") || !strings.Contains(c[0], "the commands are /log, /done and /skip") {
		t.Errorf("the answer: %q", c)
	}
	if got := l.commits(t, l.dir); got != "1" {
		t.Errorf("%s commits, want 1", got)
	}
}
