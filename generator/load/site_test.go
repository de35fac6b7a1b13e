package load

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/followup-dev/followup/generator/model"
)

// writeSite writes the files of a txtar archive under dir.
func writeSite(t testing.TB, dir, archive string) {
	t.Helper()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		name := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// siteIn writes the archive to a fresh directory, makes it the working
// directory and loads ".", so paths in errors start with content/.
func siteIn(t *testing.T, archive string) (*model.Site, error) {
	t.Helper()
	dir := t.TempDir()
	writeSite(t, dir, archive)
	t.Chdir(dir)
	return Site(".")
}

func TestSite(t *testing.T) {
	site, err := siteIn(t, `
-- content/site.yaml --
base_url: https://jo.example/hunt
timezone: Europe/Paris
-- content/applications/zeta-ops.yaml --
company: Zeta
role: Ops
applied: 2026-11-02
events:
  - {date: 2026-11-20T10:00, type: interview}
-- content/applications/acme-dev.yaml --
company: Acme
role: Developer
applied: 2026-11-01
-- content/applications/README.md --
Not a record.
-- content/applications/.#acme-dev.yaml --
an editor's lock file
-- content/applications/acme-dev.yaml~ --
a backup
-- content/advice/later.md --
---
title: Later
weight: 10
---
-- content/advice/b-first.md --
---
title: First B
weight: 1
---
-- content/advice/a-first.md --
---
title: First A
weight: 1
---
`)
	if err != nil {
		t.Fatalf("unexpected error:\n%v", err)
	}
	var slugs []string
	for _, a := range site.Applications {
		slugs = append(slugs, a.Slug+"@"+a.Path)
	}
	if got, want := strings.Join(slugs, " "), "acme-dev@content/applications/acme-dev.yaml zeta-ops@content/applications/zeta-ops.yaml"; got != want {
		t.Errorf("applications = %s, want %s", got, want)
	}
	var pages []string
	for _, p := range site.Advice {
		pages = append(pages, p.Slug)
	}
	if got, want := strings.Join(pages, " "), "a-first b-first later"; got != want {
		t.Errorf("advice = %s, want %s (by weight, then slug)", got, want)
	}
	// 10:00 in Paris is 09:00 UTC in November: the settings' zone reached the record.
	if got, want := site.Applications[1].Events[0].Start.UTC().Format("15:04"), "09:00"; got != want {
		t.Errorf("interview at %s UTC, want %s", got, want)
	}
}

func TestSiteReportsEveryFile(t *testing.T) {
	_, err := siteIn(t, `
-- content/site.yaml --
base_url: https://jo.example/
timezone: Mars/Olympus
-- content/applications/b.yaml --
company: B
role: Dev
applied: 2026-02-30
-- content/applications/a.yaml --
company: A
role: Dev
-- content/applications/old.yml --
company: Old
-- content/advice/x.md --
no front matter
`)
	var list model.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v is not a model.ErrorList", err)
	}
	want := []string{
		`content/advice/x.md:1:1: missing front matter`,
		`content/applications/a.yaml:1:1: missing required key "applied"`,
		`content/applications/b.yaml:3:10: invalid date "2026-02-30"`,
		`content/applications/old.yml:1:1: records end in .yaml: rename this file to old.yaml`,
		`content/site.yaml:2:11: unknown time zone "Mars/Olympus"`,
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(lines), len(want), err)
	}
	for i := range want {
		if !strings.HasPrefix(lines[i], want[i]) {
			t.Errorf("error %d = %s\nwant it to start %s", i, lines[i], want[i])
		}
	}
}

func TestSiteMissingSettings(t *testing.T) {
	_, err := siteIn(t, "-- content/applications/a.yaml --\ncompany: A\nrole: Dev\napplied: 2026-11-02\n")
	if got, want := err.Error(), "content/site.yaml:1:1: missing site settings: create this file (followup init writes one)"; got != want {
		t.Errorf("error = %s, want %s", got, want)
	}
}

func TestSiteWithoutApplicationsOrAdvice(t *testing.T) {
	site, err := siteIn(t, "-- content/site.yaml --\nbase_url: https://jo.example/\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(site.Applications) != 0 || len(site.Advice) != 0 {
		t.Errorf("got %d applications, %d pages", len(site.Applications), len(site.Advice))
	}
}

func TestSitePathsUnderDir(t *testing.T) {
	dir := t.TempDir()
	writeSite(t, dir, "-- hunt/content/site.yaml --\nbase_url: ftp://x\n")
	t.Chdir(dir)
	_, err := Site("hunt")
	if err == nil || !strings.HasPrefix(err.Error(), "hunt/content/site.yaml:1:11: base_url") {
		t.Errorf("error = %v, want it at hunt/content/site.yaml:1:11", err)
	}
}

func TestSiteDuplicateIDs(t *testing.T) {
	_, err := siteIn(t, `
-- content/site.yaml --
base_url: https://jo.example/
-- content/applications/a.yaml --
company: A
role: Dev
applied: 2026-11-02
id: b
-- content/applications/b.yaml --
company: B
role: Dev
applied: 2026-11-02
-- content/applications/c.yaml --
company: C
role: Dev
applied: 2026-11-02
id: c
`)
	// c.yaml naming itself is fine; a.yaml taking b.yaml's slug is not.
	want := `content/applications/a.yaml:4:5: id "b" is also the id of content/applications/b.yaml: calendar entries would clash`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestSiteSymlinks(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.yaml")
	if err := os.WriteFile(outside, []byte("company: X\nrole: Y\napplied: 2026-11-02\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeSite(t, dir, `
-- content/site.yaml --
base_url: https://jo.example/
-- shared/inside.yaml --
company: In
role: Dev
applied: 2026-11-02
`)
	apps := filepath.Join(dir, "content", "applications")
	if err := os.MkdirAll(apps, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, target := range map[string]string{
		"inside.yaml":  filepath.Join("..", "..", "shared", "inside.yaml"),
		"outside.yaml": outside,
		"broken.yaml":  "nowhere.yaml",
	} {
		if err := os.Symlink(target, filepath.Join(apps, name)); err != nil {
			t.Skipf("cannot make symlinks here: %v", err)
		}
	}
	t.Chdir(dir)
	_, err := Site(".")
	want := "content/applications/broken.yaml:1:1: broken symbolic link\n" +
		"content/applications/outside.yaml:1:1: symbolic link leads outside the source directory; copy the file in instead"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant %s", err, want)
	}
	for _, name := range []string{"broken.yaml", "outside.yaml"} {
		if err := os.Remove(filepath.Join(apps, name)); err != nil {
			t.Fatal(err)
		}
	}
	site, err := Site(".")
	if err != nil || len(site.Applications) != 1 || site.Applications[0].Company != "In" {
		t.Errorf("a link within the source directory should load: %v", err)
	}
}
