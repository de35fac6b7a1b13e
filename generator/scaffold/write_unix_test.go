//go:build unix

package scaffold

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// TestNewRecordMode checks that a new record has the mode of a new file,
// 0644 less the umask, as it had when it was created in place.
func TestNewRecordMode(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := newSite(t)
	p, err := NewRecord(dir, model.NewDate(2026, 11, 3), "Acme Robotics", "Backend Engineer", "")
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.FromSlash(p))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fi.Mode().Perm(), os.FileMode(0o640); got != want {
		t.Errorf("mode %v, want %v", got, want)
	}
}
