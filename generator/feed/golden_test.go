package feed

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// TestExactBytes compares a whole feed with testdata/application-interview.ics,
// written by hand from RFC 5545: CRLF endings, folding at 75 octets, the
// em dash kept whole, the comma of the date escaped. Outside git, the stamp
// is the start of 3 November (the record's only logged day) at UTC+14,
// 10:00 UTC on 2 November. The alarms: 18:00 CST the day before is 20 hours
// before 14:00 CST, and one hour before.
func TestExactBytes(t *testing.T) {
	chicago := zone(t, "America/Chicago")
	d, start := at(chicago, 2026, 11, 17, 14, 0)
	app := &model.Application{
		Slug: "acme", Company: "Acme Robotics", Role: "Backend Engineer", Applied: day(2026, 11, 3),
		Contacts: []model.Contact{{Name: "Lee Park", Role: model.RoleInterviewer, Title: "Engineering Manager"}},
		Events:   []model.Event{{Date: d, Start: start, Type: model.EventInterview, Round: 1, With: []string{"Lee Park"}}},
	}
	site := &model.Site{
		Settings: model.Settings{Title: "Jordan's job hunt", BaseURL: testBase, Location: chicago,
			Playbook: model.Playbook{Reminders: []model.Reminder{{Before: time.Hour}, {DayBefore: true, At: 18 * time.Hour}}}},
		Applications: []*model.Application{app},
	}
	want, err := os.ReadFile("testdata/application-interview.ics")
	if err != nil {
		t.Fatal(err)
	}
	if got := Application(site, app, nil, testBase); !bytes.Equal(got, want) {
		t.Errorf("feed differs from testdata/application-interview.ics:\n got %q\nwant %q", got, want)
	}
}
