package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/followup-dev/followup/generator/internal/tz"
	"github.com/followup-dev/followup/generator/model"
)

const testBase = "https://jordan.github.io/job-hunt/"

// zone loads a time zone from the rules the program embeds, or stops the test.
func zone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := tz.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// day returns a model.Date.
func day(y int, m time.Month, d int) model.Date { return model.NewDate(y, m, d) }

// at returns an event moment in loc, with its day.
func at(loc *time.Location, y int, m time.Month, d, hh, mm int) (model.Date, time.Time) {
	return day(y, m, d), time.Date(y, m, d, hh, mm, 0, 0, loc)
}

// fixture is a small hunt whose records hold every character a feed must
// carry: commas, semicolons, backslashes, quotes, line breaks, accents,
// CJK and emoji.
type fixture struct {
	site    *model.Site
	acme    *model.Application
	globex  *model.Application
	secret  *model.Application // private: not in site, but its actions are passed
	actions []*model.Action
}

func newFixture(t testing.TB) *fixture {
	chicago := zone(t, "America/Chicago")
	f := &fixture{}
	f.acme = &model.Application{
		Slug: "acme", ID: "7f3c2a",
		Company: `Acme, Inc.; "Robotics" \ Labs`, Role: "Backend Engineer — Café 🚀",
		Applied: day(2026, 11, 3), Confirmation: day(2026, 11, 3), Channel: model.ChannelJobBoard,
		Contacts: []model.Contact{
			{Name: "Dana Smith", Role: model.RoleRecruiter, Email: "dana@acme.example", Phone: "+1 555 0100"},
			{Name: "Lee Park", Role: model.RoleInterviewer, Title: "Engineering Manager, Fleet"},
			{Name: "Sam O'Brien", Role: model.RoleInterviewer},
		},
	}
	i1Day, i1 := at(chicago, 2026, 11, 17, 14, 0)
	i2Day, i2 := at(chicago, 2026, 12, 15, 10, 30)
	f.acme.Events = []model.Event{
		{Date: day(2026, 11, 10), Type: model.EventPhoneScreen, With: []string{"Dana Smith"}},
		{Date: i1Day, Start: i1, Type: model.EventInterview, Round: 1, With: []string{"Lee Park", "Sam O'Brien"},
			Topics: map[string]string{
				"Lee Park":    "the fleet scheduler; its 99.9% SLO, \"hard\" limits",
				"Sam O'Brien": "on-call culture\nand rotations \\ pager",
			},
			NextStep: "decision by the 27th, maybe", DecisionExpected: day(2026, 11, 27)},
		{Date: day(2026, 11, 17), Type: model.EventThankYou, To: []string{"Lee Park"}},
		{Date: day(2026, 12, 8), Type: model.EventReply, From: "Dana Smith", Note: "second round next week"},
		{Date: i2Day, Start: i2, Type: model.EventInterview, Round: 2, With: []string{"Lee Park"},
			Note: "Bring laptop\\charger; 2nd floor, room \"Ada\"\r\nAsk for Zoë at 東京 desk 🎉"},
	}
	screenDay, screen := at(chicago, 2026, 11, 20, 9, 0)
	f.globex = &model.Application{
		Slug: "globex", Company: "Globex 東京", Role: "SRE, Platform", Applied: day(2026, 11, 5),
		Contacts: []model.Contact{{Name: "Kim Lee", Role: model.RoleHR, Email: "kim@globex.example"}},
		Events:   []model.Event{{Date: screenDay, Start: screen, Type: model.EventPhoneScreen, With: []string{"Kim Lee"}}},
	}
	f.secret = &model.Application{Slug: "secret", Company: "Hidden Corp", Role: "CTO", Applied: day(2026, 11, 4), Private: true}
	f.site = &model.Site{
		Settings: model.Settings{
			Title: `Jordan's hunt, "2026"; take 2 \o/`, BaseURL: testBase,
			Timezone: "America/Chicago", Location: chicago,
			Playbook: model.Playbook{Reminders: []model.Reminder{{DayBefore: true, At: 18 * time.Hour}, {Before: time.Hour}}},
		},
		Applications: []*model.Application{f.acme, f.globex},
	}
	act := func(app *model.Application, id string, kind model.Kind, due model.Date, state model.State) *model.Action {
		a := &model.Action{App: app, ID: id, Rule: strings.Split(id, "/")[0], Kind: kind, Due: due, State: state}
		f.actions = append(f.actions, a)
		return a
	}
	act(f.acme, "confirm-receipt", model.KindCall, day(2026, 11, 10), model.StatePending).To = f.acme.Contacts[:1]
	thanks := act(f.acme, "thank-you/lee-park", model.KindEmail, day(2026, 11, 17), model.StatePending)
	thanks.Person, thanks.Round, thanks.Interview = "Lee Park", 1, &f.acme.Events[1]
	act(f.acme, "thank-you/sam-o-brien", model.KindEmail, day(2026, 11, 17), model.StateDone)
	act(f.acme, "decision-day", model.KindMilestone, day(2026, 11, 27), model.StatePending)
	act(f.acme, "move-on", model.KindDecision, day(2026, 12, 1), model.StateCancelled)
	act(f.acme, "check-in", model.KindEmail, day(2026, 12, 2), model.StateSkipped)
	act(f.globex, "status-check-1", model.KindEmail, day(2026, 11, 19), model.StatePending)
	act(f.globex, "move-on", model.KindDecision, day(2026, 12, 31), model.StatePending)
	act(f.secret, "confirm-receipt", model.KindCall, day(2026, 11, 11), model.StatePending)
	return f
}

