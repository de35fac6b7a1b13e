package inbox

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/sitetest"
)

const acme = `company: Acme Robotics
role: Backend Engineer
applied: 2026-11-03
link: https://jobs.acme.example/123
contacts:
  - {name: Dana Smith, role: recruiter, email: dana@acme.example}
events:
  - {date: 2026-11-05, type: call, to: Dana Smith, outcome: voicemail}
`

const birchwood = `company: Birchwood Law
role: Site Reliability Engineer
applied: 2026-11-12
link: https://birchwood.example/careers/sre
`

// hunt writes a hunt in Chicago with the two records above.
func hunt(t *testing.T) string {
	return sitetest.New(t, map[string]string{
		"content/site.yaml": "title: Test\nbase_url: https://example.com/\ntimezone: America/Chicago\n" +
			"owner: {name: Jordan Lee, email: jordan@example.com}\n",
		"content/applications/acme-robotics.yaml": acme,
		"content/applications/birchwood-law.yaml": birchwood,
	})
}

var files = []string{"testdata/confirm.eml", "testdata/reject.eml", "testdata/reply.eml", "testdata/invite.eml",
	"testdata/update.eml", "testdata/cancel.eml", "testdata/takeout.mbox"}

// now is Friday 4 December 2026, noon in Chicago.
func now() time.Time { return time.Date(2026, 12, 4, 18, 0, 0, 0, time.UTC) }

