package serve

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Debounce timing: a build starts when no event came for debounceQuiet, or
// debounceMax after the first event of a burst (a git checkout).
const (
	debounceQuiet = 20 * time.Millisecond
	debounceMax   = 250 * time.Millisecond
)

// queue holds the paths changed since the last build began; kick has a
// token whenever there is something to build.
type queue struct {
	mu    sync.Mutex
	paths map[string]struct{}
	kick  chan struct{}
}

func newQueue() *queue {
	return &queue{paths: map[string]struct{}{}, kick: make(chan struct{}, 1)}
}

// add records changed paths and wakes the builder.
func (q *queue) add(paths ...string) {
	if len(paths) == 0 {
		return
	}
	q.mu.Lock()
	for _, p := range paths {
		q.paths[p] = struct{}{}
	}
	q.mu.Unlock()
	select {
	case q.kick <- struct{}{}:
	default:
	}
}

// take returns the changed paths, sorted, and empties the queue.
func (q *queue) take() []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make([]string, 0, len(q.paths))
	for p := range q.paths {
		out = append(out, p)
	}
	clear(q.paths)
	sort.Strings(out)
	return out
}

// watchLimitHelp explains what to do when inotify runs out of watches.
const watchLimitHelp = "the system's limit on watched directories is reached: raise it with\n" +
	"  sudo sysctl fs.inotify.max_user_watches=524288\n" +
	"(add fs.inotify.max_user_watches=524288 to /etc/sysctl.conf to keep it), or run with -poll 500ms"

// watchError explains an error of fsnotify, with the fix when it is a limit.
func watchError(path string, err error) error {
	if errors.Is(err, syscall.ENOSPC) {
		return fmt.Errorf("watch %s: %s", path, watchLimitHelp)
	}
	if errors.Is(err, syscall.EMFILE) {
		return fmt.Errorf("watch %s: too many inotify instances: raise them with\n"+
			"  sudo sysctl fs.inotify.max_user_instances=1024\nor run with -poll 500ms", path)
	}
	return fmt.Errorf("watch %s: %w", path, err)
}

// watcher follows changes under the roots (content/ and layouts/) with
// fsnotify, adding each directory itself, and queues debounced batches of
// changed paths.
type watcher struct {
	fs     *fsnotify.Watcher
	source string   // absolute
	roots  []string // absolute
	dirs   map[string]bool
	marks  map[string]bool // files outside the roots that change the site
	queue  *queue
	log    io.Writer
}

// newWatcher watches the source directory (for content/ or layouts/ to
// appear) and every directory under the roots.
func newWatcher(source string, roots []string, q *queue, log io.Writer) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, watchError(source, err)
	}
	w := &watcher{fs: fw, source: source, roots: roots, dirs: map[string]bool{}, queue: q, log: log}
	if err := fw.Add(source); err != nil {
		fw.Close()
		return nil, watchError(source, err)
	}
	for _, root := range roots {
		if err := w.addTree(root, func(string) {}); err != nil {
			fw.Close()
			return nil, err
		}
	}
	return w, nil
}

// addTree watches dir and every directory below it, and calls found with
// every file that matters already there. A missing dir is no error.
func (w *watcher) addTree(dir string, found func(string)) error {
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // gone meanwhile
			}
			return err
		}
		if !d.IsDir() {
			if relevantFile(p) {
				found(p)
			}
			return nil
		}
		if p != dir && ignoredDir(d.Name()) {
			return filepath.SkipDir
		}
		if err := w.fs.Add(p); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return filepath.SkipDir
			}
			return watchError(p, err)
		}
		w.dirs[p] = true
		return nil
	})
	return err
}

// addMarks watches the files named, which lie outside the roots: the
// marks of a commit. A change to one is a change of the site.
func (w *watcher) addMarks(marks []string) error {
	if w.marks == nil {
		w.marks = map[string]bool{}
	}
	for _, m := range marks {
		dir := filepath.Dir(m)
		if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
			// Before the first commit: the directory's creation marks it.
			m, dir = dir, filepath.Dir(dir)
		}
		if err := w.fs.Add(dir); err != nil {
			return watchError(dir, err)
		}
		w.marks[m] = true
	}
	return nil
}

// close stops watching.
func (w *watcher) close() error { return w.fs.Close() }

// inRoots reports whether p is a root or lies below one.
func (w *watcher) inRoots(p string) bool {
	for _, r := range w.roots {
		if p == r || strings.HasPrefix(p, r+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// forget drops the watched directory p and those below it: it was removed
// or renamed, and the kernel dropped their watches.
func (w *watcher) forget(p string) {
	for d := range w.dirs {
		if d == p || strings.HasPrefix(d, p+string(filepath.Separator)) {
			delete(w.dirs, d)
			w.fs.Remove(d) //nolint:errcheck // mostly already gone
		}
	}
}
