package record

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestInvitationPhoneScreenAndRepeat: a phone screen is logged from an
// invitation as an interview is, keeping its UID and the new attendee's
// address, with added lines only; the same invitation again is refused
// rather than logged twice.
func TestInvitationPhoneScreenAndRepeat(t *testing.T) {
	in := readFile(t, filepath.Join("testdata", "splice", "ics.in.yaml"))
	opts := newSite(t, map[string][]byte{"acme-robotics": in})
	google := filepath.Join("testdata", "ics", "google.ics")
	if _, err := Log(opts, "acme-robotics", Event{Type: "phone-screen"}, google); err != nil {
		t.Fatal(err)
	}
	got := readFile(t, recordPath(opts, "acme-robotics"))
	assertLinesKept(t, in, got)
	// google.ics: DTSTART;TZID=America/Chicago:20261117T140000, UID
	// 3q9v7k2m1c8x5b0n4z6l@google.com, Lee Park at lee.park@acme.example.
	for _, want := range []string{
		"  - {name: Lee Park, role: interviewer, email: lee.park@acme.example}\n",
		"  - {date: 2026-11-17T14:00, type: phone-screen, with: [Lee Park], uid: \"3q9v7k2m1c8x5b0n4z6l@google.com\"}\n",
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("record lacks %q:\n%s", want, got)
		}
	}
	_, err := Log(opts, "acme-robotics", Event{Type: "interview"}, google)
	if err == nil || !strings.Contains(err.Error(), "this invitation is logged already, line ") {
		t.Errorf("the same invitation again: %v, want it refused", err)
	}
	if again := readFile(t, recordPath(opts, "acme-robotics")); string(again) != string(got) {
		t.Errorf("the refused invitation changed the record:\n%s", again)
	}
}
