package main

import (
	"fmt"
	"time"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/report"
)

func cmdReport(e *env, args []string) error {
	fs := newFlags(e, "report")
	source := fs.String("source", ".", "the site's source `directory`")
	fromFlag := fs.String("from", "", "the first day of the period, `YYYY-MM-DD` (default: the first day of the last whole week)")
	toFlag := fs.String("to", "", "the last day of the period, `YYYY-MM-DD` (default: the last day of the last whole week)")
	todayFlag := fs.String("today", "", "the day the log is made, `YYYY-MM-DD` (default: today in the site's time zone): nothing after it is listed")
	format := fs.String("format", "text", "the output `format`: text, csv, or html (a printable page, one week a sheet)")
	notes := fs.Bool("notes", false, "print the private notes of events too")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	if (*fromFlag == "") != (*toFlag == "") {
		return fmt.Errorf("%w: give both -from and -to, or neither for the last whole week", errUsage)
	}
	var days [2]model.Date
	for i, v := range []struct{ name, value string }{{"-from", *fromFlag}, {"-to", *toFlag}} {
		if v.value == "" {
			continue
		}
		d, err := model.ParseDate(v.value)
		if err != nil {
			return fmt.Errorf("%w: %s: %v", errUsage, v.name, err)
		}
		days[i] = d
	}
	if days[1].Before(days[0]) {
		return fmt.Errorf("%w: -to %s is before -from %s", errUsage, days[1], days[0])
	}
	switch *format {
	case "text", "csv", "html":
	default:
		return fmt.Errorf("%w: -format %q: want text, csv or html", errUsage, *format)
	}
	if _, err := e.today(*todayFlag, time.UTC); err != nil {
		return err
	}
	site, _, err := build.Load(*source)
	if err != nil {
		return err
	}
	today, _ := e.today(*todayFlag, site.Settings.Location)
	opt := report.Options{From: days[0], To: days[1], Today: today, Notes: *notes}
	if *fromFlag == "" {
		opt.From, opt.To = report.LastWeek(today, site.Settings.Report.WeekStarts)
	}
	log, err := report.Make(site, opt)
	if err != nil {
		return err
	}
	switch *format {
	case "csv":
		return report.WriteCSV(e.stdout, log)
	case "html":
		layout, err := report.Layout(*source)
		if err != nil {
			return err
		}
		return report.WriteHTML(e.stdout, layout, log)
	}
	return report.WriteText(e.stdout, log)
}
