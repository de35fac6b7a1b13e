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

	"github.com/followup-dev/followup/generator/model"
)

// The revisions of the records and of the settings, read from git when the
// settings say history: git, as Hugo's enableGitInfo reads a page's. The
// calendar feeds stamp each event with them (see package feed). A file's
// revision is the latest committer time among the commits that touched it,
// and their count; a file with changes not yet committed (or not yet added)
// is one revision further, made when the file was last written, never
// before its last commit. Only the git command is run, with these
// arguments: no library reads the repository.

// historyPaths are the files whose revisions count, relative to the source.
var historyPaths = []string{"content/applications", "content/site.yaml"}

// readHistory sets the revisions of site's records and settings from the
// git history of src, when the settings ask for it. A source that is not
// a git work tree, or a machine without git, gets a warning, and the feeds
// fall back on stamps derived from the content.
func readHistory(src *source, site *model.Site) error {
	if site.Settings.History != model.HistoryGit {
		return nil
	}
	settingsPath := contentPath(src.dir, "site.yaml")
	if out, err := git(src.dir, "rev-parse", "--is-inside-work-tree"); err != nil || strings.TrimSpace(out) != "true" {
		site.Warnings.Add(settingsPath, 0, 0, "history: git, but %s is not a git work tree (or git is not installed): calendar stamps come from the content", src.dir)
		return nil
	}
	if out, _ := git(src.dir, "rev-parse", "--is-shallow-repository"); strings.TrimSpace(out) == "true" {
		site.Warnings.Add(settingsPath, 0, 0, "history: git, but this clone is shallow: calendar sequence numbers count only the commits it has; clone the whole history (actions/checkout with fetch-depth: 0)")
	}
	revs := map[string]*model.Revision{} // path relative to the source → revision
	if _, err := git(src.dir, "rev-parse", "--verify", "-q", "HEAD"); err == nil {
		log, err := git(src.dir, append([]string{"log", "--format=%x00%cI", "--name-only", "--no-renames", "--relative", "--"}, historyPaths...)...)
		if err != nil {
			return fmt.Errorf("load: git log: %w", err)
		}
		if err := parseLog(log, revs); err != nil {
			return err
		}
	}
	changed, err := uncommitted(src.dir)
	if err != nil {
		return err
	}
	for _, p := range changed {
		fi, err := os.Stat(filepath.Join(src.dir, filepath.FromSlash(p)))
		if err != nil {
			continue // deleted
		}
		r := revs[p]
		if r == nil {
			r = &model.Revision{}
			revs[p] = r
		}
		r.Count++
		if m := fi.ModTime().UTC().Truncate(time.Second); m.After(r.Time) {
			r.Time = m
		}
	}
	if r := revs["content/site.yaml"]; r != nil {
		site.Settings.Revision = *r
	}
	for _, app := range site.Applications {
		if r := revs["content/applications/"+app.Slug+".yaml"]; r != nil {
			app.Revision = *r
		}
	}
	return nil
}

// parseLog adds up the output of git log --format=%x00%cI --name-only:
// for each file, the latest committer time and the number of commits.
func parseLog(log string, revs map[string]*model.Revision) error {
	for _, commit := range strings.Split(log, "\x00")[1:] {
		lines := strings.Split(strings.TrimSpace(commit), "\n")
		when, err := time.Parse(time.RFC3339, strings.TrimSpace(lines[0]))
		if err != nil {
			return fmt.Errorf("load: git log: %w", err)
		}
		when = when.UTC()
		for _, p := range lines[1:] {
			if p = strings.TrimSpace(p); p == "" {
				continue
			}
			r := revs[p]
			if r == nil {
				r = &model.Revision{}
				revs[p] = r
			}
			r.Count++
			if when.After(r.Time) {
				r.Time = when
			}
		}
	}
	return nil
}

// uncommitted returns the history files of the work tree at dir that differ
// from the last commit or are not in git yet, relative to dir.
func uncommitted(dir string) ([]string, error) {
	var out []string
	list := []string{"ls-files", "--others", "--exclude-standard"}
	if _, err := git(dir, "rev-parse", "--verify", "-q", "HEAD"); err == nil {
		diff, err := git(dir, append([]string{"diff", "HEAD", "--name-only", "--no-renames", "--relative", "--"}, historyPaths...)...)
		if err != nil {
			return nil, fmt.Errorf("load: git diff: %w", err)
		}
		out = strings.Fields(diff)
	} else {
		list = append(list, "--cached") // no commit yet: every file is new
	}
	others, err := git(dir, append(append(list, "--"), historyPaths...)...)
	if err != nil {
		return nil, fmt.Errorf("load: git ls-files: %w", err)
	}
	return append(out, strings.Fields(others)...), nil
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
