package write

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/followup-dev/followup/generator/internal/fault"
)

// stage returns the directory the new output is assembled in, making it
// on the first call: the files of the last build that stay are linked
// into it then, and from then on as they come.
func (t *Tx) stage() (string, error) {
	t.mu.Lock()
	if t.staging != "" {
		defer t.mu.Unlock()
		return t.staging, nil
	}
	p := t.d.staging()
	if err := os.Mkdir(p, 0o700); err != nil {
		t.mu.Unlock()
		return "", fmt.Errorf("write: the new output is assembled beside %s, in its parent directory: %w", t.d.shown, err)
	}
	t.staging = p
	same := append([]string(nil), t.same...)
	t.mu.Unlock()
	if err := fault.At("staged"); err != nil {
		return "", err
	}
	for _, name := range same {
		if err := t.link(name); err != nil {
			return "", err
		}
	}
	return p, nil
}

// create writes data into the new output as the file name.
func (t *Tx) create(name string, data []byte) error {
	staged, err := t.stage()
	if err != nil {
		return err
	}
	if err := t.mkdirs(path.Dir(name)); err != nil {
		return err
	}
	if err := createFile(filepath.Join(staged, filepath.FromSlash(name)), data); err != nil {
		return t.inTheWay(name, err)
	}
	return nil
}

// link puts the last build's file name into the new output as it is: a
// hard link to it.
func (t *Tx) link(name string) error {
	if err := t.mkdirs(path.Dir(name)); err != nil {
		return err
	}
	if err := os.Link(t.tree.path(name), filepath.Join(t.staging, filepath.FromSlash(name))); err != nil {
		return t.inTheWay(name, err)
	}
	return nil
}

// relink copies the symbolic link name into the new output, pointing
// where it points: a hard link to a link follows it on some systems.
func (t *Tx) relink(name string) error {
	target, err := os.Readlink(t.tree.path(name))
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if err := t.mkdirs(path.Dir(name)); err != nil {
		return err
	}
	if err := os.Symlink(target, filepath.Join(t.staging, filepath.FromSlash(name))); err != nil {
		return t.inTheWay(name, err)
	}
	return nil
}

// mkdirs makes the directory d of the new output and those above it.
func (t *Tx) mkdirs(d string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.mkdirsLocked(d)
}

func (t *Tx) mkdirsLocked(d string) error {
	if t.dirs[d] {
		return nil
	}
	if err := t.mkdirsLocked(path.Dir(d)); err != nil {
		return err
	}
	if err := os.Mkdir(filepath.Join(t.staging, filepath.FromSlash(d)), 0o755); err != nil {
		return t.inTheWay(d, err)
	}
	t.dirs[d] = true
	return nil
}

func (t *Tx) inTheWay(name string, err error) error {
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("write: %s: a file and a directory at the same path in the new output (remove %s if it is not followup's)", name, t.tree.show(name))
	}
	return fmt.Errorf("write: %w", err)
}

// carry links into the new output the entries of the destination that
// followup did not write, such as a deploy tool's files, and the empty
// directories that are not left over from the last build.
func (t *Tx) carry() error {
	empty := map[string]bool{}
	for name, m := range t.tree.kinds {
		if m.IsDir() && !t.tree.ours[name] {
			empty[name] = true
		}
	}
	for name := range t.tree.kinds {
		if d := path.Dir(name); d != "." {
			delete(empty, d)
		}
	}
	listed := map[string]bool{}
	for _, name := range t.tree.listed {
		listed[name] = true
	}
	for name, m := range t.tree.kinds {
		switch {
		case t.names[name] || listed[name] || name == Marker || isTemp(name):
		case m.IsDir():
			if empty[name] {
				if err := t.mkdirs(name); err != nil {
					return err
				}
			}
		case m&fs.ModeSymlink != 0:
			if err := t.relink(name); err != nil {
				return err
			}
		default:
			if err := t.link(name); err != nil {
				return err
			}
		}
	}
	return nil
}

// chmod gives the new output's top directory the last one's permissions.
func chmod(dir string, mode fs.FileMode) error {
	if err := os.Chmod(dir, mode); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// removeAll removes the tree at p without following a symbolic link.
func removeAll(p string) error {
	if err := os.RemoveAll(p); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}
