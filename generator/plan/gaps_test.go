package plan

import (
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

// TestConfirmationEventIsDone: the confirmation that "done check-confirmation"
// records settles the check as done, not cancelled.
func TestConfirmationEventIsDone(t *testing.T) {
	m := plan(record(t, event(t, "2026-11-04", model.EventConfirmation)), model.Playbook{})
	wantState(t, m, "check-confirmation", model.StateDone)
	wantState(t, m, "confirm-receipt", model.StatePending) // a confirmation is no answer
}

// TestThanksAfterScreen: a thank-you or an email to the recruiter of a
// phone screen is the note the screen asks for.
func TestThanksAfterScreen(t *testing.T) {
	screen := event(t, "2026-11-10", model.EventPhoneScreen, with("Dana Smith"))
	for _, typ := range []string{model.EventThankYou, model.EventEmail} {
		t.Run(typ, func(t *testing.T) {
			m := plan(record(t, screen, event(t, "2026-11-10", typ, to("Dana Smith"))), model.Playbook{})
			wantState(t, m, "screen-follow-up", model.StateDone)
		})
	}
	t.Run("SomeoneElse", func(t *testing.T) {
		m := plan(record(t, screen, event(t, "2026-11-10", model.EventThankYou, to("Kim Wu"))), model.Playbook{})
		wantState(t, m, "screen-follow-up", model.StatePending)
	})
	t.Run("AfterTheInterview", func(t *testing.T) {
		// The interview cancelled the screen's note; thanking Dana later is no note after the screen.
		m := plan(record(t, screen, event(t, "2026-11-17", model.EventInterview, with("Lee Park")),
			event(t, "2026-11-17", model.EventThankYou, to("Dana Smith"))), model.Playbook{})
		wantState(t, m, "screen-follow-up", model.StateCancelled)
	})
}

// TestReplyWithDecisionDate: a reply that promises a decision by a date
// starts the ladder of its round from that date, as an interview would.
func TestReplyWithDecisionDate(t *testing.T) {
	promised := func(e *model.Event) {
		e.DecisionExpected = sitetest.Date(t, "2026-12-01")
		e.NextStep = "a second call"
	}
	m := plan(record(t,
		event(t, "2026-11-17", model.EventInterview, with("Lee Park")),
		event(t, "2026-11-20", model.EventReply, promised)), model.Playbook{})
	// Worked out by hand from the ladder with a decision date (plan.Rules), counting from Tuesday 1 December 2026.
	want := map[string]string{
		"decision-day/r1":         "2026-12-01", // the promised day
		"check-in/r1":             "2026-12-04", // + 3 business days: Wed 2, Thu 3, Fri 4
		"ask-network/r1":          "2026-12-09", // Mon 7, Tue 8, Wed 9
		"email-hiring-manager/r1": "2026-12-14", // Thu 10, Fri 11, Mon 14
		"call-hiring-manager/r1":  "2026-12-17", // Tue 15, Wed 16, Thu 17
		"move-on/r1":              "2026-12-31", // 10 business days from Thu 17: Fri 18 … Thu 31
	}
	for id, due := range want {
		a := must(t, m, id)
		if a.State != model.StatePending || a.Due.String() != due {
			t.Errorf("%s: %s due %s, want pending due %s", id, a.State, a.Due, due)
		}
		if a.Promise == nil || a.Promise.Type != model.EventReply || a.Interview == nil || a.Interview.Type != model.EventInterview {
			t.Errorf("%s: started by %v after %v, want the reply after the interview", id, a.Promise, a.Interview)
		}
	}
	for _, id := range []string{"follow-up-call/r1", "last-check/r1"} {
		if _, ok := m[id]; ok {
			t.Errorf("%s planned: the reply's decision date replaces the ladder without one", id)
		}
	}
	wantState(t, m, "thank-you/lee-park", model.StatePending)
	if got, want := Summary(m["move-on/r1"]), "Decide whether to move on from Acme Robotics: no answer since their reply on 20 November"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}

	t.Run("BeforeAnyInterview", func(t *testing.T) {
		m := plan(record(t, event(t, "2026-11-09", model.EventReply, func(e *model.Event) {
			e.DecisionExpected = sitetest.Date(t, "2026-11-16")
		})), model.Playbook{})
		wantState(t, m, "status-check-1", model.StateCancelled)
		for id, due := range map[string]string{"decision-day/r0": "2026-11-16", "check-in/r0": "2026-11-19"} {
			if a := must(t, m, id); a.State != model.StatePending || a.Due.String() != due {
				t.Errorf("%s: %s due %s, want pending due %s", id, a.State, a.Due, due)
			}
		}
	})
	t.Run("AnsweredLater", func(t *testing.T) {
		m := plan(record(t,
			event(t, "2026-11-17", model.EventInterview, with("Lee Park")),
			event(t, "2026-11-20", model.EventReply, promised),
			event(t, "2026-12-03", model.EventOffer)), model.Playbook{})
		// A response cancels every step of a ladder started before it.
		for _, id := range []string{"decision-day/r1", "check-in/r1", "move-on/r1"} {
			wantState(t, m, id, model.StateCancelled)
		}
	})
}
