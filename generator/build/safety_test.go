package build

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/toolcheck"
	"github.com/followup-dev/followup/generator/write"
)

// TestBuildNeverFollowsLinkInDest plants what a cloned hunt could carry:
// a committed public/ whose marker lists x/id_rsa, with x a symbolic link
// to another directory. The build must neither delete nor read the file
// behind the link, and must fail naming public/x, whether or not the
// inputs changed since the last build, and whether the marker names the
// file as older versions did or by the SHA-256 of its path and of x/
// (worked out with sha256sum).
func TestBuildNeverFollowsLinkInDest(t *testing.T) {
	plain := "x/id_rsa\n"
	hashed := "949d6e4859fe8b852d9fa9f2902b80909052f92441f489d95147c33714054819\n" +
		"361757e6040c0546eedf814ad788411c2156b583f7ad33128d14df19ca66a50e\n"
	for _, c := range []struct {
		name    string
		changed bool
		lines   string
	}{
		{"ErrUnchangedInputs", false, plain},
		{"ErrChangedInputs", true, plain},
		{"ErrUnchangedInputsHashed", false, hashed},
		{"ErrChangedInputsHashed", true, hashed},
	} {
		changed := c.changed
		t.Run(c.name, func(t *testing.T) {
			src, home := t.TempDir(), t.TempDir()
			writeFiles(t, src, smallSite)
			if _, err := Build(Options{Source: src}); err != nil {
				t.Fatal(err)
			}
			pub := filepath.Join(src, "public")
			key := filepath.Join(home, ".ssh", "id_rsa")
			writeFiles(t, home, map[string]string{".ssh/id_rsa": "PRIVATE KEY"})
			if err := os.Symlink(filepath.Dir(key), filepath.Join(pub, "x")); err != nil {
				t.Fatal(err)
			}
			f, err := os.OpenFile(filepath.Join(pub, write.Marker), os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			f.WriteString(c.lines)
			f.Close()
			if changed {
				writeFiles(t, src, map[string]string{"content/applications/globex.yaml": "company: Globex\nrole: Analyst\napplied: 2026-11-05\n"})
			}
			_, err = Build(Options{Source: src})
			if want := filepath.Join(pub, "x") + " "; err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("err = %v, want one naming %s", err, filepath.Join(pub, "x"))
			}
			if data, err := os.ReadFile(key); err != nil || string(data) != "PRIVATE KEY" {
				t.Errorf("the file behind the link: %q, %v", data, err)
			}
		})
	}
}

func TestDestInsideSource(t *testing.T) {
	t.Run("ErrInsideContent", func(t *testing.T) {
		src := t.TempDir()
		writeFiles(t, src, smallSite)
		for _, dest := range []string{
			filepath.Join(src, "content", "out"),
			filepath.Join(src, "layouts", "assets", "out"),
			filepath.Join(src, "site"),
			src,
		} {
			_, err := Build(Options{Source: src, Dest: dest})
			if err == nil || !strings.Contains(err.Error(), "inside the source directory") {
				t.Errorf("-dest %s: err = %v, want it refused as inside the source", dest, err)
			}
		}
		if got := readDir(t, src); len(got) != len(smallSite) {
			t.Errorf("a refused build changed the source: %d files, want %d", len(got), len(smallSite))
		}
	})

	t.Run("DefaultPublicAndOutside", func(t *testing.T) {
		src := t.TempDir()
		writeFiles(t, src, smallSite)
		for _, dest := range []string{filepath.Join(src, "public"), filepath.Join(t.TempDir(), "site"), filepath.Join(src, "..", filepath.Base(src)+"-site")} {
			if _, err := Build(Options{Source: src, Dest: dest}); err != nil {
				t.Errorf("-dest %s: %v", dest, err)
			}
		}
		os.RemoveAll(filepath.Join(src, "..", filepath.Base(src)+"-site"))
	})
}

func TestSecondBuildIntoSameDest(t *testing.T) {
	src := t.TempDir()
	writeFiles(t, src, smallSite)
	dest := filepath.Join(t.TempDir(), "public")
	held, err := write.Lock(dest)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build(Options{Source: src, Dest: dest})
	if !errors.Is(err, write.ErrBusy) || errors.Is(err, write.ErrForeignDest) {
		t.Errorf("err = %v, want one saying another build holds %s", err, dest)
	}
	held.Unlock()
	if _, err := Build(Options{Source: src, Dest: dest}); err != nil {
		t.Errorf("build after the other one ended: %v", err)
	}
}

func TestErrContentMakesNoDest(t *testing.T) {
	src := t.TempDir()
	writeFiles(t, src, smallSite)
	writeFiles(t, src, map[string]string{"content/applications/acme.yaml": "company: Acme\n"})
	root := t.TempDir()
	if _, err := Build(Options{Source: src, Dest: filepath.Join(root, "site", "public")}); err == nil {
		t.Fatal("no error for a record without a role")
	}
	if entries, _ := os.ReadDir(root); len(entries) != 0 {
		t.Errorf("a failed build left %v", entries)
	}
}

// buildUntilSnapshot rebuilds the site in src, unchanged, until a walk of
// its settled destination leaves a snapshot, so that the next build lists
// it from the snapshot; it returns the snapshot's file.
func buildUntilSnapshot(t *testing.T, src string) string {
	t.Helper()
	d, err := write.Lock(filepath.Join(src, "public"))
	if err != nil {
		t.Fatal(err)
	}
	snap := keyFile(d) + ".walk"
	d.Unlock()
	wait := 4 * time.Second
	if toolcheck.Required() {
		wait = 30 * time.Second // a slow machine must not skip the test in CI
	}
	for end := time.Now().Add(wait); time.Now().Before(end); {
		if _, err := os.Stat(snap); err == nil {
			return snap
		}
		time.Sleep(100 * time.Millisecond)
		if _, err := Build(Options{Source: src}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(snap); err == nil {
		return snap
	}
	toolcheck.Unsupported(t, fmt.Sprintf("no snapshot of the destination after %v of unchanged builds", wait))
	return ""
}

// TestLinkPlantedAfterUnchangedBuild plants a symbolic link to content/
// in the destination of an unchanged build whose walk left a snapshot, at
// the top and in a directory of the build: the next build, with the same
// inputs, fails naming the link instead of reporting every file unchanged
// and leaving it for a publish to follow.
func TestLinkPlantedAfterUnchangedBuild(t *testing.T) {
	for _, at := range []string{"leak", "applications/acme/leak"} {
		t.Run(at, func(t *testing.T) {
			t.Setenv("XDG_CACHE_HOME", t.TempDir())
			t.Setenv("HOME", t.TempDir())
			src := t.TempDir()
			writeFiles(t, src, smallSite)
			if _, err := Build(Options{Source: src}); err != nil {
				t.Fatal(err)
			}
			buildUntilSnapshot(t, src)
			if res, err := Build(Options{Source: src}); err != nil || res.Site != nil || res.Stats.Written != 0 {
				t.Fatalf("the build before the link: %+v (site loaded %v), %v; want nothing done", res.Stats, res.Site != nil, err)
			}
			link := filepath.Join(src, "public", filepath.FromSlash(at))
			if err := os.Symlink(filepath.Join(src, "content"), link); err != nil {
				t.Fatal(err)
			}
			_, err := Build(Options{Source: src})
			if err == nil || !strings.Contains(err.Error(), link+" is a symbolic link") {
				t.Fatalf("err = %v, want one naming %s as a symbolic link", err, link)
			}
		})
	}
}
