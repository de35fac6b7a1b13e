package serve

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// stamp is what polling compares of a file: a save changes one of them.
type stamp struct {
	mod  time.Time
	size int64
	dir  bool
}

// scanTree returns the stamp of every directory and every file that matters
// under the roots, and of each of the files named (the marks of a commit);
// a missing root or file has none.
func scanTree(roots, files []string) map[string]stamp {
	out := map[string]stamp{}
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			out[f] = stamp{fi.ModTime(), fi.Size(), false}
		}
	}
	for _, root := range roots {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error { //nolint:errcheck // errors are skipped entries
			if err != nil {
				if d != nil && d.IsDir() && p != root {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() && p != root && ignoredDir(d.Name()) {
				return filepath.SkipDir
			}
			if !d.IsDir() && !relevantFile(p) {
				return nil
			}
			fi, err := d.Info()
			if err == nil && d.Type()&fs.ModeSymlink != 0 {
				fi, err = os.Stat(p) // a link's target is what the build reads
			}
			if err == nil {
				out[p] = stamp{fi.ModTime(), fi.Size(), d.IsDir()}
			} else if !errors.Is(err, fs.ErrNotExist) {
				out[p] = stamp{}
			}
			return nil
		})
	}
	return out
}

// changedPaths returns the paths added, removed or changed from before to now.
func changedPaths(before, now map[string]stamp) []string {
	var out []string
	for p, s := range now {
		if old, ok := before[p]; !ok || (old != s && !s.dir) {
			out = append(out, p)
		}
	}
	for p := range before {
		if _, ok := now[p]; !ok {
			out = append(out, p)
		}
	}
	return out
}

// poll compares the tree with before every interval until ctx is done and
// queues what changed: for file systems that deliver no events (network
// and some container mounts).
func poll(ctx context.Context, roots, files []string, interval time.Duration, before map[string]stamp, q *queue) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			now := scanTree(roots, files)
			q.add(changedPaths(before, now)...)
			before = now
		}
	}
}
