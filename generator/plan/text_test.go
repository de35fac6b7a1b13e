package plan

import (
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

func TestSummary(t *testing.T) {
	decided := record(t,
		event(t, "2026-11-10", model.EventPhoneScreen, with("Dana Smith")),
		event(t, "2026-11-17", model.EventInterview, with("Lee Park"), decision(t, "2026-11-27")))
	noContacts := record(t)
	noContacts.Contacts = nil
	noContacts.NoCalls = true
	wished := record(t)
	wished.Applied, wished.Status, wished.ApplyBy = model.Date{}, model.StatusWishlist, sitetest.Date(t, "2026-11-30")
	tests := []struct {
		app  *model.Application
		id   string
		want string
	}{
		{decided, "confirm-receipt", "Call Dana Smith (recruiter) at Acme Robotics to confirm your application arrived"},
		{noContacts, "confirm-receipt", "Email Acme Robotics to confirm your application arrived"},
		{decided, "thank-you/lee-park", "Send Lee Park a thank-you email for the interview on 17 November"},
		{decided, "screen-follow-up", "Email Dana Smith (recruiter) at Acme Robotics a short note after the phone screen on 10 November"},
		{decided, "ask-network/r1", "Ask Kim Wu (network) what they can learn about the decision at Acme Robotics"},
		{decided, "email-hiring-manager/r1", "Email Lee Park (hiring manager) at Acme Robotics to ask about the decision on the Backend Engineer role"},
		{decided, "move-on/r1", "Decide whether to move on from Acme Robotics: no answer since the interview on 17 November"},
		{noContacts, "move-on", "Decide whether to move on from Acme Robotics: no answer since you applied on 3 November"},
		{wished, "apply-by", "Apply to Acme Robotics for the Backend Engineer role: the posting closes after 30 November"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if got := Summary(must(t, plan(tt.app, model.Playbook{}), tt.id)); got != tt.want {
				t.Errorf("Summary =\n%q, want\n%q", got, tt.want)
			}
		})
	}
}

func TestSummaryNamesEveryone(t *testing.T) {
	a := record(t, event(t, "2026-11-17", model.EventInterview, with("Lee Park"), decision(t, "2026-11-27")))
	a.Contacts = append(a.Contacts, model.Contact{Name: "Ana Ruiz", Role: model.RoleNetwork}, model.Contact{Name: "Bo Chen", Role: model.RoleNetwork})
	want := "Ask Kim Wu (network), Ana Ruiz (network) and Bo Chen (network) what they can learn about the decision at Acme Robotics"
	if got := Summary(must(t, plan(a, model.Playbook{}), "ask-network/r1")); got != want {
		t.Errorf("Summary =\n%q, want\n%q", got, want)
	}
}

func TestExplain(t *testing.T) {
	a := record(t, event(t, "2026-11-10", model.EventPhoneScreen), event(t, "2026-11-17", model.EventInterview,
		with("Lee Park"), decision(t, "2026-11-27")), event(t, "2026-11-18", model.EventInterview, with("Lee Park")),
		event(t, "2026-12-01", model.EventDeclined))
	mailed := true
	a.MailedNotes = &mailed
	wish := record(t)
	wish.Applied, wish.Status, wish.ApplyBy = model.Date{}, model.StatusWishlist, sitetest.Date(t, "2026-11-30")
	seen := map[string]bool{}
	for _, x := range Actions([]*model.Application{a, wish}, model.Playbook{}) {
		seen[x.Rule] = true
		if e := Explain(x); e == "" || !strings.HasSuffix(e, ".") {
			t.Errorf("%s: Explain = %q, want a sentence", x.ID, e)
		}
	}
	if len(seen) != len(Rules) {
		t.Errorf("the record exercised %d rules of %d", len(seen), len(Rules))
	}
	a.NoCalls = true
	if got := Explain(must(t, plan(a, model.Playbook{}), "confirm-receipt")); !strings.Contains(got, "no phone calls") {
		t.Errorf("confirm-receipt by email: Explain = %q, want the reason it is an email", got)
	}
}
