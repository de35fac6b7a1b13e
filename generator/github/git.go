package github

import (
	"bytes"
	"encoding/base64"
	"errors"
	"os"
	"os/exec"
	"strings"
)

// push pushes the branch checked out at dir to origin; when origin moved
// on meanwhile, it rebases onto it and pushes once more. A token, when
// given, authenticates to GitHub over https: it goes to git in its
// environment, so the checkout need not keep a token in .git/config.
func push(dir, token string) error {
	git := func(dir string, args ...string) (string, error) { return gitEnv(dir, authEnv(token), args...) }
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

// authEnv returns the environment that has git send token to GitHub as
// actions/checkout does, in an extra header; none for no token.
func authEnv(token string) []string {
	if token == "" {
		return nil
	}
	basic := base64.StdEncoding.EncodeToString([]byte("x-access-token:" + token))
	return []string{"GIT_CONFIG_COUNT=1", "GIT_CONFIG_KEY_0=http.extraheader", "GIT_CONFIG_VALUE_0=AUTHORIZATION: basic " + basic}
}

// gitEnv runs git in dir, with env added to the environment, and returns
// its output; an error carries what git printed.
func gitEnv(dir string, env []string, args ...string) (string, error) {
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
