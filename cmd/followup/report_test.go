package main

import (
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/site.yaml":              minimalSettings + "report: {per_week: 2}\n",
		"content/applications/acme.yaml": "company: Acme\nrole: Dev\napplied: 2026-01-06\n",
	})
	code, stdout, stderr := runCmd(t, nil, "report", "-source", dir, "-from", "2026-01-05", "-to", "2026-01-11")
	if code != 0 || !strings.Contains(stdout, "Week of Mon 2026-01-05 to Sun 2026-01-11: 1 activity, SHORT: 1 activity; 2 are asked") {
		t.Errorf("code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, _ = runCmd(t, nil, "report", "-source", dir, "-from", "2026-01-05", "-to", "2026-01-11", "-format", "html")
	if code != 0 || !strings.HasPrefix(stdout, "<!DOCTYPE html>") {
		t.Errorf("html: code %d, %.80q", code, stdout)
	}
	for _, args := range [][]string{
		{"report", "-source", dir, "-to", "2026-01-11"},
		{"report", "-source", dir, "-from", "2026-01-05"},
		{"report", "-source", dir, "-from", "2026-01-11", "-to", "2026-01-05"},
		{"report", "-source", dir, "-from", "2026-02-30", "-to", "2026-03-05"},
		{"report", "-source", dir, "-from", "2026-01-05", "-to", "2026-01-11", "-format", "pdf"},
	} {
		if code, _, stderr := runCmd(t, nil, args...); code != 2 {
			t.Errorf("%v: code %d, want 2 (%s)", args[3:], code, stderr)
		}
	}
}

// notedHunt is a hunt whose every event carries a note, planted to be
// found: "planted-" and the event's type.
var notedHunt = map[string]string{
	"content/site.yaml": minimalSettings,
	"content/applications/acme.yaml": `company: Acme
role: Dev
applied: 2026-11-09
contacts: [{name: Dana Smith, role: recruiter}, {name: Lee Park, role: interviewer}]
events:
  - {date: 2026-11-10, type: confirmation, note: planted-confirmation}
  - {date: 2026-11-10, type: call, to: Dana Smith, outcome: spoke, note: planted-call}
  - {date: 2026-11-11, type: email, to: Dana Smith, note: planted-email}
  - {date: 2026-11-11, type: reply, from: Dana Smith, note: planted-reply}
  - {date: 2026-11-12, type: phone-screen, with: [Dana Smith], note: planted-phone-screen}
  - {date: 2026-11-13T10:00, type: interview, with: [Lee Park], note: planted-interview}
  - {date: 2026-11-13, type: thank-you, to: [Lee Park], note: planted-thank-you}
  - {date: 2026-11-14, type: letter, to: [Lee Park], note: planted-letter}
  - {date: 2026-11-14, type: network, to: Dana Smith, note: planted-network}
  - {date: 2026-11-15, type: note, note: planted-note}
`,
}

// TestReportNotesOnlyWhenAsked: without -notes no format holds a planted
// note; with -notes every activity's note is there, so the search for them
// does find notes where they are printed.
func TestReportNotesOnlyWhenAsked(t *testing.T) {
	dir := writeSite(t, notedHunt)
	// The test clock says Friday 2026-11-20: the last whole week is Mon 9 to Sun 15.
	printed := []string{"planted-call", "planted-email", "planted-phone-screen", "planted-interview",
		"planted-thank-you", "planted-letter", "planted-network"}
	for _, format := range []string{"text", "csv", "html"} {
		code, stdout, stderr := runCmd(t, nil, "report", "-source", dir, "-format", format)
		if code != 0 {
			t.Fatalf("%s: code %d, %s", format, code, stderr)
		}
		if !strings.Contains(stdout, "Acme") || !strings.Contains(stdout, "Interview") {
			t.Errorf("%s: the week of the 9th is not the one printed:\n%s", format, stdout)
		}
		if strings.Contains(stdout, "planted") {
			t.Errorf("%s: a note is printed without -notes:\n%s", format, stdout)
		}
		code, stdout, stderr = runCmd(t, nil, "report", "-source", dir, "-format", format, "-notes")
		if code != 0 {
			t.Fatalf("%s -notes: code %d, %s", format, code, stderr)
		}
		for _, n := range printed {
			if !strings.Contains(stdout, n) {
				t.Errorf("%s -notes lacks %s", format, n)
			}
		}
	}
}

// TestReportNothingAfterToday: with -today Thursday the 12th, the screen of
// the 12th is listed and the interview of the 13th is not, even in a
// period that runs to the 15th.
func TestReportNothingAfterToday(t *testing.T) {
	dir := writeSite(t, notedHunt)
	code, stdout, stderr := runCmd(t, nil, "report", "-source", dir, "-from", "2026-11-09", "-to", "2026-11-15",
		"-today", "2026-11-12", "-format", "csv")
	if code != 0 {
		t.Fatalf("code %d, %s", code, stderr)
	}
	if !strings.Contains(stdout, "Phone screen") || strings.Contains(stdout, "Interview") || strings.Contains(stdout, "Thank-you") {
		t.Errorf("want the screen of the 12th and nothing after:\n%s", stdout)
	}
}
