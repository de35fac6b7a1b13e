package render

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// meetingSite is a hunt built today (UTC) with an interview tomorrow at
// 10:00 UTC.
func meetingSite(t *testing.T, baseURL string) (Files, model.Date) {
	now := time.Now().UTC()
	today := model.DateOf(now)
	tomorrow := today.AddDays(1)
	y, m, d := tomorrow.Time().Date()
	app := &model.Application{
		Slug: "acme", Path: "content/applications/acme.yaml", Company: "Acme Robotics", Role: "Backend Engineer",
		Applied: today.AddDays(-10), Channel: model.ChannelJobBoard,
		Contacts: []model.Contact{{Name: "Lee Park", Role: model.RoleHiringManager}},
		Events: []model.Event{{Date: tomorrow, Start: time.Date(y, m, d, 10, 0, 0, 0, time.UTC), Type: model.EventInterview,
			Round: 1, With: []string{"Lee Park"}, Topics: map[string]string{"Lee Park": "the fleet scheduler"}}},
	}
	site := &model.Site{
		Settings:     model.Settings{Title: "Hunt", BaseURL: baseURL, Timezone: "UTC", Location: time.UTC, Today: today},
		Applications: []*model.Application{app},
	}
	files, err := Site(site, plan.Actions(site.Applications, site.Settings.Playbook), Options{BaseURL: baseURL})
	if err != nil {
		t.Fatal(err)
	}
	return files, tomorrow
}

// shiftClock returns an action that makes the page's clock run days ahead
// of the real one, from the next page loaded on.
func shiftClock(days int) chromedp.Action {
	src := `(function () {
  var D = Date, off = ` + strconv.Itoa(days) + ` * 86400000;
  function F() { return arguments.length ? new (Function.prototype.bind.apply(D, [null].concat([].slice.call(arguments))))() : new D(D.now() + off); }
  F.prototype = D.prototype; F.now = function () { return D.now() + off; }; F.UTC = D.UTC; F.parse = D.parse;
  Date = F;
})();`
	return chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := cdppage.AddScriptToEvaluateOnNewDocument(src).Do(ctx)
		return err
	})
}

// TestBrowserMeetingScheduledThenHappened: the timeline calls tomorrow's
// interview scheduled, and the dashboard and the call sheet list it with
// its day, time, people and where to prepare; once the reader's clock has
// passed it, the same page says it happened.
func TestBrowserMeetingScheduledThenHappened(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	var files Files
	base := pagesServer(t, &files)
	files, tomorrow := meetingSite(t, base)
	ctx, cancel := context.WithTimeout(newBrowser(t, 1024, 768), 30*time.Second)
	defer cancel()
	state := `document.querySelector("li[data-meeting] [data-meeting-state]").textContent`
	var onTimeline, dashboard, calls string
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"timeline/"),
		chromedp.WaitReady("footer"),
		chromedp.Evaluate(state, &onTimeline),
		chromedp.Navigate(base),
		chromedp.WaitReady("footer"),
		chromedp.Text("ul.meetings", &dashboard),
		chromedp.Navigate(base+"calls/"),
		chromedp.WaitReady("footer"),
		chromedp.Text("ul.meetings", &calls),
	)
	if err != nil {
		t.Fatal(err)
	}
	if onTimeline != "scheduled" {
		t.Errorf("timeline: tomorrow's interview is %q, want scheduled", onTimeline)
	}
	when := tomorrow.Format("Mon 2 Jan 2006") + ", 10:00"
	for page, text := range map[string]string{"dashboard": dashboard, "call sheet": calls} {
		for _, want := range []string{when, "scheduled", "Interview", "Acme Robotics", "with Lee Park", "Lee Park: the fleet scheduler", "the application"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: meetings %q lack %q", page, text, want)
			}
		}
	}
	var later string
	err = chromedp.Run(ctx,
		shiftClock(2),
		chromedp.Navigate(base+"timeline/"),
		chromedp.WaitReady("footer"),
		chromedp.Evaluate(state, &later),
	)
	if err != nil {
		t.Fatal(err)
	}
	if later != "happened" {
		t.Errorf("timeline two days on: the interview is %q, want happened", later)
	}
}
