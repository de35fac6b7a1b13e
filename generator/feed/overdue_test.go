package feed

import (
	"strconv"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// overdueSite is an application sent on Monday 2 November 2026 with no
// answer, built on Monday 16 November. By PLAYBOOK.md §1: check-confirmation
// is due Wed 4 Nov (2 business days), confirm-receipt Mon 9 Nov (5
// business days: Tue 3 … Mon 9), status-check-1 Mon 16 Nov (14 days),
// status-check-2 Mon 23 Nov (21 days) and move-on Mon 30 Nov (28 days).
func overdueSite(overdue string) *model.Site {
	app := &model.Application{
		Slug: "acme", Company: "Acme", Role: "Dev", Applied: day(2026, 11, 2), Channel: model.ChannelJobBoard,
		Contacts: []model.Contact{{Name: "Dana Smith", Role: model.RoleRecruiter}},
	}
	return &model.Site{
		Settings: model.Settings{Title: "Hunt", Location: time.UTC, Today: day(2026, 11, 16),
			Feed: model.Feed{Overdue: overdue}, Playbook: model.Playbook{Weekends: model.WeekendsNextMonday}},
		Applications: []*model.Application{app},
	}
}

// feedEvents returns the events of a feed by summary's action: UID → event.
func feedEvents(t *testing.T, site *model.Site) map[string]*ical.Event {
	t.Helper()
	feed := Site(site, plan.Actions(site.Applications, site.Settings.Playbook), testBase)
	out := map[string]*ical.Event{}
	for _, ev := range decode(t, feed).Events() {
		uid, _ := ev.Props.Text(ical.PropUID)
		out[uid] = &ev
	}
	return out
}

func evProp(t *testing.T, ev *ical.Event, name string) string {
	t.Helper()
	p := ev.Props.Get(name)
	if p == nil {
		t.Fatalf("no %s", name)
	}
	return p.Value
}

// TestOverdueComesToToday: on the build day, what is overdue is written on
// that day, says since when, and has its SEQUENCE raised by the days it
// moved; with feed: {overdue: keep} it stays where it was due.
func TestOverdueComesToToday(t *testing.T) {
	kept, moved := feedEvents(t, overdueSite(model.OverdueKeep)), feedEvents(t, overdueSite(model.OverdueToday))
	links := newLinks(testBase)
	cases := []struct {
		action, due, summary string
		days                 int // how far it moved
		since                string
	}{
		{"check-confirmation", "20261104", "Check that your application to Acme went through: inbox, spam folder, applicant portal", 12, "Overdue since Wed 4 Nov: "},
		{"confirm-receipt", "20261109", "Call Dana Smith (recruiter) at Acme to confirm your application arrived", 7, "Overdue since Mon 9 Nov: "},
		{"status-check-1", "20261116", "Email Dana Smith (recruiter) at Acme a short status check on your Dev application", 0, ""},
		{"status-check-2", "20261123", "Email Dana Smith (recruiter) at Acme a last status check on your Dev application", 0, ""},
	}
	if len(kept) != 5 || len(moved) != 5 {
		t.Fatalf("%d and %d events, want 5 (four check-ins and move-on)", len(kept), len(moved))
	}
	for _, tc := range cases {
		uid := links.uid("acme/" + tc.action)
		k, m := kept[uid], moved[uid]
		if k == nil || m == nil {
			t.Fatalf("%s: no event of UID %s in both feeds", tc.action, uid)
		}
		if got := evProp(t, k, ical.PropDateTimeStart); got != tc.due {
			t.Errorf("%s kept: DTSTART %s, want %s", tc.action, got, tc.due)
		}
		if got, _ := k.Props.Text(ical.PropSummary); got != tc.summary {
			t.Errorf("%s kept: SUMMARY %q, want %q", tc.action, got, tc.summary)
		}
		wantDay := tc.due
		if tc.days > 0 {
			wantDay = "20261116"
		}
		if got := evProp(t, m, ical.PropDateTimeStart); got != wantDay {
			t.Errorf("%s: DTSTART %s, want %s", tc.action, got, wantDay)
		}
		if got, _ := m.Props.Text(ical.PropSummary); got != tc.since+tc.summary {
			want := tc.since + tc.summary
			t.Errorf("%s: SUMMARY %q, want %q", tc.action, got, want)
		}
		ks, _ := strconv.Atoi(evProp(t, k, ical.PropSequence))
		ms, _ := strconv.Atoi(evProp(t, m, ical.PropSequence))
		if ms-ks != tc.days {
			t.Errorf("%s: SEQUENCE %d, kept %d: raised by %d, want %d", tc.action, ms, ks, ms-ks, tc.days)
		}
		if evProp(t, k, ical.PropDateTimeStamp) != evProp(t, m, ical.PropDateTimeStamp) {
			t.Errorf("%s: DTSTAMP changed with the build day", tc.action)
		}
	}
}
