package render

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/feed"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// inviteData finds the data of the one-event files a page offers.
var inviteData = regexp.MustCompile(`href="data:text/calendar;charset=utf-8;base64,([^"]*)"`)

// TestBrowserReadsInviteFiles: what Chromium reads from each "any
// calendar (.ics)" link of the dashboard and of the application's page is
// the invite's file, byte for byte: it percent-decodes the data: URL, then
// decodes its base64. The interview's topic holds "???" and "~~~", which
// base64 writes with "/" (0x3F is 111111) and "+" (0x7E ends in 111110),
// percent-encoded, wherever the three bytes fall among the file's.
func TestBrowserReadsInviteFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	var files Files
	base := pagesServer(t, &files)
	today := model.DateOf(time.Now().UTC())
	y, m, d := today.AddDays(1).Time().Date()
	app := &model.Application{
		Slug: "acme", Path: "content/applications/acme.yaml", Company: "Acme Robotics", Role: "Backend Engineer",
		Applied: today.AddDays(-3), Channel: model.ChannelJobBoard,
		Contacts: []model.Contact{{Name: "Zoë Müller", Role: model.RoleHiringManager}},
		Events: []model.Event{{Date: today.AddDays(1), Start: time.Date(y, m, d, 10, 0, 0, 0, time.UTC), Type: model.EventInterview,
			Round: 1, With: []string{"Zoë Müller"}, Topics: map[string]string{"Zoë Müller": "why??? and ~~~"}}},
	}
	site := &model.Site{
		Settings:     model.Settings{Title: "Hunt", BaseURL: base, Timezone: "UTC", Location: time.UTC, Today: today},
		Applications: []*model.Application{app},
	}
	actions := plan.Actions(site.Applications, site.Settings.Playbook)
	var err error
	if files, err = Site(site, actions, Options{BaseURL: base}); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, a := range actions {
		if iv, ok := feed.ActionInvite(&site.Settings, app, a, base); ok {
			want[string(iv.ICS())] = true
		}
	}
	iv, ok := feed.MeetingInvite(&site.Settings, app, &app.Events[0], base)
	if !ok || len(want) == 0 {
		t.Fatal("want an invite for the interview and for an action")
	}
	want[string(iv.ICS())] = true
	var data string
	for _, m := range inviteData.FindAllStringSubmatch(file(t, files, "applications/acme/index.html"), -1) {
		data += m[1]
	}
	if !strings.Contains(data, "%2B") || !strings.Contains(data, "%2F") {
		t.Fatal("no invite's base64 has a + and a /: the test does not try them")
	}

	ctx, cancel := context.WithTimeout(newBrowser(t, 1024, 768), 30*time.Second)
	defer cancel()
	read := `Promise.all(Array.from(document.querySelectorAll("a[download$='.ics']"), a => fetch(a.href).then(r => r.text())))`
	await := func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }
	for _, page := range []string{"", "applications/acme/"} {
		var got []string
		err := chromedp.Run(ctx, chromedp.Navigate(base+page), chromedp.WaitReady("footer"), chromedp.Evaluate(read, &got, await))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			t.Errorf("/%s offers no .ics file", page)
		}
		for _, ics := range got {
			if !want[ics] {
				t.Errorf("/%s: the browser read a file that is no invite's:\n%s", page, ics)
			}
		}
	}
}
