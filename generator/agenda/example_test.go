package agenda

import (
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// TestExampleHunt loads the shipped example (content/) and checks its agenda
// for Friday 20 November 2026, worked out by hand from the records.
func TestExampleHunt(t *testing.T) {
	site, err := load.Site("../..")
	if err != nil {
		t.Fatalf("the example hunt does not load:\n%v", err)
	}
	all := plan.Actions(site.Applications, site.Settings.Playbook)
	rules, states := map[string]bool{}, map[model.State]bool{}
	for _, a := range all {
		rules[a.Rule], states[a.State] = true, true
	}
	for _, r := range plan.RuleIDs() {
		if !rules[r] {
			t.Errorf("no record of the example exercises rule %s", r)
		}
	}
	if len(states) != 4 {
		t.Errorf("the example shows the states %v, want all four", states)
	}
	win := Select(all, sitetest.Date(t, "2026-11-20"), 14)
	type row struct{ due, app, id string }
	rows := func(actions []*model.Action) []row {
		var out []row
		for _, a := range actions {
			out = append(out, row{a.Due.String(), a.App.Slug, a.ID})
		}
		return out
	}
	check := func(name string, got, want []row) {
		t.Helper()
		if len(got) != len(want) {
			t.Errorf("%s: %v, want %v", name, got, want)
			return
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s %d: %v, want %v", name, i, got[i], want[i])
			}
		}
	}
	check("overdue", rows(win.Overdue), []row{
		{"2026-11-13", "birchwood-law", "thank-you-note/tom-becker"}, // interview Thu 11-12 + 1 day; only Priya's was mailed
		{"2026-11-17", "cobalt-logistics", "check-confirmation"},     // applied Fri 11-13 + 2 business days (Mon, Tue)
		{"2026-11-19", "birchwood-law", "follow-up-call/r1"},         // interview Thu 11-12 + 7 days, no decision date
	})
	check("due", rows(win.Due), []row{
		{"2026-11-20", "cobalt-logistics", "confirm-receipt"}, // Fri 11-13 + 5 business days; an email (no_calls)
		{"2026-11-20", "fjord-analytics", "decline-note"},     // declined the same day
		{"2026-11-24", "birchwood-law", "last-check/r1"},      // Thu 11-19 + 3 business days (Fri, Mon, Tue)
		{"2026-11-27", "acme-robotics", "decision-day/r1"},    // decision_expected
		{"2026-11-27", "cobalt-logistics", "status-check-1"},  // Fri 11-13 + 14 days
		{"2026-11-30", "dunmore-coffee", "move-on"},           // walk-in Mon 11-02 + 28 days
		{"2026-12-01", "birchwood-law", "move-on/r1"},         // Tue 11-24 + 7 days
		{"2026-12-02", "acme-robotics", "check-in/r1"},        // Fri 11-27 + 3 business days (Mon, Tue, Wed)
	}) // cobalt's status-check-2 (Fri 12-04) is skipped in the record
	want := map[string]string{
		"acme-robotics": model.StatusInterviewing, "birchwood-law": model.StatusInterviewing,
		"cobalt-logistics": model.StatusApplied, "dunmore-coffee": model.StatusApplied,
		"evergreen-health": model.StatusOffer, "fjord-analytics": model.StatusDeclined,
		"granite-bank": model.StatusGhosted, "ion-studios": model.StatusWishlist,
	}
	for _, a := range site.Applications {
		if got := plan.Status(a); got != want[a.Slug] {
			t.Errorf("%s: status %s, want %s", a.Slug, got, want[a.Slug])
		}
	}
	if len(site.Applications) != len(want) {
		t.Errorf("%d applications, want %d", len(site.Applications), len(want))
	}
}
