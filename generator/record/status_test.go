package record

import (
	"errors"
	"strings"
	"testing"
)

// TestMoveOn: answering the move-on decision by moving on adds one line,
// status: ghosted, before the contacts, and cancels what was pending.
func TestMoveOn(t *testing.T) {
	// Applied Monday 2 November 2026; move-on is due 28 days later, on 30 November,
	// and today is 1 December.
	old := "company: Acme\nrole: Dev\napplied: 2026-11-02\nchannel: job-board\ncontacts:\n  - {name: Dana Smith, role: recruiter}\n"
	opts := newSite(t, map[string][]byte{"acme": []byte(old)})
	res, err := MoveOn(opts, "acme", "move-on")
	if err != nil {
		t.Fatal(err)
	}
	got := string(readFile(t, recordPath(opts, "acme")))
	want := "company: Acme\nrole: Dev\napplied: 2026-11-02\nchannel: job-board\nstatus: ghosted\ncontacts:\n  - {name: Dana Smith, role: recruiter}\n"
	if got != want {
		t.Errorf("record:\n%s\nwant:\n%s", got, want)
	}
	assertLinesKept(t, []byte(old), []byte(got))
	if len(res.Next) != 0 {
		t.Errorf("still pending after moving on: %v", res.Next)
	}

	t.Run("NotADecision", func(t *testing.T) {
		opts := newSite(t, map[string][]byte{"acme": []byte(old)})
		if _, err := MoveOn(opts, "acme", "status-check-2"); !errors.Is(err, ErrUsage) {
			t.Errorf("moving on from an email: %v, want a usage error", err)
		}
	})
	t.Run("StatusSet", func(t *testing.T) {
		if _, err := AddStatus([]byte("company: A\nstatus: wishlist\n"), "ghosted"); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("a record with a status: %v, want it refused at line 2", err)
		}
	})
}
