package main

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// logSite is a site with two applications whose slugs share a prefix.
var logSite = map[string]string{
	"content/site.yaml": minimalSettings,
	"content/applications/acme-robotics.yaml": `company: Acme Robotics
role: Backend Engineer
applied: 2026-11-03
contacts:
  - {name: Dana Smith, role: recruiter}
events:
  - {date: 2026-11-09, type: call, to: Dana Smith, outcome: voicemail}
  - {date: 2026-11-10, type: reply, from: Dana Smith}
`,
	"cancel.ics":   "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20261110T000000Z\r\nDTSTART:20261117T200000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
	"not-ical.ics": "Subject: Interview\n\nSee you Tuesday.\n",
	// A parameter with no value, which made the decoder panic.
	"broken.ics": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nORGANIZER;CN=Sixt SE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
	"content/applications/acme-cloud.yaml": `company: Acme Cloud
role: SRE
applied: 2026-11-04
skip: [confirm-receipt]
`,
}

// TestLogRefusals runs every kind of bad input and checks the exit code,
// the message, and that no file changed.
func TestLogRefusals(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"UnknownApp", []string{"log", "zeta", "note"}, 2, `no application "zeta"; the applications are acme-cloud, acme-robotics`},
		{"Misspelt", []string{"log", "acme-robtics", "note"}, 2, `no application "acme-robtics": did you mean acme-robotics?`},
		{"AmbiguousPrefix", []string{"log", "acme", "note"}, 2, `"acme" could be any of acme-cloud, acme-robotics`},
		{"UnknownType", []string{"log", "acme-robotics", "cal"}, 2, `unknown event type "cal" (did you mean "call"?)`},
		{"UnknownPerson", []string{"log", "acme-robotics", "call", "-to", "Dana Smyth", "-date", "2026-11-12"}, 1,
			`content/applications/acme-robotics.yaml:9:40: "Dana Smyth" in "to" is not in contacts, did you mean "Dana Smith"?`},
		{"BadDate", []string{"log", "acme-robotics", "call", "-date", "2026-02-30"}, 2, `invalid date "2026-02-30"`},
		{"BadDecision", []string{"log", "acme-robotics", "interview", "-decision", "soon"}, 2, `-decision: invalid date "soon"`},
		{"BadOutcome", []string{"log", "acme-robotics", "call", "-outcome", "voicemale"}, 1, `did you mean "voicemail"?`},
		{"BadTopic", []string{"log", "acme-robotics", "interview", "-topic", "Lee Park"}, 2, `want NAME=TEXT`},
		{"MissingType", []string{"log", "acme-robotics"}, 2, `want 2 arguments, got 1`},
		{"InvitationCancel", []string{"log", "acme-robotics", "interview", "-ics", "cancel.ics"}, 1,
			`-ics cancel.ics: the invitation is cancelled, and no event of the record carries its UID (1)`},
		{"InvitationUnreadable", []string{"log", "acme-robotics", "interview", "-ics", "not-ical.ics"}, 1,
			`-ics not-ical.ics: not a readable iCalendar file (`},
		{"InvitationMalformed", []string{"log", "acme-robotics", "interview", "-ics", "broken.ics"}, 1,
			`-ics broken.ics: not a readable iCalendar file (`},
		{"InvitationMissing", []string{"log", "acme-robotics", "interview", "-ics", "missing.ics"}, 2, `-ics: open missing.ics: no such file`},
		{"InvitationNotInterview", []string{"log", "acme-robotics", "call", "-ics", "cancel.ics"}, 2, `-ics is for interviews and phone screens, not call events`},
		{"DoneAlready", []string{"done", "acme-robotics", "confirm-receipt"}, 1,
			`confirm-receipt is not pending: it was done by the call of 2026-11-09 (line 7)`},
		{"DoneCancelled", []string{"done", "acme-robotics", "status-check-1"}, 1,
			`status-check-1 is not pending: it was cancelled by the reply of 2026-11-10 (line 8)`},
		{"DoneSkipped", []string{"done", "acme-cloud", "confirm-receipt"}, 1,
			`confirm-receipt is not pending: it is skipped (the record's skip: list names it)`},
		{"DoneUnknownAction", []string{"done", "acme-cloud", "thank-you/lee-park"}, 2,
			`acme-cloud has no action "thank-you/lee-park"; pending: check-confirmation, status-check-1, status-check-2, move-on`},
		{"DoneDecision", []string{"done", "acme-cloud", "move-on"}, 2, `move-on is a decision, not something to mark done`},
		{"DoneTooEarly", []string{"done", "acme-cloud", "status-check-1", "-date", "2026-11-01"}, 1,
			`an email on 2026-11-01 would leave status-check-1 pending`},
		{"SkipSkipped", []string{"skip", "acme-cloud", "confirm-receipt"}, 1, `confirm-receipt is not pending: it is skipped`},
		{"SkipDone", []string{"skip", "acme-robotics", "confirm-receipt"}, 1, `it was done by the call of 2026-11-09`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeSite(t, logSite)
			t.Chdir(dir)
			before := snapshot(t, ".")
			code, stdout, stderr := runCmd(t, nil, append(tc.args, "-source", ".")...)
			if code != tc.code || !strings.Contains(stderr, tc.msg) {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d and %q", code, stderr, tc.code, tc.msg)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if after := snapshot(t, "."); !maps.Equal(before, after) {
				t.Errorf("files changed:\n%v\nwant:\n%v", after, before)
			}
		})
	}
}

