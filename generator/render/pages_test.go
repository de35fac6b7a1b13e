package render

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const subBase = "https://jordan.github.io/job-hunt/"

func TestDashboard(t *testing.T) {
	files := renderFixture(t, subBase, false)
	wantText(t, files, "index.html",
		"Upcoming",
		"Tue 17 Nov 2026", "Sam Ortiz", // the pending thank-you, by date
		"Applied (1)", "Beta Foods", "Interviewing (1)", "Acme Robotics",
		"Response rate by channel", "job-board", "company-site",
		"next: decision by the 27th", // the next step the interview named
	)
	s := file(t, files, "index.html")
	// The next action of each application, with its due date for the
	// browser script, in order: Acme's thank-you, then Beta's confirmation.
	first, last := strings.Index(s, `data-due="2026-11-17"`), strings.Index(s, `data-due="2026-12-08"`)
	if first < 0 || last < 0 || first > last {
		t.Errorf("agenda: want the 17 Nov action before the 8 Dec one, with data-due attributes")
	}
	for _, later := range []string{"2026-11-27", "2026-12-02", "2026-12-09", "2026-12-14"} {
		if strings.Contains(s, `data-due="`+later+`"`) {
			t.Errorf("agenda: lists %s, which is not the next action of its application", later)
		}
	}
	if strings.Contains(s, `data-due="2026-11-10"`) {
		t.Error("agenda: a cancelled action is listed as something to do")
	}
	// The funnel: 2 applied, 1 screened, 1 interviewed, 0 offers.
	for _, want := range []string{"<svg", "Applied 2, Screening 1, Interviewing 1, Offer 0", "2 · 100%", "1 · 50%", "0 · 0%"} {
		if !strings.Contains(s, want) {
			t.Errorf("funnel: no %q", want)
		}
	}
}

func TestTimeline(t *testing.T) {
	files := renderFixture(t, subBase, false)
	wantText(t, files, "timeline/index.html",
		"November 2026", "December 2026",
		"Phone screen", "Interview, round 1", "Tue 17 Nov 2026, 14:00", "with Lee Park, Sam Ortiz",
		"done ✓", "cancelled", "skipped", "to do",
	)
	s := file(t, files, "timeline/index.html")
	if strings.Index(s, "November 2026") > strings.Index(s, "December 2026") {
		t.Error("timeline: months out of order")
	}
	if !strings.Contains(s, "<del>") {
		t.Error("timeline: a cancelled action is not struck through")
	}
}

func TestApplicationPage(t *testing.T) {
	files := renderFixture(t, subBase, false)
	p := "applications/acme/index.html"
	wantText(t, files, p,
		"Acme Robotics", "Backend Engineer", "Tue 3 Nov 2026", "job-board", "Remote",
		"Dana Smith", "Talent Partner", "Lee Park",
		"Phone screen", "next step: decision by the 27th",
		"The plan", "done ✓", "cancelled", "Subscribe (webcal)", "Add to Google Calendar",
	)
	noText(t, files, p, "Salary", "Notes")
	s := file(t, files, p)
	for _, want := range []string{
		`href="https://jobs.acme.example/123"`,
		`href="webcal://jordan.github.io/job-hunt/applications/acme/calendar.ics"`,
		`href="https://jordan.github.io/job-hunt/applications/acme/calendar.ics"`,
		`href="https://calendar.google.com/calendar/`,
		`href="/job-hunt/applications/acme/scripts/thank-you/sam-ortiz/"`,
		`href="/job-hunt/playbook/after-the-interview/"`,
		`<th scope="row">Dana Smith</th>`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("%s: no %s", p, want)
		}
	}
	if _, ok := files["applications/acme/calendar.ics"]; !ok {
		t.Error("no applications/acme/calendar.ics")
	}
}

func TestApplicationNotesAreMarkdown(t *testing.T) {
	site, actions := fixture(t)
	site.Applications[0].Notes = "Ask about **on-call**.\n\n<b>raw</b>"
	files, err := Site(site, actions, Options{Private: true})
	if err != nil {
		t.Fatal(err)
	}
	s := file(t, files, "applications/acme/index.html")
	if !strings.Contains(s, "<strong>on-call</strong>") {
		t.Error("notes: Markdown not rendered")
	}
	if strings.Contains(s, "<b>raw</b>") {
		t.Error("notes: raw HTML passed through")
	}
}

func TestCallSheet(t *testing.T) {
	files := renderFixture(t, subBase, false)
	p := "calls/index.html"
	wantText(t, files, p, "Call sheet", "Sam Ortiz", "Dana Smith", "Beta Foods")
	s := file(t, files, p)
	// Calls and emails only, pending only, in due order.
	var dues []string
	for _, m := range strings.Split(s, `data-due="`)[1:] {
		dues = append(dues, m[:10])
	}
	want := []string{"2026-11-17", "2026-12-02", "2026-12-08", "2026-12-14"}
	if strings.Join(dues, " ") != strings.Join(want, " ") {
		t.Errorf("call sheet dates = %v, want %v", dues, want)
	}
	if !strings.Contains(s, `data-window="7"`) {
		t.Error("call sheet: no list for the browser to narrow to 7 days")
	}
}

