package record

import (
	"errors"
	"testing"

	"github.com/followup-dev/followup/generator/plan"
)

// stageRecords are records, each with pending actions of some rules: before
// applying (a wishlist record with its posting's last day), after
// applying, after a phone screen, after an interview with and without a
// decision date (thank-you notes mailed), and after a declined offer.
var stageRecords = map[string]string{
	"wishlist": "company: Wishlist\nrole: R\nstatus: wishlist\napply_by: 2026-12-11\n",
	"applied": "company: Applied\nrole: R\napplied: 2026-11-25\n" +
		"contacts:\n  - {name: Dana Smith, role: recruiter}\n",
	"screened": "company: Screened\nrole: R\napplied: 2026-11-02\n" +
		"contacts:\n  - {name: Dana Smith, role: recruiter}\n" +
		"events:\n  - {date: 2026-11-30, type: phone-screen, with: [Dana Smith]}\n",
	"decision": "company: Decision\nrole: R\napplied: 2026-10-01\nmailed_notes: true\n" +
		"contacts:\n  - {name: Dana Smith, role: recruiter}\n  - {name: Lee Park, role: hiring-manager}\n  - {name: Kim Wu, role: network}\n" +
		"events:\n  - {date: 2026-10-05, type: interview, with: [Lee Park], decision_expected: 2026-10-07}\n",
	"nodecision": "company: No decision\nrole: R\napplied: 2026-10-01\n" +
		"contacts:\n  - {name: Dana Smith, role: recruiter}\n" +
		"events:\n  - {date: 2026-10-05, type: interview, with: [Dana Smith]}\n",
	"declined": "company: Declined\nrole: R\napplied: 2026-10-01\n" +
		"contacts:\n  - {name: Dana Smith, role: recruiter}\n" +
		"events:\n  - {date: 2026-11-20, type: offer}\n  - {date: 2026-11-30, type: declined}\n",
}

// TestEveryRuleFulfilled checks that done knows, for every rule plan
// exports, which event fulfils its actions: on a fresh copy of a record
// with a pending action of the rule, done writes an event that leaves the
// action done (or, for check-confirmation, settled), and refuses the
// decisions and the milestone, which no event marks done.
func TestEveryRuleFulfilled(t *testing.T) {
	notMarkable := map[string]bool{ // decisions and a milestone (plan's doc: Rules)
		"move-on": true, "move-on-after-call": true, "move-on-after-last-check": true, "decision-day": true,
		"apply-by": true, // applying is what fulfils it: new or add, not done
	}
	seen := map[string]bool{}
	for slug, rec := range stageRecords {
		opts := newSite(t, map[string][]byte{slug: []byte(rec)})
		s, err := open(opts, slug)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range s.actions(s.app) {
			if !a.Pending() || seen[a.Rule] {
				continue
			}
			seen[a.Rule] = true
			t.Run(a.Rule, func(t *testing.T) {
				opts := newSite(t, map[string][]byte{slug: []byte(rec)})
				_, err := Done(opts, slug, a.ID, "", "")
				switch {
				case notMarkable[a.Rule] && !errors.Is(err, ErrUsage):
					t.Errorf("done %s: %v, want a usage error", a.ID, err)
				case !notMarkable[a.Rule] && err != nil:
					t.Errorf("done %s: %v", a.ID, err)
				}
			})
		}
	}
	for _, id := range plan.RuleIDs() {
		if !seen[id] {
			t.Errorf("no record has a pending action of rule %s", id)
		}
	}
}
