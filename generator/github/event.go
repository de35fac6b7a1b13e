package github

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	gh "github.com/google/go-github/v89/github"
)

// EventOptions are the inputs of Event.
type EventOptions struct {
	Source string
	// Run runs one followup command (log, done or skip) on the records of
	// Source and commits what it writes, printing what it did to out. The
	// command line is args; the caller adds -source and -commit.
	Run  func(args []string, out io.Writer) error
	Push bool // push the commits to the branch checked out
	// Token authenticates the push to GitHub over https (GITHUB_TOKEN);
	// "" leaves it to git's own credentials.
	Token string
	Out   io.Writer // what was done, for the run's log
}

// payload is the part of an `issues` or `issue_comment` webhook payload
// that Event reads.
type payload struct {
	Action  string           `json:"action"`
	Issue   *gh.Issue        `json:"issue"`
	Comment *gh.IssueComment `json:"comment"`
	Changes *gh.EditChange   `json:"changes"`
	Sender  *gh.User         `json:"sender"`
}

// trusted are the author associations whose comments Event acts on.
var trusted = map[string]bool{"OWNER": true, "MEMBER": true, "COLLABORATOR": true}

// Event acts on the webhook payload data of an `issues: edited` or
// `issue_comment: created` event on an issue followup wrote: each box
// ticked by the edit records its action as done today; each line of a
// comment that starts with /log, /done or /skip runs that command. Then it
// pushes what was committed and answers with what it did or why it
// refused. It reports whether it committed anything.
func (r *Repo) Event(ctx context.Context, o EventOptions, data []byte) (bool, error) {
	var p payload
	if err := json.Unmarshal(data, &p); err != nil {
		return false, fmt.Errorf("github: the event payload is not JSON: %w", err)
	}
	say := func(format string, args ...any) { fmt.Fprintf(o.Out, format+"\n", args...) }
	switch {
	case p.Issue == nil:
		say("not an event of an issue: nothing to do")
		return false, nil
	case !ours(p.Issue):
		say("#%d is not an issue followup wrote: nothing to do", p.Issue.GetNumber())
		return false, nil
	case p.Sender.GetType() == "Bot":
		say("an event of %s, a bot: nothing to do", p.Sender.GetLogin())
		return false, nil
	}
	cmds, reply, err := r.commands(ctx, p, say)
	if err != nil || len(cmds)+len(reply) == 0 {
		return false, err
	}
	changed := false
	for _, c := range cmds {
		var out bytes.Buffer
		err := o.Run(c.args, &out)
		text := strings.TrimSpace(out.String())
		if err != nil {
			text = strings.TrimSpace(text + "\n" + err.Error())
		} else {
			changed = true
		}
		say("%s\n%s", c.line, text)
		reply = append(reply, fence(c.line+"\n"+text))
	}
	if changed && o.Push {
		if err := push(o.Source, o.Token); err != nil {
			reply = append(reply, "The records were committed here but could not be pushed: "+fence(err.Error()))
			changed = false
		}
	}
	return changed, r.comment(ctx, p.Issue.GetNumber(), strings.Join(reply, "\n\n"))
}

// commands returns the commands an event asks for, and the answers of
// those it refused: one for each command line of a comment by a trusted
// author, one `done` for each box the edit of a trusted user ticked.
func (r *Repo) commands(ctx context.Context, p payload, say func(string, ...any)) ([]command, []string, error) {
	switch {
	case p.Comment != nil && p.Action == "created":
		lines := commandLines(p.Comment.GetBody())
		if len(lines) == 0 {
			say("the comment holds no command")
			return nil, nil, nil
		}
		if !trusted[p.Comment.GetAuthorAssociation()] {
			msg := fmt.Sprintf("Refused: only the repository's owner, members and collaborators can run commands here (@%s is %s).",
				p.Comment.GetUser().GetLogin(), strings.ToLower(p.Comment.GetAuthorAssociation()))
			say("%s", msg)
			return nil, []string{msg}, nil
		}
		var cmds []command
		var refused []string
		for _, l := range lines {
			args, err := commandArgs(l)
			if err != nil {
				refused = append(refused, fence(l)+fmt.Sprintf("\nRefused: %v.", err))
				continue
			}
			cmds = append(cmds, command{l, args})
		}
		return cmds, refused, nil
	case p.Action == "edited" && p.Changes != nil && p.Changes.Body != nil:
		ticked := newlyTicked(p.Changes.Body.GetFrom(), p.Issue.GetBody())
		if len(ticked) == 0 {
			say("no box was ticked")
			return nil, nil, nil
		}
		ok, err := r.canWrite(ctx, p.Sender.GetLogin())
		if err != nil || !ok {
			say("refused: %s may not change the records", p.Sender.GetLogin())
			return nil, nil, err
		}
		var cmds []command
		for _, t := range ticked {
			cmds = append(cmds, command{"/done " + t.App + " " + t.Action, []string{"done", t.App, t.Action}})
		}
		return cmds, nil, nil
	}
	say("a %s event of an issue: nothing to do", p.Action)
	return nil, nil, nil
}

// ours reports whether followup wrote the issue: it has the label and the
// day's marker, and is no pull request.
func ours(is *gh.Issue) bool {
	if _, ok := issueDay(is.GetBody()); !ok || is.IsPullRequest() {
		return false
	}
	for _, l := range is.Labels {
		if l.GetName() == Label {
			return true
		}
	}
	return false
}

// newlyTicked returns the tasks of actions ticked in body that were there
// unticked in before.
func newlyTicked(before, body string) []Task {
	was := map[string]bool{}
	for _, t := range Tasks(before) {
		if !t.Ticked {
			was[t.App+" "+t.Action] = true
		}
	}
	var ts []Task
	for _, t := range Tasks(body) {
		if t.Ticked && t.Action != "" && was[t.App+" "+t.Action] {
			ts = append(ts, t)
			delete(was, t.App+" "+t.Action)
		}
	}
	return ts
}

// commandLines returns the lines of a comment that start with a slash.
func commandLines(body string) []string {
	var ls []string
	for l := range strings.Lines(body) {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "/") {
			ls = append(ls, l)
		}
	}
	return ls
}

// commands are those a comment may run.
var commands = map[string]bool{"log": true, "done": true, "skip": true}

// commandArgs splits a command line of a comment into the arguments of a
// followup command, refusing the flags that reach outside the records.
func commandArgs(line string) ([]string, error) {
	words, err := Split(strings.TrimPrefix(line, "/"))
	if err != nil {
		return nil, err
	}
	if len(words) == 0 || !commands[words[0]] {
		return nil, fmt.Errorf("the commands are /log, /done and /skip")
	}
	for _, w := range words[1:] {
		name, _, _ := strings.Cut(strings.TrimLeft(w, "-"), "=")
		if strings.HasPrefix(w, "-") && (name == "source" || name == "ics" || name == "commit") {
			return nil, fmt.Errorf("-%s cannot be given here", name)
		}
	}
	return words, nil
}

// command is a command line of a comment, or of a ticked box, and the
// arguments it runs followup with.
type command struct {
	line string
	args []string
}

// fence puts text in a fenced code block longer than any run of
// backquotes it holds.
func fence(text string) string {
	longest, run := 0, 0
	for _, r := range text {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	f := strings.Repeat("`", max(3, longest+1))
	return f + "text\n" + text + "\n" + f
}