func TestPlaybook(t *testing.T) {
	files := renderFixture(t, subBase, false)
	wantText(t, files, "playbook/index.html", "After you apply", "One check, one call, two short emails.",
		"After the interview", "confirm-receipt", "applied + 5 business days", "check-in")
	s := file(t, files, "playbook/index.html")
	if !strings.Contains(s, `<a href="/job-hunt/playbook/after-applying/"><code>confirm-receipt</code></a>`) {
		t.Error("playbook: the rule confirm-receipt does not link to the page that explains it")
	}

	p := "playbook/after-applying/index.html"
	// The stage "applied" of the front matter reads as words in the crumbs.
	if a := file(t, files, p); !strings.Contains(a, `playbook/">Playbook</a> › After applying</p>`) {
		t.Errorf("%s: the stage is not named for readers", p)
	}
	wantText(t, files, p, "After you apply", "Why one call", "Further reading", "The follow-up call", "a recruiter")
	a := file(t, files, p)
	for _, want := range []string{
		`<h2 id="why-one-call">`,
		`<h2 id="relance-après-lentretien">`, // non-ASCII letters kept
		"<table>", "<strong>once</strong>", `class="footnotes"`,
		`<a href="https://example.org/call"`,
	} {
		if !strings.Contains(a, want) {
			t.Errorf("%s: no %s", p, want)
		}
	}
}

func TestScriptPages(t *testing.T) {
	files := renderFixture(t, subBase, false)
	call := "applications/acme/scripts/call-hiring-manager/"
	wantText(t, files, call+"index.html", "Opening", "Questions", "On voicemail", "Afterwards", "Dana Smith")
	if !strings.Contains(file(t, files, call+"index.html"), `<pre class="record">- {date: 2026-12-14, type: call`) {
		t.Error("call script: no record line in a <pre>")
	}
	email := "applications/acme/scripts/check-in/"
	wantText(t, files, email+"index.html", "Subject", "Body", "Open in your mail app", "Plain text")
	es := file(t, files, email+"index.html")
	if !strings.Contains(es, `href="mailto:?subject=`) {
		t.Error("email script (published): want a mailto: link without the contact's address")
	}
	if !strings.Contains(es, `data-copy="body"`) {
		t.Error("email script: no copy button")
	}
	txt := file(t, files, email+"script.txt")
	if !strings.Contains(txt, "Subject:") || strings.Contains(txt, "<") {
		t.Errorf("script.txt is not the plain text of the email:\n%s", txt)
	}
	// Nested action ids become nested directories.
	file(t, files, "applications/acme/scripts/thank-you/sam-ortiz/index.html")
	file(t, files, "applications/beta/scripts/thank-you-note/pat-jones/script.txt")
	// Actions that are done, or not calls, emails or letters, have none.
	for _, p := range []string{"applications/acme/scripts/thank-you/lee-park/index.html", "applications/acme/scripts/decision-day/index.html"} {
		if _, ok := files[p]; ok {
			t.Errorf("%s exists: only pending calls, emails and letters have scripts", p)
		}
	}
}

func TestStaticFiles(t *testing.T) {
	files := renderFixture(t, subBase, false)
	wantText(t, files, "404.html", "Page not found", "Back to the dashboard")
	if !strings.Contains(file(t, files, "404.html"), `href="/job-hunt/assets/style.css"`) {
		t.Error("404.html: links must be root-relative, since it is served at any path")
	}
	for _, p := range []string{".nojekyll", "robots.txt", "calendar.ics", "assets/style.css", "assets/followup.js"} {
		file(t, files, p)
	}
	if _, ok := files["CNAME"]; ok {
		t.Error("CNAME written without a cname setting")
	}
	for _, name := range names(files) {
		if strings.Contains(string(files[name]), "livereload") {
			t.Errorf("%s mentions livereload in a build", name)
		}
	}
}

func TestLiveReload(t *testing.T) {
	site, actions := fixture(t)
	files, err := Site(site.Public(), actions, Options{BaseURL: subBase, LiveReload: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(file(t, files, "timeline/index.html"), `<script src="/job-hunt/__followup/livereload.js"></script>`) {
		t.Error("serve: no live-reload script")
	}
}

func TestSiteLayoutOverrides(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "assets"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "404.html"), []byte(`{{define "main"}}<h1>Lost in the hunt</h1>{{end}}`), 0o644))
	must(os.WriteFile(filepath.Join(dir, "assets", "extra.css"), []byte("body{}"), 0o644))
	site, actions := fixture(t)
	files, err := Site(site.Public(), actions, Options{BaseURL: subBase, LayoutsDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	wantText(t, files, "404.html", "Lost in the hunt")
	if strings.Contains(file(t, files, "404.html"), "<h1>Page not found") {
		t.Error("404.html: the embedded layout won over the site's own")
	}
	wantText(t, files, "index.html", "Upcoming") // the other layouts stay
	if got := string(files["assets/extra.css"]); got != "body{}" {
		t.Errorf("assets/extra.css = %q", got)
	}

	must(os.WriteFile(filepath.Join(dir, "404.html"), []byte(`{{define "main"}}{{if}}{{end}}`), 0o644))
	if _, err := New(Options{LayoutsDir: dir}); err == nil || !strings.Contains(err.Error(), filepath.ToSlash(dir)+"/404.html:1:") {
		t.Errorf("a layout that does not parse: err = %v, want one at %s/404.html:1", err, dir)
	}
	must(os.Remove(filepath.Join(dir, "404.html")))

	must(os.WriteFile(filepath.Join(dir, "timeline.html"), []byte(`{{define "main"}}{{.Nope}}{{end}}`), 0o644))
	if _, err := Site(site.Public(), actions, Options{BaseURL: subBase, LayoutsDir: dir}); err == nil || !strings.Contains(err.Error(), "timeline") {
		t.Errorf("a broken layout: err = %v, want one naming timeline", err)
	}
}
