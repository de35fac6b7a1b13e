package plan

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

func TestSkip(t *testing.T) {
	a := record(t, event(t, "2026-11-17", model.EventInterview, with("Lee Park", "Sam Ortiz"), decision(t, "2026-11-27")))
	a.Skip = []string{"confirm-receipt", "check-in/r1", "thank-you"}
	m := plan(a, model.Playbook{})
	wantState(t, m, "confirm-receipt", model.StateSkipped)
	wantState(t, m, "check-in/r1", model.StateSkipped)
	wantState(t, m, "thank-you/lee-park", model.StateSkipped) // by rule id
	wantState(t, m, "thank-you/sam-ortiz", model.StateSkipped)
	wantState(t, m, "status-check-2", model.StateCancelled) // the interview answered
	wantState(t, m, "ask-network/r1", model.StatePending)

	t.Run("DoneWinsOverSkipped", func(t *testing.T) {
		a := record(t, event(t, "2026-11-09", model.EventCall, to("Dana Smith"), action("confirm-receipt")))
		a.Skip = []string{"confirm-receipt"}
		wantState(t, plan(a, model.Playbook{}), "confirm-receipt", model.StateDone)
	})
	t.Run("UnnamedCallPassesSkipped", func(t *testing.T) {
		// A call naming no action does not take a skipped one.
		a := record(t, event(t, "2026-11-09", model.EventCall, to("Dana Smith")))
		a.Skip = []string{"confirm-receipt"}
		wantState(t, plan(a, model.Playbook{}), "confirm-receipt", model.StateSkipped)
	})
}

func TestDoneByCall(t *testing.T) {
	t.Run("EarliestCall", func(t *testing.T) {
		// A call the day before it is due fulfils confirm-receipt, whatever its outcome.
		call := event(t, "2026-11-09", model.EventCall, to("Dana Smith"), func(e *model.Event) { e.Outcome = "no-answer" })
		m := plan(record(t, call), model.Playbook{})
		wantState(t, m, "confirm-receipt", model.StateDone)
		if got := m["confirm-receipt"].DoneBy; got == nil || got.Date.String() != "2026-11-09" {
			t.Errorf("DoneBy = %v, want the call of 2026-11-09", got)
		}
		wantState(t, m, "status-check-1", model.StatePending)
	})
	t.Run("BeforeApplying", func(t *testing.T) {
		m := plan(record(t, event(t, "2026-11-02", model.EventCall)), model.Playbook{})
		wantState(t, m, "confirm-receipt", model.StatePending)
	})
	t.Run("AfterAReply", func(t *testing.T) {
		// The reply cancelled confirm-receipt; the call after the interview
		// is the follow-up call.
		m := plan(record(t,
			event(t, "2026-11-12", model.EventReply),
			event(t, "2026-11-17", model.EventInterview, with("Lee Park")),
			event(t, "2026-11-24", model.EventCall, to("Dana Smith"))), model.Playbook{})
		wantState(t, m, "confirm-receipt", model.StateCancelled)
		wantState(t, m, "follow-up-call/r1", model.StateDone)
		wantState(t, m, "last-check/r1", model.StatePending)
	})
}

