package scaffold

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// morning is when, in the hunt's time zone, the issue of the day is
// opened: a little after seven, off the full hour, when GitHub's scheduled
// runs are busiest.
const morningHour, morningMinute = 7, 17

// schedule returns the `schedule:` entries of the daily workflow, indented
// by indent: cron runs in UTC, so each morning in loc is one UTC time, or
// two in a zone with daylight saving time (both runs keep one issue a day:
// the second only updates it). year is the year whose rules are read.
func schedule(loc *time.Location, year int, indent string) string {
	type utc struct{ h, m int }
	var times []utc
	var names []string
	for _, month := range []time.Month{time.January, time.July} {
		t := time.Date(year, month, 15, morningHour, morningMinute, 0, 0, loc).UTC()
		u := utc{t.Hour(), t.Minute()}
		if !slices.Contains(times, u) {
			times = append(times, u)
			names = append(names, fmt.Sprintf("%02d:%02d UTC", u.h, u.m))
		}
	}
	slices.SortFunc(times, func(a, b utc) int { return (a.h*60 + a.m) - (b.h*60 + b.m) })
	var b strings.Builder
	fmt.Fprintf(&b, "%s# Each morning at %02d:%02d in %s, the hunt's time zone when followup\n", indent, morningHour, morningMinute, loc)
	if len(names) == 2 {
		fmt.Fprintf(&b, "%s# init wrote this workflow: cron runs in UTC, where that is %s in\n", indent, names[0])
		fmt.Fprintf(&b, "%s# January and %s in July (both runs keep to the one issue of the day).\n", indent, names[1])
	} else {
		fmt.Fprintf(&b, "%s# init wrote this workflow: cron runs in UTC, where that is %s.\n", indent, names[0])
	}
	fmt.Fprintf(&b, "%s# Change these lines after changing the timezone setting. GitHub may\n", indent)
	fmt.Fprintf(&b, "%s# start a scheduled run late, more so at busy times.\n", indent)
	for _, t := range times {
		fmt.Fprintf(&b, "%s- cron: \"%d %d * * *\"\n", indent, t.m, t.h)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