// feeds returns every feed of the fixture by its output path.
func (f *fixture) feeds() map[string][]byte {
	out := map[string][]byte{"calendar.ics": Site(f.site, f.actions, testBase)}
	for _, app := range f.site.Applications {
		out["applications/"+app.Slug+"/calendar.ics"] = Application(f.site, app, f.actions, testBase)
	}
	return out
}

// calendars returns the events every feed of the fixture is meant to hold.
func (f *fixture) calendars() map[string]*calendar {
	out := map[string]*calendar{"calendar.ics": siteCalendar(f.site, f.actions, testBase)}
	for _, app := range f.site.Applications {
		out["applications/"+app.Slug+"/calendar.ics"] = appCalendar(f.site, app, f.actions, testBase)
	}
	return out
}

// wantUID is the UID the spec asks for: 32 hex digits of the SHA-256 of
// key, "@" the site's host.
func wantUID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])[:32] + "@jordan.github.io"
}

// decode parses a feed with go-ical, an independent decoder.
func decode(t testing.TB, feed []byte) *ical.Calendar {
	t.Helper()
	cal, err := ical.NewDecoder(bytes.NewReader(feed)).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot decode the feed: %v\n%s", err, feed)
	}
	return cal
}

// byUID returns the events of cal by UID.
func byUID(t testing.TB, cal *ical.Calendar) map[string]ical.Event {
	t.Helper()
	out := map[string]ical.Event{}
	for _, ev := range cal.Events() {
		uid := ev.Props.Get(ical.PropUID).Value
		if _, dup := out[uid]; dup {
			t.Errorf("UID %s appears twice", uid)
		}
		out[uid] = ev
	}
	return out
}

// prop returns the raw value of a property of c, or "" when absent.
func prop(c *ical.Component, name string) string {
	if p := c.Props.Get(name); p != nil {
		return p.Value
	}
	return ""
}

// text returns the decoded TEXT value of a property of c.
func text(t testing.TB, c *ical.Component, name string) string {
	t.Helper()
	p := c.Props.Get(name)
	if p == nil {
		t.Fatalf("%s missing", name)
	}
	s, err := p.Text()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

// calendar is one feed before it is written: what the tests expect of it.
type calendar struct {
	name   string
	events []event
}

// siteCalendar returns the events of the site's feed, before encoding.
func siteCalendar(site *model.Site, actions []*model.Action, baseURL string) *calendar {
	var events []event
	for _, app := range site.Applications {
		events = append(events, stampedEvents(&site.Settings, app, actions, baseURL)...)
	}
	sortEvents(events)
	return &calendar{name: siteName(site), events: events}
}

// appCalendar returns the events of the feed of app, before encoding.
func appCalendar(site *model.Site, app *model.Application, actions []*model.Action, baseURL string) *calendar {
	return &calendar{name: appName(site, app), events: stampedEvents(&site.Settings, app, actions, baseURL)}
}
