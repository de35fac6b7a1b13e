package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/github/githubtest"
	"github.com/followup-dev/followup/generator/model"
)

// ghHunt is a hunt seen on Monday 7 December 2026, 15:00 in Chicago. acme
// applied Mon 23 Nov with its confirmation the same day: confirm-receipt,
// a call to Dana Smith 5 business days later (Mon 30 Nov), is overdue;
// status-check-1, an email 14 days after applying, is due today.
var ghHunt = map[string]string{
	"content/site.yaml": "title: Jordan's hunt\nbase_url: https://jordan.github.io/hunt/\ntimezone: America/Chicago\nhistory: content\n",
	"content/applications/acme.yaml": `company: Acme Robotics
role: Backend Engineer
applied: 2026-11-23
channel: job-board
confirmation: 2026-11-23
contacts:
  - {name: Dana Smith, role: recruiter}
`,
}

// ghLoop is a hunt in a git repository with an origin to push to, a fake
// of GitHub's API, and the issue `github today` opened there.
type ghLoop struct {
	dir, origin string
	api         *githubtest.API
	vars        map[string]string
	body        string // the issue's body as opened
}

func newGHLoop(t *testing.T) *ghLoop {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	l := &ghLoop{dir: writeSite(t, ghHunt), origin: filepath.Join(t.TempDir(), "origin.git")}
	l.git(t, l.dir, "init", "-q", "-b", "main")
	l.git(t, l.dir, "config", "user.name", "github-actions[bot]")
	l.git(t, l.dir, "config", "user.email", "41898282+github-actions[bot]@users.noreply.github.com")
	l.git(t, l.dir, "config", "commit.gpgsign", "false")
	l.git(t, l.dir, "add", ".")
	l.git(t, l.dir, "commit", "-q", "-m", "the hunt")
	l.git(t, l.dir, "init", "-q", "--bare", l.origin)
	l.git(t, l.dir, "remote", "add", "origin", l.origin)
	l.git(t, l.dir, "push", "-q", "origin", "main")
	l.api = githubtest.New(t, "jordan", "hunt", "tok3n")
	l.api.Permissions["sam"] = "write"
	l.api.Permissions["mallory"] = "read"
	l.vars = map[string]string{
		"GITHUB_API_URL": l.api.URL(), "GITHUB_TOKEN": "tok3n", "GITHUB_REPOSITORY": "jordan/hunt",
		"GITHUB_OUTPUT": filepath.Join(t.TempDir(), "output"),
	}
	if code, _, stderr := l.run(t, "github", "today", "-source", l.dir); code != 0 {
		t.Fatalf("github today: exit %d\n%s", code, stderr)
	}
	l.body = l.api.Issue(1).Body
	return l
}

// run runs followup at 15:00 in Chicago on Monday 7 December 2026.
func (l *ghLoop) run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut strings.Builder
	e := &env{
		stdout: &out, stderr: &errOut,
		now:    func() time.Time { return time.Date(2026, 12, 7, 21, 0, 0, 0, time.UTC) },
		getenv: func(k string) string { return l.vars[k] },
		ctx:    context.Background(),
	}
	code := run(e, args)
	return code, out.String(), errOut.String()
}

// event writes a webhook payload and runs `github event -push` on it.
func (l *ghLoop) event(t *testing.T, payload map[string]any) (int, string) {
	t.Helper()
	data, err := json.Marshal(payload)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "event.json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := l.run(t, "github", "event", "-source", l.dir, "-push", file)
	return code, stdout + stderr
}

func (l *ghLoop) git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// state returns the state of an action of acme, as the records say now.
func (l *ghLoop) state(t *testing.T, id string) model.State {
	t.Helper()
	_, actions, err := build.Load(l.dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range actions {
		if a.App.Slug == "acme" && a.ID == id {
			return a.State
		}
	}
	t.Fatalf("acme has no action %s", id)
	return ""
}

// issue is the issue part of a payload, in the shape of GitHub's webhooks.
func (l *ghLoop) issue(number int, body string, labels ...string) map[string]any {
	var ls []map[string]any
	for _, n := range labels {
		ls = append(ls, map[string]any{"id": 1, "name": n, "color": "ededed", "default": false})
	}
	return map[string]any{
		"url":      "https://api.github.com/repos/jordan/hunt/issues/1",
		"html_url": "https://github.com/jordan/hunt/issues/1",
		"number":   number, "title": "Follow-ups for Monday 7 December 2026", "state": "open",
		"user":               map[string]any{"login": "github-actions[bot]", "id": 41898282, "type": "Bot"},
		"labels":             ls,
		"author_association": "NONE",
		"body":               body,
	}
}

var repository = map[string]any{
	"id": 42, "name": "hunt", "full_name": "jordan/hunt", "private": true,
	"owner": map[string]any{"login": "jordan", "id": 7, "type": "User"}, "default_branch": "main",
}

// edited is the payload of `issues: edited` by sender, from before to after.
func (l *ghLoop) edited(sender, before, after string) map[string]any {
	return map[string]any{
		"action":     "edited",
		"issue":      l.issue(1, after, "followup"),
		"changes":    map[string]any{"body": map[string]any{"from": before}},
		"repository": repository,
		"sender":     map[string]any{"login": sender, "id": 9, "type": "User"},
	}
}

// commented is the payload of `issue_comment: created` on issue.
func (l *ghLoop) commented(issue map[string]any, author, association, text string) map[string]any {
	return map[string]any{
		"action": "created",
		"issue":  issue,
		"comment": map[string]any{
			"id": 1001, "html_url": "https://github.com/jordan/hunt/issues/1#issuecomment-1001",
			"user": map[string]any{"login": author, "id": 9, "type": "User"},
			"body": text, "author_association": association,
		},
		"repository": repository,
		"sender":     map[string]any{"login": author, "id": 9, "type": "User"},
	}
}

// tick ticks the box of an action in body.
func tick(t *testing.T, body, app, action string) string {
	t.Helper()
	marker := "<!-- followup " + app + " " + action + " -->"
	for line := range strings.Lines(body) {
		if strings.HasPrefix(line, "- [ ] ") && strings.Contains(line, marker) {
			return strings.Replace(body, line, "- [x] "+strings.TrimPrefix(line, "- [ ] "), 1)
		}
	}
	t.Fatalf("no unticked box of %s %s in\n%s", app, action, body)
	return ""
}
