// Package render turns a loaded site and its plan into the files of the
// static site, in memory. It never touches the disk, except to read the
// site's own layouts and scripts when New is called.
package render

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"path"
	"sync"
	"sync/atomic"
	"time"

	"github.com/yuin/goldmark"

	"github.com/followup-dev/followup/generator/internal/parallel"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/scripts"
)

// Files maps slash paths relative to the output root ("index.html",
// "applications/acme/calendar.ics") to their bytes.
type Files map[string][]byte

// Options are the choices of one build.
type Options struct {
	BaseURL    string // absolute, ends in "/"; the settings' base_url when empty
	Private    bool   // show private fields (the site must already be filtered when false)
	LiveReload bool   // inject the live-reload script (serve only)
	LayoutsDir string // the site's own layouts/ directory, overriding the embedded files; "" for none
	ScriptsDir string // the site's own content/scripts/ directory; "" for none

	// Context ends the rendering: no page starts after it is done, and a
	// template still running is given up on. nil for none.
	Context context.Context
	// TemplateTimeout bounds each execution of a layout or script
	// template; 0 for the default of package bound.
	TemplateTimeout time.Duration
}

// Renderer holds what every build of a site shares: the parsed page
// templates, the static assets, the script wording and the Markdown
// converter. It is safe for concurrent use. Make a new one when the
// layouts or scripts change.
type Renderer struct {
	opts  Options
	pages map[string]*template.Template // page template name → template
	// compiled is the generated code of the page layouts that are the
	// ones it was made from (see compiled.go).
	compiled map[string]compiledPage
	assets   Files // "assets/style.css" → bytes
	scripts  *scripts.Set
	md       goldmark.Markdown
	bufs     sync.Pool
	// sizes holds, for each page layout, the size of the largest page it
	// has printed: room made at once in the buffer of the next one, whose
	// doubling would copy and clear every page of a long list several
	// times over.
	sizes map[string]*atomic.Int64
}

// New parses the layouts (the embedded ones, overridden file by file by
// opts.LayoutsDir) and the scripts of opts.ScriptsDir.
func New(opts Options) (*Renderer, error) {
	r := &Renderer{opts: opts, md: newMarkdown()}
	r.bufs.New = func() any { return new(bytes.Buffer) }
	r.sizes = map[string]*atomic.Int64{}
	for _, name := range pageLayouts {
		r.sizes[name] = new(atomic.Int64)
	}
	fsys, err := layoutsFS(opts.LayoutsDir)
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	if r.pages, err = parsePages(fsys); err != nil {
		return nil, fmt.Errorf("render: %w", allLayoutErrors(fsys, err))
	}
	if r.compiled, err = compiledFor(fsys); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	if r.assets, err = readAssets(fsys); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	if r.scripts, err = scripts.LoadBounded(opts.ScriptsDir, opts.limits()); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return r, nil
}

// Site renders every file of the site with a Renderer made for this build.
func Site(site *model.Site, actions []*model.Action, opts Options) (Files, error) {
	r, err := New(opts)
	if err != nil {
		return nil, err
	}
	return r.Site(site, actions)
}

// Site renders every file of site: the pages, the feeds, the plain-text
// scripts and the static files. Pages render in parallel; the result does
// not depend on the order they finish in.
func (r *Renderer) Site(site *model.Site, actions []*model.Action) (Files, error) {
	p, err := r.Prepare(site, actions)
	if err != nil {
		return nil, err
	}
	return p.Files()
}

// job is one file to produce: a page template executed with the data its
// function returns, or bytes made by a function (feeds, plain text). Both
// run on the worker that renders the file, so that no page's data is
// computed on one core while the other waits.
type job struct {
	path string
	app  string // the slug of the application the file belongs to; "" for the site's own files
	tmpl string
	data func() (any, error)
	make func() ([]byte, error)
	then *job // a job the same worker runs next, sharing this one's data
}

// flatten returns jobs with each job's then after it, as jobs of their own.
func flatten(jobs []job) []job {
	var out []job
	for _, j := range jobs {
		for p := &j; p != nil; p = p.then {
			c := *p
			c.then = nil
			out = append(out, c)
		}
	}
	return out
}

// run executes the jobs on up to GOMAXPROCS goroutines and stores each
// result under its path. The first error, in job order, wins.
func (r *Renderer) run(jobs []job, out Files) error {
	jobs = flatten(jobs)
	results := make([][]byte, len(jobs))
	errs := make([]error, len(jobs))
	parallel.For(len(jobs), func(i int) bool {
		errs[i] = r.do(jobs[i], func(data []byte) error {
			results[i] = bytes.Clone(data)
			return nil
		})
		return true
	})
	for i, j := range jobs {
		if errs[i] != nil {
			return fmt.Errorf("%s: %w", j.path, errs[i])
		}
		if _, dup := out[j.path]; dup {
			return fmt.Errorf("%s: two files at the same path", j.path)
		}
		out[j.path] = results[i]
	}
	return nil
}

// do produces one job's bytes and hands them to use. A page is executed
// into a pooled buffer, which goes back to the pool when use returns: use
// must not keep data.
func (r *Renderer) do(j job, use func(data []byte) error) error {
	if err := r.opts.limits().Err(); err != nil {
		return err
	}
	if j.make != nil {
		data, err := j.make()
		if err != nil {
			return err
		}
		return use(data)
	}
	t := r.pages[j.tmpl]
	if t == nil {
		return fmt.Errorf("no layout %s", j.tmpl)
	}
	data, err := j.data()
	if err != nil {
		return err
	}
	w := r.bufs.Get().(*bytes.Buffer)
	w.Reset()
	w.Grow(int(r.sizes[j.tmpl].Load()))
	if c, ok := r.compiled[j.tmpl]; ok {
		done, err := c.run(w, data)
		if err != nil {
			return fmt.Errorf("%s: %w", path.Join(layoutsPrefix(r.opts.LayoutsDir), j.tmpl), err)
		}
		if done {
			return r.printed(j.tmpl, w, use)
		}
		w.Reset()
	}
	if err := r.execute(t, j.tmpl, w, data); err != nil {
		return err // and w stays out of the pool: it may still be written to
	}
	return r.printed(j.tmpl, w, use)
}

// printed hands use the page layout printed in w, keeps its size if it is
// the largest yet, and puts w back in the pool.
func (r *Renderer) printed(layout string, w *bytes.Buffer, use func(data []byte) error) error {
	if size := r.sizes[layout]; int64(w.Len()) > size.Load() {
		size.Store(int64(w.Len())) // a hint: a race that keeps a smaller one is harmless
	}
	defer r.bufs.Put(w)
	return use(w.Bytes())
}
