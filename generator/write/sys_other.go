//go:build !unix

package write

import "os"

// noFollow is not needed here: the scan of the destination finds every
// link before a file is opened.
const noFollow = 0

// sameDevice cannot tell here, and lets the renames say it.
func sameDevice(a, b os.FileInfo) bool { return true }

// createFile writes data to a new file at p, failing when anything is
// there already.
func createFile(p string, data []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