// TestProposals checks what inbox makes of each message, worked out from
// the messages and rules.yaml by hand.
func TestProposals(t *testing.T) {
	dir := hunt(t)
	var out bytes.Buffer
	n, err := Run(Options{Source: dir, Now: now, Out: &out}, files)
	if err != nil || n != 0 {
		t.Fatalf("Run = %d, %v; want 0 written without -apply", n, err)
	}
	// In the order the messages were sent: the invitation, its update
	// (moved a day later, to 14:00 in Chicago on the 18th) and
	// its cancellation follow each other, although nothing is written.
	const dana = "the sender is Dana Smith, a contact of acme-robotics"
	want := []string{
		`testdata/confirm.eml: "Thank you for applying to Acme Robotics" from no-reply@acme.example
  acme-robotics confirmation on 2026-11-03: it says "thank you for applying"; the sender's domain acme.example is that of acme-robotics's contacts`,
		`testdata/reply.eml: "Re: Backend Engineer" from dana@acme.example
  acme-robotics reply on 2026-11-10 from Dana Smith: ` + dana,
		`testdata/invite.eml: "Invitation: Interview with Lee Park" from dana@acme.example
  acme-robotics interview on 2026-11-17T14:00: it holds a calendar invitation; ` + dana,
		"testdata/takeout.mbox #3: \"Birchwood Law \u2014 we\u2019ve received your application\" from careers@birchwood.example\n" +
			`  birchwood-law confirmation on 2026-11-12: it says "thank you for your application"; the sender's domain birchwood.example is that of birchwood-law's posting`,
		`testdata/update.eml: "Updated invitation: Interview with Lee Park @ Wed Nov 18, 2026 2pm - 3pm (CST) (jordan@example.com)" from dana@acme.example
  acme-robotics interview moved from 2026-11-17T14:00 to 2026-11-18T14:00: it updates the invitation (uid 7kq3b2@acme.example, SEQUENCE 1); ` + dana,
		`testdata/takeout.mbox #1: "12 new jobs you might like" from alerts@jobs.example
  passed over: a newsletter or job alert: a List-Unsubscribe header`,
		`testdata/cancel.eml: "Canceled: Interview with Lee Park" from dana@acme.example
  acme-robotics interview on 2026-11-18T14:00 cancelled: it cancels the invitation (uid 7kq3b2@acme.example, SEQUENCE 2); ` + dana,
		`testdata/takeout.mbox #2: "Hello" from pat@random.example
  unsure, not written: from pat@random.example, whom no application knows, and the subject names no company of the hunt`,
		`testdata/reject.eml: "Your application to Acme Robotics" from no-reply@us.greenhouse-mail.io
  acme-robotics rejected on 2026-12-01: it says "decided to move forward with other candidates"; the subject names Acme Robotics`,
	}
	if got := strings.TrimSpace(out.String()); got != strings.Join(want, "\n") {
		t.Errorf("proposals:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	// Given in the reverse order, the messages are still read in the order
	// they were sent: the cancellation does not come before its invitation.
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	out.Reset()
	if _, err := Run(Options{Source: dir, Now: now, Out: &out}, reversed); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(out.String()); got != strings.Join(want, "\n") {
		t.Errorf("proposals of the files in reverse order:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

// TestApply logs the proposals, then runs again: the records gain only
// added lines, and the second run logs nothing.
func TestApply(t *testing.T) {
	dir := hunt(t)
	var out bytes.Buffer
	n, err := Run(Options{Source: dir, Now: now, Out: &out, Apply: true}, files)
	if err != nil || n != 7 {
		t.Fatalf("Run = %d, %v; want 7 events written\n%s", n, err, out.String())
	}
	added := func(path, before string) []string {
		b, err := os.ReadFile(filepath.Join(dir, path))
		if err != nil {
			t.Fatal(err)
		}
		old := strings.Split(strings.TrimSuffix(before, "\n"), "\n")
		var extra []string
		i := 0
		for _, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			if i < len(old) && l == old[i] {
				i++
				continue
			}
			extra = append(extra, l)
		}
		if i != len(old) {
			t.Errorf("%s lost the line %q", path, old[i])
		}
		return extra
	}
	wantAcme := []string{
		"  - {name: Lee Park, role: interviewer, email: lee@acme.example}", // the invitation's ATTENDEE address
		"  - {date: 2026-11-03, type: confirmation}",
		"  - {date: 2026-11-10, type: reply, from: Dana Smith}",
		// its UID, moved by the update, cancelled by the cancellation
		"  - {date: 2026-11-18T14:00, type: interview, with: [Lee Park], uid: \"7kq3b2@acme.example\", cancelled: true}",
		"  - {date: 2026-12-01, type: rejected}",
	}
	if got := added("content/applications/acme-robotics.yaml", acme); strings.Join(got, "\n") != strings.Join(wantAcme, "\n") {
		t.Errorf("acme-robotics gained:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantAcme, "\n"))
	}
	wantBirch := []string{"events:", "  - {date: 2026-11-12, type: confirmation}"}
	if got := added("content/applications/birchwood-law.yaml", birchwood); strings.Join(got, "\n") != strings.Join(wantBirch, "\n") {
		t.Errorf("birchwood-law gained:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantBirch, "\n"))
	}
	out.Reset()
	n, err = Run(Options{Source: dir, Now: now, Out: &out, Apply: true}, files)
	if err != nil || n != 0 {
		t.Errorf("a second run wrote %d events (%v), want none:\n%s", n, err, out.String())
	}
	if got := strings.Count(out.String(), "already logged: "); got != 7 {
		t.Errorf("a second run says %d messages are logged, want 7:\n%s", got, out.String())
	}
	for _, w := range []string{
		"already logged: acme-robotics interview on 2026-11-17T14:00, moved since to 2026-11-18T14:00 and cancelled\n",
		"already logged: acme-robotics interview on 2026-11-18T14:00, cancelled since\n",
		"already logged: acme-robotics interview on 2026-11-18T14:00 cancelled\n",
	} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("a second run does not say %q:\n%s", w, out.String())
		}
	}
}

// TestCharsetAndOwnRules reads a message in ISO-8859-1, subject and body,
// against a phrase the hunt adds in content/inbox.yaml: without decoding
// the charset, "für" would not match.
func TestCharsetAndOwnRules(t *testing.T) {
	dir := sitetest.New(t, map[string]string{
		"content/site.yaml": "title: Test\nbase_url: https://example.com/\ntimezone: America/Chicago\n",
		"content/applications/muller-gmbh-entwickler.yaml": "company: Müller GmbH\nrole: Entwickler\napplied: 2026-11-02\n",
		"content/inbox.yaml": "# German rejections\nrejected:\n  - für andere Bewerber entschieden\n",
	})
	var out bytes.Buffer
	if _, err := Run(Options{Source: dir, Now: now, Out: &out}, []string{"testdata/latin1.eml"}); err != nil {
		t.Fatal(err)
	}
	want := "testdata/latin1.eml: \"Ihre Bewerbung bei Müller GmbH\" from jobs@mueller-gmbh.example\n" +
		"  muller-gmbh-entwickler rejected on 2026-11-16: it says \"für andere Bewerber entschieden\"; the subject names Müller GmbH\n"
	if got := out.String(); got != want {
		t.Errorf("proposal:\n%s\nwant:\n%s", got, want)
	}
	if err := os.WriteFile(filepath.Join(dir, "content/inbox.yaml"), []byte("rejekted: [x]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(Options{Source: dir, Now: now, Out: &out}, []string{"testdata/latin1.eml"}); err == nil ||
		!strings.Contains(err.Error(), `content/inbox.yaml:1:1: unknown key "rejekted", did you mean "rejected"?`) {
		t.Errorf("a misspelt key in content/inbox.yaml: %v, want it at its line and column", err)
	}
}

// acmeInterview is acme with the interview of invite.eml logged by hand,
// in block style.
const acmeInterview = acme + `  - date: 2026-11-17T14:00
    type: interview
    with: [Lee Park]
    uid: 7kq3b2@acme.example
`

// TestFollowInvitation applies an update and a cancellation, one run
// each, to an interview logged by hand: the update rewrites its date line
// and nothing else, the cancellation adds one line, and running every
// message again writes nothing.
func TestFollowInvitation(t *testing.T) {
	dir := sitetest.New(t, map[string]string{
		"content/site.yaml": "title: Test\nbase_url: https://example.com/\ntimezone: America/Chicago\n" +
			"owner: {name: Jordan Lee, email: jordan@example.com}\n",
		"content/applications/acme-robotics.yaml": acmeInterview,
	})
	path := filepath.Join(dir, "content/applications/acme-robotics.yaml")
	step := func(file, want string) {
		t.Helper()
		var out bytes.Buffer
		if n, err := Run(Options{Source: dir, Now: now, Out: &out, Apply: true}, []string{file}); err != nil || n != 1 {
			t.Fatalf("%s: Run = %d, %v; want 1 written\n%s", file, n, err, out.String())
		}
		if b, _ := os.ReadFile(path); string(b) != want {
			t.Errorf("after %s the record reads:\n%s\nwant:\n%s", file, b, want)
		}
	}
	moved := strings.Replace(acmeInterview, "  - date: 2026-11-17T14:00\n", "  - date: 2026-11-18T14:00\n", 1)
	step("testdata/update.eml", moved)
	step("testdata/cancel.eml", moved+"    cancelled: true\n")

	var out bytes.Buffer
	n, err := Run(Options{Source: dir, Now: now, Out: &out, Apply: true}, []string{"testdata/cancel.eml", "testdata/update.eml", "testdata/invite.eml"})
	if err != nil || n != 0 || strings.Count(out.String(), "already logged: ") != 3 {
		t.Errorf("a second run: %d written, %v; want none, and 3 already logged:\n%s", n, err, out.String())
	}
}

// TestInvitationNotHeld lists a cancellation of a meeting the record does
// not hold, and an update of a cancelled meeting to another time, and
// writes neither.
func TestInvitationNotHeld(t *testing.T) {
	cancelled := strings.Replace(acmeInterview, "  - date: 2026-11-17T14:00\n", "  - date: 2026-11-16T14:00\n", 1) + "    cancelled: true\n"
	for _, tc := range []struct{ record, file, want string }{
		{acme, "testdata/cancel.eml", "unsure, not written: it cancels a meeting (uid 7kq3b2@acme.example) that acme-robotics does not hold\n"},
		{cancelled, "testdata/update.eml", "unsure, not written: it moves the interview of acme-robotics on 2026-11-16T14:00 (uid 7kq3b2@acme.example, SEQUENCE 1), which the record holds as cancelled: "},
	} {
		dir := sitetest.New(t, map[string]string{
			"content/site.yaml":                       "title: Test\nbase_url: https://example.com/\ntimezone: America/Chicago\n",
			"content/applications/acme-robotics.yaml": tc.record,
		})
		var out bytes.Buffer
		if n, err := Run(Options{Source: dir, Now: now, Out: &out, Apply: true}, []string{tc.file}); err != nil || n != 0 || !strings.Contains(out.String(), tc.want) {
			t.Errorf("%s: Run = %d, %v; want 0 written and %q:\n%s", tc.file, n, err, tc.want, out.String())
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "content/applications/acme-robotics.yaml")); string(b) != tc.record {
			t.Errorf("%s changed the record:\n%s", tc.file, b)
		}
	}
}

// TestPhoneScreen logs a phone screen from an invitation whose subject
// says so, sent as Google Calendar sends it (quoted-printable, a TZID with
// its VTIMEZONE): the organiser, the only other person invited, becomes a
// contact and the one the screen is with, and the event keeps the
// invitation's UID for its updates.
func TestPhoneScreen(t *testing.T) {
	dir := hunt(t)
	var out bytes.Buffer
	if n, err := Run(Options{Source: dir, Now: now, Out: &out, Apply: true}, []string{"testdata/screen.eml"}); err != nil || n != 1 {
		t.Fatalf("Run = %d, %v; want 1 written\n%s", n, err, out.String())
	}
	want := birchwood + "contacts:\n  - {name: Sam Ortiz, role: recruiter, email: sam.ortiz@birchwood.example}\n" +
		"events:\n  - {date: 2026-11-20T10:00, type: phone-screen, with: [Sam Ortiz], uid: \"0p9screen@google.com\"}\n"
	if b, _ := os.ReadFile(filepath.Join(dir, "content/applications/birchwood-law.yaml")); string(b) != want {
		t.Errorf("birchwood-law reads:\n%s\nwant:\n%s", b, want)
	}
}

// TestAdoptByHand logs the invitation of an interview its owner logged by
// hand before the invitation came: the interview takes the invitation's
// UID, one added line, and no second interview is written.
func TestAdoptByHand(t *testing.T) {
	byHand := strings.Replace(acmeInterview, "    uid: 7kq3b2@acme.example\n", "", 1)
	dir := sitetest.New(t, map[string]string{
		"content/site.yaml":                       "title: Test\nbase_url: https://example.com/\ntimezone: America/Chicago\n",
		"content/applications/acme-robotics.yaml": byHand,
	})
	var out bytes.Buffer
	if n, err := Run(Options{Source: dir, Now: now, Out: &out, Apply: true}, []string{"testdata/invite.eml"}); err != nil || n != 1 {
		t.Fatalf("Run = %d, %v; want 1 written\n%s", n, err, out.String())
	}
	if w := "acme-robotics interview on 2026-11-17T14:00 takes the invitation's uid: it is the invitation (uid 7kq3b2@acme.example) of the interview logged on line 9;"; !strings.Contains(out.String(), w) {
		t.Errorf("inbox says:\n%s\nwant %q", out.String(), w)
	}
	want := byHand + "    uid: \"7kq3b2@acme.example\"\n"
	if b, _ := os.ReadFile(filepath.Join(dir, "content/applications/acme-robotics.yaml")); string(b) != want {
		t.Errorf("the record reads:\n%s\nwant:\n%s", b, want)
	}
}

// TestSchedulingService matches an invitation a scheduling service sends
// from its own address, naming no company in the subject, by the
// invitation's organiser, a contact of the application.
func TestSchedulingService(t *testing.T) {
	dir := hunt(t)
	var out bytes.Buffer
	if _, err := Run(Options{Source: dir, Now: now, Out: &out}, []string{"testdata/calendly.eml"}); err != nil {
		t.Fatal(err)
	}
	want := `testdata/calendly.eml: "Confirmed: Phone screen with Dana Smith on Friday, November 20, 2026" from notifications@calendly.com
  acme-robotics phone-screen on 2026-11-20T10:00: it holds a calendar invitation; the invitation's organiser is Dana Smith, a contact of acme-robotics
`
	if got := out.String(); got != want {
		t.Errorf("proposal:\n%s\nwant:\n%s", got, want)
	}
}

// TestSecondMeetingSameDay: the interview of invite.eml (14:00 on the
// 17th, uid 7kq3b2) is logged; an invitation to a second interview that
// afternoon, another UID at 16:00, is a meeting of its own, not one logged
// already because the day and the type are the same.
func TestSecondMeetingSameDay(t *testing.T) {
	dir := sitetest.New(t, map[string]string{
		"content/site.yaml":                       "title: Test\nbase_url: https://example.com/\ntimezone: America/Chicago\n",
		"content/applications/acme-robotics.yaml": acmeInterview,
	})
	b, err := os.ReadFile("testdata/invite.eml")
	if err != nil {
		t.Fatal(err)
	}
	second := strings.NewReplacer("UID:7kq3b2@acme.example", "UID:9zz8y7@acme.example",
		"DTSTART:20261117T200000Z", "DTSTART:20261117T220000Z", "DTEND:20261117T210000Z", "DTEND:20261117T230000Z").Replace(string(b))
	file := filepath.Join(t.TempDir(), "second.eml")
	if err := os.WriteFile(file, []byte(second), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := Run(Options{Source: dir, Now: now, Out: &out}, []string{"testdata/invite.eml", file}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"\n  already logged: acme-robotics interview on 2026-11-17T14:00\n", "\n  acme-robotics interview on 2026-11-17T16:00: it holds a calendar invitation;"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("inbox says:\n%s\nwant %q", out.String(), w)
		}
	}
}
