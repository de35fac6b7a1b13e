package write

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The hashes below are SHA-256 of the paths, worked out with sha256sum.
const (
	sumIndex     = "0eb547304658805aad788d320f10bf1f292797b5e6d745a3bf617584da017051" // index.html
	sumFeed      = "6a7045d499f99df7e12c56b131df6d2b1ee8288d09ccbb9a6b41be6ca28887ac" // calendars/0123456789abcdef0123456789abcdef.ics
	sumCalendars = "05b4034deecaa732ff121f0ec6d3df19c1b1786f6e27d799d83d63367d760cd4" // calendars/
	sumKey       = "949d6e4859fe8b852d9fa9f2902b80909052f92441f489d95147c33714054819" // x/id_rsa
	sumX         = "361757e6040c0546eedf814ad788411c2156b583f7ad33128d14df19ca66a50e" // x/
)

func TestMarkerNamesNoPath(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	feed := "calendars/0123456789abcdef0123456789abcdef.ics"
	if _, err := Dir(dest, map[string][]byte{"index.html": []byte("home"), feed: []byte("BEGIN:VCALENDAR")}); err != nil {
		t.Fatal(err)
	}
	got := readTree(t, dest)[Marker]
	want := markerHeader + sumCalendars + "\n" + sumIndex + "\n" + sumFeed + "\n"
	if got != want {
		t.Errorf("marker:\n%s\nwant:\n%s", got, want)
	}
	for _, s := range []string{"0123456789abcdef", "calendars", "index"} {
		if strings.Contains(got, s) {
			t.Errorf("the marker holds %q", s)
		}
	}
}

// oldMarker is a marker as versions before hashing wrote it.
const oldMarker = "# Written by followup: the files of the last build. Safe to delete with the directory.\n" +
	"a/index.html\nindex.html\nstale/deep/index.html\n"

// writeOldOutput writes an output of an older version into dest.
func writeOldOutput(t *testing.T, dest string) {
	t.Helper()
	for name, data := range map[string]string{
		Marker: oldMarker, "index.html": "v1", "a/index.html": "a1", "stale/deep/index.html": "s1", "keep.txt": "mine",
	} {
		writeTestFile(t, filepath.Join(dest, filepath.FromSlash(name)), data)
	}
}

func TestMarkerOfOlderVersion(t *testing.T) {
	t.Run("StillFollowups", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "public")
		writeOldOutput(t, dest)
		st, err := Dir(dest, map[string][]byte{"index.html": []byte("v2")})
		if err != nil {
			t.Fatal(err)
		}
		if st.Removed != 2 || st.Written != 1 {
			t.Errorf("stats = %+v, want 1 written and 2 removed", st)
		}
		sameTree(t, "after a build over an older output", readTree(t, dest), map[string]string{
			Marker: markerHeader + sumIndex + "\n", "index.html": "v2", "keep.txt": "mine",
		})
		for _, dir := range []string{"a", "stale"} {
			if _, err := os.Lstat(filepath.Join(dest, dir)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("%s/ of the last build is left: %v", dir, err)
			}
		}
	})

	t.Run("Listed", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "public")
		writeOldOutput(t, dest)
		names, ok := listed(t, dest)
		if want := []string{"a/index.html", "index.html", "stale/deep/index.html"}; !ok || !slices.Equal(names, want) {
			t.Errorf("Listed = %v, %v; want %v, true", names, ok, want)
		}
	})
}

// listed returns what Listed says of dest.
func listed(t *testing.T, dest string) ([]string, bool) {
	t.Helper()
	d, err := Lock(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Unlock()
	return d.Listed()
}

// spoiledListing writes site into a new destination, spoils it and lists
// it.
func spoiledListing(t *testing.T, site map[string][]byte, spoil func(t *testing.T, dest string)) ([]string, bool) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Dir(dest, site); err != nil {
		t.Fatal(err)
	}
	spoil(t, dest)
	return listed(t, dest)
}

