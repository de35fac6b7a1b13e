package main

import (
	"fmt"
	"io"
	"time"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/export"
)

func cmdExport(e *env, args []string) error {
	fs := newFlags(e, "export")
	source := fs.String("source", ".", "the site's source `directory`")
	format := fs.String("format", "csv", "the output `format`: csv or json")
	bom := fs.Bool("bom", false, "start the CSV with a byte order mark, so that Excel reads it as UTF-8")
	todayFlag := fs.String("today", "", "the day to export as of, `YYYY-MM-DD` (default: today in the site's time zone): meetings after it are the next, not the last")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	if *format != "csv" && *format != "json" {
		return fmt.Errorf("%w: -format %q: want csv or json", errUsage, *format)
	}
	if *bom && *format != "csv" {
		return fmt.Errorf("%w: -bom is for -format csv", errUsage)
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
	if *bom {
		// U+FEFF in UTF-8: without it, Excel reads the file in the
		// machine's legacy code page and "Café" comes out as "CafÃ©".
		if _, err := io.WriteString(e.stdout, "\uFEFF"); err != nil {
			return err
		}
	}
	return export.WriteCSV(e.stdout, rows)
}
