package inbox

import (
	"fmt"
	"strings"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/record"
)

// invitation proposes what the calendar part of p's message does, as
// log -ics reads it. An invitation whose UID no meeting of the
// application carries adds an interview, or a phone screen when the
// subject says "screen", unless such a meeting was logged by hand at its
// start: that one takes the UID. One whose UID a meeting carries changes it: a
// cancellation cancels it, an update that starts at another time moves it.
// The same start again, or a cancellation of a meeting cancelled already,
// is logged. The first version of an invitation (SEQUENCE 0) at another
// start is older than the meeting, which was moved since: it is logged
// too. An update that moves a cancelled meeting is listed: the record
// keeps no SEQUENCE, so whether it was sent before the cancellation or
// the meeting is back on is for its owner to say.
func (r *reader) invitation(p *Proposal, f found, inv *record.Invitation, err error) {
	if err != nil {
		p.Unsure = "its invitation cannot be read: " + err.Error()
		return
	}
	p.Event.UID = inv.UID
	m, ok := r.meeting(f.app, inv.UID)
	if !ok {
		r.newMeeting(p, f, inv)
		return
	}
	p.Event.Type, p.Event.Date = m.typ, m.start
	uid := fmt.Sprintf("(uid %s, SEQUENCE %d)", inv.UID, inv.Sequence)
	start := inv.Start.Format(model.LocalTime)
	switch {
	case inv.Cancelled:
		p.Change, p.Logged = ChangeCancel, m.cancelled
		p.Reason = fmt.Sprintf("it cancels the invitation %s; %s", uid, f.reason)
	case start == m.start:
		p.Logged = true
		if m.cancelled {
			p.Later = "cancelled since"
		}
	case inv.Sequence == 0:
		p.Logged, p.Event.Date, p.Later = true, start, "moved since to "+m.start
		if m.cancelled {
			p.Later += " and cancelled"
		}
	case m.cancelled:
		p.Unsure = fmt.Sprintf("it moves the %s of %s on %s %s, which the record holds as cancelled: an update sent before the cancellation, or the meeting is back on; log it anew if it takes place",
			m.typ, f.app.Slug, m.start, uid)
	default:
		p.Change, p.Was, p.Event.Date = ChangeMove, m.start, start
		p.Reason = fmt.Sprintf("it updates the invitation %s; %s", uid, f.reason)
	}
	if !p.Logged && p.Unsure == "" {
		r.meetings[key(f.app, inv.UID)] = meeting{typ: m.typ, start: p.Event.Date, cancelled: p.Change == ChangeCancel}
	}
}

// newMeeting proposes the meeting of an invitation no meeting of the
// application carries yet: a meeting logged by hand at its start takes
// its UID (or is cancelled by it), as log -ics does; else it is added.
// Another meeting on the same day is another meeting: only the start, or
// the UID, tells that an invitation is logged already.
func (r *reader) newMeeting(p *Proposal, f found, inv *record.Invitation) {
	p.Event.Date = inv.Start.Format(model.LocalTime)
	p.Event.Type = model.EventInterview
	if strings.Contains(strings.ToLower(p.Message.Subject), "screen") {
		p.Event.Type = model.EventPhoneScreen
	}
	held := record.HeldByHand(f.app, p.Event.Type, inv)
	switch {
	case held != nil && inv.UID != "":
		p.Change, p.Event.Type = ChangeAdopt, held.Type
		if inv.Cancelled {
			p.Change = ChangeCancel
		}
		p.Reason = fmt.Sprintf("it is the invitation (uid %s) of the %s logged on line %d; %s", inv.UID, held.Type, held.Line, f.reason)
	case held != nil: // no UID to tell it by: the meeting at its start is it
		p.Event.Type, p.Logged = held.Type, true
		return
	case inv.Cancelled:
		p.Unsure = fmt.Sprintf("it cancels a meeting (uid %s) that %s does not hold", inv.UID, f.app.Slug)
		return
	default:
		p.Reason = "it holds a calendar invitation; " + f.reason
	}
	if inv.UID != "" {
		r.meetings[key(f.app, inv.UID)] = meeting{typ: p.Event.Type, start: p.Event.Date, cancelled: inv.Cancelled}
	}
}

// meeting returns the meeting of app that carries uid: as this run left
// it, else as the record holds it.
func (r *reader) meeting(app *model.Application, uid string) (meeting, bool) {
	if uid == "" {
		return meeting{}, false
	}
	if m, ok := r.meetings[key(app, uid)]; ok {
		return m, true
	}
	for _, e := range app.Events {
		if e.UID != uid {
			continue
		}
		m := meeting{typ: e.Type, start: e.Date.String(), cancelled: e.Cancelled}
		if e.Timed() {
			m.start = e.Start.In(r.site.Settings.Location).Format(model.LocalTime)
		}
		return m, true
	}
	return meeting{}, false
}

// key is the key of a meeting in reader.meetings.
func key(app *model.Application, uid string) string { return app.Slug + "\x00" + uid }