func TestDoneByEmail(t *testing.T) {
	t.Run("NamedAction", func(t *testing.T) {
		m := plan(record(t, event(t, "2026-11-24", model.EventEmail, action("status-check-2"))), model.Playbook{})
		wantState(t, m, "status-check-2", model.StateDone)
		wantState(t, m, "status-check-1", model.StatePending)
	})
	t.Run("NamedFullID", func(t *testing.T) {
		m := plan(record(t,
			event(t, "2026-11-17", model.EventInterview, with("Lee Park"), decision(t, "2026-11-27")),
			event(t, "2026-12-03", model.EventEmail, action("check-in/r1"))), model.Playbook{})
		wantState(t, m, "check-in/r1", model.StateDone)
		wantState(t, m, "email-hiring-manager/r1", model.StatePending)
	})
	t.Run("NextPendingEmail", func(t *testing.T) {
		// confirm-receipt is a call, so the first email is status-check-1.
		m := plan(record(t, event(t, "2026-11-18", model.EventEmail)), model.Playbook{})
		wantState(t, m, "status-check-1", model.StateDone)
		wantState(t, m, "confirm-receipt", model.StatePending)
	})
	t.Run("NoCalls", func(t *testing.T) {
		a := record(t, event(t, "2026-11-10", model.EventEmail))
		a.NoCalls = true
		m := plan(a, model.Playbook{})
		wantState(t, m, "confirm-receipt", model.StateDone)
		wantState(t, m, "status-check-1", model.StatePending)
	})
	t.Run("NotAThankYou", func(t *testing.T) {
		m := plan(record(t,
			event(t, "2026-11-12", model.EventReply),
			event(t, "2026-11-17", model.EventInterview, with("Lee Park")),
			event(t, "2026-11-17", model.EventEmail)), model.Playbook{})
		wantState(t, m, "thank-you/lee-park", model.StatePending)
		wantState(t, m, "last-check/r1", model.StateDone)
	})
}

func TestDoneByThankYou(t *testing.T) {
	mailed := true
	a := record(t,
		event(t, "2026-11-17", model.EventInterview, with("Lee Park", "Sam Ortiz")),
		event(t, "2026-11-17", model.EventThankYou, to("Lee Park")),
		event(t, "2026-11-19", model.EventLetter, to("Sam Ortiz")))
	a.MailedNotes = &mailed
	m := plan(a, model.Playbook{})
	wantState(t, m, "thank-you/lee-park", model.StateDone)
	wantState(t, m, "thank-you/sam-ortiz", model.StatePending)
	wantState(t, m, "thank-you-note/sam-ortiz", model.StateDone)
	wantState(t, m, "thank-you-note/lee-park", model.StatePending)

	t.Run("EveryoneOfTheLatestRound", func(t *testing.T) {
		m := plan(record(t,
			event(t, "2026-11-17", model.EventInterview, with("Lee Park")),
			event(t, "2026-12-01", model.EventInterview, with("Lee Park", "Ana Ruiz")),
			event(t, "2026-12-01", model.EventThankYou)), model.Playbook{})
		wantState(t, m, "thank-you/lee-park", model.StatePending)
		wantState(t, m, "thank-you/lee-park/r2", model.StateDone)
		wantState(t, m, "thank-you/ana-ruiz/r2", model.StateDone)
	})
	t.Run("MailedNotesOff", func(t *testing.T) {
		off := false
		a := record(t, event(t, "2026-11-17", model.EventInterview, with("Lee Park")))
		a.MailedNotes = &off
		if _, ok := plan(a, model.Playbook{MailedNotes: true})["thank-you-note/lee-park"]; ok {
			t.Error("the record's mailed_notes: false should win over the site setting")
		}
	})
}

func TestCancelledByResponse(t *testing.T) {
	m := plan(record(t,
		event(t, "2026-11-09", model.EventCall),
		event(t, "2026-11-12", model.EventReply, func(e *model.Event) { e.From = "Dana Smith" })), model.Playbook{})
	wantState(t, m, "confirm-receipt", model.StateDone) // done before the reply
	for _, id := range []string{"check-confirmation", "status-check-1", "status-check-2", "move-on"} {
		wantState(t, m, id, model.StateCancelled)
	}

	t.Run("Confirmation", func(t *testing.T) {
		a := record(t)
		a.Confirmation = sitetest.Date(t, "2026-11-03")
		m := plan(a, model.Playbook{})
		wantState(t, m, "check-confirmation", model.StateCancelled)
		wantState(t, m, "confirm-receipt", model.StatePending)
	})
	t.Run("LadderButNotThankYous", func(t *testing.T) {
		m := plan(record(t,
			event(t, "2026-11-17", model.EventInterview, with("Lee Park"), decision(t, "2026-11-27")),
			event(t, "2026-11-20", model.EventReply)), model.Playbook{})
		for _, id := range []string{"decision-day/r1", "check-in/r1", "ask-network/r1", "email-hiring-manager/r1",
			"call-hiring-manager/r1", "move-on/r1"} {
			wantState(t, m, id, model.StateCancelled)
		}
		wantState(t, m, "thank-you/lee-park", model.StatePending)
	})
	t.Run("ScreenFollowUp", func(t *testing.T) {
		m := plan(record(t,
			event(t, "2026-11-10", model.EventPhoneScreen, with("Dana Smith")),
			event(t, "2026-11-12", model.EventPhoneScreen, with("Lee Park"))), model.Playbook{})
		wantState(t, m, "screen-follow-up", model.StateCancelled)
		wantState(t, m, "screen-follow-up/2", model.StatePending)
		if got, want := m["screen-follow-up/2"].Due.String(), "2026-11-13"; got != want {
			t.Errorf("screen-follow-up/2 due %s, want %s (Thu 11-12 + 1 day)", got, want)
		}
	})
}

