package github

import (
	"encoding/base64"
	"errors"
	"strings"

	"github.com/followup-dev/followup/generator/record"
)

// push pushes the branch checked out at dir to origin; when origin moved
// on meanwhile, it rebases onto it and pushes once more. A token, when
// given, authenticates to GitHub over https: it goes to git in its
// environment, so the checkout need not keep a token in .git/config.
func push(dir, token string) error {
	git := func(dir string, args ...string) (string, error) { return record.Git(dir, authEnv(token), args...) }
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
