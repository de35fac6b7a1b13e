package main

import (
	"strings"
	"testing"
)

// TestCheckWarnsOfEventsAhead: a call dated after -today is a warning of
// check, not an error; an interview after it is scheduled, and fine.
func TestCheckWarnsOfEventsAhead(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/site.yaml": minimalSettings,
		"content/applications/acme.yaml": "company: Acme\nrole: Dev\napplied: 2026-11-02\ncontacts:\n  - {name: Dana Smith, role: recruiter}\n" +
			"events:\n  - {date: 2026-11-30, type: call, to: Dana Smith}\n  - {date: 2026-12-02T10:00, type: interview, with: [Dana Smith]}\n",
	})
	code, _, stderr := runCmd(t, nil, "check", "-source", dir, "-today", "2026-11-25")
	want := "content/applications/acme.yaml:7:1: warning: call dated 2026-11-30, after today (2026-11-25): only phone screens and interviews are written down ahead\n"
	if code != 0 || !strings.HasSuffix(stderr, want) || strings.Count(stderr, "\n") != 1 {
		t.Errorf("code %d, stderr %q; want 0 and %q", code, stderr, want)
	}
	if code, _, stderr := runCmd(t, nil, "check", "-source", dir, "-today", "2026-11-30"); code != 0 || strings.Contains(stderr, "warning") {
		t.Errorf("on the call's day: code %d, stderr %q; want no warning", code, stderr)
	}
	if code, _, _ := runCmd(t, nil, "check", "-source", dir, "-today", "2026-11-31"); code != 2 {
		t.Errorf("-today 2026-11-31: code %d, want 2", code)
	}
}

// TestCheckWarnsOfAppliedAhead: a record applied after -today, written by
// hand, is a warning at its applied: line (line 3).
func TestCheckWarnsOfAppliedAhead(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/site.yaml":              minimalSettings,
		"content/applications/acme.yaml": "company: Acme\nrole: Dev\napplied: 2026-11-30\n",
	})
	code, _, stderr := runCmd(t, nil, "check", "-source", dir, "-today", "2026-11-25")
	want := "content/applications/acme.yaml:3:1: warning: applied 2026-11-30, after today (2026-11-25): a record says when an application was sent; one still to send is on the wish list (status: wishlist)\n"
	if code != 0 || !strings.HasSuffix(stderr, want) {
		t.Errorf("code %d, stderr %q; want 0 and %q", code, stderr, want)
	}
}
