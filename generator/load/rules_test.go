package load

import (
	"testing"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// TestPlanActionIDsAccepted checks that every rule id plan exports, and
// every action id it plans (rounds, second screens, thank-yous of later
// rounds), is one a record may name in skip: or action:.
func TestPlanActionIDsAccepted(t *testing.T) {
	for _, id := range plan.RuleIDs() {
		if msg := checkRule(id); msg != "" {
			t.Errorf("rule %s: %s", id, msg)
		}
		if msg := checkActionID(id, nil); msg != "" {
			t.Errorf("action id %s: %s", id, msg)
		}
	}
	day := func(s string) model.Date {
		d, err := model.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	yes := true
	app := &model.Application{Slug: "a", Applied: day("2026-10-01"), MailedNotes: &yes,
		Contacts: []model.Contact{{Name: "Dana Smith", Role: model.RoleRecruiter}, {Name: "Lee Park", Role: model.RoleHiringManager}},
		Events: []model.Event{
			{Date: day("2026-10-01"), Type: model.EventReply, DecisionExpected: day("2026-10-02")},
			{Date: day("2026-10-02"), Type: model.EventPhoneScreen, With: []string{"Dana Smith"}},
			{Date: day("2026-10-03"), Type: model.EventPhoneScreen, With: []string{"Dana Smith"}},
			{Date: day("2026-10-05"), Type: model.EventInterview, Round: 1, With: []string{"Lee Park"}, DecisionExpected: day("2026-10-09")},
			{Date: day("2026-10-20"), Type: model.EventInterview, Round: 2, With: []string{"Lee Park", "Sam Ortiz"}},
			{Date: day("2026-11-20"), Type: model.EventOffer},
			{Date: day("2026-11-21"), Type: model.EventDeclined},
		}}
	people := []string{"Dana Smith", "Lee Park", "Sam Ortiz"}
	acts := plan.Actions([]*model.Application{app}, model.Playbook{MailedNotes: true})
	rules := map[string]bool{}
	for _, a := range acts {
		rules[a.Rule] = true
		if msg := checkActionID(a.ID, people); msg != "" {
			t.Errorf("planned action %s: %s", a.ID, msg)
		}
	}
	// Worked out from plan's doc: the suffixes of screens, rounds and thanks.
	for _, id := range []string{"screen-follow-up/2", "decision-day/r0", "check-in/r1", "move-on/r1", "follow-up-call/r2", "thank-you/sam-ortiz/r2", "thank-you-note/lee-park"} {
		if !planned(acts, id) {
			t.Errorf("plan has no action %s", id)
		}
	}
	for _, bad := range []string{"check-in/2", "check-in/r1000", "check-in/r00", "screen-follow-up/1", "thank-you/nobody", "thank-you/", "no-such-rule"} {
		if checkActionID(bad, people) == "" {
			t.Errorf("action id %s accepted", bad)
		}
	}
}

func planned(acts []*model.Action, id string) bool {
	for _, a := range acts {
		if a.ID == id {
			return true
		}
	}
	return false
}
