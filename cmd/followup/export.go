package main

import (
	"fmt"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/export"
)

func cmdExport(e *env, args []string) error {
	fs := newFlags(e, "export", "export [-source DIR] [-format csv|json]")
	source := fs.String("source", ".", "the site's source `directory`")
	format := fs.String("format", "csv", "the output `format`: csv or json")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	if *format != "csv" && *format != "json" {
		return fmt.Errorf("%w: -format %q: want csv or json", errUsage, *format)
	}
	site, actions, err := build.Load(*source)
	if err != nil {
		return err
	}
	rows := export.Rows(site, actions)
	if *format == "json" {
		return export.WriteJSON(e.stdout, rows)
	}
	return export.WriteCSV(e.stdout, rows)
}
