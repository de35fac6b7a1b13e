// Package write is the last stage of the pipeline and the only one that
// touches the disk: it puts a rendered site into its destination directory.
//
// The destination is owned by followup once it holds the marker file
// .followup, which lists the files of the last build. A write is a
// transaction (Begin, Put, then Commit or Abort), so files can be written
// as they are rendered, without holding the whole site in memory, and
// still a failed build leaves the last good output as it was: a file that
// changed is first written beside its old version and renamed over it only
// on Commit; a file in a directory the write created goes there directly
// and Abort removes it. Only files whose bytes changed are written. Commit
// removes the files the last build wrote that this one did not, so pages
// of deleted records disappear. Files that followup never wrote are left
// alone.
package write

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Marker is the file that marks a directory as followup's output.
const Marker = ".followup"

const markerHeader = "# Written by followup: the files of the last build. Safe to delete with the directory.\n"

// ErrForeignDest is returned for a destination that is not empty and holds
// no marker: followup refuses to write into it and never empties it.
var ErrForeignDest = errors.New("destination is not empty and was not written by followup")

// Stats counts what a write did.
type Stats struct {
	Written   int // files created or changed
	Unchanged int // files whose bytes were already right
	Kept      int // of those, files kept as they were without being put (Keep)
	Removed   int // files of the last build that are gone
}

// Tx is one write of a site into its destination.
type Tx struct {
	dest string
	old  []string // the files of the last build

	mu      sync.Mutex
	dirs    map[string]bool // directories known to be there; true: this write created it
	made    []string        // directories created, parents first
	names   map[string]bool // files put
	renames [][2]string     // temporary file → its final place, on Commit
	fresh   []string        // files written straight into created directories
	st      Stats
}

// Begin starts a write into dest, creating it if needed. A dest that is
// not empty and was not written by followup is refused (ErrForeignDest).
func Begin(dest string) (*Tx, error) {
	old, err := prepare(dest)
	if err != nil {
		return nil, err
	}
	return &Tx{dest: dest, old: old, dirs: map[string]bool{".": false}, names: map[string]bool{}}, nil
}

// Put writes one file unless it already holds exactly data. It is safe
// for concurrent use.
func (t *Tx) Put(name string, data []byte) error {
	if err := checkName(name); err != nil {
		return err
	}
	t.mu.Lock()
	if t.names[name] {
		t.mu.Unlock()
		return fmt.Errorf("write: %s: two files at the same path", name)
	}
	t.names[name] = true
	created, err := t.dir(path.Dir(name))
	t.mu.Unlock()
	if err != nil {
		return err
	}
	p := filepath.Join(t.dest, filepath.FromSlash(name))
	if created {
		err = createFile(p, data)
		t.record(func() { t.fresh = append(t.fresh, p); t.st.Written++ })
		return err
	}
	fi, err := os.Lstat(p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("write: %w", err)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("write: %s is in the way of a file (a directory or a symbolic link)", p)
	case fi.Size() == int64(len(data)):
		if cur, err := os.ReadFile(p); err == nil && bytes.Equal(cur, data) {
			t.record(func() { t.st.Unchanged++ })
			return nil
		}
	}
	tmp, err := tempFile(p, data)
	if err != nil {
		return err
	}
	t.record(func() { t.renames = append(t.renames, [2]string{tmp, p}); t.st.Written++ })
	return nil
}

