package inbox

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
)

// TestEdgeMessages reads messages that must not be taken at face value,
// in the order they were sent, each expected line worked out by hand:
//   - an invitation sent only as an application/ics attachment is one;
//   - the owner's own mail (a Takeout export holds the sent mail too) is
//     passed over, although it says "not moving forward";
//   - a rejection from zenith-insurance.co.uk is no mail of acme.co.uk:
//     the two share co.uk, a public suffix, not a domain;
//   - a stranger on hotmail.com is not the contact of bolt who writes from
//     hotmail.com too;
//   - a reply that quotes the owner's "not moving forward" is a reply;
//   - a message that cannot be read is listed, and the next is read;
//   - a message without a date is listed: the day to log it on is unknown.
func TestEdgeMessages(t *testing.T) {
	dir := sitetest.New(t, map[string]string{
		"content/site.yaml": "title: Test\nbase_url: https://example.com/\ntimezone: America/Chicago\n" +
			"owner: {name: Jordan Lee, email: jordan@example.com}\n",
		"content/applications/acme-robotics.yaml": acme,
		"content/applications/acme-uk.yaml": "company: Acme UK\nrole: Platform Engineer\napplied: 2026-11-04\n" +
			"contacts:\n  - {name: Ruth Adler, role: recruiter, email: ruth@acme.co.uk}\n",
		"content/applications/bolt.yaml": "company: Bolt\nrole: SRE\napplied: 2026-11-05\n" +
			"contacts:\n  - {name: Kim Wu, role: network, email: kim.wu@hotmail.com}\n",
	})
	files := []string{"quoted.eml", "sent.eml", "nodate.eml", "broken.mbox", "attached.eml", "couk.eml", "hotmail.eml"}
	for i, f := range files {
		files[i] = "testdata/edge/" + f
	}
	var out bytes.Buffer
	if n, err := Run(Options{Source: dir, Now: now, Out: &out}, files); err != nil || n != 0 {
		t.Fatalf("Run = %d, %v", n, err)
	}
	const nobody = "unsure, not written: from %s, whom no application knows, and the subject names no company of the hunt"
	want := []string{
		`testdata/edge/attached.eml: "Interview with Lee Park" from dana@acme.example`,
		`  acme-robotics interview on 2026-11-19T11:00: it holds a calendar invitation; the sender is Dana Smith, a contact of acme-robotics`,
		`testdata/edge/sent.eml: "Re: Acme Robotics - Backend Engineer" from jordan@example.com`,
		`  passed over: you sent it (jordan@example.com is the owner's address in content/site.yaml)`,
		`testdata/edge/couk.eml: "Your application" from noreply@zenith-insurance.co.uk`,
		"  " + strings.Replace(nobody, "%s", "noreply@zenith-insurance.co.uk", 1),
		`testdata/edge/hotmail.eml: "Hello again" from sam.lee.1990@hotmail.com`,
		"  " + strings.Replace(nobody, "%s", "sam.lee.1990@hotmail.com", 1),
		`testdata/edge/quoted.eml: "Re: Backend Engineer - next steps" from dana@acme.example`,
		`  acme-robotics reply on 2026-11-23 from Dana Smith: the sender is Dana Smith, a contact of acme-robotics`,
		`testdata/edge/broken.mbox #1: "Files" from dana@acme.example`,
		`  unsure, not written: it cannot be read: `, // the MIME library's words follow
		`testdata/edge/broken.mbox #2: "Your application to Acme Robotics" from no-reply@us.greenhouse-mail.io`,
		`  acme-robotics rejected on 2026-11-25: it says "decided to move forward with other candidates"; the subject names Acme Robotics`,
		`testdata/edge/nodate.eml: "Quick question" from dana@acme.example`,
		`  unsure, not written: it has no Date header, so the day to log it on is not known`,
	}
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(got), len(want), out.String())
	}
	for i := range want {
		if got[i] != want[i] && !(strings.HasSuffix(want[i], ": ") && strings.HasPrefix(got[i], want[i]) && len(got[i]) > len(want[i])) {
			t.Errorf("line %d:\n%s\nwant:\n%s", i+1, got[i], want[i])
		}
	}
}

// TestRefusedGoesOn: with -apply, an invitation log refuses (a meeting more
// than a year ahead) is listed with the reason and writes nothing; the
// message after it is still logged, and the run ends in an error that
// names the refused one.
func TestRefusedGoesOn(t *testing.T) {
	dir := hunt(t)
	b, err := os.ReadFile("testdata/invite.eml")
	if err != nil {
		t.Fatal(err)
	}
	far := filepath.Join(t.TempDir(), "far.eml")
	if err := os.WriteFile(far, []byte(strings.NewReplacer("DTSTART:20261117T200000Z", "DTSTART:20281117T200000Z",
		"DTEND:20261117T210000Z", "DTEND:20281117T210000Z").Replace(string(b))), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	n, err := Run(Options{Source: dir, Now: now, Out: &out, Apply: true}, []string{far, "testdata/reply.eml"})
	if n != 1 || err == nil || !strings.Contains(err.Error(), "1 message could not be logged: "+far) {
		t.Errorf("Run = %d, %v; want 1 written and the refused message named", n, err)
	}
	if !strings.Contains(out.String(), "\n  not written: an interview on 2028-11-17 is more than a year ahead") {
		t.Errorf("the refusal is not listed:\n%s", out.String())
	}
	rec, _ := os.ReadFile(filepath.Join(dir, "content/applications/acme-robotics.yaml"))
	if strings.Contains(string(rec), "2028") || !strings.Contains(string(rec), "type: reply, from: Dana Smith}") {
		t.Errorf("the record reads:\n%s", rec)
	}
}
