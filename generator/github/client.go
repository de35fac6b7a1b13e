// Package github runs a job hunt from its GitHub repository: each morning
// an issue lists the day's follow-ups (Today), and ticking one of its boxes
// or commenting a command on it writes the records as `followup done`,
// `log` and `skip` do (Event). It talks to GitHub's REST API with the
// variables every Actions run sets: GITHUB_API_URL, GITHUB_TOKEN and
// GITHUB_REPOSITORY.
//
// The issues it writes carry the label `followup` and, in their body, a
// marker with their day (`<!-- followup daily 2026-12-07 -->`); each task
// names its record and action in a marker of its own at the end of its
// line (`<!-- followup acme status-check-1 -->`). Text from the records is
// escaped, so that no record can write a marker or a mention. Event acts
// only on issues that carry both the label and the day's marker, and only
// for the repository's owner, its members and collaborators.
package github

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	gh "github.com/google/go-github/v89/github"
)

// Label marks the issues followup writes.
const Label = "followup"

// Repo is a repository on GitHub and a client for its API.
type Repo struct {
	Owner, Name string
	client      *gh.Client
}

// FromEnv returns the repository GITHUB_REPOSITORY names, with a client
// for GITHUB_API_URL (default https://api.github.com) that authenticates
// with GITHUB_TOKEN.
func FromEnv(getenv func(string) string) (*Repo, error) {
	owner, name, ok := strings.Cut(getenv("GITHUB_REPOSITORY"), "/")
	if !ok || owner == "" || name == "" || strings.Contains(name, "/") {
		return nil, errors.New("GITHUB_REPOSITORY must name the repository as OWNER/NAME (GitHub Actions sets it)")
	}
	token := getenv("GITHUB_TOKEN")
	if token == "" {
		return nil, errors.New("GITHUB_TOKEN is not set: give the step `GITHUB_TOKEN: ${{ github.token }}` in its env")
	}
	api := getenv("GITHUB_API_URL")
	if api == "" {
		api = "https://api.github.com"
	}
	api = strings.TrimSuffix(api, "/") + "/"
	c, err := gh.NewClient(gh.WithAuthToken(token), gh.WithURLs(&api, &api),
		gh.WithHTTPClient(&http.Client{Timeout: time.Minute}), gh.WithUserAgent("followup"))
	if err != nil {
		return nil, fmt.Errorf("github: %w", err)
	}
	return &Repo{Owner: owner, Name: name, client: c}, nil
}

// openIssues returns the open issues of the repository that carry Label.
func (r *Repo) openIssues(ctx context.Context) ([]*gh.Issue, error) {
	opts := &gh.IssueListByRepoOptions{State: "open", Labels: []string{Label}, ListOptions: gh.ListOptions{PerPage: 100}}
	var all []*gh.Issue
	for {
		page, resp, err := r.client.Issues.ListByRepo(ctx, r.Owner, r.Name, opts)
		if err != nil {
			return nil, fmt.Errorf("github: listing the open issues: %w", err)
		}
		all = append(all, page...)
		if resp.NextPage == 0 {
			return all, nil
		}
		opts.ListOptions.Page = resp.NextPage
	}
}

// comment adds a comment to the issue numbered n.
func (r *Repo) comment(ctx context.Context, n int, body string) error {
	_, _, err := r.client.Issues.CreateComment(ctx, r.Owner, r.Name, n, &gh.IssueComment{Body: &body})
	if err != nil {
		return fmt.Errorf("github: commenting on #%d: %w", n, err)
	}
	return nil
}

// canWrite reports whether login may change the repository: its owner, or
// a collaborator with write access or more.
func (r *Repo) canWrite(ctx context.Context, login string) (bool, error) {
	if strings.EqualFold(login, r.Owner) {
		return true, nil
	}
	p, _, err := r.client.Repositories.GetPermissionLevel(ctx, r.Owner, r.Name, login)
	if err != nil {
		return false, fmt.Errorf("github: the permission of %s: %w", login, err)
	}
	switch p.GetPermission() {
	case "admin", "maintain", "write":
		return true, nil
	}
	return false, nil
}
