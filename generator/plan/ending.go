package plan

import (
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// Ending says whether and how an application ended, and which of its
// meetings will therefore not take place. Status, the plan and the
// calendar feeds all go by it.
type Ending struct {
	Status string     // withdrawn, rejected, declined, accepted, closed or ghosted; "" while it goes on
	Day    model.Date // the day it ended
	event  *model.Event
	void   map[*model.Event]bool // the meetings after the end
}

// Ended reports whether the application has ended.
func (e Ending) Ended() bool { return e.Status != "" }

// Cancels reports whether ev, one of the application's events, is a
// meeting (an interview or a phone screen) that the ending cancelled: one
// after the ending event, or dated after the day a status set in the
// record ended it; or one the record marks cancelled (cancelled: true, as
// the invitation's METHOD:CANCEL is logged).
func (e Ending) Cancels(ev *model.Event) bool {
	if IsMeeting(ev.Type) && ev.Cancelled {
		return true
	}
	if !e.Ended() || !IsMeeting(ev.Type) {
		return false
	}
	if e.event == nil {
		return ev.Date.After(e.Day)
	}
	return e.void[ev]
}

// IsMeeting reports whether an event of type t is set up ahead, and may be
// written down before it happens: an interview or a phone screen. Any
// other event records what already happened.
func IsMeeting(t string) bool {
	return t == model.EventInterview || t == model.EventPhoneScreen
}

// ownEnding reports whether an event of type t is the candidate's own
// ending: a withdrawal, a decline or an acceptance.
func ownEnding(t string) bool {
	return t == model.EventWithdrew || t == model.EventDeclined || t == model.EventAccepted
}

// End returns how a ended, as the package documentation says: by a status
// set in the record, or by its latest ending event that nothing reopened.
func End(a *model.Application) Ending {
	events := sortedEvents(a)
	switch a.Status {
	case model.StatusWithdrawn, model.StatusClosed:
		return Ending{Status: a.Status, Day: LoggedDay(a)}
	case model.StatusGhosted:
		if reopening(a, events) < 0 {
			return Ending{Status: a.Status, Day: LoggedDay(a)}
		}
	}
	_, end := walk(events)
	return end
}

// walk goes through events in order and returns the status they reach
// while the application goes on, and its ending, if it ended. An ending
// event ends the application; meetings after it are cancelled, not a new
// stage. An offer reopens any ending, and a reply reopens the employer's
// (rejected, closed): the employer came back. A reply after the
// candidate's own ending is taken for an acknowledgement.
func walk(events []*model.Event) (string, Ending) {
	progress := model.StatusApplied
	void := map[*model.Event]bool{} // kept when an ending is reopened: those meetings stay cancelled
	var end Ending
	for _, e := range events {
		switch {
		case IsMeeting(e.Type) && e.Cancelled: // called off: no stage reached
		case IsMeeting(e.Type) && end.Ended():
			void[e] = true
		case e.Type == model.EventPhoneScreen:
			if progress == model.StatusApplied {
				progress = model.StatusScreening
			}
		case e.Type == model.EventInterview:
			if progress != model.StatusOffer {
				progress = model.StatusInterviewing
			}
		case e.Type == model.EventOffer:
			progress, end = model.StatusOffer, Ending{}
		case e.Type == model.EventReply && end.Ended() && !ownEnding(end.event.Type):
			end = Ending{}
		case isEnding(e.Type):
			status := e.Type
			if status == model.EventWithdrew {
				status = model.StatusWithdrawn
			}
			end = Ending{Status: status, Day: e.Date, event: e, void: void}
		}
	}
	return progress, end
}

// LoggedDay returns the latest day on which a records that something
// happened: applied, confirmation, and each event that is not a meeting
// (meetings are set up ahead). The record cannot have been written
// before that day. A record with no such day gets the Unix epoch.
func LoggedDay(a *model.Application) model.Date {
	latest := model.NewDate(1970, 1, 1)
	later := func(d model.Date) {
		if d.After(latest) {
			latest = d
		}
	}
	later(a.Applied)
	later(a.Confirmation)
	for i := range a.Events {
		if !IsMeeting(a.Events[i].Type) {
			later(a.Events[i].Date)
		}
	}
	return latest
}

// Scheduled reports whether e is a meeting still to come at now: an
// interview or a phone screen whose time, or without one whose day, is
// after now. Every other event records what happened. now is read in the
// hunt's time zone.
func Scheduled(e *model.Event, now time.Time) bool {
	if !IsMeeting(e.Type) {
		return false
	}
	if e.Timed() {
		return e.Start.After(now)
	}
	return e.Date.After(model.DateOf(now))
}
