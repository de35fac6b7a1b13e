package write

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/followup-dev/followup/generator/internal/fault"
)

// ErrBusy is returned by Lock while another build holds the destination.
var ErrBusy = errors.New("another followup build is writing there")

// Dest is a destination directory held by one build: while a Dest is
// held, no other build can write into it or beside it.
type Dest struct {
	shown  string     // the destination as it was named, for messages
	path   string     // absolute, its parent's symbolic links resolved
	parent string     // the directory the new output is built in
	locked string     // the directory locked last: parent, or the nearest one above it that is there
	locks  []*os.File // the directories locked
}

// Lock takes dest for one build. A dest that is a symbolic link is
// refused; symbolic links above it are followed. It locks dest's parent
// directory, or while there is none the nearest directory above it (a
// second build into dest, or beside it, gets ErrBusy until Unlock), and
// tidies what an interrupted build left there: a new output it had not
// put in place is removed; a last output it had moved aside is put back.
func Lock(dest string) (*Dest, error) {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	if fi, err := os.Lstat(abs); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		target, _ := os.Readlink(abs)
		return nil, fmt.Errorf("write: %s is a symbolic link (to %s): followup builds only into a real directory, which it replaces whole, and a Pages upload would follow the link; give the directory itself as -dest, or remove the link", dest, target)
	}
	parent := filepath.Dir(abs)
	if parent == abs {
		return nil, fmt.Errorf("write: %s: refusing to build into the root directory", dest)
	}
	if real, err := filepath.EvalSymlinks(parent); err == nil {
		parent = real
	}
	d := &Dest{shown: dest, path: filepath.Join(parent, filepath.Base(abs)), parent: parent}
	// A parent that is not there yet is made by Begin: a build refused
	// before it writes leaves no directory behind. Until then the nearest
	// directory above it is locked.
	locked := parent
	for {
		if _, err := os.Stat(locked); err == nil || filepath.Dir(locked) == locked {
			break
		}
		locked = filepath.Dir(locked)
	}
	if err := d.lockDir(locked); err != nil {
		return nil, err
	}
	if err := d.tidy(); err != nil {
		d.Unlock()
		return nil, err
	}
	return d, nil
}

// lockDir locks the directory dir, held until Unlock.
func (d *Dest) lockDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if err := lockFile(f); err != nil {
		f.Close()
		if errors.Is(err, ErrBusy) {
			return fmt.Errorf("write: %s: %w; try again when it is done", d.shown, ErrBusy)
		}
		return fmt.Errorf("write: locking %s: %w", dir, err)
	}
	d.locked = dir
	d.locks = append(d.locks, f)
	return nil
}

// makeParent makes the destination's parent directory when it is not
// there, and locks it.
func (d *Dest) makeParent() error {
	if d.locked == d.parent {
		return nil
	}
	if err := os.MkdirAll(d.parent, 0o755); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return d.lockDir(d.parent)
}

// Unlock lets other builds write into the destination again.
func (d *Dest) Unlock() {
	for _, f := range d.locks {
		f.Close() // closing the descriptor releases the lock
	}
	d.locks = nil
}

// Path returns the destination's absolute path.
func (d *Dest) Path() string { return d.path }

// staging is where a build writes its new output, beside the destination:
// a rename can then swap the two. After the swap it holds the last output
// until that is removed.
func (d *Dest) staging() string { return d.sibling("new") }

// aside is where the last output waits while the new one is renamed into
// place, on systems that cannot swap two directories in one step.
func (d *Dest) aside() string { return d.sibling("old") }

func (d *Dest) sibling(kind string) string {
	return filepath.Join(d.parent, "."+filepath.Base(d.path)+".followup-"+kind)
}

// tidy undoes what an interrupted build left beside the destination.
func (d *Dest) tidy() error {
	if _, err := os.Lstat(d.path); errors.Is(err, fs.ErrNotExist) {
		if fi, err := os.Lstat(d.aside()); err == nil && fi.IsDir() {
			if err := os.Rename(d.aside(), d.path); err != nil {
				return fmt.Errorf("write: putting back the last output from %s: %w", d.aside(), err)
			}
		}
	}
	for _, p := range []string{d.staging(), d.aside()} {
		if err := os.RemoveAll(p); err != nil {
			return fmt.Errorf("write: removing %s, left by an earlier build: %w", p, err)
		}
	}
	return nil
}

// swap puts the directory staged in the destination's place and returns
// where the last output went, "" when there was none. On error the
// destination is as it was.
func (d *Dest) swap(staged string, existed bool) (string, error) {
	if !existed {
		return "", rename(staged, d.path)
	}
	err := fault.At("exchange")
	if err == nil {
		err = Exchange(staged, d.path)
	}
	if err == nil {
		return staged, nil
	}
	if !errors.Is(err, errors.ErrUnsupported) {
		return "", err
	}
	// Two renames: for a moment the destination is missing, and a build
	// interrupted then finds the last output aside and puts it back (tidy).
	if err := rename(d.path, d.aside()); err != nil {
		return "", err
	}
	if err := rename(staged, d.path); err != nil {
		if back := rename(d.aside(), d.path); back != nil {
			return "", fmt.Errorf("%w; and putting the last output back failed: %v (it is in %s)", err, back, d.aside())
		}
		return "", err
	}
	return d.aside(), nil
}

// rename is os.Rename, through a point where tests make it fail.
func rename(from, to string) error {
	if err := fault.At("rename"); err != nil {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: err}
	}
	return os.Rename(from, to)
}
