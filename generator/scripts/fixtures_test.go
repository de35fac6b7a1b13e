package scripts

import (
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// fixture is a record, the events behind its actions, and the site around it.
type fixture struct {
	site      *model.Site
	app       *model.Application
	screen    *model.Event
	interview *model.Event
}

// full is the example of DESIGN.md: every field a script can use is set.
func full() *fixture {
	app := &model.Application{
		Slug: "acme", Company: "Acme Robotics", Role: "Backend Engineer",
		Applied: date("2026-11-03"), Channel: model.ChannelJobBoard, Source: "a job board",
		Pitch: "Five years building schedulers in Go",
		Contacts: []model.Contact{
			{Name: "Dana Smith", Role: model.RoleRecruiter, Title: "Talent Partner", Email: "dana@acme.example", Phone: "+1 555 0100"},
			{Name: "Pat Kim", Role: model.RoleHiringManager, Title: "Engineering Manager", Email: "pat@acme.example", Phone: "+1 555 0101"},
			{Name: "Lee Park", Role: model.RoleInterviewer, Title: "Staff Engineer", Email: "lee@acme.example"},
		},
	}
	return &fixture{
		site: &model.Site{Settings: model.Settings{Owner: model.Owner{Name: "Jordan Lee", Email: "jordan@example.com", Phone: "+1 555 0199"}}},
		app:  app,
		screen: &model.Event{Date: date("2026-11-10"), Type: model.EventPhoneScreen,
			With: []string{"Dana Smith"}},
		interview: &model.Event{Date: date("2026-11-17"), Type: model.EventInterview, Round: 1,
			With:             []string{"Lee Park", "Sam Ortiz"},
			Topics:           map[string]string{"Lee Park": "the fleet scheduler", "Sam Ortiz": "on-call culture"},
			NextStep:         "decision by the 27th",
			DecisionExpected: date("2026-11-27")},
	}
}

// minimal has what a record must have and nothing more: no contacts, no
// pitch, no channel, an interview with no topics and no decision date.
func minimal() *fixture {
	return &fixture{
		site:      &model.Site{Settings: model.Settings{Owner: model.Owner{Name: "Jordan Lee"}}},
		app:       &model.Application{Slug: "acme", Company: "Acme Robotics", Role: "Backend Engineer", Applied: date("2026-11-03")},
		screen:    &model.Event{Date: date("2026-11-10"), Type: model.EventPhoneScreen},
		interview: &model.Event{Date: date("2026-11-17"), Type: model.EventInterview, Round: 1, With: []string{"Lee Park"}},
	}
}

func date(s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// action builds a pending action of the fixture the way the playbook would:
// rule, id, kind and due date as given, addressed to the named contacts of
// the record (a name the record lacks is left out, as for a minimal record).
func (f *fixture) action(rule, id string, kind model.Kind, due string, to ...string) *model.Action {
	a := &model.Action{App: f.app, ID: id, Rule: rule, Kind: kind, Due: date(due), State: model.StatePending}
	for _, n := range to {
		if c := f.app.Contact(n); c != nil {
			a.To = append(a.To, *c)
		}
	}
	switch rule {
	case "screen-follow-up":
		a.Interview = f.screen
	case "thank-you", "thank-you-note", "check-in", "email-hiring-manager", "call-hiring-manager", "follow-up-call", "last-check":
		a.Interview, a.Round = f.interview, 1
	}
	return a
}

// thanks builds the thank-you action of rule for one interviewer.
func (f *fixture) thanks(rule string, kind model.Kind, due, person, slug string) *model.Action {
	a := f.action(rule, rule+"/"+slug, kind, due)
	a.Person = person
	if c := f.app.Contact(person); c != nil {
		a.To = []model.Contact{*c}
	} else {
		a.To = []model.Contact{{Name: person, Role: model.RoleInterviewer}}
	}
	return a
}

// allActions returns one action of every rule that has wording, plus one of
// each kind whose rule has no file of its own.
func (f *fixture) allActions() []*model.Action {
	return []*model.Action{
		f.action("confirm-receipt", "confirm-receipt", model.KindCall, "2026-11-10", "Dana Smith"),
		f.action("confirm-receipt", "confirm-receipt", model.KindEmail, "2026-11-10", "Dana Smith"),
		f.action("status-check-1", "status-check-1", model.KindEmail, "2026-11-17", "Dana Smith"),
		f.action("status-check-2", "status-check-2", model.KindEmail, "2026-11-24", "Dana Smith"),
		f.action("screen-follow-up", "screen-follow-up", model.KindEmail, "2026-11-11", "Dana Smith"),
		f.thanks("thank-you", model.KindEmail, "2026-11-17", "Lee Park", "lee-park"),
		f.thanks("thank-you", model.KindEmail, "2026-11-17", "Sam Ortiz", "sam-ortiz"),
		f.thanks("thank-you-note", model.KindLetter, "2026-11-18", "Lee Park", "lee-park"),
		f.action("check-in", "check-in/r1", model.KindEmail, "2026-12-02", "Dana Smith"),
		f.action("email-hiring-manager", "email-hiring-manager/r1", model.KindEmail, "2026-12-10", "Pat Kim"),
		f.action("call-hiring-manager", "call-hiring-manager/r1", model.KindCall, "2026-12-15", "Pat Kim"),
		f.action("follow-up-call", "follow-up-call/r1", model.KindCall, "2026-11-24", "Dana Smith"),
		f.action("last-check", "last-check/r1", model.KindEmail, "2026-11-27", "Dana Smith"),
		f.action("decline-note", "decline-note", model.KindEmail, "2026-12-20", "Dana Smith"),
		f.action("custom", "custom", model.KindCall, "2026-12-21", "Dana Smith"),
		f.action("custom", "custom", model.KindEmail, "2026-12-21", "Dana Smith"),
		f.action("custom", "custom", model.KindLetter, "2026-12-21", "Dana Smith"),
	}
}

func mustLoad(t *testing.T, dir string) *Set {
	t.Helper()
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustRender(t *testing.T, s *Set, site *model.Site, a *model.Action, private bool) *Script {
	t.Helper()
	sc, err := s.Render(site, a, Options{Private: private, BaseURL: "https://jordan.example/hunt/"})
	if err != nil {
		t.Fatalf("%s (%s): %v", a.ID, a.Kind, err)
	}
	return sc
}