// Keep counts the file name of the last build as part of this one, as it
// is: Commit leaves it in place. It is for a file that would be put with the
// very bytes it holds.
func (t *Tx) Keep(name string) error {
	if err := checkName(name); err != nil {
		return err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.names[name] {
		return fmt.Errorf("write: %s: two files at the same path", name)
	}
	t.names[name] = true
	t.st.Unchanged++
	t.st.Kept++
	return nil
}

func (t *Tx) record(fn func()) {
	t.mu.Lock()
	fn()
	t.mu.Unlock()
}

// dir makes sure the directory d (a slash path relative to dest) is there
// and reports whether this write created it. It refuses to go through a
// symbolic link, which could lead outside dest. t.mu is held.
func (t *Tx) dir(d string) (bool, error) {
	if created, ok := t.dirs[d]; ok {
		return created, nil
	}
	if _, err := t.dir(path.Dir(d)); err != nil {
		return false, err
	}
	p := filepath.Join(t.dest, filepath.FromSlash(d))
	err := os.Mkdir(p, 0o755)
	if err == nil {
		t.dirs[d] = true
		t.made = append(t.made, p)
		return true, nil
	}
	if !errors.Is(err, fs.ErrExist) {
		return false, fmt.Errorf("write: %w", err)
	}
	if fi, err := os.Lstat(p); err != nil || !fi.IsDir() {
		return false, fmt.Errorf("write: %s is in the way of a directory (a file or a symbolic link)", p)
	}
	t.dirs[d] = false
	return false, nil
}

// Commit puts every changed file in place, removes the files of the last
// build that this one does not have, and records the new list of files.
func (t *Tx) Commit() (Stats, error) {
	for _, r := range t.renames {
		if err := os.Rename(r[0], r[1]); err != nil {
			return t.st, fmt.Errorf("write: %w", err)
		}
	}
	removed, err := removeStale(t.dest, t.old, t.names)
	t.st.Removed = removed
	if err != nil {
		return t.st, err
	}
	names := make([]string, 0, len(t.names))
	for n := range t.names {
		names = append(names, n)
	}
	sort.Strings(names)
	return t.st, replaceFile(filepath.Join(t.dest, Marker), manifest(names))
}

// Abort undoes the write: the destination is left as it was before Begin
// (but for a destination directory Begin created, which stays, empty).
func (t *Tx) Abort() {
	for _, r := range t.renames {
		os.Remove(r[0])
	}
	for _, p := range t.fresh {
		os.Remove(p)
	}
	for i := len(t.made) - 1; i >= 0; i-- {
		os.Remove(t.made[i])
	}
}

// checkName rejects a path that could lead outside the destination.
func checkName(name string) error {
	if name == "" || name == Marker || path.IsAbs(name) || path.Clean(name) != name ||
		name == ".." || strings.HasPrefix(name, "../") || strings.Contains(name, "\\") {
		return fmt.Errorf("write: refusing output path %q", name)
	}
	return nil
}

// prepare checks that dest is followup's to write and returns the files
// the last build listed.
func prepare(dest string) ([]string, error) {
	entries, err := os.ReadDir(dest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, os.MkdirAll(dest, 0o755)
	}
	if err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	data, err := os.ReadFile(filepath.Join(dest, Marker))
	if errors.Is(err, fs.ErrNotExist) {
		if len(entries) == 0 {
			return nil, nil
		}
		return nil, fmt.Errorf("write: %s: %w (it has no %s file); choose an empty or new -dest", dest, ErrForeignDest, Marker)
	}
	if err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	var old []string
	for _, line := range strings.Split(string(data), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") && checkName(line) == nil {
			old = append(old, line)
		}
	}
	return old, nil
}

func manifest(names []string) []byte {
	var b bytes.Buffer
	b.WriteString(markerHeader)
	for _, n := range names {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// createFile writes a file that does not exist yet.
func createFile(p string, data []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// tempFile writes data into a new temporary file beside p and returns its name.
func tempFile(p string, data []byte) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return "", fmt.Errorf("write: %w", err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("write: %w", err)
	}
	return f.Name(), nil
}

// replaceFile replaces p through a temporary file and a rename, so that a
// reader sees the old bytes or the new, never half a file.
func replaceFile(p string, data []byte) error {
	tmp, err := tempFile(p, data)
	if err == nil {
		err = os.Rename(tmp, p)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// removeStale deletes the files of the last build that this one does not
// have, and the directories that leaves empty.
func removeStale(dest string, old []string, names map[string]bool) (int, error) {
	n := 0
	dirs := map[string]bool{}
	for _, name := range old {
		if names[name] {
			continue
		}
		err := os.Remove(filepath.Join(dest, filepath.FromSlash(name)))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return n, fmt.Errorf("write: %w", err)
		}
		n++
		for d := path.Dir(name); d != "."; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	// Deepest first, so a parent is tried after its children.
	list := make([]string, 0, len(dirs))
	for d := range dirs {
		list = append(list, d)
	}
	sort.Slice(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
	for _, d := range list {
		os.Remove(filepath.Join(dest, filepath.FromSlash(d))) // fails, as it should, when not empty
	}
	return n, nil
}
