package record

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// commit commits the one file name of the git work tree at dir with
// message, whatever else is staged. Git's own words come back on failure.
func commit(dir, name, message string) error {
	abs, err := filepath.Abs(name)
	if err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	if out, err := git(dir, "rev-parse", "--is-inside-work-tree"); err != nil || strings.TrimSpace(out) != "true" {
		return fmt.Errorf("commit: %s is not in a git work tree; the record is written but not committed", dir)
	}
	if _, err := git(dir, "add", "--", abs); err != nil {
		return fmt.Errorf("commit: the record is written but not committed: %w", err)
	}
	if _, err := git(dir, "commit", "--quiet", "-m", message, "--", abs); err != nil {
		return fmt.Errorf("commit: the record is written but not committed: %w", err)
	}
	return nil
}

// git runs git in dir and returns its output; an error carries what git
// printed.
func git(dir string, args ...string) (string, error) { return Git(dir, nil, args...) }

// Git runs git in dir, with env added to the environment, and returns its
// output; an error carries what git printed.
func Git(dir string, env []string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String() + out.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", errors.New("git " + args[0] + ": " + msg)
	}
	return out.String(), nil
}
