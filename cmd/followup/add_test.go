package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAddAndInbox runs add and inbox from the command line: a dry run
// prints the record and writes nothing, -apply logs and says how many,
// and bad usage exits 2.
func TestAddAndInbox(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/site.yaml": "title: Test hunt\nbase_url: https://example.com/hunt/\ntimezone: America/Chicago\n",
		"content/applications/acme-robotics.yaml": "company: Acme Robotics\nrole: Backend Engineer\napplied: 2026-11-03\n" +
			"contacts:\n  - {name: Dana Smith, role: recruiter, email: dana@acme.example}\n",
	})
	page := filepath.Join("..", "..", "generator", "posting", "testdata", "lever.html")
	code, stdout, stderr := runCmd(t, nil, "add", "-source", dir, "-dry-run", page)
	if code != 0 || !strings.Contains(stdout, "\ncompany: Birchwood Law  # from JobPosting hiringOrganization.name\n") {
		t.Errorf("add -dry-run: code %d, stdout:\n%s\nstderr: %s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "followup add: not read: no salary on the page") {
		t.Errorf("add -dry-run: stderr %q, want what was not read", stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "content/applications/birchwood-law-site-reliability-engineer.yaml")); err == nil {
		t.Error("a dry run wrote the record")
	}
	for _, args := range [][]string{{"add", "-source", dir, "-applied", "2026-13-01", page}, {"add", "-source", dir}, {"inbox", "-source", dir}, {"inbox", "-bogus", "x.eml"}} {
		if code, _, stderr := runCmd(t, nil, args...); code != 2 {
			t.Errorf("%v: code %d, want 2 (%s)", args, code, stderr)
		}
	}
	reply := filepath.Join("..", "..", "generator", "inbox", "testdata", "reply.eml")
	code, stdout, stderr = runCmd(t, nil, "inbox", "-source", dir, "-apply", reply)
	if code != 0 || !strings.HasSuffix(stdout, "logged 1 event\n") {
		t.Errorf("inbox -apply: code %d, stdout:\n%s\nstderr: %s", code, stdout, stderr)
	}
	rec, _ := os.ReadFile(filepath.Join(dir, "content/applications/acme-robotics.yaml"))
	if !strings.HasSuffix(string(rec), "events:\n  - {date: 2026-11-10, type: reply, from: Dana Smith}\n") {
		t.Errorf("record:\n%s", rec)
	}
}

// TestNoApplicationAhead: at 12:00 UTC on 20 November 2026 (the tests'
// clock), an application dated the 21st has not been sent yet. new -date
// and add -applied refuse it as bad usage and write nothing; the 20th is
// taken.
func TestNoApplicationAhead(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": minimalSettings})
	page := filepath.Join("..", "..", "generator", "posting", "testdata", "lever.html")
	for _, args := range [][]string{
		{"new", "-source", dir, "-date", "2026-11-21", "Acme Robotics", "Backend Engineer"},
		{"add", "-source", dir, "-applied", "2026-11-21", page},
	} {
		code, _, stderr := runCmd(t, nil, args...)
		if code != 2 || !strings.Contains(stderr, "2026-11-21 is after today (2026-11-20)") {
			t.Errorf("%v: code %d, stderr %q; want 2 and the dates", args, code, stderr)
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "content", "applications")); len(entries) != 0 {
		t.Errorf("a refused command wrote %d files", len(entries))
	}
	if code, _, stderr := runCmd(t, nil, "new", "-source", dir, "-date", "2026-11-20", "Acme Robotics", "Backend Engineer"); code != 0 {
		t.Errorf("new -date today: code %d: %s", code, stderr)
	}
}
