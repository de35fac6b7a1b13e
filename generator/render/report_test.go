package render

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// reportFixture is the fixture with weeks from Monday and 2 activities a
// week asked.
func reportFixture(t testing.TB) (*model.Site, []*model.Action) {
	site, actions := fixture(t)
	site.Settings.Report = model.Report{PerWeek: 2, WeekStarts: time.Monday}
	return site, actions
}

// reportWeekText is one week of report/index.html as a reader sees it.
type reportWeekText struct {
	Title, Count string
	Rows         []string // the cells of each row, " | " between them
}

var (
	sectionRE = regexp.MustCompile(`(?s)<section class="week[^"]*"[^>]*>(.*?)</section>`)
	h2RE      = regexp.MustCompile(`(?s)<h2[^>]*>(.*?)</h2>`)
	countRE   = regexp.MustCompile(`(?s)<p class="week-count">(.*?)</p>`)
	rowRE     = regexp.MustCompile(`(?s)<tbody>.*?</tbody>`)
	trRE      = regexp.MustCompile(`(?s)<tr>(.*?)</tr>`)
	tdRE      = regexp.MustCompile(`(?s)<td[^>]*>(.*?)</td>`)
	markupRE  = regexp.MustCompile(`<[^>]*>`)
)

// text returns the words of an HTML fragment: a line break as a space,
// other tags as nothing.
func text(s string) string {
	return visible(markupRE.ReplaceAllStringFunc(s, func(tag string) string {
		if tag == "<br>" {
			return " "
		}
		return ""
	}))
}

// reportWeeks reads the weeks of a report page.
func reportWeeks(page string) []reportWeekText {
	var out []reportWeekText
	for _, sec := range sectionRE.FindAllStringSubmatch(page, -1) {
		w := reportWeekText{Title: text(h2RE.FindStringSubmatch(sec[1])[1]), Count: text(countRE.FindStringSubmatch(sec[1])[1])}
		for _, tr := range trRE.FindAllStringSubmatch(rowRE.FindString(sec[1]), -1) {
			var cells []string
			for _, td := range tdRE.FindAllStringSubmatch(tr[1], -1) {
				cells = append(cells, text(td[1]))
			}
			w.Rows = append(w.Rows, strings.Join(cells, " | "))
		}
		out = append(out, w)
	}
	return out
}

// TestReportPageOnlyInPrivateBuilds: a private build has the page and links
// to it from every page; a published one has neither.
func TestReportPageOnlyInPrivateBuilds(t *testing.T) {
	priv := renderFixture(t, subBase, true)
	file(t, priv, "report/index.html")
	for _, p := range []string{"index.html", "timeline/index.html", "applications/acme/index.html", "404.html"} {
		if !strings.Contains(file(t, priv, p), `<li><a href="/job-hunt/report/">Work-search log</a></li>`) {
			t.Errorf("%s of a private build has no link to the work-search log", p)
		}
	}
	pub := renderFixture(t, subBase, false)
	for _, name := range names(pub) {
		if strings.HasPrefix(name, "report/") {
			t.Errorf("a published build holds %s", name)
		}
		if strings.Contains(string(pub[name]), "report/") || strings.Contains(string(pub[name]), "Work-search log") {
			t.Errorf("%s of a published build links to the work-search log", name)
		}
	}
}

