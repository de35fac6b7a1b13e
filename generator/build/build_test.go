package build

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/corpus"
	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/write"
)

// writeFiles writes files, by slash path, below dir.
func writeFiles(t *testing.T, dir string, files map[string]string) { sitetest.Write(t, dir, files) }

var smallSite = map[string]string{
	"content/site.yaml":                 "title: Test hunt\nbase_url: https://example.com/hunt/\ntimezone: Europe/London\n",
	"content/applications/acme.yaml":    "company: Acme Robotics\nrole: Engineer\napplied: 2026-11-02\n",
	"content/applications/globex.yaml":  "company: Globex\nrole: Analyst\napplied: 2026-11-04\n",
	"content/advice/after-applying.md":  "---\ntitle: After applying\nweight: 10\nactions: [confirm-receipt]\n---\n\nCall once.\n",
	"content/applications/initech.yaml": "company: Initech\nrole: QA\napplied: 2026-10-01\nprivate: true\n",
}

func TestBuild(t *testing.T) {
	t.Run("ErrContentLeavesOutputByteIdentical", func(t *testing.T) {
		src := t.TempDir()
		writeFiles(t, src, smallSite)
		if _, err := Build(Options{Source: src}); err != nil {
			t.Fatal(err)
		}
		before := readDir(t, filepath.Join(src, "public"))
		writeFiles(t, src, map[string]string{"content/applications/acme.yaml": "company: Acme Robotics\nrole: Engineer\napplied: 2026-02-30\n"})
		_, err := Build(Options{Source: src})
		var list model.ErrorList
		if !errors.As(err, &list) {
			t.Fatalf("err = %v, want a content error list", err)
		}
		after := readDir(t, filepath.Join(src, "public"))
		if !maps.EqualFunc(before, after, func(a, b []byte) bool { return string(a) == string(b) }) {
			t.Error("a failed build changed the output")
		}
	})

	t.Run("DeletedRecordDisappears", func(t *testing.T) {
		src := t.TempDir()
		writeFiles(t, src, smallSite)
		if _, err := Build(Options{Source: src}); err != nil {
			t.Fatal(err)
		}
		page := filepath.Join(src, "public", "applications", "globex", "index.html")
		if _, err := os.Stat(page); err != nil {
			t.Fatalf("no page for globex: %v", err)
		}
		if err := os.Remove(filepath.Join(src, "content", "applications", "globex.yaml")); err != nil {
			t.Fatal(err)
		}
		if _, err := Build(Options{Source: src}); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(page); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("page of a deleted record still there: %v", err)
		}
	})

	t.Run("ErrForeignDestKept", func(t *testing.T) {
		src, dest := t.TempDir(), t.TempDir()
		writeFiles(t, src, smallSite)
		writeFiles(t, dest, map[string]string{"notes.txt": "mine"})
		_, err := Build(Options{Source: src, Dest: dest})
		if !errors.Is(err, write.ErrForeignDest) {
			t.Fatalf("err = %v, want ErrForeignDest", err)
		}
		if got := readDir(t, dest); len(got) != 1 || string(got["notes.txt"]) != "mine" {
			t.Errorf("foreign dest changed: %v", got)
		}
	})

	t.Run("PrivateRecordOnlyInPrivateBuild", func(t *testing.T) {
		src := t.TempDir()
		writeFiles(t, src, smallSite)
		pub, err := Render(Options{Source: src})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := pub.Files["applications/initech/index.html"]; ok {
			t.Error("published build has the page of a private record")
		}
		priv, err := Render(Options{Source: src, Private: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := priv.Files["applications/initech/index.html"]; !ok {
			t.Error("private build lacks the page of a private record")
		}
	})

	t.Run("SameBytesWhateverTheZone", func(t *testing.T) {
		src := t.TempDir()
		writeFiles(t, src, smallSite)
		first, err := Render(Options{Source: src})
		if err != nil {
			t.Fatal(err)
		}
		defer func(loc *time.Location) { time.Local = loc }(time.Local)
		time.Local = time.FixedZone("Far east", 13*3600)
		second, err := Render(Options{Source: src})
		if err != nil {
			t.Fatal(err)
		}
		if !maps.EqualFunc(first.Files, second.Files, func(a, b []byte) bool { return string(a) == string(b) }) {
			t.Error("output depends on the machine's time zone")
		}
	})
}

func TestBuildUpToDate(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	src := t.TempDir()
	writeFiles(t, src, smallSite)
	first, err := Build(Options{Source: src})
	if err != nil {
		t.Fatal(err)
	}
	total := first.Stats.Written

	t.Run("NothingChangedNothingDone", func(t *testing.T) {
		res, err := Build(Options{Source: src})
		if err != nil {
			t.Fatal(err)
		}
		if res.Stats.Written != 0 || res.Stats.Unchanged != total || res.Site != nil {
			t.Errorf("stats %+v (site loaded: %v), want all %d unchanged without loading", res.Stats, res.Site != nil, total)
		}
	})

	// restored deletes the output file name and checks that the next
	// build writes it, and it alone, again.
	restored := func(t *testing.T, name string) {
		t.Helper()
		page := filepath.Join(src, "public", filepath.FromSlash(name))
		if err := os.Remove(page); err != nil {
			t.Fatal(err)
		}
		res, err := Build(Options{Source: src})
		if err != nil {
			t.Fatal(err)
		}
		if res.Stats.Written != 1 {
			t.Errorf("stats %+v, want the one deleted file written", res.Stats)
		}
		if _, err := os.Stat(page); err != nil {
			t.Error(err)
		}
	}

	t.Run("DeletedOutputFileRestored", func(t *testing.T) { restored(t, "timeline/index.html") })

	t.Run("DeletedOutputFileRestoredAfterSnapshot", func(t *testing.T) {
		snap := buildUntilSnapshot(t, src)
		restored(t, "applications/acme/index.html")
		if _, err := os.Stat(snap); err == nil {
			t.Error("the snapshot of the destination outlived the build that changed it")
		}
	})

	t.Run("ChangedLayoutRenders", func(t *testing.T) {
		writeFiles(t, src, map[string]string{"layouts/robots.txt": "ignored by nobody\n"})
		res, err := Build(Options{Source: src})
		if err != nil {
			t.Fatal(err)
		}
		if res.Site == nil {
			t.Error("a change in layouts/ did not lead to a build")
		}
	})

	t.Run("OtherOptionsRender", func(t *testing.T) {
		res, err := Build(Options{Source: src, BaseURL: "https://other.example/"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Stats.Written == 0 {
			t.Error("a new base URL wrote nothing")
		}
	})
}

// TestIncrementalBuild checks that a build after a change of records only
// keeps the files of the other applications as they were, and that what
// it leaves is, byte for byte, what a build from scratch writes.
func TestIncrementalBuild(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	src := t.TempDir()
	if err := corpus.Write(src, 40, 3); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Source: src, Dest: dest}); err != nil {
		t.Fatal(err)
	}
	apps := filepath.Join(src, "content", "applications")
	records, err := filepath.Glob(filepath.Join(apps, "*.yaml"))
	if err != nil || len(records) < 6 {
		t.Fatalf("records %v, %v", records, err)
	}
	edit := func(p string, fn func(string) string) func() {
		return func() {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			changed := fn(string(data))
			if changed == string(data) {
				t.Fatalf("the edit of %s changed nothing", p)
			}
			if err := os.WriteFile(p, []byte(changed), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, step := range []struct {
		name        string
		change      func()
		incremental bool
	}{
		{"RenamedCompany", edit(records[0], func(s string) string {
			return strings.Replace(s, "company: ", "company: Renamed ", 1)
		}), true},
		{"NewEvent", edit(records[1], func(s string) string {
			return strings.Replace(s, "events:\n", "events:\n  - {date: 2026-11-20, type: reply, note: \"asked for a call\"}\n", 1)
		}), true},
		{"Added", func() {
			writeFiles(t, apps, map[string]string{"zz-new.yaml": "company: Newco\nrole: Engineer\napplied: 2026-11-16\n"})
		}, true},
		{"Deleted", func() { os.Remove(records[2]) }, true},
		{"MadePrivate", edit(records[3], func(s string) string { return s + "private: true\n" }), true},
		{"Renamed", func() { os.Rename(records[4], filepath.Join(apps, "aaa-renamed.yaml")) }, true},
		{"SettingsChanged", edit(filepath.Join(src, "content", "site.yaml"), func(s string) string {
			return strings.Replace(s, "title: ", "title: New ", 1)
		}), false},
	} {
		t.Run(step.name, func(t *testing.T) {
			step.change()
			res, err := Build(Options{Source: src, Dest: dest})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Stats.Kept > 0; got != step.incremental {
				t.Errorf("kept %d files without rendering them; want some: %v", res.Stats.Kept, step.incremental)
			}
			fresh := filepath.Join(t.TempDir(), "public")
			if _, err := Build(Options{Source: src, Dest: fresh}); err != nil {
				t.Fatal(err)
			}
			got, want := readDir(t, dest), readDir(t, fresh)
			for name := range want {
				if string(got[name]) != string(want[name]) {
					t.Errorf("%s differs from a build from scratch", name)
				}
			}
			for name := range got {
				if _, ok := want[name]; !ok {
					t.Errorf("%s is left, but a build from scratch has no such file", name)
				}
			}
			if g, w := dirsOf(t, dest), dirsOf(t, fresh); !slices.Equal(g, w) {
				t.Errorf("directories %v, want %v", g, w)
			}
		})
	}
}

// dirsOf lists the directories below dir.
func dirsOf(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
