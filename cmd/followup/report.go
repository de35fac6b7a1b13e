package main

import (
	"fmt"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/report"
)

func cmdReport(e *env, args []string) error {
	fs := newFlags(e, "report", "report [-source DIR] -from YYYY-MM-DD -to YYYY-MM-DD [-format html|csv|text]")
	source := fs.String("source", ".", "the site's source `directory`")
	fromFlag := fs.String("from", "", "the first day of the period, `YYYY-MM-DD`")
	toFlag := fs.String("to", "", "the last day of the period, `YYYY-MM-DD`")
	format := fs.String("format", "text", "the output `format`: text, csv, or html (a printable page, one week a sheet)")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	var days [2]model.Date
	for i, v := range []struct{ name, value string }{{"-from", *fromFlag}, {"-to", *toFlag}} {
		if v.value == "" {
			return fmt.Errorf("%w: %s is required", errUsage, v.name)
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
	site, _, err := build.Load(*source)
	if err != nil {
		return err
	}
	log, err := report.Make(site, days[0], days[1])
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
