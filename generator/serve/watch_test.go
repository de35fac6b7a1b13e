package serve

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// watchedSite starts a watcher on a fresh site and returns its directory
// and a function that waits until a queued batch names want, returning
// every path queued meanwhile.
func watchedSite(t *testing.T) (string, func(want string) []string) {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "content", "applications", "a.yaml"), "company: A\n")
	writeFile(t, filepath.Join(dir, "content", "advice", "calls.md"), "---\n---\n")
	writeFile(t, filepath.Join(dir, "layouts", "partials", "header.html"), "<header>")
	q := newQueue()
	roots := []string{filepath.Join(dir, "content"), filepath.Join(dir, "layouts")}
	w, err := newWatcher(dir, roots, q, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { w.run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done; w.close() })
	return dir, func(want string) []string {
		t.Helper()
		var seen []string
		timeout := time.After(maxWait)
		for !slices.Contains(seen, want) {
			select {
			case <-q.kick:
				seen = append(seen, q.take()...)
			case <-timeout:
				t.Fatalf("no change queued for %s within %v; queued: %v", want, maxWait, seen)
			}
		}
		return seen
	}
}

func TestWatcher(t *testing.T) {
	t.Run("NewNestedDirectory", func(t *testing.T) {
		dir, wait := watchedSite(t)
		file := filepath.Join(dir, "layouts", "partials", "new", "deeper", "card.html")
		writeFile(t, file, "<div>") // written before the watcher can add new/ or deeper/
		wait(file)
		later := filepath.Join(dir, "layouts", "partials", "new", "deeper", "row.html")
		writeFile(t, later, "<tr>") // deeper/ is watched by now
		wait(later)
	})
	t.Run("EditorFilesIgnored", func(t *testing.T) {
		dir, wait := watchedSite(t)
		apps := filepath.Join(dir, "content", "applications")
		temps := []string{".a.yaml.swp", "4913", "a.yaml~", "a.yaml___jb_tmp___", ".#a.yaml", "#a.yaml#", "notes.docx"}
		for _, name := range temps {
			writeFile(t, filepath.Join(apps, name), "x")
		}
		record := filepath.Join(apps, "b.yaml")
		writeFile(t, record, "company: B\n")
		seen := wait(record)
		for _, p := range seen {
			if slices.Contains(temps, filepath.Base(p)) {
				t.Errorf("queued the editor's file %s", p)
			}
		}
	})
	t.Run("DeletedDirectory", func(t *testing.T) {
		dir, wait := watchedSite(t)
		partials := filepath.Join(dir, "layouts", "partials")
		if err := os.RemoveAll(partials); err != nil {
			t.Fatal(err)
		}
		wait(partials)
	})
	t.Run("RenamedDirectory", func(t *testing.T) {
		dir, wait := watchedSite(t)
		from, to := filepath.Join(dir, "content", "advice"), filepath.Join(dir, "content", "tips")
		if err := os.Rename(from, to); err != nil {
			t.Fatal(err)
		}
		seen := wait(to)
		if !slices.Contains(seen, from) {
			wait(from)
		}
		file := filepath.Join(to, "new.md")
		writeFile(t, file, "---\n---\n")
		wait(file)
	})
	t.Run("ContentDirectoryCreatedLater", func(t *testing.T) {
		dir, wait := watchedSite(t)
		os.RemoveAll(filepath.Join(dir, "layouts"))
		wait(filepath.Join(dir, "layouts"))
		file := filepath.Join(dir, "layouts", "assets", "extra.css")
		writeFile(t, file, "p{}")
		wait(file)
	})
}

func TestWatchLimitMessage(t *testing.T) {
	err := watchError("/site/content/applications", fmt.Errorf("add: %w", syscall.ENOSPC))
	for _, want := range []string{"/site/content/applications", "sudo sysctl fs.inotify.max_user_watches=524288", "-poll 500ms"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q:\n%v", want, err)
		}
	}
}
