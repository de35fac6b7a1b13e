package plan

import (
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

func TestStatus(t *testing.T) {
	ev := func(day, typ string) model.Event { return event(t, day, typ) }
	screen, interview := ev("2026-11-10", model.EventPhoneScreen), ev("2026-11-17", model.EventInterview)
	offer := ev("2026-11-25", model.EventOffer)
	tests := []struct {
		name   string
		status string // set in the record
		events []model.Event
		want   string
	}{
		{"Wishlist", model.StatusWishlist, nil, model.StatusWishlist},
		{"Applied", "", nil, model.StatusApplied},
		{"AppliedAfterAReply", "", []model.Event{ev("2026-11-12", model.EventReply)}, model.StatusApplied},
		{"Screening", "", []model.Event{screen}, model.StatusScreening},
		{"Interviewing", "", []model.Event{screen, interview}, model.StatusInterviewing},
		{"InterviewingAfterAnotherScreen", "", []model.Event{interview, ev("2026-11-20", model.EventPhoneScreen)}, model.StatusInterviewing},
		{"Offer", "", []model.Event{interview, offer}, model.StatusOffer},
		{"Accepted", "", []model.Event{offer, ev("2026-11-26", model.EventAccepted)}, model.StatusAccepted},
		{"Declined", "", []model.Event{offer, ev("2026-11-26", model.EventDeclined)}, model.StatusDeclined},
		{"Rejected", "", []model.Event{interview, ev("2026-11-26", model.EventRejected)}, model.StatusRejected},
		{"Withdrew", "", []model.Event{ev("2026-11-26", model.EventWithdrew)}, model.StatusWithdrawn},
		{"Closed", "", []model.Event{ev("2026-11-26", model.EventClosed)}, model.StatusClosed},
		{"WithdrawnInRecord", model.StatusWithdrawn, []model.Event{interview}, model.StatusWithdrawn},
		{"GhostedInRecord", model.StatusGhosted, []model.Event{screen}, model.StatusGhosted},
		// An ending holds against the meetings after it (set up before it,
		// they will not take place); an offer, or a reply after the
		// employer's own ending, reopens the record.
		{"InterviewAfterRejection", "", []model.Event{ev("2026-11-12", model.EventRejected), interview}, model.StatusRejected},
		{"InterviewAfterWithdrawal", "", []model.Event{screen, ev("2026-11-12", model.EventWithdrew), interview}, model.StatusWithdrawn},
		{"ScreenAfterClosing", "", []model.Event{ev("2026-11-09", model.EventClosed), screen}, model.StatusClosed},
		{"ReplyReopensRejection", "", []model.Event{ev("2026-11-12", model.EventRejected), ev("2026-11-14", model.EventReply), interview}, model.StatusInterviewing},
		{"ReplyAfterWithdrawal", "", []model.Event{ev("2026-11-12", model.EventWithdrew), ev("2026-11-14", model.EventReply), interview}, model.StatusWithdrawn},
		{"OfferAfterWithdrawal", "", []model.Event{ev("2026-11-12", model.EventWithdrew), interview, offer}, model.StatusOffer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := record(t, tt.events...)
			a.Status = tt.status
			if got := Status(a); got != tt.want {
				t.Errorf("Status = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestGhostedReopenedAfterInterview(t *testing.T) {
	// Interview Tue 11-17 with no decision date: the ladder's move-on is
	// Fri 12-04 (see TestRules). A reply on 12-03 leaves the record ghosted;
	// one on 12-07 reopens it.
	for _, tt := range []struct{ reply, want string }{
		{"2026-12-03", model.StatusGhosted},
		{"2026-12-07", model.StatusInterviewing},
	} {
		a := record(t, event(t, "2026-11-17", model.EventInterview, with("Lee Park")), event(t, tt.reply, model.EventReply))
		a.Status = model.StatusGhosted
		if got := Status(a); got != tt.want {
			t.Errorf("reply on %s: status %s, want %s", tt.reply, got, tt.want)
		}
	}
}

func TestEndCancelsLaterMeetings(t *testing.T) {
	// Withdrew on Tue 12-01 with an interview set up for Tue 12-08: the
	// interview is cancelled, and so is everything it would have started;
	// what was planned before stays cancelled by the withdrawal too.
	a := record(t,
		event(t, "2026-11-17", model.EventInterview, with("Lee Park")),
		event(t, "2026-12-01", model.EventWithdrew),
		event(t, "2026-12-08", model.EventInterview, with("Ann Bo")))
	end := End(a)
	if end.Status != model.StatusWithdrawn || end.Day != sitetest.Date(t, "2026-12-01") {
		t.Fatalf("End = %s on %s, want withdrawn on 2026-12-01", end.Status, end.Day)
	}
	if end.Cancels(&a.Events[0]) || !end.Cancels(&a.Events[2]) || end.Cancels(&a.Events[1]) {
		t.Errorf("Cancels = %v %v %v, want false false true",
			end.Cancels(&a.Events[0]), end.Cancels(&a.Events[1]), end.Cancels(&a.Events[2]))
	}
	if got := Status(a); got != model.StatusWithdrawn {
		t.Errorf("Status = %s, want withdrawn", got)
	}
	m := plan(a, model.Playbook{})
	for id, x := range m {
		if x.State != model.StateCancelled {
			t.Errorf("%s: %s, want cancelled", id, x.State)
		}
	}
	if x := must(t, m, "thank-you/ann-bo/r2"); x.CancelledBy != &a.Events[1] {
		t.Errorf("thank-you/ann-bo/r2 cancelled by %v, want the withdrawal", x.CancelledBy)
	}
}

func TestEndReopened(t *testing.T) {
	// Rejected on 11-12, then the employer writes back on 11-14 and sets
	// up an interview: the record goes on, and nothing has ended.
	a := record(t,
		event(t, "2026-11-12", model.EventRejected),
		event(t, "2026-11-14", model.EventReply),
		event(t, "2026-11-17", model.EventInterview, with("Lee Park")))
	if end := End(a); end.Ended() || end.Cancels(&a.Events[2]) {
		t.Errorf("End = %q, Cancels(interview) = %v; want not ended", end.Status, end.Cancels(&a.Events[2]))
	}
	wantState(t, plan(a, model.Playbook{}), "thank-you/lee-park", model.StatePending)
}
