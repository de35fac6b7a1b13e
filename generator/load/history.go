package load

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/internal/parallel"
	"github.com/followup-dev/followup/generator/model"
)

// The history of the records and of the settings, read from git when the
// settings' history: resolves to git (history: git, or the default auto in
// a git work tree), as Hugo's enableGitInfo reads a page's. For each record
// load keeps the states it was committed in, each decoded with the
// settings committed with it, so that the calendar feeds can tell when
// each event last changed (see package feed). Only the git command is run:
// no library reads the repository.

// maxRevisions bounds the states read of each record: the last commits
// that touched it or the settings. Older ones are only counted. A variable
// for the tests.
var maxRevisions = 100

// historyPaths are the files whose revisions count, relative to the source.
var historyPaths = []string{"content/applications", "content/site.yaml"}

// settingsFile is the settings' path relative to the source.
const settingsFile = "content/site.yaml"

// commit is one commit that touched a history path.
type commit struct {
	hash  string
	time  time.Time         // committer time, UTC, never before an earlier commit's
	files map[string]string // path relative to the source → its object id after the commit; "" once deleted
}

// readHistory sets the history of site's records from the git history of
// src, when the settings ask for it. With history: git, a source that is
// not a git work tree, or a machine without git, gets a warning; with
// history: auto it just gets stamps derived from the content.
func readHistory(src *source, site *model.Site) error {
	mode := site.Settings.History
	if mode == model.HistoryContent {
		return nil
	}
	settingsPath := contentPath(src.dir, "site.yaml")
	if !workTree(src.dir) {
		if mode == model.HistoryGit {
			site.Warnings.Add(settingsPath, 0, 0, "history: git, but %s is not a git work tree (or git is not installed): calendar stamps come from the content", src.dir)
		}
		return nil
	}
	if out, _ := git(src.dir, "rev-parse", "--is-shallow-repository"); strings.TrimSpace(out) == "true" {
		site.Warnings.Add(settingsPath, 0, 0, "calendar stamps come from git, but this clone is shallow: they start at its oldest commit; clone the whole history (actions/checkout with fetch-depth: 0)")
	}
	commits, err := gitLog(src.dir)
	if err != nil {
		return err
	}
	dirty, err := uncommitted(src.dir)
	if err != nil {
		return err
	}
	r := &reader{dir: src.dir, settings: map[string]*model.Settings{}}
	windows := make([][]point, len(site.Applications))
	for i, app := range site.Applications {
		windows[i] = r.window(commits, app, !dirty[recordFile(app.Slug)] && !dirty[settingsFile])
	}
	if err := r.fetch(); err != nil {
		return err
	}
	written := func(path string) time.Time { // when the work tree's file was written, if it differs from the last commit
		if !dirty[path] {
			return time.Time{}
		}
		return mtime(filepath.Join(src.dir, filepath.FromSlash(path)))
	}
	settingsTime := written(settingsFile)
	for _, w := range windows {
		for _, p := range w {
			r.decodeSettings(p.settings)
		}
	}
	parallel.For(len(site.Applications), func(i int) bool {
		app, w := site.Applications[i], windows[i]
		h := &model.History{Before: r.before[i]}
		decoded := map[string]*model.Application{} // object id and zone → the record
		states := make([]*model.Application, len(w))
		for k := len(w) - 1; k >= 0; k-- { // the newest first: it is most often what was loaded
			s := r.settings[w[k].settings]
			if k == len(w)-1 && w[k].clean {
				// The last commit left the record and the settings as the
				// work tree has them: what was loaded is what it decodes to.
				copied := *app
				states[k] = &copied
				decoded[w[k].record+"\x00"+s.Location.String()] = states[k]
				h.Clean = true
				continue
			}
			states[k] = r.decodeApp(w[k].record, app.Slug, s, decoded)
		}
		for k, a := range states {
			if a != nil {
				h.Revisions = append(h.Revisions, model.Revision{Time: w[k].time, App: a, Settings: r.settings[w[k].settings]})
			}
		}
		h.Modified = later(settingsTime, written(recordFile(app.Slug)))
		if n := len(w); n > 0 {
			h.Modified = later(h.Modified, w[n-1].time)
		}
		app.History = h
		return true
	})
	return nil
}

// workTree reports whether dir is inside a git work tree, git installed.
func workTree(dir string) bool {
	out, err := git(dir, "rev-parse", "--is-inside-work-tree")
	return err == nil && strings.TrimSpace(out) == "true"
}

// CommitMarks returns the files git writes when a commit, a checkout or a
// reset moves the work tree at dir to another commit (its HEAD and the log
// of HEAD), so that a watcher knows when the history behind the calendar
// stamps changed; none when dir is not in a git work tree.
func CommitMarks(dir string) []string {
	out, err := git(dir, "rev-parse", "--absolute-git-dir")
	if err != nil || !workTree(dir) {
		return nil
	}
	gitDir := strings.TrimSpace(out)
	return []string{filepath.Join(gitDir, "HEAD"), filepath.Join(gitDir, "logs", "HEAD")}
}

