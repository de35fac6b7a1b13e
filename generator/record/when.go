package record

import (
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// eventDay returns the day of a date as -date takes it (see checkDate), in
// loc.
func eventDay(s string, loc *time.Location) model.Date {
	if d, err := model.ParseDate(s); err == nil {
		return d
	}
	if t, err := time.ParseInLocation(model.LocalTime, s, loc); err == nil {
		return model.DateOf(t)
	}
	t, _ := time.Parse(time.RFC3339, s)
	return model.DateOf(t.In(loc))
}

// checkWhen refuses an event that cannot be on its day: anything but a
// meeting dated after today (it records what happened), and a meeting more
// than a year ahead (a typo in the year, most likely).
func (s *session) checkWhen(typ, date string) error {
	day, today := eventDay(date, s.settings.Location), s.today()
	switch {
	case !plan.IsMeeting(typ) && day.After(today):
		return usagef("%s cannot be dated %s, after today (%s): it records what happened, so log it once it has; only phone screens and interviews are written down ahead",
			article(typ), day, today)
	case plan.IsMeeting(typ) && day.After(today.AddDays(366)):
		return usagef("%s on %s is more than a year ahead: is the year right?", article(typ), day)
	}
	return nil
}
