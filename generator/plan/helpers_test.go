package plan

import (
	"slices"
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

// record is a test application: Acme Robotics, applied on Tuesday 3
// November 2026 through a job board, with a recruiter, a hiring manager and
// a contact in the candidate's network.
func record(t *testing.T, events ...model.Event) *model.Application {
	t.Helper()
	return &model.Application{
		Slug: "acme", Company: "Acme Robotics", Role: "Backend Engineer",
		Applied: sitetest.Date(t, "2026-11-03"), Channel: model.ChannelJobBoard,
		Contacts: []model.Contact{
			{Name: "Dana Smith", Role: model.RoleRecruiter},
			{Name: "Lee Park", Role: model.RoleHiringManager},
			{Name: "Kim Wu", Role: model.RoleNetwork},
		},
		Events: events,
	}
}

// event returns an event of type typ on day, with the fields set by opts.
func event(t *testing.T, day, typ string, opts ...func(*model.Event)) model.Event {
	t.Helper()
	e := model.Event{Date: sitetest.Date(t, day), Type: typ}
	for _, o := range opts {
		o(&e)
	}
	return e
}

func with(names ...string) func(*model.Event) { return func(e *model.Event) { e.With = names } }
func to(names ...string) func(*model.Event)   { return func(e *model.Event) { e.To = names } }
func action(id string) func(*model.Event)     { return func(e *model.Event) { e.Action = id } }
func round(n int) func(*model.Event)          { return func(e *model.Event) { e.Round = n } }

func decision(t *testing.T, day string) func(*model.Event) {
	d := sitetest.Date(t, day)
	return func(e *model.Event) { e.DecisionExpected = d }
}

// plan returns the actions of one application, by id.
func plan(a *model.Application, pb model.Playbook) map[string]*model.Action {
	out := map[string]*model.Action{}
	for _, x := range Actions([]*model.Application{a}, pb) {
		out[x.ID] = x
	}
	return out
}

// ids returns the ids of actions in order.
func ids(actions []*model.Action) []string {
	out := make([]string, len(actions))
	for i, a := range actions {
		out[i] = a.ID
	}
	return out
}

// must returns the action id of m, failing the test when there is none.
func must(t *testing.T, m map[string]*model.Action, id string) *model.Action {
	t.Helper()
	a, ok := m[id]
	if !ok {
		t.Fatalf("no action %s; have %v", id, keys(m))
	}
	return a
}

func keys(m map[string]*model.Action) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// wantState checks the state of the action id of m.
func wantState(t *testing.T, m map[string]*model.Action, id string, want model.State) {
	t.Helper()
	if got := must(t, m, id).State; got != want {
		t.Errorf("%s: state %s, want %s", id, got, want)
	}
}
