// Package write is the last stage of the pipeline and the only one that
// touches the disk: it puts a rendered site into its destination directory.
//
// The destination is owned by followup once it holds the marker file
// .followup, which lists the files of the last build. A build writes only
// the files whose bytes changed (each through a temporary file and a
// rename, so a reader never sees half a file), then removes the files the
// last build wrote that this one did not, so pages of deleted records
// disappear. Files that followup never wrote are left alone.
package write

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
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
	Removed   int // files of the last build that are gone
}

// Dir writes files (slash paths relative to dest) into dest.
func Dir(dest string, files map[string][]byte) (Stats, error) {
	var st Stats
	names := make([]string, 0, len(files))
	for name := range files {
		if err := checkName(name); err != nil {
			return st, err
		}
		names = append(names, name)
	}
	sort.Strings(names)

	old, err := prepare(dest)
	if err != nil {
		return st, err
	}
	created, err := makeDirs(dest, names)
	if err != nil {
		return st, err
	}
	if st, err = writeAll(dest, names, files, created); err != nil {
		return st, err
	}
	st.Removed, err = removeStale(dest, old, files)
	if err != nil {
		return st, err
	}
	return st, replaceFile(filepath.Join(dest, Marker), manifest(names))
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

// makeDirs creates the directories of every file, refusing to go through a
// symbolic link, which could lead outside dest. It returns the directories
// it created: files in them need no check for an older version.
func makeDirs(dest string, names []string) (map[string]bool, error) {
	seen := map[string]bool{".": true}
	created := map[string]bool{}
	for _, name := range names {
		var chain []string
		for d := path.Dir(name); !seen[d]; d = path.Dir(d) {
			chain = append(chain, d)
			seen[d] = true
		}
		for i := len(chain) - 1; i >= 0; i-- {
			p := filepath.Join(dest, filepath.FromSlash(chain[i]))
			err := os.Mkdir(p, 0o755)
			if err == nil {
				created[chain[i]] = true
				continue
			}
			if !errors.Is(err, fs.ErrExist) {
				return nil, fmt.Errorf("write: %w", err)
			}
			if fi, err := os.Lstat(p); err != nil || !fi.IsDir() {
				return nil, fmt.Errorf("write: %s is in the way of a directory (a file or a symbolic link)", p)
			}
		}
	}
	return created, nil
}

// writeAll writes the files whose bytes changed, using every core.
func writeAll(dest string, names []string, files map[string][]byte, created map[string]bool) (Stats, error) {
	var (
		st    Stats
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
	)
	work := make(chan string)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range work {
				changed, err := update(filepath.Join(dest, filepath.FromSlash(name)), files[name], created[path.Dir(name)])
				mu.Lock()
				switch {
				case err != nil && first == nil:
					first = err
				case changed:
					st.Written++
				default:
					st.Unchanged++
				}
				mu.Unlock()
			}
		}()
	}
	for _, n := range names {
		work <- n
	}
	close(work)
	wg.Wait()
	return st, first
}

// update writes data to p unless p already holds exactly data. In a
// directory that was just created (fresh), p cannot exist yet.
func update(p string, data []byte, fresh bool) (bool, error) {
	if !fresh {
		fi, err := os.Lstat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			// A new file: written below.
		case err != nil:
			return false, fmt.Errorf("write: %w", err)
		case !fi.Mode().IsRegular():
			return false, fmt.Errorf("write: %s is in the way of a file (a directory or a symbolic link)", p)
		default:
			if fi.Size() == int64(len(data)) {
				if cur, err := os.ReadFile(p); err == nil && bytes.Equal(cur, data) {
					return false, nil
				}
			}
			return true, replaceFile(p, data)
		}
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return true, replaceFile(p, data) // appeared meanwhile
	}
	if err != nil {
		return false, fmt.Errorf("write: %w", err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return false, fmt.Errorf("write: %w", err)
	}
	return true, nil
}

// replaceFile replaces p through a temporary file and a rename, so that a
// reader sees the old bytes or the new, never half a file.
func replaceFile(p string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), p)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// removeStale deletes the files of the last build that this one does not
// have, and the directories that leaves empty.
func removeStale(dest string, old []string, files map[string][]byte) (int, error) {
	n := 0
	dirs := map[string]bool{}
	for _, name := range old {
		if _, ok := files[name]; ok {
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
