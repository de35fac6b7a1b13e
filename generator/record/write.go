package record

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// readRecord reads the record at name, refusing a symbolic link: the
// edit replaces the file, which would cut the link.
func readRecord(name string) ([]byte, fs.FileMode, error) {
	fi, err := os.Lstat(name)
	if err != nil {
		return nil, 0, fmt.Errorf("read: %w", err)
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		return nil, 0, fmt.Errorf("%s is a symbolic link: followup edits records only where they are, so edit the file it points to by hand", filepath.ToSlash(name))
	}
	if !fi.Mode().IsRegular() {
		return nil, 0, fmt.Errorf("%s is not a regular file", filepath.ToSlash(name))
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, 0, fmt.Errorf("read: %w", err)
	}
	return data, fi.Mode().Perm(), nil
}

// writeRecord replaces the record at name with data, atomically: a
// temporary file in the same directory, synced, then renamed over it with
// the mode the record had. It refuses when the file is no longer the old
// bytes, which an editor may have saved meanwhile.
func writeRecord(name string, old, data []byte, mode fs.FileMode) (err error) {
	now, _, err := readRecord(name)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, old) {
		return errors.New("write: " + filepath.ToSlash(name) + " changed while followup was editing it; nothing written, run the command again")
	}
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write: %w", err)
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("write: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if d, err := os.Open(dir); err == nil { // make the rename itself durable
		d.Sync()
		d.Close()
	}
	return nil
}
