package render

import (
	"bytes"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/scripts"
	"github.com/followup-dev/followup/layouts"
)

// awkward are values that html/template escapes or filters: markup,
// quotes, '+', NUL, bad UTF-8, non-ASCII, URL schemes, spaces and percent
// signs, valid and not.
var awkward = []string{
	"", "plain", payloadAll, payloadURL, "a+b & c's \"d\"", "x\x00y", "bad \xff\xfe utf-8",
	"Zoë’s café ✓", "/job-hunt/applications/acme/", "https://ex.example/a b?q=1&r=2#f",
	"mailto:j@example.com", "HTTP://x", "Javascript:x", "rel/a:b", "a:b/c", "%41%zz%4", "50%",
	"tab\there\nnewline", "[x]!*$,;=@~", "\uFDD0\uFFFE",
}

// slowPartials parses the embedded base and partials as they are, without
// the partials written in Go.
func slowPartials(t *testing.T) *template.Template {
	t.Helper()
	root := template.New("layouts")
	names, err := (&overlay{base: layouts.FS}).files("partials")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range append([]string{"base.html"}, names...) {
		if err := parseInto(root, &overlay{base: layouts.FS}, name); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// execute runs one template of root on data.
func execute(t *testing.T, root *template.Template, name string, data any) string {
	t.Helper()
	var buf bytes.Buffer
	if err := root.ExecuteTemplate(&buf, name, data); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestFastPartialsMatchTemplates checks that every partial written in Go
// writes the very bytes html/template writes from the embedded partial,
// for values that need escaping, filtering or percent-encoding.
func TestFastPartialsMatchTemplates(t *testing.T) {
	root := slowPartials(t)
	check := func(name string, data any, got template.HTML) {
		t.Helper()
		if want := execute(t, root, name, data); string(got) != want {
			t.Errorf("%s of %+v:\nGo:       %q\ntemplate: %q", name, data, got, want)
		}
	}
	var items timelineItems
	var actions actionViews
	var events eventViews
	for i, s := range awkward {
		u := awkward[(i+3)%len(awkward)]
		a := actionView{
			Class: s, Due: s, DueText: u, State: s, StateLabel: u, Summary: s, Explain: u,
			KindLabel: s, To: u, Source: s, Company: u, Role: s, AppURL: s, ScriptURL: u,
			AdviceURL: s, Advice: u, DoneOn: s, Pending: i%2 == 0, Cancelled: i%3 == 0, OwnPage: i%4 == 0,
		}
		check("action", a, a.HTML())
		a.Pending, a.Cancelled, a.OwnPage = !a.Pending, !a.Cancelled, !a.OwnPage
		check("action", a, a.HTML())
		e := eventView{Date: s, When: u, Label: s, Company: u, AppURL: s, Details: awkward[:i%4]}
		check("timeline-event", e, e.HTML())
		check("history-event", e, e.HistoryHTML())
		items = append(items, timelineItem{Event: &e}, timelineItem{Action: &a})
		actions, events = append(actions, a), append(events, e)
		p := page{Base: s, SiteTitle: u, Owner: s, Private: i%2 == 0, InDashboard: i%5 == 1,
			InTimeline: i%5 == 2, InCalls: i%5 == 3, InPlaybook: i%5 == 4}
		check("header", p, p.HeaderHTML())
		check("footer", p, p.FooterHTML())
	}
	check("timeline-items", items, items.HTML())
	check("action-items", actions, actions.HTML())
	check("history-items", events, events.HistoryHTML())
	check("timeline-items", timelineItems{}, timelineItems{}.HTML())
}

// TestFastPartialsYieldToOverrides checks that a site's own partial, or
// its own version of a template the partial calls, is the one used.
func TestFastPartialsYieldToOverrides(t *testing.T) {
	site, actions := fixture(t)
	for file, src := range map[string]string{
		"action.html": `{{define "action"}}<li>OWN-ACTION {{.Summary}}</li>{{end}}` +
			`{{define "due"}}{{.DueText}}{{end}}{{define "state"}}{{.StateLabel}}{{end}}` +
			`{{define "window-toggle"}}{{end}}{{define "feeds"}}{{end}}`,
		"state.html":  `{{define "state"}}OWN-STATE{{end}}`,
		"header.html": `{{define "header"}}OWN-HEADER{{end}}{{define "footer"}}OWN-FOOTER{{end}}`,
		"own.html":    `{{define "timeline-event"}}OWN-EVENT{{end}}{{define "history-event"}}OWN-HISTORY{{end}}`,
		"zz.html": `{{define "timeline-items"}}OWN-ITEMS{{end}}{{define "history-items"}}OWN-EVENTS{{end}}` +
			`{{define "action-items"}}OWN-LIST{{end}}`,
	} {
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, "partials"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "partials", file), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		files, err := Site(site.Public(), actions, Options{BaseURL: "https://example.com/", LayoutsDir: dir})
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		var all strings.Builder
		for _, name := range []string{"index.html", "timeline/index.html", "applications/acme/index.html"} {
			all.Write(files[name])
		}
		for _, mark := range regexpOwn(src) {
			if !strings.Contains(all.String(), mark) {
				t.Errorf("partials/%s: the pages do not use the site's own %s", file, mark)
			}
		}
	}
}

// regexpOwn lists the OWN-… marks of a partial's source.
func regexpOwn(src string) []string {
	var out []string
	for _, f := range strings.Fields(strings.NewReplacer("{", " ", "}", " ", "<", " ", ">", " ").Replace(src)) {
		if strings.HasPrefix(f, "OWN-") {
			out = append(out, f)
		}
	}
	return out
}

// TestFastPagesMatchTemplates checks that the "main" blocks written in Go
// write the very bytes html/template writes from the embedded page
// layouts, for values that need escaping, filtering or percent-encoding,
// with every optional part present and absent.
func TestFastPagesMatchTemplates(t *testing.T) {
	root := slowPartials(t)
	main := func(layout string) *template.Template {
		c, err := root.Clone()
		if err != nil {
			t.Fatal(err)
		}
		if err := parseInto(c, &overlay{base: layouts.FS}, layout); err != nil {
			t.Fatal(err)
		}
		return c
	}
	app, script, timeline, calls := main("application.html"), main("script.html"), main("timeline.html"), main("calls.html")
	n := len(awkward)
	for i, s := range awkward {
		u, v := awkward[(i+3)%n], awkward[(i+7)%n]
		if i%4 == 3 { // some pages with every optional part empty
			u, v = "", ""
		}
		a := actionView{Class: s, Due: u, DueText: v, State: s, StateLabel: u, Summary: v, Company: s, Role: u,
			AppURL: v, Pending: i%2 == 0, OwnPage: true, Explain: u}
		e := eventView{Date: s, When: u, Label: v, Details: awkward[:i%3]}
		ap := applicationPage{
			page: page{Base: s, Private: i%2 == 1},
			App: appFacts{Company: s, Role: u, StatusLabel: v, Applied: u, Channel: v, Source: s, Link: v, LinkText: s,
				Location: u, Salary: v, Confirmation: s, Pitch: u, NoCalls: i%3 == 0},
			Feed:  feedView{HTTPS: s, Webcal: template.URL(u), Google: v, File: s},
			Notes: template.HTML(v),
		}
		if u != "" {
			ap.Contacts = []contactView{{Name: s, Role: u, Title: v, Email: s, Phone: u, Tel: template.URL(v)}, {Name: u, Phone: s}}
			ap.Plan = actionViews{a, a}
			ap.History = eventViews{e}
		}
		ap.page = page{Base: s, SiteTitle: u, Owner: v, Title: s, HeadTitle: u, NoIndex: i%2 == 0,
			LiveReload: i%3 == 0, Private: i%2 == 1, InDashboard: i%5 == 1}
		if got, want := string(ap.MainHTML()), execute(t, app, "main", ap); got != want {
			t.Errorf("application page %d:\nGo:       %q\ntemplate: %q", i, got, want)
		}
		checkPage(t, app, ap)
		for _, kind := range []model.Kind{model.KindCall, model.KindEmail, model.KindLetter} {
			sp := &scriptPage{
				S: &scripts.Script{Kind: kind, Title: s, To: u, Opening: v, Purpose: s, Pitch: u, Voicemail: v,
					Subject: s, Body: u, Afterwards: v, Record: s},
				Action: a, Call: kind == model.KindCall, Email: kind == model.KindEmail, Letter: kind == model.KindLetter,
				Phone: u, Tel: template.URL(v), Address: s, Mailto: template.URL(u), TextURL: s, AppURL: v, AdviceURL: u,
			}
			if u != "" {
				sp.S.Questions, sp.S.Cautions = awkward[:1+i%3], awkward[i%5:i%5+2]
			}
			sp.page = ap.page
			if got, want := string(sp.MainHTML()), execute(t, script, "main", sp); got != want {
				t.Errorf("%s script page %d:\nGo:       %q\ntemplate: %q", kind, i, got, want)
			}
			checkPage(t, script, sp)
		}
		link := monthLink{Name: s, URL: u, Label: v}
		items := timelineItems{{Event: &e}, {Action: &a}}
		for _, tp := range []timelinePage{
			{page: ap.page, Index: []monthLink{link, {Name: u, URL: v, Label: s}}},
			{page: ap.page, Month: s, Months: []month{{ID: u, Name: v, Items: items}}, Older: &link},
			{page: ap.page, Month: v, Months: []month{{ID: s, Name: u}}, Newer: &link},
			{page: ap.page, Months: []month{{ID: s, Name: u, Items: items}, {ID: v, Name: s, Items: items[1:]}}},
			{page: ap.page},
		} {
			checkPage(t, timeline, tp)
		}
		c := a
		c.Kind, c.To, c.Phone, c.Tel, c.Email, c.ScriptURL = u, s, v, template.URL(s), u, v
		checkPage(t, calls, callsPage{page: ap.page, Calls: []actionView{a, c}})
		checkPage(t, calls, callsPage{page: ap.page})
	}
}

// checkPage checks that a page written in Go from top to bottom is what
// the embedded layouts write.
func checkPage(t *testing.T, layout *template.Template, data pageWriter) {
	t.Helper()
	var w writer
	data.writePage(&w)
	if got, want := w.String(), execute(t, layout, "base", data); got != want {
		t.Errorf("page of %+v:\nGo:       %q\ntemplate: %q", data, got, want)
	}
}

// TestFastPagesYieldToOverrides checks that a site's own page layout, or
// its own partial the page calls, is the one used.
func TestFastPagesYieldToOverrides(t *testing.T) {
	site, actions := fixture(t)
	for file, src := range map[string]string{
		"application.html":        `{{define "main"}}OWN-APP{{end}}`,
		"script.html":             `{{define "main"}}OWN-SCRIPT{{end}}`,
		"partials/feeds.html":     `{{define "feeds"}}OWN-FEEDS{{end}}`,
		"partials/zz-due.html":    `{{define "due"}}OWN-DUE{{end}}`,
		"base.html":               `{{define "base"}}OWN-BASE{{template "main" .}}{{end}}`,
		"partials/zz-header.html": `{{define "header"}}OWN-HEADER{{end}}`,
		"partials/zz-footer.html": `{{define "footer"}}OWN-FOOTER{{end}}`,
	} {
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, "partials"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(file)), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		files, err := Site(site.Public(), actions, Options{BaseURL: "https://example.com/", LayoutsDir: dir})
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		var all strings.Builder
		for name, data := range files {
			if strings.HasPrefix(name, "applications/acme/") && strings.HasSuffix(name, ".html") {
				all.Write(data)
			}
		}
		for _, mark := range regexpOwn(src) {
			if !strings.Contains(all.String(), mark) {
				t.Errorf("%s: the pages do not use the site's own %s", file, mark)
			}
		}
	}
}

// TestPagesInGo checks that the pages written in Go are, with the embedded
// layouts, and that no other page is.
func TestPagesInGo(t *testing.T) {
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, page := range pageLayouts {
		if want := fastPages[page] != nil; r.inGo[page] != want {
			t.Errorf("%s written in Go: %v, want %v", page, r.inGo[page], want)
		}
	}
}
