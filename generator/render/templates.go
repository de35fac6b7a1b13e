package render

import (
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/followup-dev/followup/layouts"
)

// pageLayouts lists the page templates, each a file of the layouts
// directory that defines "main" (and may define "title").
var pageLayouts = []string{
	"dashboard.html", "timeline.html", "application.html", "calls.html",
	"playbook.html", "calendar.html", "advice.html", "script.html", "404.html", "report-page.html",
}

// overlay is the embedded layouts with a site's own files on top: a file
// of the site replaces the embedded file of the same name.
type overlay struct {
	site   fs.FS // nil when the site has no layouts
	base   fs.FS
	prefix string // the slash path errors name the layouts by
}

// layoutsFS returns the layouts a build uses. The site's directory is
// opened as an os.Root, so its symlinks cannot lead out of it.
func layoutsFS(dir string) (*overlay, error) {
	o := &overlay{base: layouts.FS, prefix: layoutsPrefix(dir)}
	if dir == "" {
		return o, nil
	}
	root, err := os.OpenRoot(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return o, nil
	}
	if err != nil {
		return nil, err
	}
	o.site = root.FS()
	return o, nil
}

// readFile reads name from the site's layouts, else from the embedded ones.
func (o *overlay) readFile(name string) ([]byte, error) {
	if o.site != nil {
		data, err := fs.ReadFile(o.site, name)
		if err == nil {
			return data, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("layouts/%s: %w", name, err)
		}
	}
	return fs.ReadFile(o.base, name)
}

// files lists the regular files under dir in both layers, sorted.
func (o *overlay) files(dir string) ([]string, error) {
	var names []string
	for _, fsys := range []fs.FS{o.base, o.site} {
		if fsys == nil {
			continue
		}
		err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if errors.Is(err, fs.ErrNotExist) && p == dir {
				return fs.SkipDir
			}
			if err != nil {
				return err
			}
			if d.Type().IsRegular() && !strings.HasPrefix(d.Name(), ".") {
				names = append(names, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("layouts/%s: %w", dir, err)
		}
	}
	slices.Sort(names)
	return slices.Compact(names), nil
}

// parsePages parses base.html and the partials once, then each page on a
// clone of them, with the parts of the frame that depend on the kind of
// page alone rendered once (see useFrameParts).
func parsePages(o *overlay) (map[string]*template.Template, error) {
	root, err := parseFrame(o)
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, name := range pageLayouts {
		t, err := parsePage(root, o, name)
		if err != nil {
			return nil, err
		}
		orig, err := t.Clone()
		if err != nil {
			return nil, err
		}
		if t, err = useFrameParts(t, orig); err != nil {
			return nil, err
		}
		pages[name] = t
	}
	return pages, nil
}

// parseFrame parses base.html and the partials, the templates every page
// shares.
func parseFrame(o *overlay) (*template.Template, error) {
	root := template.New("layouts")
	names, err := frameFiles(o)
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		if err := parseInto(root, o, name); err != nil {
			return nil, err
		}
	}
	return root, nil
}

// frameFiles lists base.html and the partials.
func frameFiles(o *overlay) ([]string, error) {
	partials, err := o.files("partials")
	if err != nil {
		return nil, err
	}
	return append([]string{"base.html"}, partials...), nil
}

// parsePage returns a clone of root, the shared templates, with the page
// layout name parsed into it.
func parsePage(root *template.Template, o *overlay, name string) (*template.Template, error) {
	t, err := root.Clone()
	if err != nil {
		return nil, err
	}
	if err := parseInto(t, o, name); err != nil {
		return nil, err
	}
	return t, nil
}

// parseInto adds the templates of one layout file to t.
func parseInto(t *template.Template, o *overlay, name string) error {
	src, err := o.readFile(name)
	if err != nil {
		return err
	}
	if _, err := t.New(name).Parse(string(src)); err != nil {
		return layoutError(o.prefix, name, err)
	}
	return checkRanges(t, o.prefix, name)
}

// readAssets reads every file under assets/, keyed by its output path.
func readAssets(o *overlay) (Files, error) {
	names, err := o.files("assets")
	if err != nil {
		return nil, err
	}
	out := Files{}
	for _, name := range names {
		data, err := o.readFile(name)
		if err != nil {
			return nil, err
		}
		out[path.Clean(name)] = data
	}
	return out, nil
}
