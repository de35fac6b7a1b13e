package serve

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// run reads events until ctx is done, queueing a batch of changed paths
// once the events pause. What changed is decided later by looking at the
// disk, so a save by rename, a delete and a create all read the same.
func (w *watcher) run(ctx context.Context) {
	pending := map[string]struct{}{}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var first time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			if !w.handle(ev, pending) || len(pending) == 0 {
				continue
			}
			if first.IsZero() {
				first = time.Now()
			}
			timer.Reset(min(debounceQuiet, max(0, debounceMax-time.Since(first))))
		case err, ok := <-w.fs.Errors:
			if !ok {
				return
			}
			fmt.Fprintf(w.log, "watch: %v\n", err)
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				for _, r := range w.roots {
					pending[r] = struct{}{} // events were lost: look at everything
				}
				timer.Reset(debounceQuiet)
			}
		case <-timer.C:
			paths := make([]string, 0, len(pending))
			for p := range pending {
				paths = append(paths, p)
			}
			clear(pending)
			first = time.Time{}
			w.queue.add(paths...)
		}
	}
}

// handle notes the path of one event in pending when it can change the
// site, and reports whether it did. A new directory is watched at once and
// the files already in it are noted too.
func (w *watcher) handle(ev fsnotify.Event, pending map[string]struct{}) bool {
	p := ev.Name
	if w.marks[p] && ev.Op != fsnotify.Chmod {
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			w.fs.Add(p) //nolint:errcheck // the next commit is seen by HEAD
			w.marks[filepath.Join(p, "HEAD")] = true
		}
		pending[p] = struct{}{}
		return true
	}
	if ev.Op == fsnotify.Chmod || !w.inRoots(p) {
		return false
	}
	base := filepath.Base(p)
	if ev.Has(fsnotify.Create) {
		if fi, err := os.Lstat(p); err == nil && fi.IsDir() {
			if ignoredDir(base) {
				return false
			}
			pending[p] = struct{}{}
			err := w.addTree(p, func(f string) { pending[f] = struct{}{} })
			if err != nil {
				fmt.Fprintf(w.log, "%v\n", err)
			}
			return true
		}
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		if w.dirs[p] {
			w.forget(p)
			pending[p] = struct{}{}
			return true
		}
	}
	if !relevantFile(p) {
		return false
	}
	pending[p] = struct{}{}
	return true
}
