// Package load reads a site's source directory into a model.Site: the
// settings, the application records and the advice pages. It is the first
// stage of the pipeline (load → plan → render → write).
package load

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/followup-dev/followup/generator/internal/parallel"
	"github.com/followup-dev/followup/generator/model"
)

// Site loads the site whose source directory is dir. Content problems of
// every file come back together as a model.ErrorList; I/O problems as other
// errors, at once.
func Site(dir string) (*model.Site, error) {
	src, err := newSource(dir)
	if err != nil {
		return nil, err
	}
	site := &model.Site{}
	var errs model.ErrorList
	if err := src.settings(&site.Settings, &errs); err != nil {
		return nil, err
	}
	decoded, err := each(src, "applications", ".yaml", &errs, func(path string, data []byte) *record {
		return decodeRecord(&site.Settings, path, data)
	})
	if err != nil {
		return nil, err
	}
	var records []*record
	for _, r := range decoded {
		errs = append(errs, r.errs...)
		if len(r.errs) == 0 {
			records = append(records, r)
		}
	}
	checkUIDs(records, &errs)
	type advice struct {
		page *model.AdvicePage
		errs model.ErrorList
	}
	pages, err := each(src, "advice", ".md", &errs, func(path string, data []byte) advice {
		page, perrs := Advice(path, data)
		return advice{page, perrs}
	})
	if err != nil {
		return nil, err
	}
	for _, p := range pages {
		errs = append(errs, p.errs...)
		if p.page != nil {
			site.Advice = append(site.Advice, p.page)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for _, r := range records {
		site.Applications = append(site.Applications, r.app)
	}
	site.Warnings = warnings(records)
	if err := readHistory(src, site); err != nil {
		return nil, err
	}
	SortSite(site)
	return site, nil
}

// SortSite orders the applications by slug and the advice by weight, then
// slug, as Site returns them.
func SortSite(site *model.Site) {
	sort.Slice(site.Applications, func(i, j int) bool {
		return site.Applications[i].Slug < site.Applications[j].Slug
	})
	sort.Slice(site.Advice, func(i, j int) bool {
		a, b := site.Advice[i], site.Advice[j]
		if a.Weight != b.Weight {
			return a.Weight < b.Weight
		}
		return a.Slug < b.Slug
	})
}

// checkUIDs reports records whose calendar ids collide: two records with
// the same id, or an id equal to another record's slug.
func checkUIDs(records []*record, errs *model.ErrorList) {
	seen := map[string]*record{}
	for _, r := range records {
		if r.uid == nil {
			seen[r.app.UID()] = r
		}
	}
	for _, r := range records {
		if r.uid == nil {
			continue
		}
		if other, ok := seen[r.app.UID()]; ok && other != r {
			errs.Add(r.path, r.uid.Line, r.uid.Column, "id %q is also the id of %s: calendar entries would clash",
				r.app.ID, other.path)
			continue
		}
		seen[r.app.UID()] = r
	}
}

// contentPath returns the slash path of a file of the content directory,
// as error messages show it.
func contentPath(dir string, elem ...string) string {
	return filepath.ToSlash(filepath.Join(append([]string{dir, "content"}, elem...)...))
}

// source is a site's source directory, resolved for symlink checks.
type source struct {
	dir  string
	root string // absolute, symlinks resolved
}

// newSource resolves dir for the symlink checks of read and each.
func newSource(dir string) (*source, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	root, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	return &source{dir: dir, root: root}, nil
}

// settings loads content/site.yaml into s, which is usable even with problems.
func (src *source) settings(s *model.Settings, errs *model.ErrorList) error {
	path := contentPath(src.dir, "site.yaml")
	*s = defaultSettings()
	data, ok, err := src.read(path, "missing site settings: create this file (followup init writes one)", errs)
	if err != nil || !ok {
		return err
	}
	settings, serrs := SettingsFile(path, data)
	*s = settings
	*errs = append(*errs, serrs...)
	return nil
}

// read reads the file at a slash path. A missing file (reported with the
// message missing), or one that leads outside the source directory, is a
// content problem (ok is false).
func (src *source) read(path, missing string, errs *model.ErrorList) (data []byte, ok bool, err error) {
	name := filepath.FromSlash(path)
	real, err := filepath.EvalSymlinks(name)
	if errors.Is(err, fs.ErrNotExist) {
		if _, lerr := os.Lstat(name); lerr == nil {
			errs.Add(path, 0, 0, "broken symbolic link")
		} else {
			errs.Add(path, 0, 0, "%s", missing)
		}
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("load: %w", err)
	}
	if !src.inside(real) {
		errs.Add(path, 0, 0, "symbolic link leads outside the source directory; copy the file in instead")
		return nil, false, nil
	}
	data, err = os.ReadFile(name)
	if err != nil {
		return nil, false, fmt.Errorf("load: %w", err)
	}
	return data, true, nil
}

// inside reports whether the resolved path real is within the source directory.
func (src *source) inside(real string) bool {
	abs, err := filepath.Abs(real)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(src.root, abs)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// each calls decode with every file of content/<sub> ending in ext, on
// every core, and returns the results in name order. Hidden files and other
// extensions are passed over; a missing directory has no files.
func each[T any](src *source, sub, ext string, errs *model.ErrorList, decode func(path string, data []byte) T) ([]T, error) {
	dir := contentPath(src.dir, sub)
	real, err := filepath.EvalSymlinks(filepath.FromSlash(dir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	if !src.inside(real) {
		errs.Add(dir, 0, 0, "symbolic link leads outside the source directory")
		return nil, nil
	}
	entries, err := os.ReadDir(filepath.FromSlash(dir))
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	var files []fs.DirEntry
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || e.IsDir() {
			continue
		}
		if ext == ".yaml" && strings.HasSuffix(name, ".yml") {
			errs.Add(dir+"/"+name, 0, 0, "records end in .yaml: rename this file to %s", strings.TrimSuffix(name, ".yml")+".yaml")
			continue
		}
		if strings.HasSuffix(name, ext) {
			files = append(files, e)
		}
	}
	type result struct {
		val  T
		ok   bool
		errs model.ErrorList
		err  error
	}
	results := make([]result, len(files))
	parallel.For(len(files), func(i int) bool {
		r := &results[i]
		path := dir + "/" + files[i].Name()
		var data []byte
		if files[i].Type()&fs.ModeSymlink == 0 {
			// A plain file in a directory already known to be inside the source.
			data, r.err = os.ReadFile(filepath.FromSlash(path))
			r.ok = r.err == nil
			if r.err != nil {
				r.err = fmt.Errorf("load: %w", r.err)
			}
		} else {
			data, r.ok, r.err = src.read(path, "missing file", &r.errs)
		}
		if r.ok {
			r.val = decode(path, data)
		}
		return true
	})
	var out []T
	for _, r := range results {
		if r.err != nil {
			return nil, r.err
		}
		*errs = append(*errs, r.errs...)
		if r.ok {
			out = append(out, r.val)
		}
	}
	return out, nil
}
