package render

import (
	"cmp"
	"fmt"
	"github.com/followup-dev/followup/generator/feed"
	"github.com/followup-dev/followup/generator/internal/parallel"
	"slices"
	"strings"
	"sync"

	"github.com/followup-dev/followup/generator/model"
)

// build is one rendering of a site: the site, its actions, and the indexes
// the pages share.
type build struct {
	r       *Renderer
	site    *model.Site
	actions []*model.Action // of the site's applications only, by due, slug, id
	private bool
	baseURL string // absolute, ends in "/"
	base    string // the base URL's path, e.g. "/job-hunt/"

	apps   map[string]*model.Application  // slug → record
	byApp  map[string][]*model.Action     // slug → its actions
	advice map[string]*model.AdvicePage   // rule id → the page explaining it
	events map[string]func() *feed.Events // slug → its feed's events, made once

	cals map[*model.Action]*lazyCal // each of actions → its links, made once by actionCal

	summariesOnce sync.Once
	summaries     []job // made by summaryJobs
}

// newBuild indexes site and actions. A published build works on
// site.Public() even when the caller passed the whole site, and actions of
// a record it does not hold (a private one) are dropped.
func (r *Renderer) newBuild(site *model.Site, actions []*model.Action) (*build, error) {
	if !r.opts.Private {
		site = site.Public()
	}
	b := &build{
		r: r, site: site, private: r.opts.Private,
		baseURL: cmp.Or(r.opts.BaseURL, site.Settings.BaseURL, "http://localhost/"),
		apps:    map[string]*model.Application{},
		byApp:   map[string][]*model.Action{},
		advice:  map[string]*model.AdvicePage{},
		events:  map[string]func() *feed.Events{},
	}
	b.baseURL = withSlash(b.baseURL)
	var err error
	if b.base, err = basePath(b.baseURL); err != nil {
		return nil, err
	}
	for _, a := range site.Applications {
		if !safeSegment(a.Slug) {
			return nil, fmt.Errorf("%s: application slug %q cannot be a URL path", a.Path, a.Slug)
		}
		b.apps[a.Slug] = a
	}
	owned := make([]*model.Action, len(actions))
	parallel.For(len(actions), func(i int) bool {
		if a := actions[i]; a.App != nil && b.apps[a.App.Slug] != nil && safeActionID(a.ID) {
			owned[i] = b.own(a)
		}
		return true
	})
	b.actions = slices.DeleteFunc(owned, func(a *model.Action) bool { return a == nil })
	if !slices.IsSortedFunc(b.actions, compareActions) { // plan.Actions sorts them so
		slices.SortStableFunc(b.actions, compareActions)
	}
	lazy := make([]lazyCal, len(b.actions))
	b.cals = make(map[*model.Action]*lazyCal, len(b.actions))
	for i, a := range b.actions {
		b.byApp[a.App.Slug] = append(b.byApp[a.App.Slug], a)
		b.cals[a] = &lazy[i]
	}
	for slug, app := range b.apps {
		b.events[slug] = eventsOnce(&b.site.Settings, app, b.byApp[slug], b.baseURL)
	}
	for _, p := range site.Advice {
		if !safeSegment(p.Slug) {
			return nil, fmt.Errorf("%s: advice slug %q cannot be a URL path", p.Path, p.Slug)
		}
		for _, rule := range p.Actions {
			if b.advice[rule] == nil {
				b.advice[rule] = p
			}
		}
	}
	return b, nil
}

// own returns a copy of a that points at the site's own record and, in a
// published build, carries no contact email or phone, whatever record the
// plan was made from.
func (b *build) own(a *model.Action) *model.Action {
	c := *a
	c.App = b.apps[a.App.Slug]
	c.To = slices.Clone(a.To)
	for i := range c.To {
		if ct := c.App.Contact(c.To[i].Name); ct != nil {
			c.To[i] = *ct
		}
		if !b.private {
			c.To[i].Email, c.To[i].Phone = "", ""
		}
	}
	return &c
}

// compareActions orders actions by due date, application slug and id.
func compareActions(x, y *model.Action) int {
	return cmp.Or(x.Due.Compare(y.Due), cmp.Compare(x.App.Slug, y.App.Slug), cmp.Compare(x.ID, y.ID))
}

// safeSegment reports whether s can be one segment of an output path.
func safeSegment(s string) bool {
	return s != "" && s != "." && s != ".." && !strings.ContainsAny(s, "/\\?#%:") && !strings.HasPrefix(s, ".")
}

// safeActionID reports whether an action id can be nested directories.
func safeActionID(id string) bool {
	for seg := range strings.SplitSeq(id, "/") {
		if !safeSegment(seg) {
			return false
		}
	}
	return true
}

