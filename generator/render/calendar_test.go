package render

import (
	"strings"
	"testing"
)

// TestCalendarPage builds a site published two folders deep and reads its
// calendar page: the site's feed three ways, at addresses worked out by
// hand from the base URL, and the steps for each of the four clients.
func TestCalendarPage(t *testing.T) {
	const base = "https://example.org/hunt/sub/"
	for _, private := range []bool{false, true} {
		files := renderFixture(t, base, private)
		s := file(t, files, "calendar/index.html")
		for _, want := range []string{
			`href="webcal://example.org/hunt/sub/calendar.ics"`,
			`href="https://example.org/hunt/sub/calendar.ics"`,
			// Google's add-by-URL page takes the https address query-escaped.
			`href="https://calendar.google.com/calendar/r?cid=https%3A%2F%2Fexample.org%2Fhunt%2Fsub%2Fcalendar.ics"`,
			`<h2 id="google-title">Google Calendar</h2>`,
			`<h2 id="apple-title">Apple Calendar</h2>`,
			`<h2 id="outlook-title">Outlook</h2>`,
			`<h2 id="android-title">Android, with ICSx5</h2>`,
			"<em>Remove Alerts</em>", "<em>Subscribe from web</em>", "<em>From URL</em>",
			`<a href="/hunt/sub/calendar/" aria-current="page">Calendar</a>`,
		} {
			if !strings.Contains(s, want) {
				t.Errorf("private=%v: calendar page: no %s", private, want)
			}
		}
		if strings.Contains(s, `href="/calendar`) || strings.Contains(s, "webcal://example.org/calendar") {
			t.Errorf("private=%v: calendar page links outside the base path", private)
		}
		// The pages that offer feeds lead to it, and every page's navigation does.
		for _, p := range []string{"playbook/index.html", "applications/acme/index.html"} {
			if !strings.Contains(file(t, files, p), `<a href="/hunt/sub/calendar/">How to subscribe so that the reminders ring</a>`) {
				t.Errorf("private=%v: %s: no link to the calendar page beside its feed", private, p)
			}
		}
		if !strings.Contains(file(t, files, "index.html"), `<li><a href="/hunt/sub/calendar/">Calendar</a></li>`) {
			t.Errorf("private=%v: dashboard: no Calendar in the navigation", private)
		}
	}
}