// TestLogFlagsAnywhere checks that flags may come before, between and
// after APP and TYPE, and that the plan's changes are printed.
func TestLogFlagsAnywhere(t *testing.T) {
	for _, args := range [][]string{
		{"log", "-source", "SRC", "acme-cloud", "email", "-to", ""},
		{"log", "acme-cloud", "-source", "SRC", "email"},
		{"log", "acme-cloud", "email", "-source", "SRC"},
		{"log", "-source", "SRC", "--", "acme-cloud", "email"},
		{"log", "-source", "SRC", "ACME-CL", "email"}, // a prefix in capitals
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			dir := writeSite(t, logSite)
			for i := range args {
				if args[i] == "SRC" {
					args[i] = dir
				}
			}
			code, stdout, stderr := runCmd(t, nil, append([]string{args[0], "-date", "2026-11-16"}, args[1:]...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			// status-check-1 (applied 4 November + 14 days) is the earliest
			// pending email: an email on the 16th fulfils it. Of the pending
			// actions, the first three by due date are listed.
			want := "wrote " + filepath.ToSlash(dir) + "/content/applications/acme-cloud.yaml: email\n" +
				"plan:\n  done       2026-11-18  status-check-1: Email Acme Cloud a short status check on your SRE application\n" +
				"next:\n  2026-11-06  check-confirmation: Check that your application to Acme Cloud went through: inbox, spam folder, applicant portal\n" +
				"  2026-11-25  status-check-2: Email Acme Cloud a last status check on your SRE application\n" +
				"  2026-12-02  move-on: Decide whether to move on from Acme Cloud: no answer since you applied on 4 November\n"
			if stdout != want {
				t.Errorf("stdout:\n%s\nwant:\n%s", stdout, want)
			}
			got, _ := os.ReadFile(filepath.Join(dir, "content/applications/acme-cloud.yaml"))
			if want := logSite["content/applications/acme-cloud.yaml"] + "events:\n  - {date: 2026-11-16, type: email}\n"; string(got) != want {
				t.Errorf("record:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestLogDefaultDate checks that the date defaults to today in the site's
// time zone: at the test clock's noon UTC it is already the next day on Kiritimati (UTC+14).
func TestLogDefaultDate(t *testing.T) {
	site := maps.Clone(logSite)
	site["content/site.yaml"] = "base_url: https://example.com/hunt/\ntimezone: Pacific/Kiritimati\n"
	dir := writeSite(t, site)
	if code, _, stderr := runCmd(t, nil, "log", "-source", dir, "acme-cloud", "note", "-note", "x"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "content/applications/acme-cloud.yaml"))
	if !strings.HasSuffix(string(got), "  - {date: 2026-11-21, type: note, note: x}\n") {
		t.Errorf("record:\n%s", got)
	}
}

// TestCommit checks that -commit commits the one record with a message
// that says what happened, and nothing else that was staged or changed.
func TestCommit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := writeSite(t, logSite)
	git := func(args ...string) string {
		t.Helper()
		out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	git("init", "-q")
	git("config", "user.name", "Jordan Lee")
	git("config", "user.email", "jordan@example.com")
	git("add", ".")
	git("commit", "-q", "-m", "the hunt")
	other := filepath.Join(dir, "content/applications/acme-cloud.yaml")
	if err := os.WriteFile(other, []byte(logSite["content/applications/acme-cloud.yaml"]+"notes: staged\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	git("add", other)
	code, stdout, stderr := runCmd(t, nil, "log", "acme-robotics", "call", "-to", "Dana Smith", "-outcome", "voicemail",
		"-date", "2026-11-12", "-commit", "-source", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "committed: acme-robotics: call to Dana Smith (voicemail)\n") {
		t.Errorf("stdout:\n%s", stdout)
	}
	if got, want := git("log", "-1", "--format=%s"), "acme-robotics: call to Dana Smith (voicemail)\n"; got != want {
		t.Errorf("commit message = %q, want %q", got, want)
	}
	if got, want := git("show", "--name-only", "--format=", "HEAD"), "content/applications/acme-robotics.yaml\n"; got != want {
		t.Errorf("files of the commit = %q, want %q", got, want)
	}
	if got, want := git("status", "--porcelain"), "M  content/applications/acme-cloud.yaml\n"; got != want {
		t.Errorf("status after = %q, want %q (the other file still staged, not committed)", got, want)
	}
}

// TestCommitOutsideGit checks that -commit outside a work tree fails with
// exit 1 and says so, and that the record stays written.
func TestCommitOutsideGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := writeSite(t, logSite)
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	code, stdout, stderr := runCmd(t, nil, "skip", "acme-cloud", "status-check-1", "-commit", "-source", dir)
	if code != 1 || !strings.Contains(stderr, "not in a git work tree; the record is written but not committed") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if !strings.HasPrefix(stdout, "wrote ") {
		t.Errorf("stdout = %q, want what was written", stdout)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "content/applications/acme-cloud.yaml"))
	if !strings.Contains(string(got), "skip: [confirm-receipt, status-check-1]\n") {
		t.Errorf("record:\n%s", got)
	}
}
