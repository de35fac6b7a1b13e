// Package build runs the pipeline of followup as a fixed sequence of named
// stages: load → plan → render → write. Each stage's error is wrapped with
// its name; content errors come back together as a model.ErrorList.
package build

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
	"github.com/followup-dev/followup/generator/render"
	"github.com/followup-dev/followup/generator/write"
)

// Options are the choices of one build.
type Options struct {
	Source     string // the site's source directory
	Dest       string // the output directory; <Source>/public when empty
	BaseURL    string // overrides the settings' base_url when set
	Private    bool   // include private fields and records
	LiveReload bool   // inject the live-reload script (serve only)
	Encrypt    bool   // encrypt the build, as publish.encrypt does (see Build)
	Clear      bool   // build in the clear even when publish.encrypt is set (build -encrypt=false)
	Passphrase string // the passphrase of an encrypted build: FOLLOWUP_PASSPHRASE
	// Today is the build day, as Hugo's --clock is: what the feeds carry
	// to today and what the pages call scheduled go by it. Zero: today in
	// the site's time zone.
	Today model.Date

	// Context cancels the build: it is checked between the stages and
	// between the files of the render stage, and a template still running
	// is given up on. nil for none.
	Context context.Context
	// TemplateTimeout bounds each execution of a layout or script
	// template; 0 for the default (see package bound).
	TemplateTimeout time.Duration
}

// ctx returns the context of opts.
func (opts Options) ctx() context.Context {
	if opts.Context == nil {
		return context.Background()
	}
	return opts.Context
}

// day returns the build day: opts.Today, or today in loc.
func (opts Options) day(loc *time.Location) model.Date {
	if !opts.Today.IsZero() {
		return opts.Today
	}
	return model.DateOf(time.Now().In(loc))
}

// Result is a rendered site.
type Result struct {
	Site    *model.Site     // as rendered: without private records unless Private
	Actions []*model.Action // the plan (Load, Render); nil after Build, which lets go of it early
	Files   render.Files    // the whole site in memory (Render); nil after Build, which streams
	Stats   write.Stats     // what Build wrote
	Sealed  bool            // the build is encrypted
}

// Load runs the load and plan stages: what `followup check` and `plan` need.
// The site and plan are complete, private records included.
func Load(source string) (*model.Site, []*model.Action, error) {
	site, err := load.Site(source)
	if err != nil {
		return nil, nil, err
	}
	return site, plan.Actions(site.Applications, site.Settings.Playbook), nil
}

// Render runs every stage but the write: the whole site in memory.
func Render(opts Options) (*Result, error) {
	site, err := load.SiteContext(opts.ctx(), opts.Source)
	if err != nil {
		return nil, err
	}
	return RenderSite(site, opts)
}

// RenderSite runs the plan and render stages on a loaded site.
func RenderSite(site *model.Site, opts Options) (*Result, error) {
	site, r, err := Prepare(site, opts)
	if err != nil {
		return nil, err
	}
	actions := plan.Actions(site.Applications, site.Settings.Playbook)
	files, err := r.Site(site, actions)
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return &Result{Site: site, Actions: actions, Files: files}, nil
}

