package write

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/internal/fault"
	"github.com/followup-dev/followup/generator/internal/parallel"
)

// tree is what the destination holds before a write: every entry below
// it by slash path, found without following a symbolic link, and of those
// the files and directories its marker lists.
type tree struct {
	root    string                 // the destination's absolute path
	shown   string                 // the destination as it was named
	existed bool                   // the destination was there
	mode    fs.FileMode            // its permissions
	kinds   map[string]fs.FileMode // entry → its type bits
	listed  []string               // the files of the last build that are there, sorted
	ours    map[string]bool        // the directories of the last build that are there
	marker  []byte                 // the marker's bytes
}

// scan reads the tree at d. It refuses a destination that is not empty
// and holds no marker, and one where a symbolic link stands on the path of
// a file the last build listed.
func scan(d *Dest) (*tree, error) {
	t := &tree{root: d.path, shown: d.shown, mode: 0o755, kinds: map[string]fs.FileMode{}, ours: map[string]bool{}}
	fi, err := os.Lstat(d.path)
	if errors.Is(err, fs.ErrNotExist) {
		return t, nil
	}
	if err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("write: %s is not a directory", d.shown)
	}
	if pfi, err := os.Stat(d.parent); err == nil && !sameDevice(fi, pfi) {
		return nil, fmt.Errorf("write: %s is a mount point: followup builds the new output beside the destination and swaps the two, which needs them on one file system; choose a directory inside it", d.shown)
	}
	t.existed, t.mode = true, fi.Mode().Perm()
	err = filepath.WalkDir(d.path, func(p string, e fs.DirEntry, err error) error {
		if err != nil || p == d.path {
			return err
		}
		t.kinds[filepath.ToSlash(p[len(d.path)+1:])] = e.Type()
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	if len(t.kinds) == 0 {
		return t, nil
	}
	if err := t.own(Marker); err != nil {
		return nil, err
	}
	if m, ok := t.kinds[Marker]; !ok || !m.IsRegular() {
		return nil, fmt.Errorf("write: %s: %w (it has no %s file); choose an empty or new -dest", d.shown, ErrForeignDest, Marker)
	}
	if t.marker, err = t.read(Marker); err != nil {
		return nil, err
	}
	l := parseMarker(t.marker)
	for _, name := range slices.Sorted(maps.Keys(t.kinds)) {
		m := t.kinds[name]
		if m&fs.ModeSymlink != 0 && (l.hasFile(name) || l.hasDir(name)) {
			return nil, linkInTheWay(t.show(name), l.hasFile(name))
		}
		if m&fs.ModeSymlink != 0 {
			return nil, fmt.Errorf("write: %s is a symbolic link inside the destination, which a publish would follow (GitHub's Pages artifact packs what it points to); remove it", t.show(name))
		}
		if l.hasFile(name) {
			t.listed = append(t.listed, name)
		}
		if m.IsDir() && l.hasDir(name) {
			t.ours[name] = true
		}
	}
	return t, nil
}

// own checks that no symbolic link stands where followup puts the file
// name or a directory above it: such a link is not followup's, and
// following it could lead outside the destination. Anything else in the
// way is found when the new output is assembled.
func (t *tree) own(name string) error {
	for p, what := name, "file"; p != "."; p, what = path.Dir(p), "directory" {
		if m, ok := t.kinds[p]; ok && m&fs.ModeSymlink != 0 {
			return linkInTheWay(t.show(p), what == "file")
		}
	}
	return nil
}

// linkInTheWay is the error for the symbolic link shown, standing where
// followup puts a file or a directory.
func linkInTheWay(shown string, file bool) error {
	what := "directory"
	if file {
		what = "file"
	}
	return fmt.Errorf("write: %s is a symbolic link where followup puts a %s of its own; remove it", shown, what)
}

// isFile reports whether name is a regular file of the tree.
func (t *tree) isFile(name string) bool {
	m, ok := t.kinds[name]
	return ok && m.IsRegular()
}

func (t *tree) path(name string) string {
	return filepath.Join(t.root, filepath.FromSlash(name))
}

func (t *tree) show(name string) string {
	return filepath.Join(t.shown, filepath.FromSlash(name))
}

// read returns the bytes of the regular file name, never through a
// symbolic link.
func (t *tree) read(name string) ([]byte, error) {
	f, err := os.OpenFile(t.path(name), os.O_RDONLY|noFollow, 0)
	if err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	return data, nil
}

// holds reports whether the regular file name holds exactly data.
func (t *tree) holds(name string, data []byte) (bool, error) {
	f, err := os.OpenFile(t.path(name), os.O_RDONLY|noFollow, 0)
	if err != nil {
		return false, fmt.Errorf("write: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() != int64(len(data)) {
		return false, err
	}
	cur := make([]byte, len(data))
	if _, err := io.ReadFull(f, cur); err != nil {
		return false, nil // it shrank meanwhile: write it again
	}
	return bytes.Equal(cur, data), nil
}

// Listed returns the files of the last build into d, and whether the
// destination is as that build left it: every one of them still a regular
// file, reached without a symbolic link, and nothing anywhere below that a
// write would refuse or drop, such as a symbolic link added beside them.
// The destination is walked without following a link: a file is the last
// build's when the hash of its path is in the marker, and all are in place
// when every hash of the marker names a file or directory met.
func (d *Dest) Listed() ([]string, bool) {
	names, ok, _ := d.ListedSince(nil)
	return names, ok
}

// walk walks the destination for the files and directories the marker
// lists, and reports whether it found every one.
func (d *Dest) walk(marker []byte) (*listWalk, bool) {
	if fault.At("walk") != nil {
		return nil, false
	}
	w := &listWalk{last: parseMarker(marker)}
	root, err := openDir(d.path)
	if err != nil {
		return nil, false
	}
	defer root.close()
	if err := w.dir(root, ""); err != nil || len(w.names)+w.dirs != len(w.last) {
		return nil, false
	}
	slices.Sort(w.names)
	slices.SortFunc(w.stamps, func(a, b stampedDir) int { return strings.Compare(a.path, b.path) })
	return w, true
}

// dirEntry is an entry of a directory: its name, and whether it is a
// directory (fs.ModeDir), a regular file (0) or anything else
// (fs.ModeIrregular: a link, a FIFO, a socket, a device).
type dirEntry struct {
	name string
	mode fs.FileMode
}

// listWalk finds the files and directories of the last build.
type listWalk struct {
	last      last
	names     []string // the files found
	dirs      int      // how many directories were found
	stamps    []stampedDir
	unsettled bool // a directory changed too recently to vouch for, or has no stamp
}

// dir walks the directory p, whose entries have the slash path prefix and
// their name. It never opens a symbolic link, even one put in the place of
// a directory while it walks. A directory of many directories, such as
// applications/, has them walked on every core. Every directory is
// walked, the last build's or not, and an entry a write would refuse or
// drop (a symbolic link, a FIFO, a socket, a device, a temporary file) met
// anywhere ends the walk with errNotAsLeft: the destination is then not as
// a build left it, and only a write deals with it.
func (w *listWalk) dir(h dirHandle, prefix string) error {
	// The stamp is taken before the entries are read: a change in
	// between leaves the stamp behind, and the next walk reads again.
	now := time.Now()
	if st, ok := h.stamp(); ok && settled(st, now) {
		w.stamps = append(w.stamps, stampedDir{prefix, st})
	} else {
		w.unsettled = true
	}
	entries, err := h.read()
	if err != nil {
		return err
	}
	var buf [256]byte
	var subdirs []string
	for _, e := range entries {
		name := append(append(buf[:0], prefix...), e.name...)
		switch {
		case e.mode&fs.ModeIrregular != 0 || isTemp(e.name):
			return errNotAsLeft
		case e.mode.IsDir():
			subdirs = append(subdirs, e.name)
			if w.last.has(sha256.Sum256(append(name, '/'))) {
				w.dirs++
			}
		case w.last.has(sha256.Sum256(name)):
			w.names = append(w.names, string(name))
		}
	}
	if len(subdirs) < parallelDirs {
		for _, d := range subdirs {
			if err := w.sub(h, d, prefix); err != nil {
				return err
			}
		}
		return nil
	}
	parts := make([]listWalk, len(subdirs))
	errs := make([]error, len(subdirs))
	parallel.For(len(subdirs), func(i int) bool {
		parts[i].last = w.last
		errs[i] = parts[i].sub(h, subdirs[i], prefix)
		return errs[i] == nil
	})
	if err := errors.Join(errs...); err != nil {
		return err
	}
	for _, part := range parts {
		w.names = append(w.names, part.names...)
		w.dirs += part.dirs
		w.stamps = append(w.stamps, part.stamps...)
		w.unsettled = w.unsettled || part.unsettled
	}
	return nil
}

// sub walks the directory name of h.
func (w *listWalk) sub(h dirHandle, name, prefix string) error {
	d, err := h.open(name)
	if err != nil {
		return err
	}
	defer d.close()
	return w.dir(d, prefix+name+"/")
}

// errNotAsLeft ends a walk that met an entry no build leaves.
var errNotAsLeft = errors.New("an entry no build leaves")

// parallelDirs is the number of directories in a directory from which
// the walk spreads them over the cores.
const parallelDirs = 64

// isTemp reports whether name is a temporary file of an earlier version
// of followup, which wrote them inside the destination: never part of an
// output.
func isTemp(name string) bool {
	return strings.HasPrefix(path.Base(name), ".tmp-")
}
