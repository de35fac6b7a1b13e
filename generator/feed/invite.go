package feed

import (
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// Calendar services' pages that open a new event filled in from the URL's
// query, for "Add to my calendar" links.
const (
	googleTemplate = "https://calendar.google.com/calendar/render"
	outlookCompose = "https://outlook.live.com/calendar/0/action/compose"
)

// Invite is one follow-up or meeting as an event to add to one's own
// calendar by hand, where the calendar's usual reminders ring: the event
// the feed carries for it, with its summary, description, link and
// alarms, under a UID of its own, so that a calendar holding the feed too
// shows both.
type Invite struct {
	e event
}

// ActionInvite returns the invite of a pending action a of app, of a site
// with settings published at baseURL, and false for an action the feed
// does not carry (not pending, without a due day, after the application
// ended).
func ActionInvite(settings *model.Settings, app *model.Application, a *model.Action, baseURL string) (Invite, bool) {
	if !mayCarry(app, a) { // most actions of a hunt, known before the builder
		return Invite{}, false
	}
	b := newBuilder(settings, app, baseURL)
	b.action(app, a)
	if len(b.events) != 1 {
		return Invite{}, false
	}
	return b.invite(app, b.events[0], app.UID()+"/"+a.ID), true
}

// MeetingInvite returns the invite of the meeting ev, one of the events
// of app, and false for an event that is no meeting the feed carries as
// taking place (a phone screen with no time, one the ending cancelled).
func MeetingInvite(settings *model.Settings, app *model.Application, ev *model.Event, baseURL string) (Invite, bool) {
	i := eventIndex(app, ev)
	if i < 0 || !plan.IsMeeting(ev.Type) || ev.Type == model.EventPhoneScreen && !ev.Timed() {
		return Invite{}, false
	}
	b := newBuilder(settings, app, baseURL)
	if b.ending.Cancels(ev) {
		return Invite{}, false
	}
	key := app.UID() + "/meeting/" + ev.Type + "/" + ev.Date.String()
	if ev.Timed() {
		key += "T" + ev.Start.UTC().Format("1504")
	}
	return b.invite(app, b.interview(app, &b.iso.Events[i], key, false), key), true
}

// eventIndex returns the index of ev among the events of app, or -1.
func eventIndex(app *model.Application, ev *model.Event) int {
	for i := range app.Events {
		if &app.Events[i] == ev {
			return i
		}
	}
	return -1
}

// invite returns e as an invite: stamped from the record's content, its
// UID made from "add/" and key.
func (b *builder) invite(app *model.Application, e event, key string) Invite {
	e.uid = b.links.uid("add/" + key)
	e.stamp, e.sequence = contentStamp(app)
	return Invite{e}
}

// ICS returns the invite as a calendar of its one event, to download and
// open: no name, no refresh hints, no METHOD, as RFC 5545 allows.
func (iv Invite) ICS() []byte {
	var w contentWriter
	// About what it takes: the fixed lines, the link, the summary once for
	// the event and once with each alarm, the description; folded.
	n := 400 + len(iv.e.url) + (len(iv.e.summary)+100)*(1+len(iv.e.alarms)) + len(iv.e.description)
	w.buf.Grow(n + n/16)
	w.line("BEGIN", "VCALENDAR")
	w.line("VERSION", "2.0")
	w.line("PRODID", prodID)
	w.line("CALSCALE", "GREGORIAN")
	iv.e.encode(&w)
	w.line("END", "VCALENDAR")
	return w.bytes()
}

// DataURL returns the ICS of the invite as a data: URL (see DataURL): a
// link that downloads it needs no file of its own.
func (iv Invite) DataURL() string { return DataURL(iv.ICS()) }

// Google returns the address at which Google Calendar opens the invite as
// a new event: text, dates (DATE values for a day, UTC DATE-TIMEs for a
// meeting, the end exclusive as in the feed) and details.
func (iv Invite) Google() string {
	start, end := iv.span()
	var dates string
	if iv.e.timed() {
		dates = utc(start) + "/" + utc(end)
	} else {
		dates = start.Format("20060102") + "/" + end.Format("20060102")
	}
	return googleTemplate + "?" + encodeQuery(
		"action", "TEMPLATE",
		"dates", dates,
		"details", iv.e.description,
		"text", iv.e.summary)
}

// Outlook returns the address at which Outlook on the web opens the invite
// as a new event: subject, startdt and enddt (days, or UTC times), allday,
// body.
func (iv Invite) Outlook() string {
	start, end := iv.span()
	allday, layout := "", time.DateOnly
	if iv.e.timed() {
		start, end, layout = start.UTC(), end.UTC(), time.RFC3339
	} else {
		allday = "true"
	}
	return outlookCompose + "?" + encodeQuery(
		"allday", allday,
		"body", iv.e.description,
		"enddt", end.Format(layout),
		"path", "/calendar/action/compose",
		"rru", "addevent",
		"startdt", start.Format(layout),
		"subject", iv.e.summary)
}

// span returns the start and the exclusive end of the invite: a day and
// the next, or a meeting's hour.
func (iv Invite) span() (time.Time, time.Time) {
	if iv.e.timed() {
		return iv.e.start, iv.e.start.Add(interviewLength)
	}
	d := iv.e.day.In(time.UTC)
	return d, d.AddDate(0, 0, 1)
}