// Prepare returns the site as RenderSite renders it (without private
// records unless the build is private, with opts.BaseURL in its settings)
// and the renderer it renders with, made from the site's own layouts and
// scripts. serve keeps both to render again only what a save changes.
func Prepare(site *model.Site, opts Options) (*model.Site, *render.Renderer, error) {
	private := opts.Private || site.Settings.Publish.Private
	if !private {
		site = site.Public()
	}
	baseURL := site.Settings.BaseURL
	if opts.BaseURL != "" {
		u, err := NormalizeBaseURL(opts.BaseURL)
		if err != nil {
			return nil, nil, err
		}
		baseURL = u
	}
	if today := opts.day(site.Settings.Location); baseURL != site.Settings.BaseURL || today != site.Settings.Today {
		settings := site.Settings
		settings.BaseURL, settings.Today = baseURL, today
		copied := *site
		copied.Settings = settings
		site = &copied
	}
	r, err := render.New(render.Options{
		BaseURL:    baseURL,
		Private:    private,
		LiveReload: opts.LiveReload,
		LayoutsDir: existingDir(filepath.Join(opts.Source, "layouts")),
		ScriptsDir: existingDir(filepath.Join(opts.Source, "content", "scripts")),

		Context:         opts.Context,
		TemplateTimeout: opts.TemplateTimeout,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("render: %w", err)
	}
	return site, r, nil
}

// Build renders the site and writes it to its destination, each file as
// soon as it is rendered, so that memory does not grow with the output.
// When a stage fails, the destination is left as it was. When nothing the
// output depends on changed since the last build into the same destination
// (see inputs), there is nothing to do and Result holds only Stats; when
// only records changed, only the files of those records and the pages that
// sum up every record are rendered. An encrypted build (opts.Encrypt, or
// publish.encrypt unless opts.Clear) goes through the seal stage instead:
// see buildSealed.
func Build(opts Options) (*Result, error) {
	if err := CheckDest(opts); err != nil {
		return nil, err
	}
	d, err := write.Lock(Dest(opts))
	if err != nil {
		return nil, err
	}
	defer d.Unlock()
	if opts.Today.IsZero() {
		settings, _ := load.Settings(opts.Source) // its Location is never nil
		opts.Today = opts.day(settings.Location)
	}
	if opts.Encrypt {
		return buildSealed(d, nil, opts)
	}
	// What the last build left is looked for while the inputs are
	// hashed: both read the disk alone.
	last := lastInputs(d)
	listed := lastOutput(d, last)
	in, _ := readInputs(opts) // without inputs, the build just renders
	if n, ok := upToDate(listed, last, in); ok {
		return &Result{Stats: write.Stats{Unchanged: n}}, nil
	}
	changed, keep, incremental := changedRecords(listed, last, in)
	listed() // the walk is over before anything is written
	site, err := load.SiteContext(opts.ctx(), opts.Source)
	if err != nil {
		return nil, err
	}
	if err := opts.ctx().Err(); err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	if site.Settings.Publish.Encrypt && !opts.Clear {
		return buildSealed(d, site, opts)
	}
	site, r, err := Prepare(site, opts)
	if err != nil {
		return nil, err
	}
	// The render stage keeps its own copy of each action: the plan's go
	// as soon as it is indexed.
	p, err := r.Prepare(site, plan.Actions(site.Applications, site.Settings.Playbook))
	if err != nil {
		return nil, err
	}
	tx, err := d.Begin()
	if err != nil {
		return nil, err
	}
	only := func(string) bool { return true }
	if incremental {
		only = func(slug string) bool { return changed[slug] }
		for _, name := range keep {
			if err := tx.Keep(name); err != nil {
				tx.Abort()
				return nil, err
			}
		}
	}
	if err := p.StreamApps(only, tx.Put); err != nil {
		tx.Abort()
		return nil, err
	}
	if err := opts.ctx().Err(); err != nil {
		tx.Abort()
		return nil, fmt.Errorf("render: %w", err)
	}
	// The inputs of the last build are forgotten before the destination
	// changes and remembered once the new output is wholly in place: a
	// build interrupted in between leaves none, and the next one renders.
	forget(d)
	st, err := tx.Commit()
	if err != nil {
		return nil, err
	}
	remember(d, in)
	return &Result{Site: site, Stats: st}, nil
}

// Dest returns the output directory of opts.
func Dest(opts Options) string {
	if opts.Dest != "" {
		return opts.Dest
	}
	return filepath.Join(opts.Source, "public")
}

// CheckDest refuses a destination inside the source directory, other than
// the default <Source>/public: the next build would read the last output
// as content, or copy it into itself.
func CheckDest(opts Options) error {
	if opts.Dest == "" {
		return nil
	}
	src, err1 := resolve(opts.Source)
	dest, err2 := resolve(opts.Dest)
	public, err3 := resolve(filepath.Join(opts.Source, "public"))
	if err := errors.Join(err1, err2, err3); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	rel, err := filepath.Rel(src, dest)
	if err != nil || dest == public || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil
	}
	return fmt.Errorf("build: -dest %s is inside the source directory %s: choose a directory outside it, or the default %s", opts.Dest, opts.Source, filepath.Join(opts.Source, "public"))
}

// resolve returns the absolute path of p with the symbolic links of its
// longest existing part resolved.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	var rest []string
	for {
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			return filepath.Join(append([]string{real}, rest...)...), nil
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return filepath.Join(append([]string{abs}, rest...)...), nil
		}
		rest = append([]string{filepath.Base(abs)}, rest...)
		abs = parent
	}
}

// NormalizeBaseURL checks that s is an absolute http(s) URL and makes its
// path end in "/".
func NormalizeBaseURL(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("base URL %q: want an absolute http:// or https:// URL", s)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawQuery, u.Fragment = "", ""
	return u.String(), nil
}

func existingDir(p string) string {
	if fi, err := os.Stat(p); err == nil && fi.IsDir() {
		return p
	}
	return ""
}
