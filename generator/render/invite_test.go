package render

import (
	"html"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// googleLink finds the hrefs of Google Calendar's new-event page.
var googleLink = regexp.MustCompile(`href="(https://calendar\.google\.com/calendar/render\?[^"]*)"`)

// googleDates returns the dates parameter of every Google Calendar
// new-event link on a page.
func googleDates(t *testing.T, page string) []string {
	t.Helper()
	var out []string
	for _, m := range googleLink.FindAllStringSubmatch(page, -1) {
		u, err := url.Parse(html.UnescapeString(m[1]))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, u.Query().Get("dates"))
	}
	return out
}

// TestMeetingInviteLinks: built on Mon 7 Dec 2026 in Chicago, a hunt has
// an interview that morning at 09:00 and one on Wed 9 Dec at 14:00. In
// December Chicago keeps CST, UTC-6, and an interview lasts an hour, so
// the second is 20:00 to 21:00 UTC: Google's dates are
// 20261209T200000Z/20261209T210000Z. The dashboard, the call sheet and the
// application's page offer it; the first, on the build day, happened, and
// no page offers it (it would be 20261207T150000Z/20261207T160000Z).
func TestMeetingInviteLinks(t *testing.T) {
	chicago, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	today := model.NewDate(2026, time.December, 7)
	app := &model.Application{
		Slug: "acme", Path: "content/applications/acme.yaml", Company: "Acme Robotics", Role: "Backend Engineer",
		Applied: model.NewDate(2026, time.November, 16), Channel: model.ChannelJobBoard,
		Contacts: []model.Contact{{Name: "Lee Park", Role: model.RoleHiringManager}},
		Events: []model.Event{
			{Date: today, Start: time.Date(2026, 12, 7, 9, 0, 0, 0, chicago), Type: model.EventInterview, Round: 1, With: []string{"Lee Park"}},
			{Date: today.AddDays(2), Start: time.Date(2026, 12, 9, 14, 0, 0, 0, chicago), Type: model.EventInterview, Round: 2, With: []string{"Lee Park"}},
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
	const scheduled, past = "20261209T200000Z/20261209T210000Z", "20261207T150000Z"
	for _, p := range []string{"index.html", "calls/index.html", "applications/acme/index.html"} {
		if dates := googleDates(t, file(t, files, p)); !slices.Contains(dates, scheduled) {
			t.Errorf("%s: no Google link for Wednesday's interview; dates of its links: %v", p, dates)
		}
	}
	for _, p := range []string{"index.html", "calls/index.html"} {
		if s := file(t, files, p); !strings.Contains(s, `<li class="meeting"`) || strings.Count(s, `download="meeting.ics"`) != 1 {
			t.Errorf("%s: want the two meetings listed and one of them with its file", p)
		}
	}
	for p, data := range files {
		if strings.HasSuffix(p, ".html") && strings.Contains(string(data), past) {
			t.Errorf("%s offers to add Monday's interview, which happened", p)
		}
	}
}
