package record

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestAdoptInvitation logs an invitation for an interview logged by hand
// before it came: the interview takes the invitation's UID, one added key
// and no second interview, and the invitation's update then moves it.
func TestAdoptInvitation(t *testing.T) {
	const uid = `"7kq2m9v1c4x8b0n3z5l6@google.com"`
	head := "company: Acme Robotics\nrole: Backend Engineer\napplied: 2026-11-03\ncontacts:\n  - {name: Dana Smith, role: recruiter}\nevents:\n"
	tests := []struct {
		name, events string
		added        []string // the lines the invitation adds, worked out by hand
		moved        [2]string
	}{
		{"block, with a time", "  - date: 2026-12-08T14:00   # the first round\n    type: interview\n    with: [Lee Park]\n  # the next one\n",
			[]string{"    uid: " + uid + "\n"},
			[2]string{"  - date: 2026-12-08T14:00   # the first round\n", "  - date: 2026-12-10T10:00   # the first round\n"}},
		{"flow, the day only", "  - {date: 2026-12-08, type: interview, with: [Lee Park]}\n",
			nil, // the line itself changes: see below
			[2]string{"  - {date: 2026-12-08, type: interview, with: [Lee Park], uid: " + uid + "}\n",
				"  - {date: 2026-12-10T10:00, type: interview, with: [Lee Park], uid: " + uid + "}\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := newSite(t, map[string][]byte{"app": []byte(head + tc.events)})
			file := filepath.Join(t.TempDir(), "invite.ics")
			log := func(cal string) (*Result, []string, []string) {
				t.Helper()
				if err := os.WriteFile(file, []byte(cal), 0o644); err != nil {
					t.Fatal(err)
				}
				before := readFile(t, recordPath(opts, "app"))
				r, err := Log(opts, "app", Event{Type: "interview"}, file)
				if err != nil {
					t.Fatal(err)
				}
				rm, add := changed(before, readFile(t, recordPath(opts, "app")))
				return r, rm, add
			}
			r, rm, add := log(googleInvite("REQUEST", 0, "20261208T140000", "CONFIRMED"))
			if tc.added != nil && (len(rm) != 0 || !slices.Equal(add, tc.added)) {
				t.Errorf("the invitation removed %q and added %q, want only %q added", rm, add, tc.added)
			}
			if tc.added == nil && (!slices.Equal(rm, []string{tc.events}) || !slices.Equal(add, []string{tc.moved[0]})) {
				t.Errorf("the invitation changed %q into %q, want %q into %q", rm, add, tc.events, tc.moved[0])
			}
			if !strings.Contains(r.What, "is this invitation: added its uid") {
				t.Errorf("it says %q", r.What)
			}
			_, rm, add = log(googleInvite("REQUEST", 1, "20261210T100000", "CONFIRMED"))
			if !slices.Equal(rm, []string{tc.moved[0]}) || !slices.Equal(add, []string{tc.moved[1]}) {
				t.Errorf("the update changed %q into %q, want %q into %q", rm, add, tc.moved[0], tc.moved[1])
			}
		})
	}
}

