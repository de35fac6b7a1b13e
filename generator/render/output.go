package render

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/followup-dev/followup/generator/internal/parallel"
	"github.com/followup-dev/followup/generator/model"
)

// Output is one rendering of a site laid out as files, each made only when
// asked for: Files renders them all, RenderApp the files of one
// application, and Render one page that sums up every record. serve uses
// it to render after a save only what the saved record changes.
type Output struct {
	b *build
}

// Prepare indexes site and actions for rendering; nothing is rendered yet.
func (r *Renderer) Prepare(site *model.Site, actions []*model.Action) (*Output, error) {
	b, err := r.newBuild(site, actions)
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return &Output{b: b}, nil
}

// Files renders every file of the site, in parallel.
func (p *Output) Files() (Files, error) {
	b := p.b
	out := p.Static()
	js := b.allJobs(func(string) bool { return true })
	if err := b.r.run(js, out); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return out, nil
}

// Stream renders every file of the site, in parallel, and hands each to
// emit as soon as it is made, keeping none: the memory a build needs does
// not grow with the size of the site's output. emit is called from several
// goroutines at once, and must not keep data once it returns: the buffer is
// used again. The first error stops the rendering and is returned.
func (p *Output) Stream(emit func(path string, data []byte) error) error {
	return p.StreamApps(func(string) bool { return true }, emit)
}

// StreamApps is Stream with, of the files of the applications, only those
// of the slugs that only takes.
func (p *Output) StreamApps(only func(slug string) bool, emit func(path string, data []byte) error) error {
	b := p.b
	for path, data := range p.Static() {
		if err := emit(path, data); err != nil {
			return err
		}
	}
	js := b.allJobs(only)
	errs := make([]error, len(js))
	parallel.For(len(js), func(i int) bool {
		var err error
		for j := &js[i]; j != nil && err == nil; j = j.then {
			var emitErr error
			err = b.r.do(*j, func(data []byte) error {
				emitErr = emit(j.path, data)
				return emitErr
			})
			if err != nil && err != emitErr {
				err = fmt.Errorf("render: %s: %w", j.path, err)
			}
		}
		errs[i] = err
		// Let go of the job, and of the data it made (a script's page and
		// its text share theirs), as soon as it is written.
		js[i] = job{}
		return err == nil
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// Static returns the files that depend on neither the records nor the
// advice: the assets, .nojekyll, robots.txt and CNAME.
func (p *Output) Static() Files {
	out := maps.Clone(p.b.r.assets)
	maps.Copy(out, p.b.staticFiles())
	return out
}

// SitePages renders the pages made of the settings and the advice only:
// the playbook, its advice pages, the calendar page and 404.html. A change
// of a record leaves them as they are.
func (p *Output) SitePages() (Files, error) {
	out := Files{}
	if err := p.b.r.run(p.b.siteJobs(), out); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return out, nil
}

// RecordOf returns the slug of the application record an output file
// belongs to: the files of a record are those below model.AppDir(slug),
// which it alone changes (RenderApp makes them); no other file belongs to
// a record (ok false), and any change of a record may change them.
func RecordOf(name string) (slug string, ok bool) {
	rest, ok := strings.CutPrefix(name, model.AppsDir+"/")
	if !ok {
		return "", false
	}
	slug, _, ok = strings.Cut(rest, "/")
	if !ok {
		return "", false
	}
	return slug, true
}

// RenderApp renders the files of one application: its page, its feed and
// its scripts, all under applications/<slug>/ (see RecordOf). An
// application the build does not hold has none.
func (p *Output) RenderApp(slug string) (Files, error) {
	out := Files{}
	app := p.b.apps[slug]
	if app == nil {
		return out, nil
	}
	if err := p.b.r.run(p.b.appJobs(app), out); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return out, nil
}

// RenderApps renders the files of every application, in parallel.
func (p *Output) RenderApps() (Files, error) {
	var js []job
	for _, slug := range p.b.slugs() {
		js = append(js, p.b.appJobs(p.b.apps[slug])...)
	}
	out := Files{}
	if err := p.b.r.run(js, out); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return out, nil
}

// Summaries returns the paths of the files that sum up every record: the
// timeline pages, the dashboard, the call sheet, the site's feed and, in a
// private build, the work-search log. Any change of a record may change them.
func (p *Output) Summaries() []string {
	var out []string
	for _, j := range p.b.summaryJobs() {
		out = append(out, j.path)
	}
	return out
}

// Render renders one of the files Summaries names.
func (p *Output) Render(path string) ([]byte, error) {
	js := p.b.summaryJobs()
	i := slices.IndexFunc(js, func(j job) bool { return j.path == path })
	if i < 0 {
		return nil, fmt.Errorf("render: %s: not a summary page", path)
	}
	var data []byte
	if err := p.b.r.do(js[i], func(b []byte) error {
		data = bytes.Clone(b)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("render: %s: %w", path, err)
	}
	return data, nil
}

// Update returns the output of site after a change of one record: the
// application slug as site now holds it, or none when it is gone, with
// actions as its actions (actions of other applications are ignored).
// Every other record and the settings and advice must be as the output had
// them. The result renders as Prepare of the whole site and its plan would.
func (p *Output) Update(site *model.Site, slug string, actions []*model.Action) (*Output, error) {
	old := p.b
	if !old.private {
		site = site.Public()
	}
	b := &build{
		r: old.r, site: site, private: old.private, baseURL: old.baseURL, base: old.base,
		apps: maps.Clone(old.apps), byApp: maps.Clone(old.byApp), advice: old.advice,
		events: maps.Clone(old.events),
	}
	delete(b.apps, slug)
	delete(b.byApp, slug)
	i := slices.IndexFunc(site.Applications, func(a *model.Application) bool { return a.Slug == slug })
	if i >= 0 {
		app := site.Applications[i]
		if !safeSegment(slug) {
			return nil, fmt.Errorf("render: %s: application slug %q cannot be a URL path", app.Path, slug)
		}
		b.apps[slug] = app
	}
	var mine []*model.Action
	for _, a := range actions {
		if i >= 0 && a.App != nil && a.App.Slug == slug && safeActionID(a.ID) {
			mine = append(mine, b.own(a))
		}
	}
	slices.SortStableFunc(mine, compareActions)
	if len(mine) > 0 {
		b.byApp[slug] = mine
	}
	delete(b.events, slug)
	if i >= 0 {
		b.events[slug] = eventsOnce(&b.site.Settings, b.apps[slug], b.byApp[slug], b.baseURL)
	}
	b.actions = make([]*model.Action, 0, len(old.actions)+len(mine))
	for _, a := range old.actions {
		if a.App.Slug == slug {
			continue
		}
		for len(mine) > 0 && compareActions(mine[0], a) < 0 {
			b.actions, mine = append(b.actions, mine[0]), mine[1:]
		}
		b.actions = append(b.actions, a)
	}
	b.actions = append(b.actions, mine...)
	return &Output{b: b}, nil
}

// allJobs lists every file of the site but the static ones. The big pages
// that sum up every record come first, so that no one of them is left to
// the end, except the site's feed: it goes last, when the feeds of the
// applications have encoded its events.
func (b *build) allJobs(only func(slug string) bool) []job {
	var js, last []job
	for _, j := range b.summaryJobs() {
		if j.path == "calendar.ics" {
			last = append(last, j)
		} else {
			js = append(js, j)
		}
	}
	js = append(js, b.siteJobs()...)
	for _, slug := range b.slugs() {
		if only(slug) {
			js = append(js, b.appJobs(b.apps[slug])...)
		}
	}
	return append(js, last...)
}
