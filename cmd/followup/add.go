package main

import (
	"fmt"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/posting"
)

func cmdAdd(e *env, args []string) error {
	fs := newFlags(e, "add")
	opts := posting.Options{Context: e.ctx}
	fs.StringVar(&opts.Source, "source", ".", "the site's source `directory`")
	fs.BoolVar(&opts.DryRun, "dry-run", false, "print the record instead of writing it")
	applied := fs.String("applied", "", "the day you applied, `YYYY-MM-DD` (default: not yet, status wishlist)")
	pos, err := parse(fs, args, 1)
	if err != nil {
		return err
	}
	opts.Today, _ = e.today("", siteLocation(opts.Source))
	if *applied != "" {
		if opts.Applied, err = model.ParseDate(*applied); err != nil {
			return fmt.Errorf("%w: -applied: %v", errUsage, err)
		}
		if opts.Applied.After(opts.Today) { // as posting.Add says, but bad usage here
			return notAhead("-applied", opts.Applied, opts.Today)
		}
	}
	res, err := posting.Add(opts, pos[0])
	if res != nil {
		for _, u := range res.Posting.Unread {
			fmt.Fprintf(e.stderr, "followup add: not read: %s\n", u)
		}
		if opts.DryRun {
			e.stdout.Write(res.Record)
		}
		for _, p := range res.Written {
			fmt.Fprintf(e.stdout, "wrote %s\n", p)
		}
	}
	return err
}
