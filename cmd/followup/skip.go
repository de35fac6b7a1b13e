package main

import "github.com/followup-dev/followup/generator/record"

func cmdSkip(e *env, args []string) error {
	fs := newFlags(e, "skip")
	opts := record.Options{Now: e.now}
	fs.StringVar(&opts.Source, "source", ".", "the site's source `directory`")
	fs.BoolVar(&opts.Commit, "commit", false, "commit the record with git")
	pos, err := parse(fs, args, 2)
	if err != nil {
		return err
	}
	res, err := record.Skip(opts, pos[0], pos[1])
	return reportEdit(e, res, err)
}
