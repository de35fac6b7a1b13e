package plan

import (
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

// wantDue checks the due dates of actions by id; "-" means no such action.
func wantDue(t *testing.T, m map[string]*model.Action, want map[string]string) {
	t.Helper()
	for id, due := range want {
		a, ok := m[id]
		switch {
		case due == "-" && ok:
			t.Errorf("%s: planned on %s, want no action", id, a.Due)
		case due == "-":
		case !ok:
			t.Errorf("%s: missing, want it on %s", id, due)
		case a.Due.String() != due:
			t.Errorf("%s: due %s, want %s", id, a.Due, due)
		}
	}
}

func TestWeekends(t *testing.T) {
	// Applied on Sunday 2026-11-08; interview on Saturday 2026-11-21 with a
	// decision expected on Saturday 2026-11-28.
	a := record(t, event(t, "2026-11-21", model.EventInterview, with("Lee Park"), decision(t, "2026-11-28")))
	a.Applied = sitetest.Date(t, "2026-11-08")
	t.Run("NextMonday", func(t *testing.T) {
		wantDue(t, plan(a, model.Playbook{Weekends: model.WeekendsNextMonday}), map[string]string{
			"check-confirmation": "2026-11-10", // Sun 11-08 + 2 business days (Mon, Tue) = Tue 11-10
			"status-check-1":     "2026-11-23", // Sun 11-08 + 14 days = Sun 11-22 → Mon 11-23
			"thank-you/lee-park": "2026-11-23", // Sat 11-21 → Mon 11-23
			"decision-day/r1":    "2026-11-30", // Sat 11-28 → Mon 11-30
			"check-in/r1":        "2026-12-03", // Mon 11-30 + 3 business days = Thu 12-03
		})
	})
	t.Run("Keep", func(t *testing.T) {
		wantDue(t, plan(a, model.Playbook{Weekends: model.WeekendsKeep}), map[string]string{
			"check-confirmation": "2026-11-10", // business days never end on a weekend
			"status-check-1":     "2026-11-22", // Sun 11-22 stays
			"thank-you/lee-park": "2026-11-21", // Sat 11-21 stays
			"decision-day/r1":    "2026-11-28", // Sat 11-28 stays
			"check-in/r1":        "2026-12-02", // Sat 11-28 + 3 business days (Mon, Tue, Wed) = Wed 12-02
		})
	})
	t.Run("DefaultIsNextMonday", func(t *testing.T) {
		wantDue(t, plan(a, model.Playbook{}), map[string]string{"status-check-1": "2026-11-23"})
	})
}

func TestOffsets(t *testing.T) {
	a := record(t, event(t, "2026-11-17", model.EventInterview, with("Lee Park"), decision(t, "2026-11-27")))
	pb := model.Playbook{Offsets: map[string]model.Offset{
		"confirm-receipt":    {N: 3, Business: true},
		"status-check-1":     {N: 10},
		"check-in":           {N: 1},
		"move-on-after-call": {N: 5, Business: true},
	}}
	wantDue(t, plan(a, pb), map[string]string{
		"confirm-receipt":         "2026-11-06", // Tue 11-03 + 3 business days = Fri 11-06
		"status-check-1":          "2026-11-13", // Tue 11-03 + 10 days = Fri 11-13
		"status-check-2":          "2026-11-24", // unchanged: Tue 11-03 + 21 days
		"check-in/r1":             "2026-11-30", // Fri 11-27 + 1 day = Sat 11-28 → Mon 11-30
		"ask-network/r1":          "2026-12-03", // counts from the moved check-in: Mon 11-30 + 3 bd = Thu 12-03
		"email-hiring-manager/r1": "2026-12-08", // Thu 12-03 + 3 bd (Fri, Mon, Tue) = Tue 12-08
		"call-hiring-manager/r1":  "2026-12-11", // Tue 12-08 + 3 bd = Fri 12-11
		"move-on/r1":              "2026-12-18", // Fri 12-11 + 5 bd = Fri 12-18
		"move-on":                 "2026-12-01", // the move-on after applying keeps its 28 days
	})
}

func TestDisabled(t *testing.T) {
	a := record(t, event(t, "2026-11-17", model.EventInterview, with("Lee Park"), decision(t, "2026-11-27")))
	pb := model.Playbook{Disabled: map[string]bool{"ask-network": true, "move-on": true, "thank-you": true}}
	// The ladder runs through the nominal date of ask-network (Mon 12-07).
	wantDue(t, plan(a, pb), map[string]string{
		"ask-network/r1":          "-",
		"move-on":                 "-",
		"thank-you/lee-park":      "-",
		"check-in/r1":             "2026-12-02",
		"email-hiring-manager/r1": "2026-12-10",
		"move-on/r1":              "2026-12-29", // only the move-on after applying is off
	})
}

func TestAbsentStep(t *testing.T) {
	// No recruiter: the check-in goes to the hiring manager, so there is no
	// email-hiring-manager step, and the call keeps its date.
	a := record(t, event(t, "2026-11-17", model.EventInterview, with("Lee Park"), decision(t, "2026-11-27")))
	a.Contacts = a.Contacts[1:]
	m := plan(a, model.Playbook{})
	wantDue(t, m, map[string]string{
		"check-in/r1":             "2026-12-02",
		"email-hiring-manager/r1": "-",
		"call-hiring-manager/r1":  "2026-12-15", // Thu 12-10 (the missing step) + 3 bd
	})
	if got, want := must(t, m, "check-in/r1").ToNames(), "Lee Park"; got != want {
		t.Errorf("check-in to %q, want %q", got, want)
	}
	if got, want := must(t, m, "confirm-receipt").ToNames(), "Lee Park"; got != want {
		t.Errorf("confirm-receipt to %q, want the hiring manager %q", got, want)
	}
}

func TestSecondRound(t *testing.T) {
	a := record(t,
		event(t, "2026-11-17", model.EventInterview, with("Lee Park"), decision(t, "2026-11-27")),
		event(t, "2026-12-01", model.EventInterview, with("Ana Ruiz", "Lee Park")))
	m := plan(a, model.Playbook{})
	wantDue(t, m, map[string]string{
		"thank-you/ana-ruiz/r2": "2026-12-01",
		"thank-you/lee-park/r2": "2026-12-01",
		"follow-up-call/r2":     "2026-12-08", // Tue 12-01 + 7 days
		"last-check/r2":         "2026-12-11", // Tue 12-08 + 3 bd = Fri 12-11
		"move-on/r2":            "2026-12-18", // Fri 12-11 + 7 days
		"check-in/r1":           "2026-12-02", // still planned, but the second interview cancelled it
	})
	wantState(t, m, "check-in/r1", model.StateCancelled)
	wantState(t, m, "decision-day/r1", model.StateCancelled)
	wantState(t, m, "thank-you/lee-park", model.StatePending)
	wantState(t, m, "follow-up-call/r2", model.StatePending)
	if got := Round(a); got != 2 {
		t.Errorf("Round = %d, want 2", got)
	}
}

func TestWalkIn(t *testing.T) {
	a := record(t)
	a.Channel = model.ChannelWalkIn
	got := ids(Actions([]*model.Application{a}, model.Playbook{}))
	if len(got) != 1 || got[0] != "move-on" {
		t.Errorf("walk-in actions %v, want [move-on]", got)
	}
}

func TestNoCalls(t *testing.T) {
	a := record(t)
	a.NoCalls = true
	if got := must(t, plan(a, model.Playbook{}), "confirm-receipt").Kind; got != model.KindEmail {
		t.Errorf("confirm-receipt with no_calls is a %s, want an email", got)
	}
}

func TestChannels(t *testing.T) {
	a := record(t)
	a.Channel = model.ChannelReferral
	a.Contacts = append(a.Contacts, model.Contact{Name: "Rae Kim", Role: model.RoleReferral})
	if got, want := must(t, plan(a, model.Playbook{}), "confirm-receipt").ToNames(), "Rae Kim"; got != want {
		t.Errorf("referral: confirm-receipt to %q, want %q", got, want)
	}
	a.Contacts = nil
	if got := must(t, plan(a, model.Playbook{}), "confirm-receipt").ToNames(); got != "" {
		t.Errorf("no contacts: confirm-receipt to %q, want the company in general", got)
	}
}

func TestWishlist(t *testing.T) {
	a := record(t)
	a.Status = model.StatusWishlist
	if got := Actions([]*model.Application{a}, model.Playbook{}); len(got) != 0 {
		t.Errorf("wishlist: %v, want no action", ids(got))
	}
}
