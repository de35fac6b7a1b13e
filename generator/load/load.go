// Package load reads a site's source directory into a model.Site: the
// settings, the application records, the advice pages, the activities
// of the work-search log and the phrases the hunt adds to followup inbox's
// rules. It is the first
// stage of the pipeline (load → plan → render → write).
package load

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"

	"github.com/followup-dev/followup/generator/model"
)

// Site loads the site whose source directory is dir. Content problems of
// every file come back together as a model.ErrorList; I/O problems as other
// errors, at once.
func Site(dir string) (*model.Site, error) {
	return SiteContext(context.Background(), dir)
}

// SiteContext is Site, stopping with ctx: once ctx is done no further file
// is read, and the error wraps ctx.Err().
func SiteContext(ctx context.Context, dir string) (*model.Site, error) {
	return (&Loader{dir: dir}).Site(ctx)
}

// Site loads the site as the function Site does, decoding again only the
// files whose bytes changed since the last call (every file, when the
// settings changed). Everything else is done anew: the site-wide checks,
// the warnings and the history git holds.
func (l *Loader) Site(ctx context.Context) (*model.Site, error) {
	src, err := newSource(l.dir)
	if err != nil {
		return nil, err
	}
	l.begin()
	defer l.end()
	site := &model.Site{}
	var errs model.ErrorList
	settingsData, err := src.settings(&site.Settings, &errs)
	if err != nil {
		return nil, err
	}
	l.settingsRead(settingsData)
	decoded, err := each(ctx, src, "applications", ".yaml", &errs, func(path string, data []byte) *record {
		return keep(l, path, data, func() *record { return decodeRecord(&site.Settings, path, data) }).copy()
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
	pages, err := each(ctx, src, "advice", ".md", &errs, func(path string, data []byte) advice {
		return keep(l, path, data, func() advice {
			page, perrs := Advice(path, data)
			return advice{page, perrs}
		})
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
	if err := src.activities(ctx, l, site, &errs); err != nil {
		return nil, err
	}
	if err := src.inboxRules(site, &errs); err != nil {
		return nil, err
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

// activities loads content/activities/ into site.
func (src *source) activities(ctx context.Context, l *Loader, site *model.Site, errs *model.ErrorList) error {
	type activity struct {
		act  *model.Activity
		errs model.ErrorList
	}
	acts, err := each(ctx, src, "activities", ".yaml", errs, func(path string, data []byte) activity {
		return keep(l, path, data, func() activity {
			act, aerrs := Activity(path, data)
			return activity{act, aerrs}
		})
	})
	if err != nil {
		return err
	}
	for _, a := range acts {
		*errs = append(*errs, a.errs...)
		if a.act != nil {
			site.Activities = append(site.Activities, a.act)
		}
	}
	return nil
}

// SortSite orders the applications by slug, the advice by weight, then
// slug, and the activities by date, then slug, as Site returns them.
func SortSite(site *model.Site) {
	sort.Slice(site.Activities, func(i, j int) bool {
		a, b := site.Activities[i], site.Activities[j]
		if c := a.Date.Compare(b.Date); c != 0 {
			return c < 0
		}
		return a.Slug < b.Slug
	})
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

// settings loads content/site.yaml into s, which is usable even with
// problems, and returns the bytes read (nil when there are none).
func (src *source) settings(s *model.Settings, errs *model.ErrorList) ([]byte, error) {
	path := contentPath(src.dir, "site.yaml")
	*s = defaultSettings()
	data, ok, err := src.read(path, "missing site settings: create this file (followup init writes one)", errs)
	if err != nil || !ok {
		return nil, err
	}
	settings, serrs := SettingsFile(path, data)
	*s = settings
	*errs = append(*errs, serrs...)
	return data, nil
}
