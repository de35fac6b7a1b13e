package record

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// googleInvite is an invitation as Google Calendar sends one, written by
// hand: the site's zone is America/Chicago, so its times read as written.
func googleInvite(method string, seq int, start, status string) string {
	return crlf("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:" + method + "\n" +
		"BEGIN:VEVENT\nDTSTART;TZID=America/Chicago:" + start + "\nDTSTAMP:20261201T100000Z\n" +
		"ORGANIZER;CN=Dana Smith:mailto:dana@acme.example\nUID:7kq2m9v1c4x8b0n3z5l6@google.com\n" +
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dana Smith;X-NUM-GUESTS=0:mailto:dana@acme.example\n" +
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lee Park;X-NUM-GUESTS=0:mailto:lee.park@acme.example\n" +
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jordan@example.com;X-NUM-GUESTS=0:mailto:jordan@example.com\n" +
		"SEQUENCE:" + string(rune('0'+seq)) + "\nSTATUS:" + status + "\nSUMMARY:Interview: Jordan Lee\nEND:VEVENT\nEND:VCALENDAR\n")
}

// outlookUID is a UID in the shape Outlook (Exchange) gives its meetings.
const outlookUID = "040000008200E00074C5B7101A82E00800000000D0A1F3C9E27ADD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90"

// outlookInvite is an invitation as Outlook sends one, with a Windows zone
// name its VTIMEZONE defines (Central: -6 in winter).
func outlookInvite(method string, seq int, start, status string) string {
	return crlf("BEGIN:VCALENDAR\nMETHOD:" + method + "\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" +
		"BEGIN:VTIMEZONE\nTZID:Central Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\n" +
		"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0600\n" +
		"TZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n" +
		"BEGIN:VEVENT\nORGANIZER;CN=Ruth Adler:mailto:ruth.adler@granite.example\n" +
		"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Webb:mailto:marcus.webb@granite.example\n" +
		"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordan Lee:mailto:jordan@example.com\n" +
		"UID:" + outlookUID + "\nSUMMARY;LANGUAGE=en-US:Interview\n" +
		"DTSTART;TZID=Central Standard Time:" + start + "\nDTEND;TZID=Central Standard Time:" + start[:9] + "235900\n" +
		"CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20261201T100000Z\nTRANSP:OPAQUE\nSTATUS:" + status + "\nSEQUENCE:" + string(rune('0'+seq)) + "\n" +
		"X-MICROSOFT-CDO-APPT-SEQUENCE:" + string(rune('0'+seq)) + "\nX-MICROSOFT-CDO-OWNERAPPTID:2121563510\n" +
		"X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:0\nEND:VEVENT\nEND:VCALENDAR\n")
}

func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// changed returns the lines of old that new lacks and those it adds,
// between their common first and last lines.
func changed(old, new []byte) (removed, added []string) {
	o, n := strings.SplitAfter(string(old), "\n"), strings.SplitAfter(string(new), "\n")
	for len(o) > 0 && len(n) > 0 && o[0] == n[0] {
		o, n = o[1:], n[1:]
	}
	for len(o) > 0 && len(n) > 0 && o[len(o)-1] == n[len(n)-1] {
		o, n = o[:len(o)-1], n[:len(n)-1]
	}
	return o, n
}