func TestListedByHash(t *testing.T) {
	site := map[string][]byte{"index.html": []byte("v1"), "a/index.html": []byte("a1"), "a/b/c.html": []byte("c1")}
	for _, c := range []struct {
		name  string
		spoil func(t *testing.T, dest string)
		want  bool
	}{
		{"AllInPlace", func(*testing.T, string) {}, true},
		{"ForeignFilesIgnored", func(t *testing.T, dest string) {
			writeTestFile(t, filepath.Join(dest, ".git", "HEAD"), "ref")
			writeTestFile(t, filepath.Join(dest, "a", "mine.txt"), "mine")
		}, true},
		{"FileMissing", func(t *testing.T, dest string) { os.Remove(filepath.Join(dest, "a", "b", "c.html")) }, false},
		{"LinkWhereFileBelongs", func(t *testing.T, dest string) {
			os.Remove(filepath.Join(dest, "index.html"))
			if err := os.Symlink(filepath.Join(dest, "a", "index.html"), filepath.Join(dest, "index.html")); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"LinkWhereDirBelongs", func(t *testing.T, dest string) {
			// The link leads to a copy of every file below a/: only
			// following it would find them.
			outside := t.TempDir()
			writeTestFile(t, filepath.Join(outside, "index.html"), "a1")
			writeTestFile(t, filepath.Join(outside, "b", "c.html"), "c1")
			if err := os.RemoveAll(filepath.Join(dest, "a")); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(outside, filepath.Join(dest, "a")); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"UnknownHash", func(t *testing.T, dest string) { appendMarker(t, dest, sumKey) }, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			names, ok := spoiledListing(t, site, c.spoil)
			if ok != c.want {
				t.Errorf("Listed says all in place: %v, want %v (%v)", ok, c.want, names)
			}
			if want := []string{"a/b/c.html", "a/index.html", "index.html"}; ok && !slices.Equal(names, want) {
				t.Errorf("Listed = %v, want %v", names, want)
			}
		})
	}
}

// appendMarker adds lines to the marker of dest.
func appendMarker(t *testing.T, dest string, lines ...string) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(dest, Marker), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(strings.Join(lines, "\n") + "\n"); err != nil {
		t.Fatal(err)
	}
}

// TestHashedMarkerNeverFollowsLink plants, in the marker's own format, a
// file x/id_rsa of the last build with x a symbolic link: the write must
// refuse, naming x, and leave the file behind the link alone.
func TestHashedMarkerNeverFollowsLink(t *testing.T) {
	dest, outside := filepath.Join(t.TempDir(), "public"), t.TempDir()
	if _, err := Dir(dest, map[string][]byte{"index.html": []byte("v1")}); err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, filepath.Join(outside, "id_rsa"), "secret key")
	if err := os.Symlink(outside, filepath.Join(dest, "x")); err != nil {
		t.Fatal(err)
	}
	appendMarker(t, dest, sumKey, sumX)
	_, err := Dir(dest, map[string][]byte{"index.html": []byte("v2")})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dest, "x")+" ") {
		t.Errorf("err = %v, want one naming %s", err, filepath.Join(dest, "x"))
	}
	if data, err := os.ReadFile(filepath.Join(outside, "id_rsa")); err != nil || string(data) != "secret key" {
		t.Errorf("file behind the link: %q, %v", data, err)
	}
	if names, ok := listed(t, dest); ok {
		t.Errorf("Listed says all in place through a link: %v", names)
	}
}

// TestListedManyEntries walks a destination wide enough to be walked on
// every core (applications/ of 100 directories) and with a directory of
// more entries than one read of it returns (600 long names), and spoils
// one entry deep inside each.
func TestListedManyEntries(t *testing.T) {
	site := map[string][]byte{}
	var want []string
	for i := range 100 {
		for _, f := range []string{"index.html", "scripts/call/index.html"} {
			name := fmt.Sprintf("applications/app-%03d/%s", i, f)
			site[name] = []byte(name)
			want = append(want, name)
		}
	}
	for i := range 600 {
		name := fmt.Sprintf("wide/%s-%03d.html", strings.Repeat("long-name-", 5), i)
		site[name] = []byte(name)
		want = append(want, name)
	}
	slices.Sort(want)
	for _, c := range []struct {
		name  string
		spoil func(t *testing.T, dest string)
		want  bool
	}{
		{"AllInPlace", func(*testing.T, string) {}, true},
		{"DeepFileMissing", func(t *testing.T, dest string) {
			os.Remove(filepath.Join(dest, "applications", "app-077", "scripts", "call", "index.html"))
		}, false},
		{"FIFOWhereFileBelongs", func(t *testing.T, dest string) {
			p := filepath.Join(dest, "applications", "app-042", "index.html")
			os.Remove(p)
			if err := mkfifo(p); err != nil {
				t.Skip("no FIFOs here:", err)
			}
		}, false},
		{"LinkWhereDirBelongs", func(t *testing.T, dest string) {
			p := filepath.Join(dest, "applications", "app-099", "scripts")
			moved := filepath.Join(t.TempDir(), "scripts")
			if err := os.Rename(p, moved); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(moved, p); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"LastOfWideDirMissing", func(t *testing.T, dest string) {
			os.Remove(filepath.Join(dest, "wide", strings.Repeat("long-name-", 5)+"-599.html"))
		}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			names, ok := spoiledListing(t, site, c.spoil)
			if ok != c.want {
				t.Fatalf("Listed says all in place: %v, want %v", ok, c.want)
			}
			if ok && !slices.Equal(names, want) {
				t.Errorf("Listed found %d files, want the %d of the build", len(names), len(want))
			}
		})
	}
}
