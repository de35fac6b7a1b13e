// Package plan is the playbook engine: a pure function from application
// records and playbook settings to dated follow-up actions.
package plan

import "github.com/followup-dev/followup/generator/model"

// Actions returns every action of every application, sorted by due date,
// application slug and action id.
func Actions(apps []*model.Application, pb model.Playbook) []*model.Action {
	return nil
}

// Status returns the derived status of an application.
func Status(a *model.Application) string {
	return a.Status
}

// Summary says in one line what to do and for whom, e.g. "Call Dana Smith
// (recruiter) at Acme Robotics to confirm your application arrived".
func Summary(a *model.Action) string {
	return a.ID
}

// Explain gives the reason for an action in a sentence or two.
func Explain(a *model.Action) string {
	return ""
}
