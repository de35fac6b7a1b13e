package plan

import (
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

// TestRules has one row per rule of the playbook (Rules and the package
// doc), named by its action id, with the due date worked out by hand from the playbook's defaults.
// Calendar: November 2026 starts on a Sunday; 3, 10, 17 and 24 November and
// 1, 8 and 15 December are Tuesdays.
func TestRules(t *testing.T) {
	mailed := true
	applied := func(t *testing.T) *model.Application { return record(t) }
	screened := func(t *testing.T) *model.Application {
		return record(t, event(t, "2026-11-10", model.EventPhoneScreen, with("Dana Smith")))
	}
	// An interview with a decision date: the ladder of §3a.
	decided := func(t *testing.T) *model.Application {
		a := record(t, event(t, "2026-11-17", model.EventInterview, round(1), with("Lee Park", "Sam Ortiz"),
			decision(t, "2026-11-27")))
		a.MailedNotes = &mailed
		return a
	}
	// An interview with no decision date: the ladder of §3b.
	undecided := func(t *testing.T) *model.Application {
		return record(t, event(t, "2026-11-17", model.EventInterview, round(1), with("Lee Park")))
	}
	// A posting saved, not applied to yet, that closes on Mon 2026-11-30.
	wished := func(t *testing.T) *model.Application {
		a := record(t)
		a.Applied, a.Status, a.ApplyBy = model.Date{}, model.StatusWishlist, sitetest.Date(t, "2026-11-30")
		return a
	}
	declined := func(t *testing.T) *model.Application {
		return record(t, event(t, "2026-12-08", model.EventOffer), event(t, "2026-12-10", model.EventDeclined))
	}
	tests := []struct {
		id     string
		record func(*testing.T) *model.Application
		rule   string
		kind   model.Kind
		due    string
		to     string
		source string
	}{
		// apply_by Mon 2026-11-30, the day itself.
		{"apply-by", wished, "apply-by", model.KindTask, "2026-11-30", "", "ours"},
		// Tue 2026-11-03 + 2 business days (Wed, Thu) = Thu 2026-11-05.
		{"check-confirmation", applied, "check-confirmation", model.KindTask, "2026-11-05", "", "E"},
		// Tue 2026-11-03 + 5 business days (Wed, Thu, Fri, Mon, Tue) = Tue 2026-11-10.
		{"confirm-receipt", applied, "confirm-receipt", model.KindCall, "2026-11-10", "Dana Smith", "B,D"},
		// Tue 2026-11-03 + 14 days = Tue 2026-11-17.
		{"status-check-1", applied, "status-check-1", model.KindEmail, "2026-11-17", "Dana Smith", "E"},
		// Tue 2026-11-03 + 21 days = Tue 2026-11-24.
		{"status-check-2", applied, "status-check-2", model.KindEmail, "2026-11-24", "Dana Smith", "E"},
		// Tue 2026-11-03 + 28 days = Tue 2026-12-01.
		{"move-on", applied, "move-on", model.KindDecision, "2026-12-01", "", "A,C"},
		// Screen Tue 2026-11-10 + 1 day = Wed 2026-11-11.
		{"screen-follow-up", screened, "screen-follow-up", model.KindEmail, "2026-11-11", "Dana Smith", "E"},
		// Interview Tue 2026-11-17, the same day.
		{"thank-you/lee-park", decided, "thank-you", model.KindEmail, "2026-11-17", "Lee Park", "A,E"},
		{"thank-you/sam-ortiz", decided, "thank-you", model.KindEmail, "2026-11-17", "Sam Ortiz", "A,E"},
		// Interview Tue 2026-11-17 + 1 day = Wed 2026-11-18.
		{"thank-you-note/sam-ortiz", decided, "thank-you-note", model.KindLetter, "2026-11-18", "Sam Ortiz", "A"},
		// decision_expected Fri 2026-11-27, a weekday.
		{"decision-day/r1", decided, "decision-day", model.KindMilestone, "2026-11-27", "", "C"},
		// Fri 2026-11-27 + 3 business days (Mon, Tue, Wed) = Wed 2026-12-02.
		{"check-in/r1", decided, "check-in", model.KindEmail, "2026-12-02", "Dana Smith", "C"},
		// Wed 2026-12-02 + 3 business days (Thu, Fri, Mon) = Mon 2026-12-07.
		{"ask-network/r1", decided, "ask-network", model.KindTask, "2026-12-07", "Kim Wu", "C"},
		// Mon 2026-12-07 + 3 business days = Thu 2026-12-10.
		{"email-hiring-manager/r1", decided, "email-hiring-manager", model.KindEmail, "2026-12-10", "Lee Park", "C"},
		// Thu 2026-12-10 + 3 business days (Fri, Mon, Tue) = Tue 2026-12-15.
		{"call-hiring-manager/r1", decided, "call-hiring-manager", model.KindCall, "2026-12-15", "Lee Park", "C"},
		// Tue 2026-12-15 + 10 business days (two weeks) = Tue 2026-12-29.
		{"move-on/r1", decided, "move-on-after-call", model.KindDecision, "2026-12-29", "", "C"},
		// Interview Tue 2026-11-17 + 7 days = Tue 2026-11-24.
		{"follow-up-call/r1", undecided, "follow-up-call", model.KindCall, "2026-11-24", "Dana Smith", "A"},
		// Tue 2026-11-24 + 3 business days (Wed, Thu, Fri) = Fri 2026-11-27.
		{"last-check/r1", undecided, "last-check", model.KindEmail, "2026-11-27", "Dana Smith", "A"},
		// Fri 2026-11-27 + 7 days = Fri 2026-12-04.
		{"move-on/r1", undecided, "move-on-after-last-check", model.KindDecision, "2026-12-04", "", "A"},
		// Declined Thu 2026-12-10, the same day.
		{"decline-note", declined, "decline-note", model.KindEmail, "2026-12-10", "Dana Smith", "E"},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		seen[tt.rule] = true
		t.Run(tt.id, func(t *testing.T) {
			a := must(t, plan(tt.record(t), model.Playbook{}), tt.id)
			if got, want := a.Rule, tt.rule; got != want {
				t.Errorf("rule %s, want %s", got, want)
			}
			if got, want := a.Kind, tt.kind; got != want {
				t.Errorf("kind %s, want %s", got, want)
			}
			if got, want := a.Due.String(), tt.due; got != want {
				t.Errorf("due %s, want %s", got, want)
			}
			if got, want := a.ToNames(), tt.to; got != want {
				t.Errorf("to %q, want %q", got, want)
			}
			if got, want := a.Source, tt.source; got != want {
				t.Errorf("source %q, want %q", got, want)
			}
		})
	}
	for _, r := range Rules {
		if !seen[r.ID] {
			t.Errorf("rule %s has no row", r.ID)
		}
	}
}

// TestRoundsAndPeople checks the round and the person actions carry.
func TestRoundsAndPeople(t *testing.T) {
	a := record(t,
		event(t, "2026-11-17", model.EventInterview, with("Lee Park")),
		event(t, "2026-12-01", model.EventInterview, with("Ana Ruiz")))
	m := plan(a, model.Playbook{})
	for _, tt := range []struct {
		id     string
		round  int
		person string
	}{
		{"thank-you/lee-park", 1, "Lee Park"},
		{"thank-you/ana-ruiz/r2", 2, "Ana Ruiz"},
		{"follow-up-call/r2", 2, ""},
		{"move-on", 0, ""},
	} {
		x := must(t, m, tt.id)
		if x.Round != tt.round || x.Person != tt.person {
			t.Errorf("%s: round %d person %q, want %d %q", tt.id, x.Round, x.Person, tt.round, tt.person)
		}
	}
	if got := must(t, m, "thank-you/ana-ruiz/r2").To; len(got) != 1 || got[0].Role != model.RoleInterviewer {
		t.Errorf("an interviewer missing from contacts: to %+v, want one interviewer", got)
	}
}
