//go:build unix

package build

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFOInContentNeverWaits puts a named pipe where a record belongs,
// with nobody writing to it: the build must refuse it at its path, as the
// load stage does, and not wait for ever opening it to hash the inputs,
// neither on the first build nor after a build into the same destination.
func TestFIFOInContentNeverWaits(t *testing.T) {
	src := t.TempDir()
	writeFiles(t, src, smallSite)
	if _, err := Build(Options{Source: src}); err != nil {
		t.Fatal(err)
	}
	pipe := filepath.Join(src, "content", "applications", "pipe.yaml")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := Build(Options{Source: src})
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), filepath.ToSlash(filepath.Join("content", "applications", "pipe.yaml"))) {
			t.Errorf("err = %v, want one naming the pipe", err)
		}
	case <-time.After(time.Minute):
		// Let a writer in, so that the test ends.
		if f, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		t.Fatal("the build still waits on the pipe after a minute")
	}
}
