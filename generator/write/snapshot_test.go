package write

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/fault"
	"github.com/followup-dev/followup/generator/internal/toolcheck"
)

// settledSnapshot builds site into a new destination and returns it, with
// the snapshot of a walk made once its directories have been still long
// enough to be vouched for.
// Files of its own put there after the build (foreign: slash path →
// bytes) are there when the snapshot is made.
func settledSnapshot(t *testing.T, site, foreign map[string][]byte) (string, []byte) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Dir(dest, site); err != nil {
		t.Fatal(err)
	}
	for name, data := range foreign {
		p := filepath.Join(dest, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := Lock(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Unlock()
	wait := settleWait()
	for end := time.Now().Add(wait); ; time.Sleep(100 * time.Millisecond) {
		last := !time.Now().Before(end)
		if _, ok, snap := d.ListedSince(nil); ok && snap != nil {
			return dest, snap
		}
		if last {
			break
		}
	}
	toolcheck.Unsupported(t, fmt.Sprintf("no snapshot of the destination after %v: this system tells no directory stamps, so every unchanged build walks", wait))
	return "", nil
}

// settleWait is how long a test waits for the directories of a new
// destination to settle: a few seconds, more under CI, where the machine
// may be slow and the test must not be skipped.
func settleWait() time.Duration {
	if toolcheck.Required() {
		return 30 * time.Second
	}
	return 4 * time.Second
}

// walks counts the walks of the destination while the test runs.
func walks(t *testing.T) *atomic.Int32 {
	var n atomic.Int32
	reset := fault.Set(func(p string) error {
		if p == "walk" {
			n.Add(1)
		}
		return nil
	})
	t.Cleanup(reset)
	return &n
}

// TestSnapshotSkipsTheWalk checks that an unchanged destination is listed
// from the snapshot alone, and that every change a walk would find, made
// anywhere below it, makes the next listing walk and find it.
func TestSnapshotSkipsTheWalk(t *testing.T) {
	site := map[string][]byte{}
	var want []string
	for i := range 80 {
		for _, f := range []string{"index.html", "scripts/call/r2/index.html"} {
			name := filepath.ToSlash(filepath.Join("applications", "app-"+string(rune('a'+i%26))+string(rune('a'+i/26)), f))
			site[name] = []byte(name)
			want = append(want, name)
		}
	}
	site["index.html"] = []byte("home")
	want = append(want, "index.html")
	slices.Sort(want)
	// A deploy tool's directory, which followup did not write.
	foreign := map[string][]byte{"deploy/state/last": []byte("v1")}
	link := func(target string, at ...string) func(t *testing.T, dest string) {
		return func(t *testing.T, dest string) {
			p := filepath.Join(append([]string{dest}, at...)...)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(target, p); err != nil {
				t.Fatal(err)
			}
		}
	}

	for _, c := range []struct {
		name  string
		spoil func(t *testing.T, dest string)
		want  bool // all in place
	}{
		{"Unchanged", func(*testing.T, string) {}, true},
		{"DeepFileRemoved", func(t *testing.T, dest string) {
			os.Remove(filepath.Join(dest, "applications", "app-cb", "scripts", "call", "r2", "index.html"))
		}, false},
		{"FileReplacedByLink", func(t *testing.T, dest string) {
			p := filepath.Join(dest, "applications", "app-ab", "index.html")
			os.Remove(p)
			if err := os.Symlink("/etc/passwd", p); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"DirMovedOutAndLinked", func(t *testing.T, dest string) {
			// Every file below stays the same inode with the same stamp:
			// only the directory that now is a link tells.
			p := filepath.Join(dest, "applications", "app-da")
			moved := filepath.Join(t.TempDir(), "app-da")
			if err := os.Rename(p, moved); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(moved, p); err != nil {
				t.Fatal(err)
			}
		}, false},
		// A link added beside the files, which a publish would follow.
		{"LinkAddedAtTheTop", link("../content", "leak"), false},
		{"LinkAddedInADirectory", link("../../../content", "applications", "app-bc", "leak"), false},
		{"LinkAddedDeep", link("/etc", "applications", "app-ca", "scripts", "call", "r2", "leak"), false},
		{"LinkAddedInAForeignDirectory", link("/etc", "deploy", "state", "leak"), false},
		{"LinkInANewDirectory", link("/etc", "new", "leak"), false},
		{"TemporaryFileAdded", func(t *testing.T, dest string) {
			if err := os.WriteFile(filepath.Join(dest, "applications", ".tmp-123"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"FileReplacedByFIFO", func(t *testing.T, dest string) {
			p := filepath.Join(dest, "index.html")
			os.Remove(p)
			if err := mkfifo(p); err != nil {
				t.Skip("no FIFOs here:", err)
			}
		}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dest, snap := settledSnapshot(t, site, foreign)
			n := walks(t)
			c.spoil(t, dest)
			d, err := Lock(dest)
			if err != nil {
				t.Fatal(err)
			}
			defer d.Unlock()
			names, ok, _ := d.ListedSince(snap)
			if ok != c.want {
				t.Fatalf("all in place: %v, want %v", ok, c.want)
			}
			if ok && !slices.Equal(names, want) {
				t.Errorf("listed %d files, want the %d of the build", len(names), len(want))
			}
			if got, wantWalks := n.Load(), map[bool]int32{true: 0, false: 1}[c.want]; got != wantWalks {
				t.Errorf("%d walks, want %d", got, wantWalks)
			}
		})
	}
}

// TestSnapshotOfAnotherMarker checks that a snapshot vouches for the
// output whose marker it was made with only, and that a damaged one is
// not trusted.
func TestSnapshotOfAnotherMarker(t *testing.T) {
	dest, snap := settledSnapshot(t, map[string][]byte{"index.html": []byte("v1"), "a/b.html": []byte("b")}, nil)
	// Another build of other files, into the same directories.
	if _, err := Dir(dest, map[string][]byte{"index.html": []byte("v1"), "a/c.html": []byte("c")}); err != nil {
		t.Fatal(err)
	}
	d, err := Lock(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Unlock()
	for _, s := range [][]byte{snap, snap[:len(snap)/2], []byte("followup walk 1\nmarker x\nend\n")} {
		names, ok, _ := d.ListedSince(s)
		if !ok || !slices.Equal(names, []string{"a/c.html", "index.html"}) {
			t.Errorf("listed %v (%v), want the files of the new build", names, ok)
		}
	}
}

// TestSettled works out, from the clock lag a change time can have, which
// stamps a walk may vouch for.
func TestSettled(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 500_000_000, time.UTC)
	for _, c := range []struct {
		name  string
		ctime int64
		want  bool
	}{
		{"WithinATick", now.Add(-10 * time.Millisecond).UnixNano(), false},
		{"WithinFiveTicks", now.Add(-49 * time.Millisecond).UnixNano(), false},
		{"Older", now.Add(-51 * time.Millisecond).UnixNano(), true},
		{"WholeSecondJustBefore", time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC).UnixNano(), false},
		{"WholeSecondLongBefore", time.Date(2026, 12, 1, 11, 59, 58, 0, time.UTC).UnixNano(), true},
	} {
		if got := settled(dirStamp{ctime: c.ctime}, now); got != c.want {
			t.Errorf("%s: settled = %v, want %v", c.name, got, c.want)
		}
	}
}
