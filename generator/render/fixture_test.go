package render

import (
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// Strings planted in private fields: none may appear in a published build.
const (
	secretSalary  = "SALARY-9f2c 140k"
	secretNotes   = "NOTES-7d1e remember the parking code"
	secretEmail   = "dana.secret@acme.example"
	secretPhone   = "+1 555 0142"
	secretOwnerEm = "jordan.secret@example.com"
	secretOwnerPh = "+1 555 0199"
	secretCompany = "Gamma Hidden Labs"
)

func day(s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// fixture returns a whole site, private fields and a private record
// included, and a plan for it written by hand: one action of each kind and
// state.
func fixture(t testing.TB) (*model.Site, []*model.Action) {
	t.Helper()
	chicago, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	acme := &model.Application{
		Slug: "acme", Path: "content/applications/acme.yaml",
		Company: "Acme Robotics", Role: "Backend Engineer", Applied: day("2026-11-03"),
		Channel: model.ChannelJobBoard, Source: "a job board", Link: "https://jobs.acme.example/123",
		Location: "Remote", Salary: secretSalary, Pitch: "Five years building schedulers in Go",
		Contacts: []model.Contact{
			{Name: "Dana Smith", Role: model.RoleRecruiter, Title: "Talent Partner", Email: secretEmail, Phone: secretPhone},
			{Name: "Lee Park", Role: model.RoleInterviewer, Title: "Staff Engineer"},
			{Name: "Sam Ortiz", Role: model.RoleHiringManager, Title: "Engineering Manager"},
		},
		Events: []model.Event{
			{Date: day("2026-11-10"), Type: model.EventPhoneScreen, With: []string{"Dana Smith"}},
			{Date: day("2026-11-17"), Start: time.Date(2026, 11, 17, 14, 0, 0, 0, chicago), Type: model.EventInterview, Round: 1,
				With: []string{"Lee Park", "Sam Ortiz"}, Topics: map[string]string{"Lee Park": "the fleet scheduler"},
				NextStep: "decision by the 27th", DecisionExpected: day("2026-11-27")},
			{Date: day("2026-11-17"), Type: model.EventThankYou, To: []string{"Lee Park"}},
		},
		Notes: secretNotes,
	}
	beta := &model.Application{
		Slug: "beta", Path: "content/applications/beta.yaml",
		Company: "Beta Foods", Role: "Data Analyst", Applied: day("2026-12-01"),
		Channel: model.ChannelCompanySite, NoCalls: true,
	}
	gamma := &model.Application{
		Slug: "gamma", Path: "content/applications/gamma.yaml", Private: true,
		Company: secretCompany, Role: "Platform Engineer", Applied: day("2026-11-20"), Channel: model.ChannelReferral,
		Contacts: []model.Contact{{Name: "Kim Lee", Role: model.RoleReferral}},
	}
	site := &model.Site{
		Settings: model.Settings{
			Title: "Jordan's job hunt", BaseURL: "https://jordan.github.io/job-hunt/",
			Owner:    model.Owner{Name: "Jordan Lee", Email: secretOwnerEm, Phone: secretOwnerPh},
			Timezone: "America/Chicago", Location: chicago,
			Playbook: model.Playbook{Weekends: model.WeekendsNextMonday},
		},
		Applications: []*model.Application{acme, beta, gamma},
		Advice: []*model.AdvicePage{
			{Slug: "after-applying", Path: "content/advice/after-applying.md", Title: "After you apply",
				Stage: "applied", Summary: "One check, one call, two short emails.",
				Actions: []string{"confirm-receipt", "status-check-1", "check-confirmation"},
				Sources: []model.Source{{Tag: "B", Title: "The follow-up call", By: "a recruiter", URL: "https://example.org/call"}},
				Body:    []byte("## Why one call\n\nCall **once**.[^1]\n\n## Relance après l'entretien\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Per [B].\n")},
			{Slug: "after-the-interview", Path: "content/advice/after-the-interview.md", Title: "After the interview",
				Stage: "After an interview", Actions: []string{"thank-you", "check-in", "call-hiring-manager"},
				Body: []byte("Thank each person the same day.\n")},
		},
	}
	dana, lee, sam := acme.Contacts[0], acme.Contacts[1], acme.Contacts[2]
	interview := &acme.Events[1]
	actions := []*model.Action{
		{App: acme, ID: "confirm-receipt", Rule: "confirm-receipt", Kind: model.KindCall, Due: day("2026-11-10"),
			State: model.StateCancelled, Source: "B,D", To: []model.Contact{dana}},
		{App: acme, ID: "thank-you/lee-park", Rule: "thank-you", Kind: model.KindEmail, Due: day("2026-11-17"),
			State: model.StateDone, Source: "A,E", To: []model.Contact{lee}, Round: 1, Person: "Lee Park",
			Interview: interview, DoneBy: &acme.Events[2]},
		{App: acme, ID: "thank-you/sam-ortiz", Rule: "thank-you", Kind: model.KindEmail, Due: day("2026-11-17"),
			State: model.StatePending, Source: "A,E", To: []model.Contact{sam}, Round: 1, Person: "Sam Ortiz", Interview: interview},
		{App: acme, ID: "decision-day", Rule: "decision-day", Kind: model.KindMilestone, Due: day("2026-11-27"),
			State: model.StatePending, Source: "C", Round: 1, Interview: interview},
		{App: acme, ID: "check-in", Rule: "check-in", Kind: model.KindEmail, Due: day("2026-12-02"),
			State: model.StatePending, Source: "C", To: []model.Contact{dana}, Round: 1, Interview: interview},
		{App: acme, ID: "call-hiring-manager", Rule: "call-hiring-manager", Kind: model.KindCall, Due: day("2026-12-14"),
			State: model.StatePending, Source: "C", To: []model.Contact{dana}, Round: 1, Interview: interview},
		{App: beta, ID: "check-confirmation", Rule: "check-confirmation", Kind: model.KindTask, Due: day("2026-12-03"),
			State: model.StateSkipped, Source: "E"},
		{App: beta, ID: "confirm-receipt", Rule: "confirm-receipt", Kind: model.KindEmail, Due: day("2026-12-08"),
			State: model.StatePending, Source: "B,D"},
		{App: beta, ID: "thank-you-note/pat-jones", Rule: "thank-you-note", Kind: model.KindLetter, Due: day("2026-12-09"),
			State: model.StatePending, Source: "A", Person: "Pat Jones"},
		{App: gamma, ID: "confirm-receipt", Rule: "confirm-receipt", Kind: model.KindCall, Due: day("2026-11-27"),
			State: model.StatePending, Source: "B,D", To: []model.Contact{gamma.Contacts[0]}},
	}
	return site, actions
}

// renderFixture renders the fixture: published (site.Public()) unless private.
func renderFixture(t testing.TB, baseURL string, private bool) Files {
	t.Helper()
	site, actions := fixture(t)
	if !private {
		site = site.Public()
	}
	files, err := Site(site, actions, Options{BaseURL: baseURL, Private: private})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
