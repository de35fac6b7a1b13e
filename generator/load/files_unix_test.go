//go:build unix

package load

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestSiteNamedPipe checks that a named pipe (or a socket) among the
// records, or in the place of the settings, is reported rather than waited
// on for ever.
func TestSiteNamedPipe(t *testing.T) {
	dir := t.TempDir()
	writeSite(t, dir, validSite)
	pipes := []string{"content/applications/x.yaml", "content/advice/p.md"}
	for _, p := range pipes {
		if err := syscall.Mkfifo(filepath.Join(dir, filepath.FromSlash(p)), 0o644); err != nil {
			t.Skipf("cannot make a named pipe here: %v", err)
		}
	}
	if err := os.Symlink("x.yaml", filepath.Join(dir, "content", "applications", "link.yaml")); err != nil {
		t.Skipf("cannot make symlinks here: %v", err)
	}
	t.Chdir(dir)
	ln, err := net.Listen("unix", "content/advice/s.md")
	if err != nil {
		t.Skipf("cannot make a socket here: %v", err)
	}
	defer ln.Close()
	const msg = ":1:1: this is a named pipe, not a file of text: move it out of content/"
	want := "content/advice/p.md" + msg +
		"\ncontent/advice/s.md:1:1: this is a socket, not a file of text: move it out of content/" +
		"\ncontent/applications/link.yaml" + msg + "\ncontent/applications/x.yaml" + msg
	if err := withinAMinute(t, pipes, func() error { _, err := Site("."); return err }); err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant\n%s", err, want)
	}

	settings := filepath.Join(dir, "content", "site.yaml")
	if err := os.Remove(settings); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(settings, 0o644); err != nil {
		t.Fatal(err)
	}
	err = withinAMinute(t, []string{"content/site.yaml"}, func() error { _, err := Settings("."); return err })
	if want := "content/site.yaml" + msg; err == nil || err.Error() != want {
		t.Errorf("Settings error = %v\nwant %s", err, want)
	}
}

// withinAMinute runs load, and when it has not returned after a minute
// (it waits on a pipe), writes to the pipes so that it does, and fails.
func withinAMinute(t *testing.T, pipes []string, load func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- load() }()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Minute):
		t.Error("loading waits on a named pipe")
		for _, p := range pipes {
			if f, err := os.OpenFile(filepath.FromSlash(p), os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
				f.Close()
			}
		}
		return <-done
	}
}
