package render

import (
	"errors"
	"html/template"
	"io"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"

	"github.com/followup-dev/followup/generator/internal/bound"
	"github.com/followup-dev/followup/generator/model"
)

// limits returns the bounds every execution of a template of r runs within.
func (o Options) limits() bound.Limits {
	return bound.Limits{Context: o.Context, Timeout: o.TemplateTimeout}
}

// execute runs the page template t, of the layout file page, into w within
// r's limits. Its errors are content errors at the layout file, except the
// end of r's context. When it fails, w must not be used again: the
// execution may still be running.
func (r *Renderer) execute(t *template.Template, page string, w io.Writer, data any) error {
	prefix := layoutsPrefix(r.opts.LayoutsDir)
	err := bound.Run(r.opts.limits(), path.Join(prefix, page), w, func(w io.Writer) error {
		return t.ExecuteTemplate(w, "base", data)
	})
	if err == nil || r.opts.limits().Err() != nil {
		return err
	}
	return layoutError(prefix, page, err)
}

// layoutsPrefix returns the slash path errors name the layouts directory
// dir by: dir itself, or "layouts" for the embedded layouts.
func layoutsPrefix(dir string) string {
	if dir == "" {
		return "layouts"
	}
	return filepath.ToSlash(dir)
}

// checkRanges refuses the ranges over constants too large to run in the
// templates t holds that were parsed from the layout file name.
func checkRanges(t *template.Template, prefix, name string) error {
	var errs model.ErrorList
	for _, d := range t.Templates() {
		if d.Tree == nil || d.Tree.ParseName != name {
			continue
		}
		for _, err := range bound.Ranges(d.Tree) {
			errs = append(errs, layoutError(prefix, name, err)...)
		}
	}
	return errs.Err()
}

// templateErr matches the errors of text/template ("template: name:line:
// msg", "template: name:line:col: msg") and of html/template
// ("html/template:name:line:col: msg", "html/template:name: msg").
var templateErr = regexp.MustCompile(`(?s)^(?:html/)?template: ?([^:]+):(?:(\d+):(?:(\d+):)?)? (.*)$`)

// layoutError turns an error of a layout, met while parsing or executing
// the layout file page, into a content error at layouts/NAME:line:col,
// where NAME is the file the error is in and prefix the slash path of the
// layouts directory.
func layoutError(prefix, page string, err error) model.ErrorList {
	if le := (*bound.Error)(nil); errors.As(err, &le) {
		return model.ErrorList{{Path: le.Name, Msg: le.Message()}}
	}
	m := templateErr.FindStringSubmatch(err.Error())
	if m == nil {
		return model.ErrorList{{Path: path.Join(prefix, page), Msg: err.Error()}}
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	if m[3] != "" {
		col++ // text/template counts bytes from 0
	}
	return model.ErrorList{{Path: path.Join(prefix, m[1]), Line: line, Col: col, Msg: m[4]}}
}

// allLayoutErrors returns, when first is a content error of one layout
// file, the content errors of every layout file, each parsed on its own,
// so that all are reported at once; else first.
func allLayoutErrors(o *overlay, first error) error {
	var list model.ErrorList
	if !errors.As(first, &list) {
		return first
	}
	partials, err := o.files("partials")
	if err != nil {
		return first
	}
	var all model.ErrorList
	for _, name := range slices.Concat([]string{"base.html"}, partials, pageLayouts) {
		err := parseInto(template.New(name), o, name)
		if errors.As(err, &list) {
			all = append(all, list...)
		}
	}
	if len(all) == 0 {
		return first
	}
	return all.Err()
}
