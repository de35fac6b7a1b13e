package write

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestCreateFile writes a new file, and refuses a path where anything is
// already, a link most of all: the file it points to keeps its bytes.
func TestCreateFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "index.html")
	if err := createFile(p, []byte("<p>hi</p>\n")); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(p); err != nil || string(got) != "<p>hi</p>\n" {
		t.Errorf("read %q, %v; want the bytes written", got, err)
	}
	if err := createFile(filepath.Join(dir, "empty"), nil); err != nil {
		t.Errorf("empty file: %v", err)
	}
	if err := createFile(p, []byte("again")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("over a file: %v, want it to exist already", err)
	}
	outside := filepath.Join(t.TempDir(), "secret")
	if err := os.WriteFile(outside, []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.html")
	if err := os.Symlink(outside, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := createFile(link, []byte("planted")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("over a link: %v, want it to exist already", err)
	}
	if got, _ := os.ReadFile(outside); string(got) != "keep" {
		t.Errorf("the link's target holds %q, want it untouched", got)
	}
	if err := createFile(filepath.Join(dir, "no-such-dir", "x"), nil); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("in a missing directory: %v, want not exist", err)
	}
}
