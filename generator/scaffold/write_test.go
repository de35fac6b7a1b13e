package scaffold

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/followup-dev/followup/generator/internal/fault"
	"github.com/followup-dev/followup/generator/model"
)

// TestNewRecordDiskFull fills the disk as the record is written: new fails
// saying so and leaves no file at all, not an empty record that would
// break every command, and the next try, with room, writes the record.
func TestNewRecordDiskFull(t *testing.T) {
	dir := newSite(t)
	apps := filepath.Join(dir, "content", "applications")
	reset := fault.Set(func(point string) error {
		if point == "new-file" {
			return syscall.ENOSPC
		}
		return nil
	})
	_, err := NewRecord(dir, model.NewDate(2026, 11, 3), "Acme Robotics", "Backend Engineer", "")
	reset()
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("err = %v, want no space left on device", err)
	}
	if left, _ := os.ReadDir(apps); len(left) > 0 {
		t.Errorf("left in content/applications: %v", left)
	}
	p, err := NewRecord(dir, model.NewDate(2026, 11, 3), "Acme Robotics", "Backend Engineer", "")
	if err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(filepath.FromSlash(p)); err != nil || len(data) == 0 {
		t.Errorf("the record is %d bytes (%v)", len(data), err)
	}
	if left, _ := os.ReadDir(apps); len(left) != 1 {
		t.Errorf("content/applications holds %v, want the record alone", left)
	}
}
