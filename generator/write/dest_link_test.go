package write

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLockRefusesLink makes the destination a symbolic link to a
// directory elsewhere, once empty and once a last output: each is refused,
// saying so, and what the link points to is left as it was.
func TestLockRefusesLink(t *testing.T) {
	for _, withOutput := range []bool{false, true} {
		dir := t.TempDir()
		target := filepath.Join(dir, "elsewhere")
		if err := os.Mkdir(target, 0o755); err != nil {
			t.Fatal(err)
		}
		if withOutput {
			for name, text := range map[string]string{Marker: "", "index.html": "mine"} {
				if err := os.WriteFile(filepath.Join(target, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		dest := filepath.Join(dir, "site", "public")
		if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink("../elsewhere", dest); err != nil {
			t.Skip("no symbolic links here:", err)
		}
		before := listDir(t, target)
		d, err := Lock(dest)
		if err == nil {
			d.Unlock()
			t.Fatalf("a destination that is a link to %s was taken", target)
		}
		if want := dest + " is a symbolic link (to ../elsewhere): followup builds only into a real directory"; !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want %q", err, want)
		}
		if after := listDir(t, target); after != before {
			t.Errorf("the link's target changed: %s, was %s", after, before)
		}
		if fi, err := os.Lstat(dest); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link is gone: %v", err)
		}
	}
}

// listDir returns the names in dir, for comparing.
func listDir(t *testing.T, dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return strings.Join(names, ",")
}