func TestOfferAndEndings(t *testing.T) {
	interview := event(t, "2026-11-17", model.EventInterview, with("Lee Park"))
	t.Run("Offer", func(t *testing.T) {
		a := record(t, interview, event(t, "2026-11-20", model.EventOffer))
		m := plan(a, model.Playbook{})
		if len(m) != 9 { // five after applying, one thank-you, three ladder steps
			t.Errorf("offer: %d actions %v, want 9 (an offer adds none)", len(m), keys(m))
		}
		wantState(t, m, "follow-up-call/r1", model.StateCancelled)
		wantState(t, m, "thank-you/lee-park", model.StatePending)
	})
	t.Run("Declined", func(t *testing.T) {
		a := record(t, interview, event(t, "2026-11-20", model.EventOffer), event(t, "2026-11-21", model.EventDeclined))
		m := plan(a, model.Playbook{})
		// Declined on Saturday 11-21: the note is due Monday 11-23.
		wantDue(t, m, map[string]string{"decline-note": "2026-11-23"})
		wantState(t, m, "decline-note", model.StatePending)
		wantState(t, m, "thank-you/lee-park", model.StateCancelled)
	})
	for _, typ := range []string{model.EventAccepted, model.EventRejected, model.EventWithdrew, model.EventClosed} {
		t.Run(typ, func(t *testing.T) {
			m := plan(record(t, interview, event(t, "2026-11-18", typ)), model.Playbook{})
			for id, a := range m {
				if a.State != model.StateCancelled {
					t.Errorf("%s after %s: %s, want cancelled", id, typ, a.State)
				}
			}
		})
	}
	for _, status := range []string{model.StatusWithdrawn, model.StatusClosed} {
		t.Run("Status"+status, func(t *testing.T) {
			a := record(t, interview, event(t, "2026-11-17", model.EventThankYou))
			a.Status = status
			m := plan(a, model.Playbook{})
			wantState(t, m, "thank-you/lee-park", model.StateDone)
			wantState(t, m, "follow-up-call/r1", model.StateCancelled)
		})
	}
}

func TestGhosted(t *testing.T) {
	// Applied Thu 2026-10-01: the move-on after applying is Thu 10-29.
	ghosted := func(events ...model.Event) *model.Application {
		a := record(t, events...)
		a.Applied = sitetest.Date(t, "2026-10-01")
		a.Status = model.StatusGhosted
		return a
	}
	t.Run("Silent", func(t *testing.T) {
		a := ghosted(event(t, "2026-10-20", model.EventReply))
		if got := Status(a); got != model.StatusGhosted {
			t.Errorf("a reply before the move-on date: status %s, want ghosted", got)
		}
		for id, x := range plan(a, model.Playbook{}) {
			if x.State != model.StateCancelled {
				t.Errorf("%s: %s, want cancelled", id, x.State)
			}
		}
	})
	t.Run("Reopened", func(t *testing.T) {
		a := ghosted(event(t, "2026-10-30", model.EventReply), event(t, "2026-11-17", model.EventInterview, with("Lee Park")))
		if got := Status(a); got != model.StatusInterviewing {
			t.Errorf("a reply after the move-on date: status %s, want interviewing", got)
		}
		m := plan(a, model.Playbook{})
		wantState(t, m, "status-check-2", model.StateCancelled)
		wantState(t, m, "thank-you/lee-park", model.StatePending)
		wantState(t, m, "follow-up-call/r1", model.StatePending)
	})
}

