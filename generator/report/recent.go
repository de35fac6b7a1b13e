package report

import (
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// RecentWeeks is how many weeks the site's own report page shows.
const RecentWeeks = 4

// Latest returns the day of the site's latest activity; ok is false when
// the site has none.
func Latest(site *model.Site) (last model.Date, ok bool) {
	later := func(d model.Date) {
		if !ok || d.After(last) {
			last, ok = d, true
		}
	}
	for _, a := range site.Applications {
		if a.Status != model.StatusWishlist && !a.Applied.IsZero() {
			later(a.Applied)
		}
		for i := range a.Events {
			if _, _, _, is := describe(&a.Events[i]); is && !a.Events[i].Date.IsZero() {
				later(a.Events[i].Date)
			}
		}
	}
	for _, act := range site.Activities {
		later(act.Date)
	}
	return last, ok
}

// Recent returns the log of the last weeks of the hunt: the RecentWeeks
// whole weeks that end with the week of the latest activity. It depends on
// the records alone, never on the day it is made. A site with no activity
// has a log of no week, nil.
func Recent(site *model.Site) (*Log, error) {
	last, ok := Latest(site)
	if !ok {
		return nil, nil
	}
	end := weekStart(last, site.Settings.Report.WeekStarts).AddDays(6)
	return Make(site, Options{From: end.AddDays(1 - 7*RecentWeeks), To: end})
}

// DayText writes a day as the log in English does: "Mon 2026-01-05".
func DayText(d model.Date) string { return english.dayText(d) }

// CountText counts activities in English words: "1 activity", "3 activities".
func CountText(n int) string { return english.count(n) }

// LastWeek returns the first and last day of the last whole week before
// today: the week that ended before the one today is in, as a claim for
// benefits looks back on.
func LastWeek(today model.Date, first time.Weekday) (from, to model.Date) {
	start := weekStart(today, first).AddDays(-7)
	return start, start.AddDays(6)
}
