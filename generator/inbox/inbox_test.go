package inbox

import (
	"bytes"
	"os"
	"path/filepath"
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
	want := []string{
		`testdata/confirm.eml: "Thank you for applying to Acme Robotics" from no-reply@acme.example
  acme-robotics confirmation on 2026-11-03: it says "thank you for applying"; the sender's domain acme.example is that of acme-robotics's contacts`,
		`testdata/reject.eml: "Your application to Acme Robotics" from no-reply@us.greenhouse-mail.io
  acme-robotics rejected on 2026-12-01: it says "decided to move forward with other candidates"; the subject names Acme Robotics`,
		`testdata/reply.eml: "Re: Backend Engineer" from dana@acme.example
  acme-robotics reply on 2026-11-10 from Dana Smith: the sender is Dana Smith, a contact of acme-robotics`,
		`testdata/invite.eml: "Invitation: Interview with Lee Park" from dana@acme.example
  acme-robotics interview on 2026-11-17T14:00: it holds a calendar invitation; the sender is Dana Smith, a contact of acme-robotics`,
		`testdata/update.eml: "Invitation: Interview with Lee Park" from dana@acme.example
  unsure, not written: it updates an invitation sent before (SEQUENCE 1) of acme-robotics: move the meeting in the record by hand`,
		`testdata/cancel.eml: "Invitation: Interview with Lee Park" from dana@acme.example
  unsure, not written: it cancels a meeting of acme-robotics: edit the record by hand (followup log adds events, it does not cancel them)`,
		`testdata/takeout.mbox #1: "12 new jobs you might like" from alerts@jobs.example
  passed over: a newsletter or job alert: a List-Unsubscribe header`,
		`testdata/takeout.mbox #2: "Hello" from pat@random.example
  unsure, not written: from pat@random.example, whom no application knows, and the subject names no company of the hunt`,
		"testdata/takeout.mbox #3: \"Birchwood Law \u2014 we\u2019ve received your application\" from careers@birchwood.example\n" +
			`  birchwood-law confirmation on 2026-11-12: it says "thank you for your application"; the sender's domain birchwood.example is that of birchwood-law's posting`,
	}
	if got := strings.TrimSpace(out.String()); got != strings.Join(want, "\n") {
		t.Errorf("proposals:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

// TestApply logs the proposals, then runs again: the records gain only
// added lines, and the second run logs nothing.
func TestApply(t *testing.T) {
	dir := hunt(t)
	var out bytes.Buffer
	n, err := Run(Options{Source: dir, Now: now, Out: &out, Apply: true}, files)
	if err != nil || n != 5 {
		t.Fatalf("Run = %d, %v; want 5 events written\n%s", n, err, out.String())
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
		"  - {date: 2026-11-17T14:00, type: interview, with: [Lee Park], uid: \"7kq3b2@acme.example\"}", // its UID
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
	if got := strings.Count(out.String(), "already logged: "); got != 5 {
		t.Errorf("a second run says %d messages are logged, want 5:\n%s", got, out.String())
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
	if _, err := Run(Options{Source: dir, Now: now, Out: &out}, []string{"testdata/latin1.eml"}); err == nil || !strings.Contains(err.Error(), "content/inbox.yaml") {
		t.Errorf("a misspelt key in content/inbox.yaml: %v, want an error naming the file", err)
	}
}
