package plan

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/followup-dev/followup/generator/model"
)

// Meeting is an interview or phone screen of an application.
type Meeting struct {
	App   *model.Application
	Event *model.Event
}

// Meetings returns the interviews and phone screens of apps dated from
// from to to (both included) that the application's ending did not cancel
// (see End), in time order: by day, timed ones before those with a date
// only, then by application slug. Whether one has taken place yet is the
// caller's to tell (see Scheduled): a list of what is coming names today's.
func Meetings(apps []*model.Application, from, to model.Date) []Meeting {
	var out []Meeting
	for _, a := range apps {
		var ending *Ending
		for i := range a.Events {
			e := &a.Events[i]
			if !IsMeeting(e.Type) || e.Date.Before(from) || e.Date.After(to) {
				continue
			}
			if ending == nil {
				end := End(a)
				ending = &end
			}
			if !ending.Cancels(e) {
				out = append(out, Meeting{a, e})
			}
		}
	}
	slices.SortStableFunc(out, func(x, y Meeting) int {
		if c := x.Event.Date.Compare(y.Event.Date); c != 0 {
			return c
		}
		if x.Event.Timed() != y.Event.Timed() {
			if x.Event.Timed() {
				return -1
			}
			return 1
		}
		return cmp.Or(x.Event.Start.Compare(y.Event.Start), cmp.Compare(x.App.Slug, y.App.Slug))
	})
	return out
}

// MeetingTitle names a meeting: "Interview, round 2" or "Phone screen".
func MeetingTitle(e *model.Event) string {
	if e.Type == model.EventPhoneScreen {
		return "Phone screen"
	}
	if e.Round > 1 {
		return "Interview, round " + strconv.Itoa(e.Round)
	}
	return "Interview"
}
