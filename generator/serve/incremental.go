package serve

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
	"github.com/followup-dev/followup/generator/render"
)

// rendered is what the last good build leaves for the next one: its output,
// its files but the summaries, and which of them each application owns.
type rendered struct {
	output   *render.Output
	files    render.Files
	appFiles map[string][]string // slug → the paths of its files
}

// dirty is what changed since the last good build: some records, or
// anything else, which calls for a whole new build.
type dirty struct {
	all   bool
	slugs map[string]bool
}

// note records the changed files (absolute paths; nil for everything).
// Only the records of content/applications/ can be rendered on their own.
func (d *dirty) note(abs string, changed []string) {
	if changed == nil {
		d.all = true
	}
	for _, p := range changed {
		slug, ok := recordSlug(abs, p)
		if !ok {
			d.all = true
			continue
		}
		if d.slugs == nil {
			d.slugs = map[string]bool{}
		}
		d.slugs[slug] = true
	}
}

// recordSlug returns the slug of the record at the absolute path p, when p
// is a file content/applications/<slug>.yaml of the source abs.
func recordSlug(abs, p string) (string, bool) {
	rel, err := filepath.Rel(abs, p)
	if err != nil || ignoredName(filepath.Base(p)) || isDir(p) {
		return "", false
	}
	return model.RecordSlug(filepath.ToSlash(rel))
}

// renderAll renders site for the day today from nothing with a new
// renderer, the summaries left for when they are asked for.
func (s *Server) renderAll(site *model.Site, today model.Date) (*rendered, error) {
	site, r, err := build.Prepare(site, build.Options{Source: s.opts.Source, Private: true, LiveReload: true, Context: s.ctx, Today: today})
	if err != nil {
		return nil, err
	}
	p, err := r.Prepare(site, plan.Actions(site.Applications, site.Settings.Playbook))
	if err != nil {
		return nil, err
	}
	pages, err := p.SitePages()
	if err != nil {
		return nil, err
	}
	apps, err := p.RenderApps()
	if err != nil {
		return nil, err
	}
	out := &rendered{output: p, files: p.Static(), appFiles: map[string][]string{}}
	maps.Copy(out.files, pages)
	for name, data := range apps {
		out.files[name] = data
		slug, _ := render.RecordOf(name)
		out.appFiles[slug] = append(out.appFiles[slug], name)
	}
	return out, nil
}

// renderRecords renders again the files of the records of slugs alone,
// each planned on its own, on top of prev. The settings, advice, layouts
// and scripts are those of prev.
func (s *Server) renderRecords(prev *rendered, site *model.Site, slugs []string) (*rendered, error) {
	out := &rendered{output: prev.output, files: maps.Clone(prev.files), appFiles: maps.Clone(prev.appFiles)}
	dated := *site // the day of the build it goes on from
	dated.Settings.Today = s.day
	site = &dated
	for _, slug := range slugs {
		var actions []*model.Action
		if i := slices.IndexFunc(site.Applications, func(a *model.Application) bool { return a.Slug == slug }); i >= 0 {
			actions = plan.Actions(site.Applications[i:i+1], site.Settings.Playbook)
		}
		p, err := out.output.Update(site, slug, actions)
		if err != nil {
			return nil, err
		}
		files, err := p.RenderApp(slug)
		if err != nil {
			return nil, err
		}
		for _, name := range out.appFiles[slug] {
			delete(out.files, name)
		}
		delete(out.appFiles, slug)
		for _, name := range slices.Sorted(maps.Keys(files)) {
			out.files[name] = files[name]
			out.appFiles[slug] = append(out.appFiles[slug], name)
		}
		out.output = p
	}
	return out, nil
}

// summaries are the pages that sum up every record, rendered from one
// build's output when first asked for and kept until the next build. Even
// their list waits for the first request that needs it: making it sorts
// every event and action of the site.
type summaries struct {
	output    *render.Output
	listOnce  sync.Once
	pagesList map[string]*summary
}

// summary is one lazily rendered page.
type summary struct {
	once sync.Once
	data []byte
	err  error
}

func newSummaries(p *render.Output) *summaries { return &summaries{output: p} }

// pages returns the summary pages by path, listing them on the first call.
func (s *summaries) pages() map[string]*summary {
	if s == nil {
		return nil
	}
	s.listOnce.Do(func() {
		s.pagesList = map[string]*summary{}
		for _, name := range s.output.Summaries() {
			s.pagesList[name] = &summary{}
		}
	})
	return s.pagesList
}

// get returns the page at name, rendering it on the first request;
// ok is false when name is not a summary.
func (s *summaries) get(name string) (data []byte, ok bool, err error) {
	p := s.pages()[name]
	if p == nil {
		return nil, false, nil
	}
	p.once.Do(func() { p.data, p.err = s.output.Render(name) })
	return p.data, true, p.err
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
