package scaffold

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/followup-dev/followup/generator/internal/fault"
)

// writeNew writes data to the slash path rel under dir, creating parent
// directories; it never replaces an existing file. The file appears whole
// or not at all: data goes to a temporary file beside it, synced, which is
// then hard-linked to its name (a link fails if the name exists), so that
// a full disk or a killed process leaves no empty or cut record. On a file
// system without hard links the file is created in place, and removed when
// its write fails.
func writeNew(dir, rel string, data []byte) error {
	name := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	tmp, err := createTemp(name)
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := writeSync(tmp, data); err != nil {
		return err
	}
	err = os.Link(tmp.Name(), name)
	if errors.Is(err, fs.ErrExist) {
		return fs.ErrExist // the callers name the file; the temporary one is gone
	}
	if err == nil {
		return nil
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if err := writeSync(f, data); err != nil {
		os.Remove(name)
		return err
	}
	return nil
}

// createTemp creates a new hidden file beside name, with the mode a new
// file gets (0644 less the umask).
func createTemp(name string) (*os.File, error) {
	dir, base := filepath.Split(name)
	for {
		var b [6]byte
		rand.Read(b[:])
		f, err := os.OpenFile(filepath.Join(dir, "."+base+"."+hex.EncodeToString(b[:])+".tmp"), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}

// writeSync writes data to f, syncs and closes it.
func writeSync(f *os.File, data []byte) error {
	err := fault.At("new-file")
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
