package write

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/followup-dev/followup/generator/internal/fault"
)

// siblings returns the names in dest's parent directory other than dest.
func siblings(t *testing.T, dest string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(dest))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.Name() != filepath.Base(dest) {
			names = append(names, e.Name())
		}
	}
	return names
}

// sameTree fails the test unless got and want hold the same files.
func sameTree(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	for name, data := range want {
		if g, ok := got[name]; !ok || g != data {
			t.Errorf("%s: %s = %q, want %q", what, name, g, data)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: %s should not be there", what, name)
		}
	}
}

var (
	siteV1 = map[string][]byte{"index.html": []byte("v1"), "a/index.html": []byte("a1"), "b/index.html": []byte("b1"), "stale/index.html": []byte("s1")}
	siteV2 = map[string][]byte{"index.html": []byte("v2"), "a/index.html": []byte("a1"), "b/index.html": []byte("b2"), "c/d/index.html": []byte("new")}
)

func TestFailedCommitLeavesOutputAsItWas(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fails func(point string, n int) error
	}{
		{"ErrExchange", func(point string, n int) error {
			if point == "exchange" {
				return syscall.EPERM
			}
			return nil
		}},
		{"ErrSecondRenameWithoutExchange", func(point string, n int) error {
			switch {
			case point == "exchange":
				return errors.ErrUnsupported
			case point == "rename" && n == 2:
				return syscall.EACCES
			}
			return nil
		}},
		{"ErrPut", func(point string, n int) error {
			if point == "put" && n == 2 {
				return syscall.ENOSPC
			}
			return nil
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			if _, err := Dir(dest, siteV1); err != nil {
				t.Fatal(err)
			}
			before := readTree(t, dest)
			count := map[string]int{}
			defer fault.Set(func(point string) error {
				count[point]++
				return tc.fails(point, count[point])
			})()
			if _, err := Dir(dest, siteV2); err == nil {
				t.Fatal("no error")
			}
			sameTree(t, "after a failed commit", readTree(t, dest), before)
			if got := siblings(t, dest); len(got) != 0 {
				t.Errorf("left beside the destination: %v", got)
			}
		})
	}
}

func TestSwapWithoutExchange(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Dir(dest, siteV1); err != nil {
		t.Fatal(err)
	}
	defer fault.Set(func(point string) error {
		if point == "exchange" {
			return errors.ErrUnsupported
		}
		return nil
	})()
	st, err := Dir(dest, siteV2)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st, (Stats{Written: 3, Unchanged: 1, Removed: 1}); got != want {
		t.Errorf("stats = %+v, want %+v", got, want)
	}
	got := readTree(t, dest)
	delete(got, Marker)
	want := map[string]string{}
	for name, data := range siteV2 {
		want[name] = string(data)
	}
	sameTree(t, "after the swap", got, want)
	if got := siblings(t, dest); len(got) != 0 {
		t.Errorf("left beside the destination: %v", got)
	}
}

// TestImmutableFileNeverMixesOutputs makes a changed file impossible to
// remove (chattr +i): the destination then holds the last output or the
// new one, whole, and no temporary file.
func TestImmutableFileNeverMixesOutputs(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	if _, err := Dir(dest, siteV1); err != nil {
		t.Fatal(err)
	}
	old := readTree(t, dest)
	if out, err := exec.Command("chattr", "+i", filepath.Join(dest, "b", "index.html")).CombinedOutput(); err != nil {
		t.Skipf("cannot make a file immutable here: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-R", "-i", parent).Run() })
	_, err := Dir(dest, siteV2)
	got := readTree(t, dest)
	for name := range got {
		if strings.Contains(name, ".tmp-") {
			t.Errorf("temporary file %s in the destination", name)
		}
	}
	if got["index.html"] == "v1" {
		sameTree(t, "a mix of outputs", got, old)
		return
	}
	delete(got, Marker)
	want := map[string]string{}
	for name, data := range siteV2 {
		want[name] = string(data)
	}
	sameTree(t, "a mix of outputs", got, want)
	if err == nil || !strings.Contains(err.Error(), "could not be removed") {
		t.Errorf("err = %v, want one saying the last output could not be removed", err)
	}
}

