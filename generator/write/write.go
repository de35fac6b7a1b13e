// Package write is the last stage of the pipeline and the only one that
// touches the disk: it puts a rendered site into its destination directory.
//
// The destination is owned by followup once it holds the marker file
// .followup, which lists the files of the last build by a hash of their
// paths, never the paths themselves (marker.go). A build first takes
// the destination (Lock), which keeps other builds out; a write is then a
// transaction (Begin, Put, then Commit or Abort), so files can be written
// as they are rendered, without holding the whole site in memory.
//
// The new output is assembled in a directory beside the destination: a
// file whose bytes changed is written there, and a file that is the same
// as the last build's is hard-linked from it, so it is neither read again
// nor rewritten. Files that followup never wrote are linked in too, at the
// same paths. Commit then swaps the two directories in one rename and
// removes the last output. A write that fails or is interrupted before
// that leaves the destination exactly as it was, and whatever it left
// beside it is removed by the next Lock; files the last build wrote and
// this one did not, such as the pages of deleted records, are gone after
// it. When no byte would change, nothing is assembled and Commit does
// nothing. A write never follows a symbolic link inside the destination:
// one standing where a file or directory of the build belongs is an error
// that names it.
package write

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/followup-dev/followup/generator/internal/fault"
)

// Marker is the file that marks a directory as followup's output.
const Marker = ".followup"

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
	d    *Dest
	tree *tree // the destination before the write

	mu      sync.Mutex
	names   map[string]bool // files put or kept
	same    []string        // of those, the ones whose last version stays
	staging string          // where the new output is assembled; "" until a byte changes
	dirs    map[string]bool // directories made in staging
	st      Stats
	done    bool // the new output is in place
}

// Begin starts a write into the destination d holds. A destination that
// is not empty and was not written by followup is refused
// (ErrForeignDest), as is one where a symbolic link stands on the path of
// a file of the last build.
func (d *Dest) Begin() (*Tx, error) {
	if d.locks == nil {
		return nil, fmt.Errorf("write: %s: not locked", d.shown)
	}
	if err := d.makeParent(); err != nil {
		return nil, err
	}
	t, err := scan(d)
	if err != nil {
		return nil, err
	}
	return &Tx{d: d, tree: t, names: map[string]bool{}, dirs: map[string]bool{".": true}}, nil
}

// Put writes one file unless the last build left exactly data there. It
// is safe for concurrent use.
func (t *Tx) Put(name string, data []byte) error {
	if err := t.claim(name); err != nil {
		return err
	}
	if t.tree.isFile(name) {
		same, err := t.tree.holds(name, data)
		if err != nil {
			return err
		}
		if same {
			return t.keepLast(name, false)
		}
	}
	if err := t.create(name, data); err != nil {
		return err
	}
	t.mu.Lock()
	t.st.Written++
	t.mu.Unlock()
	return fault.At("put")
}

// Keep counts the file name of the last build as part of this one, as it
// is. It is for a file that would be put with the very bytes it holds.
func (t *Tx) Keep(name string) error {
	if err := t.claim(name); err != nil {
		return err
	}
	if !t.tree.isFile(name) {
		return fmt.Errorf("write: %s: no such file to keep from the last build", t.tree.show(name))
	}
	return t.keepLast(name, true)
}

// claim checks name and counts it as a file of this write.
func (t *Tx) claim(name string) error {
	if err := checkName(name); err != nil {
		return err
	}
	if err := t.tree.own(name); err != nil {
		return err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.names[name] {
		return fmt.Errorf("write: %s: two files at the same path", name)
	}
	t.names[name] = true
	return nil
}

// keepLast makes the last build's file name part of the new output.
func (t *Tx) keepLast(name string, kept bool) error {
	t.mu.Lock()
	t.same = append(t.same, name)
	t.st.Unchanged++
	if kept {
		t.st.Kept++
	}
	staged := t.staging != ""
	t.mu.Unlock()
	if staged {
		return t.link(name)
	}
	return nil
}

// Commit puts the new output in place of the last one. When it fails, the
// destination is as it was. When the new output is in place but the last
// one cannot be removed, Commit says so and where it is left.
func (t *Tx) Commit() (Stats, error) {
	names := slices.Sorted(maps.Keys(t.names))
	for _, name := range t.tree.listed {
		if _, there := t.tree.kinds[name]; there && !t.names[name] {
			t.st.Removed++
		}
	}
	marker := manifest(names)
	if t.staging == "" && t.st.Removed == 0 && !t.tree.hasTemps() && bytes.Equal(marker, t.tree.marker) {
		t.done = true
		return t.st, nil // not a byte would change
	}
	staged, err := t.stage()
	if err == nil {
		err = t.carry()
	}
	if err == nil {
		err = t.create(Marker, marker)
	}
	if err == nil {
		err = chmod(staged, t.tree.mode)
	}
	if err == nil {
		err = fault.At("commit")
	}
	var last string
	if err == nil {
		last, err = t.d.swap(staged, t.tree.existed)
	}
	if err != nil {
		t.Abort()
		return t.st, fmt.Errorf("write: %s left as it was: %w", t.d.shown, err)
	}
	t.done = true
	if err := fault.At("swapped"); err != nil {
		return t.st, err
	}
	if last != "" {
		if err := removeAll(last); err != nil {
			return t.st, fmt.Errorf("write: the new output is in %s, but the last one could not be removed and is left in %s (the next build tries again): %w", t.d.shown, last, err)
		}
	}
	return t.st, nil
}

// Abort drops the write: the destination stays as it was.
func (t *Tx) Abort() {
	t.mu.Lock()
	staged, done := t.staging, t.done
	t.mu.Unlock()
	if staged != "" && !done {
		removeAll(staged)
	}
}

// hasTemps reports whether the tree holds temporary files of an earlier
// version, which a write drops.
func (t *tree) hasTemps() bool {
	for name := range t.kinds {
		if isTemp(name) {
			return true
		}
	}
	return false
}

// checkName rejects a path that could lead outside the destination.
func checkName(name string) error {
	if name == "" || name == Marker || path.IsAbs(name) || path.Clean(name) != name ||
		name == ".." || strings.HasPrefix(name, "../") || strings.Contains(name, "\\") {
		return fmt.Errorf("write: refusing output path %q", name)
	}
	return nil
}