// TestAdoptCancelled cancels an interview logged by hand from its
// invitation's cancellation, and leaves two interviews at one time alone:
// which of them the invitation is cannot be told.
func TestAdoptCancelled(t *testing.T) {
	head := "company: Acme Robotics\nrole: Backend Engineer\napplied: 2026-11-03\nevents:\n"
	one := "  - {date: 2026-12-08T14:00, type: interview}\n"
	opts := newSite(t, map[string][]byte{"one": []byte(head + one), "two": []byte(head + one + one)})
	file := filepath.Join(t.TempDir(), "cancel.ics")
	if err := os.WriteFile(file, []byte(googleInvite("CANCEL", 1, "20261208T140000", "CANCELLED")), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Log(opts, "one", Event{Type: "interview"}, file)
	if err != nil {
		t.Fatal(err)
	}
	want := head + `  - {date: 2026-12-08T14:00, type: interview, uid: "7kq2m9v1c4x8b0n3z5l6@google.com", cancelled: true}` + "\n"
	if got := string(readFile(t, recordPath(opts, "one"))); got != want || r.What != "cancelled interview on 2026-12-08T14:00" {
		t.Errorf("the cancellation wrote (%q):\n%s\nwant:\n%s", r.What, got, want)
	}
	if _, err := Log(opts, "two", Event{Type: "interview"}, file); err == nil || !strings.Contains(err.Error(), "no event of the record carries its UID") {
		t.Errorf("a cancellation of one of two interviews at its time: %v, want it refused", err)
	}
	if got := string(readFile(t, recordPath(opts, "two"))); got != head+one+one {
		t.Errorf("a refused cancellation changed the record:\n%s", got)
	}
}

// TestAdoptOtherType: an invitation logged as an interview whose start is
// that of a phone screen logged by hand is that phone screen (the subject
// of an invitation need not say which it is): it takes the UID and keeps
// its type, and no interview is added.
func TestAdoptOtherType(t *testing.T) {
	head := "company: Acme Robotics\nrole: Backend Engineer\napplied: 2026-11-03\ncontacts:\n  - {name: Dana Smith, role: recruiter}\nevents:\n"
	opts := newSite(t, map[string][]byte{"app": []byte(head + "  - {date: 2026-12-08T14:00, type: phone-screen, with: [Dana Smith]}\n")})
	file := filepath.Join(t.TempDir(), "invite.ics")
	if err := os.WriteFile(file, []byte(googleInvite("REQUEST", 0, "20261208T140000", "CONFIRMED")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Log(opts, "app", Event{Type: "interview"}, file); err != nil {
		t.Fatal(err)
	}
	want := head + `  - {date: 2026-12-08T14:00, type: phone-screen, with: [Dana Smith], uid: "7kq2m9v1c4x8b0n3z5l6@google.com"}` + "\n"
	if got := string(readFile(t, recordPath(opts, "app"))); got != want {
		t.Errorf("the record reads:\n%s\nwant:\n%s", got, want)
	}
}

// TestFollowRefusesOtherFlags: a note, a round or a decision day given
// with an invitation that moves, cancels or takes over a meeting logged
// before would be lost, since only the date, the uid or cancelled is
// written: it is refused as bad usage, and the record keeps its bytes.
func TestFollowRefusesOtherFlags(t *testing.T) {
	head := "company: Acme Robotics\nrole: Backend Engineer\napplied: 2026-11-03\nevents:\n"
	for name, events := range map[string]string{
		"by hand":   "  - {date: 2026-12-08T14:00, type: interview}\n",
		"its uid":   "  - {date: 2026-12-08T14:00, type: interview, uid: \"7kq2m9v1c4x8b0n3z5l6@google.com\"}\n",
		"to cancel": "  - {date: 2026-12-08T14:00, type: interview, uid: \"7kq2m9v1c4x8b0n3z5l6@google.com\"}\n",
	} {
		opts := newSite(t, map[string][]byte{"app": []byte(head + events)})
		file := filepath.Join(t.TempDir(), "invite.ics")
		cal := googleInvite("REQUEST", 1, "20261210T100000", "CONFIRMED")
		if name == "by hand" {
			cal = googleInvite("REQUEST", 0, "20261208T140000", "CONFIRMED")
		} else if name == "to cancel" {
			cal = googleInvite("CANCEL", 2, "20261208T140000", "CANCELLED")
		}
		if err := os.WriteFile(file, []byte(cal), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Log(opts, "app", Event{Type: "interview", Note: "ask about on-call", Round: 2, DecisionExpected: "2026-12-20"}, file)
		if err == nil || !errors.Is(err, ErrUsage) || !strings.HasPrefix(strings.TrimPrefix(err.Error(), "usage: "), "-round, -decision-expected, -note: ") {
			t.Errorf("%s: %v, want the flags refused as bad usage", name, err)
		}
		if got := string(readFile(t, recordPath(opts, "app"))); got != head+events {
			t.Errorf("%s: a refused invitation changed the record:\n%s", name, got)
		}
	}
}
