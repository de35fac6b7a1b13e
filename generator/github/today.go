package github

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	gh "github.com/google/go-github/v89/github"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/scripts"
	"github.com/followup-dev/followup/generator/seal"
)

// TodayOptions are the inputs of Today.
type TodayOptions struct {
	Source     string
	Today      model.Date       // zero: today in the site's time zone
	Now        func() time.Time // the clock, when Today is zero
	Passphrase string           // an encrypted site's, for the addresses of its pages; "" links none
	Out        io.Writer        // what was done, one line each
}

// Today opens the issue of the day, or updates it when it is open already:
// every overdue and due action and every meeting of the day as a task,
// assigned to the repository's owner. It closes the daily issues of the
// days before, each with a comment of what was left undone.
func (r *Repo) Today(ctx context.Context, o TodayOptions) error {
	site, actions, err := build.Load(o.Source)
	if err != nil {
		return err
	}
	today := o.Today
	if today.IsZero() {
		now := time.Now
		if o.Now != nil {
			now = o.Now
		}
		today = model.DateOf(now().In(site.Settings.Location))
	}
	var keys *seal.Keys
	if pub := site.Settings.Publish; pub.Encrypt && o.Passphrase != "" && len(pub.Salt) > 0 {
		if keys, err = seal.DeriveKeys(o.Passphrase, pub.Salt, seal.Iterations, pub.FeedSecretVersion); err != nil {
			return err
		}
	}
	set, err := scripts.Load(filepath.Join(o.Source, "content", "scripts"))
	if err != nil {
		return err
	}
	day := Plan(site, actions, today, newLinks(&site.Settings, keys), scriptLines(site, set))
	issues, err := r.openIssues(ctx)
	if err != nil {
		return err
	}
	var current *gh.Issue
	for _, is := range issues {
		d, ok := issueDay(is.GetBody())
		switch {
		case !ok:
		case d.Compare(today) == 0 && current == nil:
			current = is
		case d.Before(today):
			if err := r.closeDay(ctx, is, d, o.Out); err != nil {
				return err
			}
		}
	}
	siteURL := site.Settings.BaseURL
	if current == nil {
		body := Body(day, site.Settings.Title, siteURL, nil)
		return r.open(ctx, day.Date, body, o.Out)
	}
	body := Body(day, site.Settings.Title, siteURL, stillDone(current.GetBody(), day))
	title := Title(today)
	_, _, err = r.client.Issues.Edit(ctx, r.Owner, r.Name, current.GetNumber(), &gh.IssueRequest{Title: &title, Body: &body})
	if err != nil {
		return fmt.Errorf("github: updating #%d: %w", current.GetNumber(), err)
	}
	fmt.Fprintf(o.Out, "updated #%d %s\n", current.GetNumber(), title)
	return nil
}

// open creates the issue of day d, assigned to the repository's owner.
func (r *Repo) open(ctx context.Context, d model.Date, body string, out io.Writer) error {
	title := Title(d)
	req := &gh.IssueRequest{Title: &title, Body: &body, Labels: &[]string{Label}, Assignees: &[]string{r.Owner}}
	is, resp, err := r.client.Issues.Create(ctx, r.Owner, r.Name, req)
	if err != nil && resp != nil && resp.StatusCode == http.StatusUnprocessableEntity {
		// An organization cannot be assigned an issue: open it unassigned.
		req.Assignees = nil
		if is, _, err = r.client.Issues.Create(ctx, r.Owner, r.Name, req); err == nil {
			fmt.Fprintf(out, "%s cannot be assigned an issue (an organization?): opened unassigned\n", r.Owner)
		}
	}
	if err != nil {
		return fmt.Errorf("github: opening the issue of %s: %w", d, err)
	}
	fmt.Fprintf(out, "opened #%d %s\n", is.GetNumber(), title)
	return nil
}

// stillDone returns the ticked tasks of body that day no longer lists.
func stillDone(body string, day Day) []Task {
	listed := map[string]bool{}
	for _, items := range [][]Item{day.Overdue, day.Due, day.Meetings} {
		for _, it := range items {
			listed[it.App+" "+it.Action] = true
		}
	}
	var done []Task
	for _, t := range Tasks(body) {
		if t.Ticked && !listed[t.App+" "+t.Action] {
			done = append(done, t)
		}
	}
	return done
}

// closeDay closes the issue of an earlier day d with a comment of what was
// left on it.
func (r *Repo) closeDay(ctx context.Context, is *gh.Issue, d model.Date, out io.Writer) error {
	var left []string
	for _, t := range Tasks(is.GetBody()) {
		if !t.Ticked {
			left = append(left, "- "+strings.TrimSpace(strings.TrimPrefix(t.Line, "- [ ]")))
		}
	}
	msg := "Everything on the list of " + d.Format("Monday 2 January") + " was ticked."
	if len(left) > 0 {
		msg = "Left undone on " + d.Format("Monday 2 January") + " (what is still due is on today's list):\n\n" + strings.Join(left, "\n")
	}
	if err := r.comment(ctx, is.GetNumber(), msg); err != nil {
		return err
	}
	closed, reason := "closed", "completed"
	_, _, err := r.client.Issues.Edit(ctx, r.Owner, r.Name, is.GetNumber(), &gh.IssueRequest{State: &closed, StateReason: &reason})
	if err != nil {
		return fmt.Errorf("github: closing #%d: %w", is.GetNumber(), err)
	}
	fmt.Fprintf(out, "closed #%d %s\n", is.GetNumber(), is.GetTitle())
	return nil
}
