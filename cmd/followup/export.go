package main

import (
	"fmt"
	"time"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/export"
)

func cmdExport(e *env, args []string) error {
	fs := newFlags(e, "export")
	source := fs.String("source", ".", "the site's source `directory`")
	format := fs.String("format", "csv", "the output `format`: csv or json")
	todayFlag := fs.String("today", "", "the day to export as of, `YYYY-MM-DD` (default: today in the site's time zone): meetings after it are the next, not the last")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	if *format != "csv" && *format != "json" {
		return fmt.Errorf("%w: -format %q: want csv or json", errUsage, *format)
	}
	if _, err := e.today(*todayFlag, time.UTC); err != nil {
		return err
	}
	site, actions, err := build.Load(*source)
	if err != nil {
		return err
	}
	rows := export.Rows(site, actions, e.moment(*todayFlag, site.Settings.Location))
	if *format == "json" {
		return export.WriteJSON(e.stdout, rows)
	}
	return export.WriteCSV(e.stdout, rows)
}
