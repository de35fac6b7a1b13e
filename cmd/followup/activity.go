package main

import (
	"fmt"
	"slices"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/scaffold"
)

func cmdActivity(e *env, args []string) error {
	fs := newFlags(e, "activity")
	source := fs.String("source", ".", "the site's source `directory`")
	dateFlag := fs.String("date", "", "the day, `YYYY-MM-DD` (default: today in the site's time zone)")
	where := fs.String("where", "", "the `organisation` or place: the career centre, the fair's host")
	hours := fs.Float64("hours", 0, "the `hours` it took, such as 2 or 1.5")
	pos, err := parse(fs, args, 2)
	if err != nil {
		return err
	}
	act := model.Activity{Type: pos[0], Text: pos[1], Where: *where, Hours: *hours}
	if !slices.Contains(model.ActivityTypes, act.Type) {
		return fmt.Errorf("%w: %s", errUsage, load.UnknownValue("activity type", act.Type, model.ActivityTypes))
	}
	if *hours < 0 || *hours > 24 {
		return fmt.Errorf("%w: -hours %g: want a number of hours above 0 and at most 24", errUsage, *hours)
	}
	loc := siteLocation(*source)
	if act.Date, err = e.today(*dateFlag, loc); err != nil {
		return err
	}
	if today, _ := e.today("", loc); act.Date.After(today) {
		return fmt.Errorf("%w: -date %s is after today (%s): record an activity once it took place", errUsage, act.Date, today)
	}
	path, err := scaffold.NewActivity(*source, act)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s\n", path)
	return nil
}