// TestFollowInvitation logs an invitation, then its update (SEQUENCE:1,
// another start), then its cancellation, in Google's and Outlook's shapes;
// after each, the record differs from the text before by the line worked
// out here, and nothing else.
func TestFollowInvitation(t *testing.T) {
	blockRecord := "company: Granite Labs\nrole: Data Engineer\napplied: 2026-11-02\ncontacts:\n  - name: Ruth Adler\n    role: recruiter\n" +
		"events:\n  - date: 2026-11-12\n    type: phone-screen\n    with: [Ruth Adler]\n"
	tests := []struct {
		name, record string
		invite       func(method string, seq int, start, status string) string
		first, moved string // the event's line before and after the move
		movedFrom    string
		cancel       [2][]string // the lines the cancellation removes and adds
	}{
		{"Google", string(readFile(t, filepath.Join("testdata", "splice", "ics.in.yaml"))), googleInvite,
			`  - {date: 2026-12-08T14:00, type: interview, with: [Lee Park], uid: "7kq2m9v1c4x8b0n3z5l6@google.com"}` + "\n",
			`  - {date: 2026-12-10T10:00, type: interview, with: [Lee Park], uid: "7kq2m9v1c4x8b0n3z5l6@google.com"}` + "\n",
			"moved interview from 2026-12-08T14:00 to 2026-12-10T10:00",
			[2][]string{
				{`  - {date: 2026-12-10T10:00, type: interview, with: [Lee Park], uid: "7kq2m9v1c4x8b0n3z5l6@google.com"}` + "\n"},
				{`  - {date: 2026-12-10T10:00, type: interview, with: [Lee Park], uid: "7kq2m9v1c4x8b0n3z5l6@google.com", cancelled: true}` + "\n"}}},
		{"Outlook", blockRecord, outlookInvite,
			"  - date: 2026-12-08T14:00\n", "  - date: 2026-12-10T10:00\n",
			"moved interview from 2026-12-08T14:00 to 2026-12-10T10:00",
			[2][]string{nil, {"    cancelled: true\n"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := newSite(t, map[string][]byte{"app": []byte(tc.record)})
			dir := t.TempDir()
			step := func(name, cal string) (*Result, []byte, []byte) {
				t.Helper()
				file := filepath.Join(dir, name)
				if err := os.WriteFile(file, []byte(cal), 0o644); err != nil {
					t.Fatal(err)
				}
				before := readFile(t, recordPath(opts, "app"))
				r, err := Log(opts, "app", Event{Type: "interview"}, file)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				return r, before, readFile(t, recordPath(opts, "app"))
			}
			_, before, after := step("first.ics", tc.invite("REQUEST", 0, "20261208T140000", "CONFIRMED"))
			assertLinesKept(t, before, after)
			if !strings.Contains(string(after), tc.first) {
				t.Fatalf("the first invitation did not log %q:\n%s", tc.first, after)
			}
			if !thanksPending(t, after) {
				t.Errorf("no thank-you pending after the interview was logged")
			}
			r, before, after := step("moved.ics", tc.invite("REQUEST", 1, "20261210T100000", "CONFIRMED"))
			if rm, add := changed(before, after); !slices.Equal(rm, []string{tc.first}) || !slices.Equal(add, []string{tc.moved}) {
				t.Errorf("the move changed %q into %q, want %q into %q", rm, add, tc.first, tc.moved)
			}
			if r.What != tc.movedFrom {
				t.Errorf("the move says %q, want %q", r.What, tc.movedFrom)
			}
			old := filepath.Join(dir, "first.ics") // the first version again, after the update
			if _, err := Log(opts, "app", Event{Type: "interview"}, old); err == nil || !strings.Contains(err.Error(), "first version (SEQUENCE:0)") {
				t.Errorf("the first invitation after its update: %v, want it refused", err)
			}
			if again := readFile(t, recordPath(opts, "app")); string(again) != string(after) {
				t.Errorf("a refused invitation changed the record")
			}
			_, before, after = step("cancel.ics", tc.invite("CANCEL", 2, "20261210T100000", "CANCELLED"))
			if rm, add := changed(before, after); !slices.Equal(rm, tc.cancel[0]) || !slices.Equal(add, tc.cancel[1]) {
				t.Errorf("the cancellation changed %q into %q, want %q into %q", rm, add, tc.cancel[0], tc.cancel[1])
			}
			if thanksPending(t, after) {
				t.Errorf("a thank-you is still pending for the cancelled interview")
			}
			file := filepath.Join(dir, "again.ics")
			if err := os.WriteFile(file, []byte(tc.invite("REQUEST", 1, "20261210T100000", "CONFIRMED")), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := Log(opts, "app", Event{Type: "interview"}, file); err == nil || !strings.Contains(err.Error(), "cancelled already") {
				t.Errorf("an update of the cancelled interview: %v, want it refused", err)
			}
		})
	}
}

// thanksPending reports whether the record has a thank-you to send pending.
func thanksPending(t *testing.T, data []byte) bool {
	t.Helper()
	app, errs := loadApp(data)
	if len(errs) > 0 {
		t.Fatalf("the record does not load: %v", errs)
	}
	for _, a := range plan.Actions([]*model.Application{app}, model.Playbook{}) {
		if a.Rule == plan.RuleThankYou && a.Pending() {
			return true
		}
	}
	return false
}
