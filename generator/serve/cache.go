package serve

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// siteCache holds the decoded files of a site, so that a save decodes only
// the file saved. It gives the same site and the same errors as load.Site;
// where a site is out of the ordinary (a symbolic link, a .yml record, no
// settings file, two records with one calendar id) it asks load.Site itself.
type siteCache struct {
	dir string // the source directory as given: error paths start with it
	abs string // the same, absolute

	settings     model.Settings
	settingsErrs model.ErrorList
	apps         map[string]cached[*model.Application] // by slash path
	advice       map[string]cached[*model.AdvicePage]
	unusual      bool // load.Site builds the site
}

// cached is one decoded file: its value, or its problems.
type cached[T any] struct {
	val  T
	errs model.ErrorList
}

func newSiteCache(dir string) (*siteCache, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	return &siteCache{dir: dir, abs: abs}, nil
}

// contentPath returns the slash path of a file of content/, as load.Site
// names it in messages.
func (c *siteCache) contentPath(elem ...string) string {
	return filepath.ToSlash(filepath.Join(append([]string{c.dir, "content"}, elem...)...))
}

// reload decodes every file of the site.
func (c *siteCache) reload() error {
	c.unusual = false
	c.apps = map[string]cached[*model.Application]{}
	c.advice = map[string]cached[*model.AdvicePage]{}
	if err := c.readSettings(); err != nil {
		return err
	}
	for _, sub := range []string{"", "applications", "advice"} {
		if fi, err := os.Lstat(filepath.Join(c.abs, "content", sub)); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			c.unusual = true
		}
	}
	if err := c.readDir("applications", ".yaml"); err != nil {
		return err
	}
	return c.readDir("advice", ".md")
}

func (c *siteCache) readSettings() error {
	name := filepath.Join(c.abs, "content", "site.yaml")
	fi, err := os.Lstat(name)
	if err != nil || !fi.Mode().IsRegular() {
		c.unusual = true // missing, or a link: load.Site says what is wrong
		return nil
	}
	data, err := load.ReadRegularFile(c.contentPath("site.yaml"), name)
	var problem *model.Error
	if errors.As(err, &problem) {
		c.unusual = true
		return nil
	}
	if err != nil {
		return err
	}
	c.settings, c.settingsErrs = load.SettingsFile(c.contentPath("site.yaml"), data)
	return nil
}

// readDir decodes every file of content/<sub> ending in ext, passing over
// hidden files and directories as load.Site does.
func (c *siteCache) readDir(sub, ext string) error {
	entries, err := os.ReadDir(filepath.Join(c.abs, "content", sub))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := c.readFile(sub, e.Name(), ext); err != nil {
			return err
		}
	}
	return nil
}

// readFile decodes content/<sub>/<name>, or forgets it when it is gone.
// A name load.Site has something to say about (a .yml record, a capital
// extension, a directory or a link named like a file it reads) makes the
// site unusual.
func (c *siteCache) readFile(sub, name, ext string) error {
	path := c.contentPath(sub, name)
	delete(c.apps, path)
	delete(c.advice, path)
	lower := strings.ToLower(name)
	switch {
	case strings.HasPrefix(name, "."):
		return nil
	case sub == "applications" && strings.HasSuffix(lower, ".yml"), strings.HasSuffix(lower, ext) && !strings.HasSuffix(name, ext):
		c.unusual = true
		return nil
	case !strings.HasSuffix(name, ext):
		return nil
	}
	fi, err := os.Lstat(filepath.Join(c.abs, "content", sub, name))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !fi.Mode().IsRegular():
		c.unusual = true // a directory, a pipe or a link: load.Site says what is wrong
		return nil
	}
	data, err := load.ReadRegularFile(path, filepath.Join(c.abs, "content", sub, name))
	var problem *model.Error
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case errors.As(err, &problem):
		c.unusual = true // it became something else since Lstat
		return nil
	case err != nil:
		return err
	}
	if sub == "applications" {
		app, errs := load.Application(&c.settings, path, data)
		c.apps[path] = cached[*model.Application]{app, errs}
	} else {
		page, errs := load.Advice(path, data)
		c.advice[path] = cached[*model.AdvicePage]{page, errs}
	}
	return nil
}

// update decodes again what the changed files (absolute paths) touch: one
// record or advice page each, or everything when the settings, a directory
// or something unexpected changed.
func (c *siteCache) update(changed []string) error {
	if c.apps == nil || c.unusual {
		return c.reload()
	}
	for _, p := range changed {
		rel, err := filepath.Rel(filepath.Join(c.abs, "content"), p)
		if err != nil || strings.HasPrefix(rel, "..") {
			continue // layouts: no content to decode
		}
		sub, name := filepath.Split(rel)
		sub = filepath.Clean(sub)
		switch {
		case sub == "applications" && !isDir(p):
			err = c.readFile(sub, name, ".yaml")
		case sub == "advice" && !isDir(p):
			err = c.readFile(sub, name, ".md")
		case sub == "scripts" || strings.HasPrefix(sub, "scripts"+string(filepath.Separator)) || rel == "scripts":
			continue // wording the renderer reads
		default: // site.yaml, a directory, a new folder in content/
			return c.reload()
		}
		if err != nil {
			return err
		}
		if c.unusual {
			return nil
		}
	}
	return nil
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// site returns the site as load.Site would, with every problem of every
// file together.
func (c *siteCache) site() (*model.Site, error) {
	if c.unusual {
		return load.Site(c.dir)
	}
	errs := append(model.ErrorList(nil), c.settingsErrs...)
	site := &model.Site{Settings: c.settings}
	uids := make(map[string]bool, len(c.apps))
	clash := false
	for _, e := range c.apps {
		errs = append(errs, e.errs...)
		if e.val != nil {
			site.Applications = append(site.Applications, e.val)
			clash = clash || uids[e.val.UID()]
			uids[e.val.UID()] = true
		}
	}
	for _, e := range c.advice {
		errs = append(errs, e.errs...)
		if e.val != nil {
			site.Advice = append(site.Advice, e.val)
		}
	}
	if clash {
		return load.Site(c.dir) // it says which records clash, and where
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	load.SortSite(site)
	return site, nil
}