// TestReportPageRows works the fixture out by hand. Its activities: Acme's
// application of Tue 3 Nov, its phone screen of the 10th, its interview and
// thank-you of the 17th; Gamma's referred application of the 20th (a
// private record, which a private build holds); Beta's application of Tue
// 1 Dec, the latest. The four weeks from Monday that end with Beta's are
// Mon 9 Nov to Sun 6 Dec, so Acme's application falls before them. Results
// stand as of 6 Dec: Acme is in its first round, the others wait.
func TestReportPageRows(t *testing.T) {
	site, actions := reportFixture(t)
	files, err := Site(site, actions, Options{BaseURL: subBase, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	page := file(t, files, "report/index.html")
	const acme = "Acme Robotics | Backend Engineer https://jobs.acme.example/123"
	const round1 = "interviewing (round 1)"
	// Each person contacted is named with the title the record gives.
	const dana, lee, sam = "Dana Smith (Talent Partner)", "Lee Park (Staff Engineer)", "Sam Ortiz (Engineering Manager)"
	want := []reportWeekText{
		{"Week of Mon 2026-11-09 to Sun 2026-11-15", "1 activity, short of the 2 asked", []string{
			"Tue 2026-11-10 | " + acme + " | phone | " + dana + " | Phone screen | " + round1,
		}},
		{"Week of Mon 2026-11-16 to Sun 2026-11-22", "3 activities (2 asked)", []string{
			"Tue 2026-11-17 | " + acme + " | interview | " + lee + ", " + sam + " | Interview, round 1 | " + round1,
			"Tue 2026-11-17 | " + acme + " | email | " + lee + " | Thank-you email | " + round1,
			"Fri 2026-11-20 | Gamma Hidden Labs | Platform Engineer | online application | Kim Lee | Applied, referred | awaiting a reply",
		}},
		{"Week of Mon 2026-11-23 to Sun 2026-11-29", "0 activities, short of the 2 asked", []string{
			"No activity recorded this week.",
		}},
		{"Week of Mon 2026-11-30 to Sun 2026-12-06", "1 activity, short of the 2 asked", []string{
			"Tue 2026-12-01 | Beta Foods | Data Analyst | online application |  | Applied on the employer's site | awaiting a reply",
		}},
	}
	if got := reportWeeks(page); !reflect.DeepEqual(got, want) {
		t.Errorf("weeks:\n%q\nwant:\n%q", got, want)
	}
	for _, s := range []string{
		"The last 4 weeks of the hunt, Mon 2026-11-09 to Sun 2026-12-06",
		"5 activities, 2 a week asked",
		`<a href="/job-hunt/applications/gamma/">Gamma Hidden Labs</a>`,
		`<section class="week short"`, "Work-search log of Jordan Lee",
	} {
		if !strings.Contains(page, s) {
			t.Errorf("the report page lacks %q", s)
		}
	}
}

// TestReportPageNoActivity: a hunt with nothing sent yet still has the
// page, which says so.
func TestReportPageNoActivity(t *testing.T) {
	site := &model.Site{Settings: model.Settings{Title: "T", BaseURL: subBase},
		Applications: []*model.Application{{Slug: "w", Path: "w.yaml", Company: "W", Role: "R", Status: model.StatusWishlist}}}
	files, err := Site(site, nil, Options{BaseURL: subBase, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	wantText(t, files, "report/index.html", "No activity recorded yet")
}

// TestReportPageFollowsAnUpdate: after a change of one record, the page is
// a summary rendered again, and shows the change.
func TestReportPageFollowsAnUpdate(t *testing.T) {
	site, actions := reportFixture(t)
	r, err := New(Options{BaseURL: subBase, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	p, err := r.Prepare(site, actions)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range p.Summaries() {
		found = found || s == "report/index.html"
	}
	if !found {
		t.Fatalf("the report page is not among the summaries %q", p.Summaries())
	}
	beta := *site.Applications[1]
	beta.Company = "Beta Foods Renamed"
	beta.Events = []model.Event{{Date: day("2026-12-15"), Type: model.EventCall, Outcome: "voicemail"}}
	edited := *site
	edited.Applications = []*model.Application{site.Applications[0], &beta, site.Applications[2]}
	if p, err = p.Update(&edited, "beta", without(actions, "beta")); err != nil {
		t.Fatal(err)
	}
	page, err := p.Render("report/index.html")
	if err != nil {
		t.Fatal(err)
	}
	// Beta's call of Tue 15 Dec is the latest now: the weeks run from Mon
	// 23 Nov to Sun 20 Dec.
	for _, s := range []string{"Mon 2026-11-23 to Sun 2026-12-20", "Beta Foods Renamed", "Follow-up call (voicemail)"} {
		if !strings.Contains(string(page), s) {
			t.Errorf("the updated report page lacks %q", s)
		}
	}
}
