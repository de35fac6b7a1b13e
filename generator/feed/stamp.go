package feed

import (
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// earliestOffset is the UTC offset of the first zone to see a new day
// (Pacific/Kiritimati, UTC+14). A day begins there before anywhere else.
const earliestOffset = 14 * time.Hour

// contentStamp returns the DTSTAMP and LAST-MODIFIED, and the SEQUENCE,
// of every event of app when git says nothing of it: from the record's
// content, as the package documentation explains.
func contentStamp(app *model.Application) (time.Time, int) {
	return dayStart(logged(app)), loggedCount(app)
}

// dayStart returns the first moment of day d anywhere on Earth, in UTC.
func dayStart(d model.Date) time.Time {
	return d.In(time.UTC).Add(-earliestOffset)
}

// scheduled reports whether an event of type t may be written down before
// it happens: an interview or phone screen is set up ahead. Any other event
// records what already happened.
func scheduled(t string) bool {
	return t == model.EventInterview || t == model.EventPhoneScreen
}

// logged returns the latest day on which app records that something
// happened: applied, confirmation, and each event that is not scheduled.
// The record cannot have been written before that day. A record with no
// such day gets the Unix epoch.
func logged(app *model.Application) model.Date {
	latest := model.NewDate(1970, 1, 1)
	later := func(d model.Date) {
		if d.After(latest) {
			latest = d
		}
	}
	later(app.Applied)
	later(app.Confirmation)
	for i := range app.Events {
		if !scheduled(app.Events[i].Type) {
			later(app.Events[i].Date)
		}
	}
	return latest
}

// loggedCount returns how many events of app record what happened.
func loggedCount(app *model.Application) int {
	n := 0
	for i := range app.Events {
		if !scheduled(app.Events[i].Type) {
			n++
		}
	}
	return n
}
