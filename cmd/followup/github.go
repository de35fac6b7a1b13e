package main

import (
	"fmt"
	"io"
	"os"

	"github.com/followup-dev/followup/generator/github"
)

// cmdGithub runs the subcommands that keep a hunt from its GitHub
// repository, in a GitHub Actions run.
func cmdGithub(e *env, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "today":
			return cmdGithubToday(e, args[1:])
		case "event":
			return cmdGithubEvent(e, args[1:])
		}
	}
	return fmt.Errorf("%w: want followup %s, or followup %s", errUsage, lookupCommand("github today").usage, lookupCommand("github event").usage)
}

func cmdGithubToday(e *env, args []string) error {
	fs := newFlags(e, "github today")
	source := fs.String("source", ".", "the site's source `directory`")
	todayFlag := fs.String("today", "", "the day of the issue, `YYYY-MM-DD` (default: today in the site's time zone)")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	today, err := e.today(*todayFlag, siteLocation(*source))
	if err != nil {
		return err
	}
	repo, err := github.FromEnv(e.getenv)
	if err != nil {
		return err
	}
	return repo.Today(e.ctx, github.TodayOptions{
		Source: *source, Today: today, Passphrase: e.getenv("FOLLOWUP_PASSPHRASE"), Out: e.stdout,
	})
}

func cmdGithubEvent(e *env, args []string) error {
	fs := newFlags(e, "github event")
	source := fs.String("source", ".", "the site's source `directory`")
	push := fs.Bool("push", false, "push the commits to the branch checked out")
	pos, err := parse(fs, args, 1)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(pos[0])
	if err != nil {
		return err
	}
	repo, err := github.FromEnv(e.getenv)
	if err != nil {
		return err
	}
	run := func(args []string, out io.Writer) error {
		cmd := map[string]func(*env, []string) error{"log": cmdLog, "done": cmdDone, "skip": cmdSkip}[args[0]]
		if cmd == nil {
			return fmt.Errorf("%w: unknown command %q", errUsage, args[0])
		}
		sub := *e
		sub.stdout, sub.stderr = out, out
		return cmd(&sub, append([]string{"-source", *source, "-commit"}, args[1:]...))
	}
	changed, err := repo.Event(e.ctx, github.EventOptions{Source: *source, Run: run, Push: *push, Token: e.getenv("GITHUB_TOKEN"), Out: e.stdout}, data)
	if out := e.getenv("GITHUB_OUTPUT"); out != "" {
		if werr := appendOutput(out, fmt.Sprintf("changed=%t\n", changed)); werr != nil && err == nil {
			err = werr
		}
	}
	return err
}

// appendOutput adds a line to the file of a step's outputs.
func appendOutput(name, line string) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(line); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