func TestSymlinkInDestNeverFollowed(t *testing.T) {
	t.Run("ErrDirOfListedFile", func(t *testing.T) {
		dest, outside := filepath.Join(t.TempDir(), "public"), t.TempDir()
		if _, err := Dir(dest, map[string][]byte{"index.html": []byte("v1"), "x/id_rsa": []byte("old page")}); err != nil {
			t.Fatal(err)
		}
		writeTestFile(t, filepath.Join(outside, "id_rsa"), "secret key")
		if err := os.RemoveAll(filepath.Join(dest, "x")); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(outside, filepath.Join(dest, "x")); err != nil {
			t.Fatal(err)
		}
		_, err := Dir(dest, map[string][]byte{"index.html": []byte("v2")})
		if err == nil || !strings.Contains(err.Error(), filepath.Join(dest, "x")+" ") {
			t.Errorf("err = %v, want one naming %s", err, filepath.Join(dest, "x"))
		}
		if data, err := os.ReadFile(filepath.Join(outside, "id_rsa")); err != nil || string(data) != "secret key" {
			t.Errorf("file behind the link: %q, %v", data, err)
		}
		if data, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(data) != "v1" {
			t.Errorf("index.html = %q after a refused write, want v1", data)
		}
	})

	t.Run("ErrLinkWhereFileBelongs", func(t *testing.T) {
		dest, outside := filepath.Join(t.TempDir(), "public"), t.TempDir()
		if _, err := Dir(dest, map[string][]byte{"index.html": []byte("v1")}); err != nil {
			t.Fatal(err)
		}
		target := filepath.Join(outside, "bashrc")
		writeTestFile(t, target, "mine")
		os.Remove(filepath.Join(dest, "index.html"))
		if err := os.Symlink(target, filepath.Join(dest, "index.html")); err != nil {
			t.Fatal(err)
		}
		_, err := Dir(dest, map[string][]byte{"index.html": []byte("v2")})
		if err == nil || !strings.Contains(err.Error(), filepath.Join(dest, "index.html")) {
			t.Errorf("err = %v, want one naming %s", err, filepath.Join(dest, "index.html"))
		}
		if data, _ := os.ReadFile(target); string(data) != "mine" {
			t.Errorf("file behind the link = %q", data)
		}
	})

	// A link of the owner's is refused too, and left alone: GitHub's Pages
	// artifact packs what a link points to, so a public/x pointing at
	// ../content would publish the records.
	t.Run("ErrForeignLink", func(t *testing.T) {
		dest, outside := filepath.Join(t.TempDir(), "public"), t.TempDir()
		writeTestFile(t, filepath.Join(outside, "f"), "outside")
		if _, err := Dir(dest, siteV1); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(outside, filepath.Join(dest, "mine")); err != nil {
			t.Fatal(err)
		}
		before, _ := os.ReadFile(filepath.Join(dest, Marker))
		_, err := Dir(dest, siteV2)
		if err == nil || !strings.Contains(err.Error(), filepath.Join(dest, "mine")+" is a symbolic link") {
			t.Fatalf("err = %v, want one naming the link", err)
		}
		if target, err := os.Readlink(filepath.Join(dest, "mine")); err != nil || target != outside {
			t.Errorf("foreign link: %q, %v; want a link to %s", target, err, outside)
		}
		if after, _ := os.ReadFile(filepath.Join(dest, Marker)); string(after) != string(before) {
			t.Errorf("a refused build changed the destination's marker")
		}
		if got := readTree(t, outside); len(got) != 1 || got["f"] != "outside" {
			t.Errorf("behind the foreign link: %v", got)
		}
	})
}

func writeTestFile(t *testing.T, p, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
