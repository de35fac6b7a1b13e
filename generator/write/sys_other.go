//go:build !linux

package write

import (
	"errors"
	"os"
)

// exchange is not available here: the swap falls back to two renames.
func exchange(a, b string) error { return errors.ErrUnsupported }

// lockFile does nothing here: two builds into one destination at once are
// not detected.
func lockFile(f *os.File) error { return nil }

// sameDevice cannot tell here, and lets the renames say it.
func sameDevice(a, b os.FileInfo) bool { return true }