// gitLog returns the commits that touched the history paths of the work
// tree at dir, oldest first, along the first parent of each: the states
// the current branch went through, a merge being one more. None before
// the first commit.
func gitLog(dir string) ([]commit, error) {
	if _, err := git(dir, "rev-parse", "--verify", "-q", "HEAD"); err != nil {
		return nil, nil
	}
	log, err := git(dir, append([]string{"log", "--first-parent", "-m", "--format=%x00%H %cI", "--raw", "--no-abbrev",
		"--no-renames", "--relative", "--"}, historyPaths...)...)
	if err != nil {
		return nil, fmt.Errorf("load: git log: %w", err)
	}
	parts := strings.Split(log, "\x00")[1:]
	commits := make([]commit, len(parts))
	for i, part := range parts {
		lines := strings.Split(strings.TrimSpace(part), "\n")
		hash, when, _ := strings.Cut(lines[0], " ")
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(when))
		if err != nil {
			return nil, fmt.Errorf("load: git log: %w", err)
		}
		c := commit{hash: hash, time: t.UTC().Truncate(time.Second), files: map[string]string{}}
		for _, line := range lines[1:] {
			// :100644 100644 <old id> <new id> M<tab>path
			meta, path, ok := strings.Cut(line, "\t")
			fields := strings.Fields(meta)
			if !ok || len(fields) != 5 || !strings.HasPrefix(line, ":") {
				continue
			}
			oid := fields[3]
			if strings.Trim(oid, "0") == "" {
				oid = "" // deleted
			}
			c.files[path] = oid
		}
		commits[len(parts)-1-i] = c // git log gives the newest first
	}
	for i := 1; i < len(commits); i++ {
		// A commit made with a clock behind its parent's does not go back.
		commits[i].time = later(commits[i].time, commits[i-1].time)
	}
	return commits, nil
}

// later returns the later of two times.
func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// mtime returns when the file at p was last written, UTC, whole seconds;
// the zero time when it cannot tell.
func mtime(p string) time.Time {
	fi, err := os.Stat(p)
	if err != nil {
		return time.Time{}
	}
	return fi.ModTime().UTC().Truncate(time.Second)
}

// uncommitted returns the history files of the work tree at dir that differ
// from the last commit or are not in git yet, relative to dir.
func uncommitted(dir string) (map[string]bool, error) {
	var out []string
	list := []string{"ls-files", "--others", "--exclude-standard"}
	if _, err := git(dir, "rev-parse", "--verify", "-q", "HEAD"); err == nil {
		diff, err := git(dir, append([]string{"diff", "HEAD", "--name-only", "--no-renames", "--relative", "--"}, historyPaths...)...)
		if err != nil {
			return nil, fmt.Errorf("load: git diff: %w", err)
		}
		out = strings.Split(diff, "\n")
	} else {
		list = append(list, "--cached") // no commit yet: every file is new
	}
	others, err := git(dir, append(append(list, "--"), historyPaths...)...)
	if err != nil {
		return nil, fmt.Errorf("load: git ls-files: %w", err)
	}
	dirty := map[string]bool{}
	for _, p := range append(out, strings.Split(others, "\n")...) {
		if p != "" {
			dirty[p] = true
		}
	}
	return dirty, nil
}

// git runs the git command in dir and returns what it printed.
func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir, "-c", "core.quotePath=false"}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return "", fmt.Errorf("%w: %s", err, strings.TrimSpace(stderr.String()))
		}
		return "", err
	}
	return stdout.String(), nil
}

// HistoryInputs returns what the calendar stamps of the site in dir take
// from git, by file relative to dir: the commits that touched it, with
// their times, and when it was written if it differs from the last
// commit. A build hashes it with the content, so that a commit that
// changes no byte still gives a new build. It returns nil when the stamps
// come from the content.
func HistoryInputs(dir string) (map[string]string, error) {
	settings, _ := Settings(dir) // a problem in them stops the build later
	if settings.History == model.HistoryContent || !workTree(dir) {
		return nil, nil
	}
	commits, err := gitLog(dir)
	if err != nil {
		return nil, err
	}
	dirty, err := uncommitted(dir)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	out := map[string]string{}
	for _, c := range commits {
		for p, oid := range c.files {
			out[p] += c.hash + " " + c.time.Format(time.RFC3339) + " " + oid + "\n"
		}
	}
	for p := range dirty {
		b.Reset()
		b.WriteString(out[p])
		b.WriteString("written " + mtime(filepath.Join(dir, filepath.FromSlash(p))).Format(time.RFC3339Nano) + "\n")
		out[p] = b.String()
	}
	return out, nil
}
