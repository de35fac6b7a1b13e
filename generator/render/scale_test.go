package render

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// bigSite returns a hunt of n applications written by hand: application i
// applied on day i from 5 Jan 2026, its confirmation the next day, a done
// check two days in, a status email due after 14 days and a decision after
// 28, both pending. That is four timeline entries an application.
func bigSite(t testing.TB, n int) (*model.Site, []*model.Action) {
	t.Helper()
	site, _ := fixture(t)
	site.Applications = nil
	var actions []*model.Action
	start := day("2026-01-05")
	for i := range n {
		applied := start.AddDays(i)
		app := &model.Application{
			Slug: fmt.Sprintf("app-%03d", i), Path: fmt.Sprintf("content/applications/app-%03d.yaml", i),
			Company: fmt.Sprintf("Company %03d", i), Role: "Engineer", Applied: applied, Channel: model.ChannelJobBoard,
			Events: []model.Event{{Date: applied.AddDays(1), Type: model.EventConfirmation}},
		}
		site.Applications = append(site.Applications, app)
		actions = append(actions,
			&model.Action{App: app, ID: "check-confirmation", Rule: "check-confirmation", Kind: model.KindTask,
				Due: applied.AddDays(2), State: model.StateDone, Source: "E", DoneBy: &app.Events[0]},
			&model.Action{App: app, ID: "status-check-1", Rule: "status-check-1", Kind: model.KindEmail,
				Due: applied.AddDays(14), State: model.StatePending, Source: "E"},
			&model.Action{App: app, ID: "move-on", Rule: "move-on", Kind: model.KindDecision,
				Due: applied.AddDays(28), State: model.StatePending, Source: "A,C"})
	}
	return site, actions
}

var (
	monthLinkRE = regexp.MustCompile(`<li><a href="/job-hunt/timeline/(\d{4}-\d{2})/">[^<]*</a> <span class="count">\(([\d,]+) entr(?:y|ies)\)</span></li>`)
	agendaRE    = regexp.MustCompile(`(?s)<ol class="actions" data-window="7">(.*?)</ol>`)
)

func TestBigTimelineSplitsByMonth(t *testing.T) {
	const n = 300 // 1,200 entries: above the 1,000 of one page
	site, actions := bigSite(t, n)
	files, err := Site(site, actions, Options{BaseURL: subBase})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{} // entries by month, from the dates above
	for _, a := range site.Applications {
		want[a.Events[0].Date.Format("2006-01")]++
	}
	for _, a := range actions {
		want[a.Due.Format("2006-01")]++
	}
	index := file(t, files, "timeline/index.html")
	links := monthLinkRE.FindAllStringSubmatch(index, -1)
	if len(links) != len(want) {
		t.Fatalf("timeline index lists %d months, want %d", len(links), len(want))
	}
	for i, m := range links {
		if i > 0 && m[1] >= links[i-1][1] {
			t.Errorf("timeline index: %s after %s, want the newest month first", m[1], links[i-1][1])
		}
		if got := strings.ReplaceAll(m[2], ",", ""); got != fmt.Sprint(want[m[1]]) {
			t.Errorf("timeline index: %s has %s entries, want %d", m[1], m[2], want[m[1]])
		}
		page := file(t, files, "timeline/"+m[1]+"/index.html")
		if got := strings.Count(page, `<li class="event">`) + strings.Count(page, `<li class="action `); got != want[m[1]] {
			t.Errorf("timeline/%s/: %d entries, want %d", m[1], got, want[m[1]])
		}
	}
	if strings.Contains(index, `<li class="action `) {
		t.Error("the index of a long timeline lists entries, not months")
	}
	wantText(t, files, "timeline/2026-03/index.html", "March 2026", "February 2026", "April 2026", "Company 060")
	for _, b := range brokenLinks(files, subBase) {
		t.Errorf("broken link %s", b)
	}
}

func TestShortTimelineIsOnePage(t *testing.T) {
	site, actions := bigSite(t, 250) // 1,000 entries: one page
	files, err := Site(site, actions, Options{BaseURL: subBase})
	if err != nil {
		t.Fatal(err)
	}
	page := file(t, files, "timeline/index.html")
	if got := strings.Count(page, `<li class="event">`) + strings.Count(page, `<li class="action `); got != 1000 {
		t.Errorf("timeline/index.html: %d entries, want all 1000", got)
	}
	for name := range files {
		if strings.HasPrefix(name, "timeline/") && name != "timeline/index.html" {
			t.Errorf("a short timeline has a page %s", name)
		}
	}
	for _, b := range brokenLinks(files, subBase) {
		t.Errorf("broken link %s", b)
	}
}

func TestBigDashboardListsNextActions(t *testing.T) {
	site, actions := bigSite(t, 300)
	files, err := Site(site, actions, Options{BaseURL: subBase})
	if err != nil {
		t.Fatal(err)
	}
	s := file(t, files, "index.html")
	m := agendaRE.FindStringSubmatch(s)
	if m == nil {
		t.Fatal("dashboard: no agenda")
	}
	items := strings.Split(m[1], `<li class="action `)[1:]
	if len(items) != 100 {
		t.Fatalf("agenda: %d actions, want the first 100", len(items))
	}
	// Each application's status email comes before its decision, so the
	// agenda is the status emails of applications 0 to 99, in order.
	for i, it := range items {
		if want := fmt.Sprintf("Company %03d", i); !strings.Contains(it, want) || !strings.Contains(it, "kind-email") {
			t.Fatalf("agenda item %d is not the status email of %s:\n%s", i, want, it)
		}
	}
	wantText(t, files, "index.html", "And 200 more applications with something to do",
		"Applications 300", "Actions to do 600", "Applied (300)")
	if got := strings.Count(s, `href="/job-hunt/applications/app-299/"`); got != 1 {
		t.Errorf("dashboard: %d links to the last application, want its one row among the stages", got)
	}
}