func TestDeterminism(t *testing.T) {
	var apps []*model.Application
	for _, slug := range []string{"acme", "bolt", "cirrus", "dyna"} {
		a := record(t,
			event(t, "2026-11-17", model.EventInterview, with("Sam Ortiz", "Lee Park"), decision(t, "2026-11-27")),
			event(t, "2026-11-10", model.EventPhoneScreen, with("Dana Smith")))
		a.Slug = slug
		apps = append(apps, a)
	}
	want := Actions(apps, model.Playbook{})
	for i := range 10 {
		shuffled := slices.Clone(apps)
		rand.New(rand.NewPCG(uint64(i), 1)).Shuffle(len(shuffled), func(i, j int) {
			shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
		})
		got := Actions(shuffled, model.Playbook{})
		if len(got) != len(want) {
			t.Fatalf("%d actions, want %d", len(got), len(want))
		}
		for j := range got {
			if got[j].App.Slug != want[j].App.Slug || got[j].ID != want[j].ID || got[j].State != want[j].State {
				t.Fatalf("shuffle %d, action %d: %s %s, want %s %s", i, j, got[j].App.Slug, got[j].ID, want[j].App.Slug, want[j].ID)
			}
		}
	}
	// Sorted by due, then application, then id.
	if !slices.IsSortedFunc(want, func(x, y *model.Action) int {
		return cmp.Or(x.Due.Compare(y.Due), cmp.Compare(x.App.Slug, y.App.Slug), cmp.Compare(x.ID, y.ID))
	}) {
		t.Error("the actions are not sorted by due date, application and id")
	}
	if want[0].ID != "check-confirmation" || want[0].App.Slug != "acme" || want[1].App.Slug != "bolt" {
		t.Errorf("first actions %s/%s, %s/%s, want acme/check-confirmation then bolt", want[0].App.Slug, want[0].ID, want[1].App.Slug, want[1].ID)
	}
}

func TestSameDayOrder(t *testing.T) {
	// A reply on the day of a timed interview, with no time of its own,
	// comes after it (as the loader sorts), so it stops the ladder.
	interview := event(t, "2026-11-17", model.EventInterview, with("Lee Park"))
	interview.Start = time.Date(2026, 11, 17, 14, 0, 0, 0, time.UTC)
	m := plan(record(t, event(t, "2026-11-17", model.EventReply), interview), model.Playbook{})
	wantState(t, m, "follow-up-call/r1", model.StateCancelled)
}

// TestCalledOffInterviewIsNoRound: an interview on the 17th called off,
// then one on the 24th with the same interviewer. The second is round 1:
// its thank-you is "thank-you/lee-park" and its ladder "follow-up-call/r1"
// (interview + 7 days: 2026-12-01), both pending; the called-off interview
// starts nothing, and Round counts one round.
func TestCalledOffInterviewIsNoRound(t *testing.T) {
	off := event(t, "2026-11-17", model.EventInterview, with("Lee Park"), func(e *model.Event) { e.Cancelled = true })
	a := record(t, off, event(t, "2026-11-24", model.EventInterview, with("Lee Park")))
	m := plan(a, model.Playbook{})
	wantState(t, m, "thank-you/lee-park", model.StatePending)
	wantState(t, m, "follow-up-call/r1", model.StatePending)
	if got := m["follow-up-call/r1"].Due.String(); got != "2026-12-01" {
		t.Errorf("follow-up-call/r1 due %s, want 2026-12-01", got)
	}
	for id := range m {
		if strings.HasSuffix(id, "/r2") {
			t.Errorf("%s: the called-off interview counted as a round", id)
		}
	}
	if got := Round(a); got != 1 {
		t.Errorf("Round = %d, want 1", got)
	}
}
