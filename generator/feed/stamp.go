package feed

import (
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// earliestOffset is the UTC offset of the first zone to see a new day
// (Pacific/Kiritimati, UTC+14). A day begins there before anywhere else.
const earliestOffset = 14 * time.Hour

// contentStamp returns the DTSTAMP and LAST-MODIFIED, and the SEQUENCE,
// of every event of app when git says nothing of it: from the record's
// content, as the package documentation explains.
func contentStamp(app *model.Application) (time.Time, int) {
	return dayStart(plan.LoggedDay(app)), loggedCount(app)
}

// dayStart returns the first moment of day d anywhere on Earth, in UTC.
func dayStart(d model.Date) time.Time {
	return d.In(time.UTC).Add(-earliestOffset)
}

// loggedCount returns how many events of app record what happened, a
// meeting marked cancelled included: its cancellation raises SEQUENCE.
func loggedCount(app *model.Application) int {
	n := 0
	for i := range app.Events {
		if e := &app.Events[i]; !plan.IsMeeting(e.Type) || e.Cancelled {
			n++
		}
	}
	return n
}
