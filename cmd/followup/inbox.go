package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/followup-dev/followup/generator/inbox"
)

func cmdInbox(e *env, args []string) error {
	fs := newFlags(e, "inbox")
	opts := inbox.Options{Now: e.now, Out: e.stdout}
	fs.StringVar(&opts.Source, "source", ".", "the site's source `directory`")
	fs.BoolVar(&opts.Apply, "apply", false, "log the proposed events (otherwise only print them)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	files := fs.Args()
	if len(files) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: want at least one .eml or mbox file", errUsage)
	}
	n, err := inbox.Run(opts, files)
	if opts.Apply {
		fmt.Fprintf(e.stdout, "logged %d event%s\n", n, plural(n))
	}
	return err
}
