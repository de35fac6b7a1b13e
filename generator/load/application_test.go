package load

import (
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// designRecord is the example record of DESIGN.md.
const designRecord = `company: Acme Robotics          # required
role: Backend Engineer          # required
applied: 2026-11-03             # required unless status: wishlist
channel: job-board
source: a job board
link: https://jobs.acme.example/123
location: Remote
salary: 120-140k
no_calls: true
confirmation: 2026-11-03
mailed_notes: false
pitch: Five years building schedulers in Go
id: 7f3c2a
private: false
skip: [confirm-receipt]
contacts:
  - name: Dana Smith
    role: recruiter
    title: Talent Partner
    email: dana@acme.example
    phone: "+1 555 0100"
events:
  - {date: 2026-11-10, type: phone-screen, with: [Dana Smith]}
  - date: 2026-11-17T14:00
    type: interview
    round: 1
    with: [Lee Park, Sam Ortiz]
    topics: {Lee Park: the fleet scheduler, Sam Ortiz: on-call culture}
    next_step: decision by the 27th
    decision_expected: 2026-11-27
  - {date: 2026-11-17, type: thank-you, to: [Lee Park, Sam Ortiz]}
  - {date: 2026-12-02, type: email, action: check-in, to: Dana Smith}
  - {date: 2026-12-05, type: call, to: Dana Smith, outcome: voicemail}
  - {date: 2026-12-08, type: reply, from: Dana Smith, note: second round next week}
notes: |
  Anything.
`

func chicago(t *testing.T) *model.Settings {
	t.Helper()
	loc, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	return &model.Settings{Timezone: "America/Chicago", Location: loc}
}

func TestApplicationDesignExample(t *testing.T) {
	a, errs := Application(chicago(t), "content/applications/acme-backend.yaml", []byte(designRecord))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	if got, want := a.Slug, "acme-backend"; got != want {
		t.Errorf("Slug = %q, want %q", got, want)
	}
	if a.Company != "Acme Robotics" || a.Role != "Backend Engineer" || a.Channel != "job-board" ||
		a.Link != "https://jobs.acme.example/123" || a.Salary != "120-140k" || a.ID != "7f3c2a" ||
		a.Pitch != "Five years building schedulers in Go" || a.Notes != "Anything.\n" {
		t.Errorf("plain fields wrong: %+v", a)
	}
	if got, want := a.Applied.String(), "2026-11-03"; got != want {
		t.Errorf("Applied = %s, want %s", got, want)
	}
	if !a.NoCalls || a.MailedNotes == nil || *a.MailedNotes || a.Private {
		t.Errorf("NoCalls %v MailedNotes %v Private %v", a.NoCalls, a.MailedNotes, a.Private)
	}
	if got, want := strings.Join(a.Skip, ","), "confirm-receipt"; got != want {
		t.Errorf("Skip = %q, want %q", got, want)
	}
	// Lee Park and Sam Ortiz come in as interviewers through the interview.
	var contacts []string
	for _, c := range a.Contacts {
		contacts = append(contacts, c.Name+"/"+c.Role)
	}
	if got, want := strings.Join(contacts, ","), "Dana Smith/recruiter,Lee Park/interviewer,Sam Ortiz/interviewer"; got != want {
		t.Errorf("contacts = %s, want %s", got, want)
	}
	if got, want := len(a.Events), 6; got != want {
		t.Fatalf("%d events, want %d", got, want)
	}
	iv := a.Events[1]
	if iv.Type != "interview" || !iv.Timed() || iv.Round != 1 {
		t.Fatalf("second event = %+v, want the timed interview of round 1", iv)
	}
	if got, want := iv.Start.UTC().Format(time.RFC3339), "2026-11-17T20:00:00Z"; got != want {
		t.Errorf("interview starts %s, want %s (14:00 in Chicago)", got, want)
	}
	if got, want := iv.Topics["Sam Ortiz"], "on-call culture"; got != want {
		t.Errorf("topic = %q, want %q", got, want)
	}
	if got, want := iv.DecisionExpected.String(), "2026-11-27"; got != want {
		t.Errorf("decision_expected = %s, want %s", got, want)
	}
	if got, want := iv.Line, 24; got != want {
		t.Errorf("interview on line %d, want %d", got, want)
	}
	if e := a.Events[3]; e.Action != "check-in" || strings.Join(e.To, ",") != "Dana Smith" {
		t.Errorf("email event = %+v, want to: Dana Smith (a single string) and action check-in", e)
	}
	if e := a.Events[5]; e.From != "Dana Smith" || e.Note != "second round next week" {
		t.Errorf("reply event = %+v", e)
	}
}

func TestApplicationEventOrderAndRounds(t *testing.T) {
	const rec = `company: Acme
role: Engineer
applied: 2026-11-03
events:
  - {date: 2026-12-01, type: interview, with: [Lee Park]}
  - {date: 2026-11-20, type: reply}
  - {date: 2026-11-20T09:30, type: interview, with: [Sam Ortiz]}
  - {date: 2026-11-20T08:00, type: phone-screen}
  - {date: 2026-11-20, type: note}
`
	a, errs := Application(&model.Settings{Location: time.UTC}, "content/applications/acme.yaml", []byte(rec))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	var got []string
	for _, e := range a.Events {
		got = append(got, e.Date.String()+" "+e.Type)
	}
	// Within a day, timed events come first by time; untimed ones keep their order.
	want := "2026-11-20 phone-screen|2026-11-20 interview|2026-11-20 reply|2026-11-20 note|2026-12-01 interview"
	if strings.Join(got, "|") != want {
		t.Errorf("order = %s, want %s", strings.Join(got, "|"), want)
	}
	if r1, r2 := a.Events[1].Round, a.Events[4].Round; r1 != 1 || r2 != 2 {
		t.Errorf("rounds = %d, %d, want 1, 2 (counted after sorting)", r1, r2)
	}
}

func TestApplicationRoundAfterExplicitOne(t *testing.T) {
	const rec = head + `events:
  - {date: 2026-11-10, type: interview, round: 2}
  - {date: 2026-11-20, type: interview}
`
	a, errs := Application(nil, "content/applications/acme.yaml", []byte(rec))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	if r1, r2 := a.Events[0].Round, a.Events[1].Round; r1 != 2 || r2 != 3 {
		t.Errorf("rounds = %d, %d, want 2, 3", r1, r2)
	}
}

func TestApplicationTimes(t *testing.T) {
	const rec = `company: Acme
role: Engineer
applied: 2026-11-03
events:
  - {date: "2026-11-17T14:00", type: interview}
  - {date: 2026-11-18T03:30:00Z, type: interview}
  - date: 2026-07-01T10:15
    type: phone-screen
`
	a, errs := Application(chicago(t), "content/applications/acme.yaml", []byte(rec))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	cases := []struct{ day, utc, local string }{
		{"2026-07-01", "2026-07-01T15:15:00Z", "10:15 CDT"},
		{"2026-11-17", "2026-11-17T20:00:00Z", "14:00 CST"},
		// 03:30 UTC on the 18th is still the evening of the 17th in Chicago.
		{"2026-11-17", "2026-11-18T03:30:00Z", "21:30 CST"},
	}
	for i, c := range cases {
		e := a.Events[i]
		if got := e.Date.String(); got != c.day {
			t.Errorf("event %d: Date = %s, want %s", i, got, c.day)
		}
		if got := e.Start.UTC().Format(time.RFC3339); got != c.utc {
			t.Errorf("event %d: Start = %s, want %s", i, got, c.utc)
		}
		if got := e.Start.Format("15:04 MST"); got != c.local {
			t.Errorf("event %d: local time = %s, want %s", i, got, c.local)
		}
	}
}

func TestApplicationWishlistNeedsNoApplied(t *testing.T) {
	rec := "company: Acme\nrole: Engineer\nstatus: wishlist\n"
	a, errs := Application(nil, "content/applications/acme.yaml", []byte(rec))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	if !a.Applied.IsZero() || a.Status != "wishlist" {
		t.Errorf("Applied = %v, Status = %q", a.Applied, a.Status)
	}
}

func TestApplicationSkipActionIDs(t *testing.T) {
	rec := `company: Acme
role: Engineer
applied: 2026-11-03
skip: [thank-you/lee-park, check-in/r2, status-check-1, thank-you-note/zoe-muller, screen-follow-up/2, move-on/r1]
contacts: [{name: Zoë Müller, role: hr}]
events:
  - {date: 2026-11-10, type: interview, with: [Lee Park]}
`
	a, errs := Application(nil, "content/applications/acme.yaml", []byte(rec))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	if got, want := len(a.Skip), 6; got != want {
		t.Errorf("%d skips, want %d", got, want)
	}
}

// TestReferenceAndApplyBy checks the two fields a record read from a job
// posting may carry.
func TestReferenceAndApplyBy(t *testing.T) {
	rec := "company: Ion Studios\nrole: Go Developer\nstatus: wishlist\nreference: ENG-0412\napply_by: 2026-12-11\n"
	a, errs := Application(nil, "content/applications/ion.yaml", []byte(rec))
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if a.Reference != "ENG-0412" || a.ApplyBy.String() != "2026-12-11" {
		t.Errorf("reference %q apply_by %s, want ENG-0412 2026-12-11", a.Reference, a.ApplyBy)
	}
	_, errs = Application(nil, "content/applications/ion.yaml", []byte(strings.Replace(rec, "2026-12-11", "2026-12-32", 1)))
	if got := errs.Error(); !strings.HasPrefix(got, "content/applications/ion.yaml:5:11: ") {
		t.Errorf("a bad apply_by: %s, want an error at 5:11", got)
	}
}

// TestApplicationRoundAfterCalledOff: an interview called off was no
// round; the next interview is round 1.
func TestApplicationRoundAfterCalledOff(t *testing.T) {
	const rec = head + `events:
  - {date: 2026-11-10, type: interview, cancelled: true}
  - {date: 2026-11-20, type: interview}
`
	a, errs := Application(nil, "content/applications/acme.yaml", []byte(rec))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	if r1, r2 := a.Events[0].Round, a.Events[1].Round; r1 != 0 || r2 != 1 {
		t.Errorf("rounds = %d, %d, want 0 (called off), 1", r1, r2)
	}
}
