// Package scaffold writes new content for a site: a fresh site for
// `followup init` and a commented record template for `followup new`.
package scaffold

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"time"
)

//go:embed files
var files embed.FS

// extras are the files Init writes besides the content defaults: the slash
// path in the new site and the embedded file it is copied from.
var extras = []struct{ dest, src string }{
	{"content/site.yaml", "files/site.yaml"},
	{".gitignore", "files/gitignore"},
	{".github/workflows/pages.yml", "files/pages.yml"},
	{".github/workflows/followup-today.yml", "files/followup-today.yml"},
	{".github/workflows/followup-issues.yml", "files/followup-issues.yml"},
	{"content/applications/README.md", "files/applications-readme.md"},
}

// Options are the choices of a new site that Init writes into its files.
type Options struct {
	// Version is the version of followup its workflows run (see Version);
	// "" runs the newest release.
	Version string
	// Location is the hunt's time zone, written in its settings and in the
	// schedule of the daily workflow; nil for UTC.
	Location *time.Location
	// Year is the year whose time zone rules set the daily schedule; 0 for
	// this one.
	Year int
}

// Init writes a fresh site into dir, which must be empty or not exist yet
// (a lone .git directory is allowed). defaults holds the files of a content
// directory (advice/, scripts/), copied to dir/content; its site.yaml and
// applications, those of an example hunt, are left out: the new site gets
// settings of its own to fill in, and no records. Init also writes a
// .gitignore for the build output and a GitHub Actions workflow that
// publishes the site on GitHub Pages. The new site is encrypted: its
// settings turn publish.encrypt on with a salt of its own, and the workflow
// builds with the FOLLOWUP_PASSPHRASE secret, running followup at
// o.Version.
func Init(dir string, defaults fs.FS, o Options) error {
	if err := checkEmpty(dir); err != nil {
		return err
	}
	if o.Location == nil {
		o.Location = time.UTC
	}
	if o.Year == 0 {
		o.Year = time.Now().Year()
	}
	err := fs.WalkDir(defaults, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == "applications" && d.IsDir() {
			return fs.SkipDir
		}
		if p == "site.yaml" {
			return nil
		}
		if d.IsDir() {
			return nil
		}
		data, err := fs.ReadFile(defaults, p)
		if err != nil {
			return err
		}
		return writeNew(dir, path.Join("content", p), data)
	})
	if err != nil {
		return fmt.Errorf("init: %w", err)
	}
	for _, x := range extras {
		data, err := files.ReadFile(x.src)
		if err != nil {
			return fmt.Errorf("init: %w", err)
		}
		if x.dest == "content/site.yaml" {
			data = bytes.Replace(data, []byte("{{salt}}"), []byte(newSalt()), 1)
			data = bytes.Replace(data, []byte("\ntimezone: UTC\n"), []byte("\ntimezone: "+o.Location.String()+"\n"), 1)
		}
		if path.Dir(x.dest) == ".github/workflows" {
			data = fillWorkflow(data, o)
		}
		if err := writeNew(dir, x.dest, data); err != nil {
			return fmt.Errorf("init: %w", err)
		}
	}
	return nil
}

// checkEmpty returns an error unless dir is missing or an empty directory.
func checkEmpty(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("init: %w", err)
	}
	for _, e := range entries {
		if e.Name() != ".git" {
			return fmt.Errorf("init: %s is not empty (it holds %s): choose a new or empty directory", dir, e.Name())
		}
	}
	return nil
}

// newSalt returns 16 random bytes in hex: a new site's publish.salt.
func newSalt() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	return hex.EncodeToString(b)
}
