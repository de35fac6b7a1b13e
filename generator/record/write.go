package record

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/followup-dev/followup/generator/internal/fault"
	"github.com/followup-dev/followup/generator/write"
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

// changedError is the error of a write that found the record changed
// since it was read: the edit is made again on the new text (see retry).
type changedError struct{ name string }

func (e *changedError) Error() string {
	return "write: " + filepath.ToSlash(e.name) + " kept changing while followup was editing it; nothing written, run the command again"
}

// tries is how many times an edit is made on a record that keeps changing
// under it before it is refused.
const tries = 8

// retry runs edit, and again on the record as it is then, while the record
// changed between the read and the write.
func retry(edit func() (*Result, error)) (*Result, error) {
	for i := 1; ; i++ {
		res, err := edit()
		var changed *changedError
		if !errors.As(err, &changed) || i == tries {
			return res, err
		}
		time.Sleep(time.Duration(i) * 5 * time.Millisecond)
	}
}

// writeRecord replaces the record at name, which held old when it was
// read, with data: a temporary file in the same directory, synced, with
// the mode the record had, exchanged with the record (see replace).
func writeRecord(name string, old, data []byte, mode fs.FileMode) error {
	now, _, err := readRecord(name)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, old) {
		return &changedError{name}
	}
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	tmp, err := tempFile(dir, base, data, mode)
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	err = replace(tmp, name, old, data)
	if d, derr := os.Open(dir); derr == nil { // make the renames durable
		d.Sync()
		d.Close()
	}
	return err
}

// tempFile writes data to a new hidden file of dir, named after base,
// synced and with mode, and returns its name.
func tempFile(dir, base string, data []byte, mode fs.FileMode) (name string, err error) {
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return "", err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return "", err
	}
	if err := f.Chmod(mode); err != nil {
		return "", err
	}
	return f.Name(), f.Sync()
}

// replace puts the file tmp in the place of name, which held old when it
// was read. Where the system can (Linux), the two are exchanged in one
// step and what came out is compared with old: a save that landed in
// between, written in place or renamed over the record, came out instead
// of the record followup read, and is put back (see putBack). Elsewhere tmp
// is renamed over name, and a save that lands after the check of
// writeRecord and before the rename is lost.
func replace(tmp, name string, old, data []byte) error {
	err := fault.At("record-exchange")
	if err == nil {
		err = write.Exchange(tmp, name)
	}
	if errors.Is(err, errors.ErrUnsupported) {
		if err = os.Rename(tmp, name); err == nil {
			return nil
		}
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write: %w", err)
	}
	if fault.At("record-exchanged") == nil && holds(tmp, old) {
		return os.Remove(tmp)
	}
	return putBack(tmp, name, data)
}

// putBack exchanges again the record and the file tmp, which came out of
// its place and is not the one read: name gets back what was saved, and
// the edit made on the old text is dropped, to be made again. If the
// record was also saved over the edit meanwhile, the newest save stays in
// place and the one before it is kept at tmp, named in the error.
func putBack(tmp, name string, ours []byte) error {
	if err := write.Exchange(tmp, name); err != nil {
		return fmt.Errorf("write: %s was saved while followup was writing it, and putting the save back failed (%v): it is %s", filepath.ToSlash(name), err, filepath.ToSlash(tmp))
	}
	if holds(tmp, ours) {
		os.Remove(tmp)
		return &changedError{name}
	}
	if err := write.Exchange(tmp, name); err != nil {
		return fmt.Errorf("write: %s was saved twice while followup was writing it (%v): one save is in place, the other is %s; compare them", filepath.ToSlash(name), err, filepath.ToSlash(tmp))
	}
	return fmt.Errorf("write: %s was saved twice while followup was writing it: the newest save is in place, the one before it is %s; compare them and run the command again", filepath.ToSlash(name), filepath.ToSlash(tmp))
}

// holds reports whether the file at name holds want once no process has
// it open for writing, which could still change it. It waits for a
// writer (an editor saving in place, or a child process that has not yet
// closed what it inherited) for a moment, then reports false.
func holds(name string, want []byte) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	for i := 0; openForWriting(f); i++ {
		if i == 50 {
			return false
		}
		time.Sleep(2 * time.Millisecond)
	}
	got, err := io.ReadAll(f)
	return err == nil && bytes.Equal(got, want)
}
