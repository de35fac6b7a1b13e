package render

import (
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/feed"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// meetingWindow is how many days, the build day first, the lists of what
// is coming show meetings for.
const meetingWindow = 7

// meetingView is an interview or phone screen on a list of what is coming.
type meetingView struct {
	Date    string   // YYYY-MM-DD
	When    string   // "Tue 8 Dec 2026, 14:00"
	Start   string   // a timed meeting's start, RFC 3339 in UTC, for the page script
	Title   string   // "Interview, round 2", "Phone screen"
	Company string   // the application's
	Role    string   // the application's
	With    string   // "Lee Park, Sam Ortiz"
	Topics  []string // "Lee Park: the fleet scheduler"
	AppURL  string   // the application's page, to prepare from
	Cal     *calView // "add to my calendar" links, for a meeting after the build day
}

// meetings returns the interviews and phone screens of the shown
// applications from the build day to the end of the week it starts, in
// time order; none when no build day was given.
func (b *build) meetings() []meetingView {
	today := b.site.Settings.Today
	if today.IsZero() {
		return nil
	}
	var out []meetingView
	for _, m := range plan.Meetings(b.appList(), today, today.AddDays(meetingWindow-1)) {
		e := m.Event
		v := meetingView{
			Date: e.Date.String(), When: dateText(e.Date), Title: plan.MeetingTitle(e),
			Company: m.App.Company, Role: m.App.Role, With: strings.Join(e.With, ", "), AppURL: b.appURL(m.App.Slug),
		}
		if e.Timed() {
			v.When += ", " + e.Start.Format("15:04")
			v.Start = e.Start.UTC().Format(time.RFC3339)
		}
		for _, name := range e.With {
			if t := e.Topics[name]; t != "" {
				v.Topics = append(v.Topics, name+": "+t)
			}
		}
		v.Cal = b.meetingCal(m.App, e)
		out = append(out, v)
	}
	return out
}

// meetingCal returns the "add to my calendar" links of a meeting of app
// that is scheduled, after the build day; nil for one that happened, or
// when no build day was given.
func (b *build) meetingCal(app *model.Application, e *model.Event) *calView {
	today := b.site.Settings.Today
	if today.IsZero() || !plan.Scheduled(e, today.End(b.site.Settings.Location)) {
		return nil
	}
	if iv, ok := feed.MeetingInvite(&b.site.Settings, app, e, b.baseURL); ok {
		return newCal(iv, "meeting.ics")
	}
	return nil
}
