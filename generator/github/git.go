package github

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
)

// push pushes the branch checked out at dir to origin; when origin moved
// on meanwhile, it rebases onto it and pushes once more.
func push(dir string) error {
	branch, err := git(dir, "rev-parse", "--abbrev-ref", "HEAD")
	if err != nil {
		return err
	}
	branch = strings.TrimSpace(branch)
	if branch == "HEAD" {
		return errors.New("git push: no branch is checked out")
	}
	if _, err := git(dir, "push", "--quiet", "origin", "HEAD:refs/heads/"+branch); err == nil {
		return nil
	}
	if _, err := git(dir, "pull", "--quiet", "--rebase", "origin", branch); err != nil {
		return err
	}
	_, err = git(dir, "push", "--quiet", "origin", "HEAD:refs/heads/"+branch)
	return err
}

// git runs git in dir and returns its output; an error carries what git
// printed.
func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
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
