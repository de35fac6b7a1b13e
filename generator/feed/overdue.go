package feed

import "github.com/followup-dev/followup/generator/model"

// carryOverdue moves each pending follow-up of events (a milestone, the
// day a decision is expected, is none) that is overdue on
// the build day (settings.Today) to that day, unless the settings keep
// overdue follow-ups on their due day: nobody looks back at last week in
// a calendar. Its UID stays; its summary says since when ("Overdue since
// Mon 16 Nov: ..."); its SEQUENCE rises by the days it moved, so that a
// client that already has it takes the new day. It runs after the stamps
// are set, which depend on the content alone, and keeps events in feed
// order.
func carryOverdue(settings *model.Settings, events []event) {
	today := settings.Today
	if today.IsZero() || settings.Feed.Overdue == model.OverdueKeep {
		return
	}
	moved := false
	for i := range events {
		e := &events[i]
		if !e.overdue || !e.day.Before(today) {
			continue
		}
		since := "Overdue since " + e.day.Format("Mon 2 Jan") + ": "
		e.sequence += e.day.DaysUntil(today)
		e.day = today
		e.summary = since + e.summary
		e.description = since + e.description
		for j := range e.alarms {
			e.alarms[j].text = since + e.alarms[j].text
		}
		moved = true
	}
	if moved {
		sortEvents(events)
	}
}
