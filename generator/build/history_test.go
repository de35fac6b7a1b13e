package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/gittest"
)

// TestCommitWithoutAChangeRebuilds builds a hunt kept in git with an edit
// not yet committed, commits the edit, and builds again: the stamps of the
// edited events are now the commit's, in the destination of the first
// build as in a new one. The content did not change, its history did.
func TestCommitWithoutAChangeRebuilds(t *testing.T) {
	gittest.Require(t)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	src := t.TempDir()
	writeFiles(t, src, smallSite)
	gittest.Run(t, src, "", "init", "-q")
	gittest.Run(t, src, "2026-11-03T12:00:00Z", "add", "-A")
	gittest.Run(t, src, "2026-11-03T12:00:00Z", "commit", "-q", "-m", "hunt")

	acme := filepath.Join(src, "content", "applications", "acme.yaml")
	writeFiles(t, src, map[string]string{"content/applications/acme.yaml": strings.Replace(smallSite["content/applications/acme.yaml"], "Acme Robotics", "Acme Labs", 1)})
	written := time.Date(2026, 11, 4, 8, 15, 0, 0, time.UTC)
	if err := os.Chtimes(acme, written, written); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Source: src, Dest: dest}); err != nil {
		t.Fatal(err)
	}
	feed := func(dir string) string {
		data, err := os.ReadFile(filepath.Join(dir, "applications", "acme", "calendar.ics"))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	if got := feed(dest); !strings.Contains(got, "DTSTAMP:20261104T081500Z") {
		t.Fatalf("the uncommitted edit is not stamped when it was written:\n%s", got)
	}

	gittest.Run(t, src, "2026-11-05T09:30:00Z", "commit", "-q", "-a", "-m", "rename")
	res, err := Build(Options{Source: src, Dest: dest})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Written == 0 {
		t.Errorf("stats %+v: the commit left the build as it was", res.Stats)
	}
	fresh := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Source: src, Dest: fresh}); err != nil {
		t.Fatal(err)
	}
	got, want := feed(dest), feed(fresh)
	if got != want {
		t.Errorf("the feed depends on the destination:\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(got, "DTSTAMP:20261105T093000Z") || strings.Contains(got, "DTSTAMP:20261104T081500Z") {
		t.Errorf("the committed edit is not stamped with its commit:\n%s", got)
	}
}
