package main

import "github.com/followup-dev/followup/generator/record"

func cmdDone(e *env, args []string) error {
	fs := newFlags(e, "done")
	opts := record.Options{Now: e.now}
	fs.StringVar(&opts.Source, "source", ".", "the site's source `directory`")
	date := fs.String("date", "", "the day it was done, `YYYY-MM-DD` (default: today in the site's time zone)")
	outcome := fs.String("outcome", "", "how a call went: `spoke`, voicemail or no-answer")
	fs.BoolVar(&opts.Commit, "commit", false, "commit the record with git")
	pos, err := parse(fs, args, 2)
	if err != nil {
		return err
	}
	res, err := record.Done(opts, pos[0], pos[1], *date, *outcome)
	return reportEdit(e, res, err)
}