// app returns the record of an action as the site holds it.
func (b *build) app(a *model.Action) *model.Application { return b.apps[a.App.Slug] }

// url returns the root-relative URL of an output path.
func (b *build) url(p string) string { return b.base + p }

// appURL returns the page of an application.
func (b *build) appURL(slug string) string { return b.url(model.AppDir(slug)) }

// scripted reports whether an action has a printable script page.
func scripted(a *model.Action) bool {
	return a.Pending() && (a.Kind == model.KindCall || a.Kind == model.KindEmail || a.Kind == model.KindLetter)
}

// scriptDir returns the output directory of an action's script.
func scriptDir(a *model.Action) string {
	return model.ScriptDir(a.App.Slug, a.ID)
}

// adviceFor returns the advice page explaining an action, or nil.
func (b *build) adviceFor(a *model.Action) *model.AdvicePage {
	if p := b.advice[a.Rule]; p != nil {
		return p
	}
	return b.advice[a.ID]
}

// slugs returns the site's application slugs in order.
func (b *build) slugs() []string {
	var out []string
	for _, a := range b.site.Applications {
		if b.apps[a.Slug] != nil {
			out = append(out, a.Slug)
		}
	}
	return out
}

// summaryJobs lists the files that sum up every record: the timeline, the
// dashboard, the call sheet, the site's feed and, in a private build, the
// work-search log. The list is made once per
// build.
func (b *build) summaryJobs() []job {
	b.summariesOnce.Do(func() {
		js := b.timelineJobs()
		b.summaries = append(js,
			job{path: "index.html", tmpl: "dashboard.html", data: func() (any, error) { return b.dashboard(), nil }},
			job{path: "calls/index.html", tmpl: "calls.html", data: func() (any, error) { return b.calls(), nil }},
			job{path: "calendar.ics", make: func() ([]byte, error) { return b.siteFeed(), nil }},
		)
		b.summaries = append(b.summaries, b.reportJob()...)
	})
	return b.summaries
}

// siteJobs lists the pages made of the settings and the advice: the
// playbook, its advice pages, the calendar page and 404.html.
func (b *build) siteJobs() []job {
	js := []job{
		{path: "playbook/index.html", tmpl: "playbook.html", data: func() (any, error) { return b.playbook(), nil }},
		{path: "calendar/index.html", tmpl: "calendar.html", data: func() (any, error) { return b.calendar(), nil }},
		{path: "404.html", tmpl: "404.html", data: func() (any, error) { return b.page("Page not found", ""), nil }},
	}
	for _, p := range b.site.Advice {
		js = append(js, job{path: "playbook/" + p.Slug + "/index.html", tmpl: "advice.html",
			data: func() (any, error) { return b.advicePage(p) }})
	}
	return js
}

// appJobs lists the files of one application: its page, its feed and the
// page and plain text of every script.
func (b *build) appJobs(app *model.Application) []job {
	dir := model.AppDir(app.Slug)
	js := []job{
		{path: dir + "index.html", app: app.Slug, tmpl: "application.html", data: func() (any, error) {
			return b.application(app)
		}},
		{path: dir + "calendar.ics", app: app.Slug, make: func() ([]byte, error) {
			return feed.ApplicationFeed(b.site, app, b.feedEvents(app.Slug)), nil
		}},
	}
	for _, a := range b.byApp[app.Slug] {
		if !scripted(a) {
			continue
		}
		sp := sync.OnceValues(func() (*scriptPage, error) {
			sp, err := b.script(a)
			if err != nil {
				return nil, fmt.Errorf("%s: script of %s: %w", app.Path, a.ID, err)
			}
			return sp, nil
		})
		// The plain text follows the page on the same worker, which has
		// filled the script by then.
		text := &job{path: scriptDir(a) + "script.txt", app: app.Slug, make: func() ([]byte, error) {
			p, err := sp()
			if err != nil {
				return nil, err
			}
			return p.text, nil
		}}
		js = append(js, job{path: scriptDir(a) + "index.html", app: app.Slug, tmpl: "script.html",
			data: func() (any, error) { return sp() }, then: text})
	}
	return js
}

// staticFiles returns the files that are not pages: .nojekyll, robots.txt
// and CNAME.
func (b *build) staticFiles() Files {
	out := Files{".nojekyll": {}}
	if b.site.Settings.Publish.Indexable {
		out["robots.txt"] = []byte("User-agent: *\nDisallow:\n")
	} else {
		out["robots.txt"] = []byte("User-agent: *\nDisallow: /\n")
	}
	if c := strings.TrimSpace(b.site.Settings.CNAME); c != "" {
		out["CNAME"] = []byte(c + "\n")
	}
	return out
}
