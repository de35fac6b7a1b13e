package render

import (
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// eventState finds the state the timeline and the history give an event:
// in the first paragraph of an event's item.
var eventState = regexp.MustCompile(`<li class="event"[^>]*>\s*<p class="when">[^\n]*?<span class="state state-(\w+)"( data-meeting-state)?>(\w+)</span>`)

// TestCalledOffMeetingState: built on Mon 7 Dec 2026, a hunt has an
// interview on Thu 3 Dec that took place, one on Fri 4 Dec called off
// (cancelled: true) and one on Wed 9 Dec still to come. The timeline and
// the application's history say "happened", "cancelled" and "scheduled",
// the cancelled one without the mark the page script rewrites from the
// viewer's clock; no page offers to add the called-off one to a calendar.
func TestCalledOffMeetingState(t *testing.T) {
	chicago, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	today := model.NewDate(2026, time.December, 7)
	at := func(day int) (model.Date, time.Time) {
		s := time.Date(2026, 12, day, 10, 0, 0, 0, chicago)
		return model.DateOf(s), s
	}
	d3, s3 := at(3)
	d4, s4 := at(4)
	d9, s9 := at(9)
	app := &model.Application{
		Slug: "acme", Path: "content/applications/acme.yaml", Company: "Acme Robotics", Role: "Backend Engineer",
		Applied: model.NewDate(2026, time.November, 16),
		Events: []model.Event{
			{Date: d3, Start: s3, Type: model.EventInterview, Round: 1},
			{Date: d4, Start: s4, Type: model.EventInterview, Round: 2, Cancelled: true},
			{Date: d9, Start: s9, Type: model.EventInterview, Round: 2},
		},
	}
	site := &model.Site{
		Settings:     model.Settings{Title: "Hunt", BaseURL: subBase, Timezone: "America/Chicago", Location: chicago, Today: today},
		Applications: []*model.Application{app},
	}
	files, err := Site(site, plan.Actions(site.Applications, site.Settings.Playbook), Options{BaseURL: subBase})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"timeline/index.html", "applications/acme/index.html"} {
		var got []string
		for _, m := range eventState.FindAllStringSubmatch(file(t, files, p), -1) {
			got = append(got, m[1]+m[2]+" "+m[3])
		}
		want := []string{"event data-meeting-state happened", "cancelled cancelled", "scheduled data-meeting-state scheduled"}
		if !slices.Equal(got, want) {
			t.Errorf("%s: states %q, want %q", p, got, want)
		}
	}
	const calledOff = "20261204T160000Z/20261204T170000Z" // 10:00 CST is 16:00 UTC, for an hour
	for _, p := range []string{"index.html", "calls/index.html", "applications/acme/index.html"} {
		if slices.Contains(googleDates(t, file(t, files, p)), calledOff) {
			t.Errorf("%s offers to add the called-off interview to a calendar", p)
		}
	}
}
