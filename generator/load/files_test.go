package load

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

const validSite = `
-- content/site.yaml --
base_url: https://jo.example/
-- content/applications/acme.yaml --
company: Acme
role: Dev
applied: 2026-11-02
-- content/advice/calls.md --
---
title: Calls
---
`

// TestSiteNamesNotRead checks that a file or directory named almost like
// the files load reads is reported, never silently left out.
func TestSiteNamesNotRead(t *testing.T) {
	dir := t.TempDir()
	writeSite(t, dir, validSite+`
-- content/applications/Other.YAML --
company: Other
role: Dev
applied: 2026-11-02
-- content/applications/notes.txt --
not a record, and not named like one
-- content/applications/other.posting.md --
# A posting's description, kept beside its record: not read
-- content/advice/extra.MD --
---
title: Extra
---
-- content/applications/x.yaml/inner.yaml --
company: Inner
role: Dev
applied: 2026-11-02
-- content/advice/y.md/page.md --
`)
	t.Chdir(dir)
	_, err := Site(".")
	want := "content/advice/extra.MD:1:1: the extension should be .md in lower case: rename this file to extra.md\n" +
		"content/advice/y.md:1:1: this is a directory, but its name ends in .md like the files read here: rename it or move it out of content/\n" +
		"content/applications/Other.YAML:1:1: the extension should be .yaml in lower case: rename this file to Other.yaml\n" +
		"content/applications/x.yaml:1:1: this is a directory, but its name ends in .yaml like the files read here: rename it or move it out of content/"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant\n%s", err, want)
	}
}

func TestSiteSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	writeSite(t, dir, validSite)
	links := map[string]string{
		"content/applications/loop.yaml": "loop.yaml",
		"content/advice/a.md":            "b.md",
		"content/advice/b.md":            "a.md",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Skipf("cannot make symlinks here: %v", err)
		}
	}
	t.Chdir(dir)
	_, err := Site(".")
	const msg = ":1:1: symbolic link loop: the links lead back to themselves; replace the link by what it should name"
	want := "content/advice/a.md" + msg + "\ncontent/advice/b.md" + msg + "\ncontent/applications/loop.yaml" + msg
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant\n%s", err, want)
	}
}

func TestSiteSettingsDirectory(t *testing.T) {
	dir := t.TempDir()
	writeSite(t, dir, "-- content/site.yaml/x --\n")
	t.Chdir(dir)
	_, err := Site(".")
	want := "content/site.yaml:1:1: this is a directory, not a file of text: move it out of content/"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant %s", err, want)
	}
}

func TestSiteContextCancelled(t *testing.T) {
	dir := t.TempDir()
	writeSite(t, dir, validSite)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	site, err := SiteContext(ctx, dir)
	if !errors.Is(err, context.Canceled) || site != nil {
		t.Errorf("SiteContext with a cancelled context = %v, %v; want context.Canceled", site != nil, err)
	}
	if _, err := SiteContext(context.Background(), dir); err != nil {
		t.Errorf("the same site with a live context: %v", err)
	}
}
