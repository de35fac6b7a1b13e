package plan

import (
	"testing"

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
		{"InterviewAfterRejection", "", []model.Event{ev("2026-11-12", model.EventRejected), interview}, model.StatusInterviewing},
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
