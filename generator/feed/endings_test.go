package feed

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// fixtures returns every fixture the readers are tried on.
func fixtures(t testing.TB) []*fixture {
	return []*fixture{newFixture(t), newEndingsFixture(t)}
}

// newEndingsFixture is a hunt with an application that ended, a company
// name with a line break, a role with a right-to-left override and a title
// on two lines.
func newEndingsFixture(t testing.TB) *fixture {
	chicago := zone(t, "America/Chicago")
	f := &fixture{}
	d1, s1 := at(chicago, 2026, 11, 20, 9, 0)
	d2, s2 := at(chicago, 2026, 12, 2, 13, 0)
	f.acme = &model.Application{
		Slug: "initech", Company: "Initech\nLabs", Role: "Dev \u202eevil\u2069 ops", Applied: day(2026, 11, 2),
		Events: []model.Event{
			{Date: d1, Start: s1, Type: model.EventInterview, Round: 1, With: []string{"Ana"}},
			{Date: day(2026, 11, 25), Type: model.EventWithdrew},
			{Date: d2, Start: s2, Type: model.EventInterview, Round: 2, With: []string{"Ana"}},
			{Date: day(2026, 12, 3), Type: model.EventInterview, Round: 3},
		},
	}
	f.site = &model.Site{
		Settings: model.Settings{Title: "Hunt\r\n2026", BaseURL: testBase, Location: chicago,
			Playbook: model.Playbook{Reminders: []model.Reminder{{DayBefore: true, At: 18 * time.Hour}, {Before: time.Hour}}}},
		Applications: []*model.Application{f.acme},
	}
	return f
}

func TestEndedApplicationCancelsItsLaterInterviews(t *testing.T) {
	f := newEndingsFixture(t)
	events := byUID(t, decode(t, Application(f.site, f.acme, nil, testBase)))
	for _, tc := range []struct {
		key, status, transp string
		alarms              []string
	}{
		// 09:00 CST on 20 November, before the withdrawal: history as it was.
		// 18:00 the day before is 15 hours before; then one hour before.
		{"initech/meeting/r1/1", "", "OPAQUE", []string{"-PT15H", "-PT1H"}},
		{"initech/meeting/r2/1", "CANCELLED", "TRANSPARENT", nil},
		{"initech/meeting/r3/1", "CANCELLED", "TRANSPARENT", nil},
	} {
		ev, ok := events[wantUID(tc.key)]
		if !ok {
			t.Errorf("%s missing", tc.key)
			continue
		}
		var alarms []string
		for _, a := range ev.Children {
			alarms = append(alarms, prop(a, "TRIGGER"))
		}
		if got := [2]string{prop(ev.Component, "STATUS"), prop(ev.Component, "TRANSP")}; got != [2]string{tc.status, tc.transp} ||
			strings.Join(alarms, " ") != strings.Join(tc.alarms, " ") {
			t.Errorf("%s: STATUS %q, TRANSP %q, alarms %q; want %q, %q, %q", tc.key, got[0], got[1], alarms, tc.status, tc.transp, tc.alarms)
		}
	}
}

func TestOneLineFieldsAndBidiText(t *testing.T) {
	f := newEndingsFixture(t)
	feed := Application(f.site, f.acme, nil, testBase)
	cal := decode(t, feed)
	// The company's line break is a space; the role's override and the
	// stray closing isolate are held inside FSI ... PDI.
	wantName := "Initech Labs — \u2068Dev \u202eevil ops\u2069 (Hunt 2026)"
	if got := text(t, cal.Component, "X-WR-CALNAME"); got != wantName {
		t.Errorf("calendar name %q, want %q", got, wantName)
	}
	round1 := byUID(t, cal)[wantUID("initech/meeting/r1/1")].Component
	wantSummary := "Round 1 interview with Ana — \u2068Dev \u202eevil ops\u2069 at Initech Labs"
	if got := text(t, round1, "SUMMARY"); got != wantSummary {
		t.Errorf("SUMMARY %q, want %q", got, wantSummary)
	}
}

func TestIsolate(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                     "plain",
		"\u202eabc":                 "\u2068\u202eabc\u2069",
		"a\u2069\u202eb":            "\u2068a\u202eb\u2069",              // a stray PDI would end the isolate early
		"\u2067x":                   "\u2068\u2067x\u2069\u2069",         // an open isolate is closed first
		"\u2066x\u2069 \u200fy":     "\u2068\u2066x\u2069 \u200fy\u2069", // matched pairs stay
		"عربي without any controls": "عربي without any controls",
	} {
		if got := isolate(in); got != want {
			t.Errorf("isolate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGoICalEncodesEveryFeed re-encodes, with go-ical's strict encoder,
// every feed of the shipped example, of an empty site and of an
// application with nothing planned.
func TestGoICalEncodesEveryFeed(t *testing.T) {
	site, err := load.Site("../..")
	if err != nil {
		t.Fatal(err)
	}
	actions := plan.Actions(site.Applications, site.Settings.Playbook)
	feeds := map[string][]byte{"calendar.ics": Site(site, actions, site.Settings.BaseURL)}
	for _, app := range site.Applications {
		feeds["applications/"+app.Slug+"/calendar.ics"] = Application(site, app, actions, site.Settings.BaseURL)
	}
	wish := &model.Application{Slug: "wish", Company: "Wish", Role: "Dream job", Status: model.StatusWishlist}
	empty := &model.Site{Settings: model.Settings{Title: "Empty"}}
	feeds["empty site"] = Site(empty, nil, testBase)
	feeds["wishlist record"] = Application(&model.Site{Applications: []*model.Application{wish}}, wish, nil, testBase)
	for name, feed := range feeds {
		cal := decode(t, feed)
		if len(cal.Children) == 0 {
			t.Errorf("%s: a calendar with no component", name)
		}
		var buf bytes.Buffer
		if err := ical.NewEncoder(&buf).Encode(cal); err != nil {
			t.Errorf("%s: go-ical cannot encode it: %v", name, err)
		}
	}
	if len(feeds) < 4 {
		t.Errorf("only %d feeds", len(feeds))
	}
}

// TestWithdrawalBeforeAnInterview follows a record withdrawn on Tuesday 1
// December 2026 with an interview still set up for 10:00 on 8 December:
// the feed and the plan agree that it ended, the interview is cancelled
// and says why, and no follow-up of it is planned.
func TestWithdrawalBeforeAnInterview(t *testing.T) {
	chicago := zone(t, "America/Chicago")
	d, s := at(chicago, 2026, 12, 8, 10, 0)
	app := &model.Application{
		Slug: "lark", Company: "Lark", Role: "Engineer", Applied: day(2026, 11, 2),
		Events: []model.Event{
			{Date: d, Start: s, Type: model.EventInterview, Round: 1, With: []string{"Ann Bo"}},
			{Date: day(2026, 12, 1), Type: model.EventWithdrew},
		},
	}
	site := &model.Site{Settings: model.Settings{BaseURL: testBase, Location: chicago}, Applications: []*model.Application{app}}
	if got := plan.Status(app); got != model.StatusWithdrawn {
		t.Errorf("plan.Status = %s, want withdrawn", got)
	}
	actions := plan.Actions(site.Applications, site.Settings.Playbook)
	for _, a := range actions {
		if a.Pending() {
			t.Errorf("%s is pending after the withdrawal", a.ID)
		}
	}
	events := decode(t, Application(site, app, actions, testBase)).Events()
	if len(events) != 1 {
		t.Fatalf("%d events, want the interview alone", len(events))
	}
	ev := events[0].Component
	if prop(ev, "UID") != wantUID("lark/meeting/r1/1") || prop(ev, "STATUS") != "CANCELLED" || prop(ev, "TRANSP") != "TRANSPARENT" {
		t.Errorf("UID %s, STATUS %q, TRANSP %q; want the interview, CANCELLED, TRANSPARENT", prop(ev, "UID"), prop(ev, "STATUS"), prop(ev, "TRANSP"))
	}
	if desc := text(t, ev, "DESCRIPTION"); !strings.Contains(desc, "Cancelled: the application ended (withdrawn) before this day.") {
		t.Errorf("DESCRIPTION %q does not say it ended by the withdrawal", desc)
	}
}

// TestCalledOffMeeting carries an interview the record marks cancelled
// (its invitation's cancellation logged) as cancelled, free and without a
// reminder, and says it was called off: the application goes on.
func TestCalledOffMeeting(t *testing.T) {
	chicago := zone(t, "America/Chicago")
	d, s := at(chicago, 2026, 12, 8, 10, 0)
	app := &model.Application{
		Slug: "lark", Company: "Lark", Role: "Engineer", Applied: day(2026, 11, 2),
		Events: []model.Event{{Date: d, Start: s, Type: model.EventInterview, Round: 1, UID: "x1@lark.example", Cancelled: true}},
	}
	site := &model.Site{Settings: model.Settings{BaseURL: testBase, Location: chicago}, Applications: []*model.Application{app}}
	events := decode(t, Application(site, app, plan.Actions(site.Applications, site.Settings.Playbook), testBase)).Events()
	var ev *ical.Component
	for i := range events {
		if prop(events[i].Component, "UID") == wantUID("lark/meeting/r1/1") {
			ev = events[i].Component
		}
	}
	if ev == nil {
		t.Fatalf("no event of the interview among %d", len(events))
	}
	if prop(ev, "STATUS") != "CANCELLED" || prop(ev, "TRANSP") != "TRANSPARENT" || len(ev.Children) != 0 {
		t.Errorf("STATUS %q, TRANSP %q, %d alarms; want CANCELLED, TRANSPARENT and none", prop(ev, "STATUS"), prop(ev, "TRANSP"), len(ev.Children))
	}
	desc := text(t, ev, "DESCRIPTION")
	if !strings.Contains(desc, "Cancelled: the meeting was called off.") || strings.Contains(desc, "application ended") {
		t.Errorf("DESCRIPTION %q: want it called off, the application going on", desc)
	}
	if sum, want := text(t, ev, "SUMMARY"), "Cancelled: Round 1 interview — Engineer at Lark"; sum != want {
		t.Errorf("SUMMARY %q, want %q", sum, want)
	}
}
