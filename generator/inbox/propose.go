package inbox

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
	"github.com/followup-dev/followup/generator/record"
)

// Proposal is what inbox makes of one message.
type Proposal struct {
	Message *Message
	App     *model.Application // nil when unsure of the application
	Event   record.Event       // the event to log; for a change, the meeting as it will be
	Change  string             // "" to add Event, or ChangeMove, ChangeCancel or ChangeAdopt
	Was     string             // a move: the meeting's start before it
	Later   string             // logged: what became of the meeting since, as "cancelled since"
	Reason  string             // why this event, and why this application
	Skip    string             // a newsletter or job alert: why it is passed over
	Unsure  string             // why it is listed and not written
	Logged  bool               // the record has this event, or this change, already
}

// What an invitation does to a meeting logged before.
const (
	ChangeMove   = "move"   // the update of an invitation starts at another time
	ChangeCancel = "cancel" // the invitation is called off
	ChangeAdopt  = "adopt"  // a meeting logged by hand takes the invitation's UID
)

// reader proposes an event for each message of one run, in turn.
type reader struct {
	site  *model.Site
	rules *Rules
	now   time.Time
	// meetings are the meetings proposed so far in this run, by
	// application and invitation UID: what the record holds once the
	// proposals are written, which an update or a cancellation later in the
	// run changes.
	meetings map[string]meeting
}

// meeting is a meeting logged from an invitation, as a later invitation
// with its UID finds it.
type meeting struct {
	typ, start string // start: YYYY-MM-DDTHH:MM in the site's time zone, or a day
	cancelled  bool
}

// propose reads one message against the applications of the site.
func (r *reader) propose(m *Message) Proposal {
	p := Proposal{Message: m}
	if m.Unreadable != "" {
		p.Unsure = "it cannot be read: " + m.Unreadable
		return p
	}
	if own := r.site.Settings.Owner.Email; own != "" && strings.EqualFold(m.From, own) {
		p.Skip = "you sent it (" + m.From + " is the owner's address in content/site.yaml)"
		return p
	}
	if m.Bulk != "" {
		p.Skip = "a newsletter or job alert: " + m.Bulk
		return p
	}
	if ph := phrase(m.Subject+" "+m.Text, r.rules.Bulk); ph != "" {
		p.Skip = fmt.Sprintf("a newsletter or job alert: it says %q", ph)
		return p
	}
	var inv *record.Invitation // the calendar part, read once for matching and proposing
	var invErr error
	if m.Calendar != nil {
		inv, invErr = record.ReadInvitation(bytes.NewReader(m.Calendar), r.site.Settings.Location, r.site.Settings.Owner)
	}
	f, unsure := match(m, inv, r.site.Applications, r.rules)
	if unsure != "" {
		p.Unsure = unsure
		return p
	}
	p.App = f.app
	day, why := r.day(m)
	if why != "" {
		p.Unsure = why + ", so the day to log it on is not known"
		return p
	}
	p.Event.Date = day.Format(time.DateOnly)
	text := m.Subject + " " + ownWords(m.Text) // not what it quotes of a message it answers
	switch {
	case m.Calendar != nil:
		r.invitation(&p, f, inv, invErr)
		return p
	case phrase(text, r.rules.Rejected) != "":
		p.Event.Type = model.EventRejected
		p.Reason = fmt.Sprintf("it says %q; %s", phrase(text, r.rules.Rejected), f.reason)
	case f.contact != nil: // a person writes, not an applicant tracking system
		p.Event.Type, p.Event.From = model.EventReply, f.contact.Name
		p.Reason = f.reason
	case phrase(text, r.rules.Confirmation) != "":
		p.Event.Type = model.EventConfirmation
		p.Reason = fmt.Sprintf("it says %q; %s", phrase(text, r.rules.Confirmation), f.reason)
	default:
		p.Unsure = f.reason + ", but no rule says what the message is"
		return p
	}
	p.Logged = logged(p.App, p.Event)
	return p
}

// day returns the day m was sent, in the site's time zone: today for one
// dated a little after now, as a sender's clock may run ahead. It says why
// when there is no telling: no date, or one more than a day ahead.
func (r *reader) day(m *Message) (time.Time, string) {
	loc := r.site.Settings.Location
	switch {
	case m.Date.IsZero():
		return time.Time{}, "it has no Date header"
	case m.Date.After(r.now.Add(24 * time.Hour)):
		return time.Time{}, "it is dated " + m.Date.In(loc).Format(time.DateOnly) + ", after today"
	case m.Date.After(r.now):
		return r.now.In(loc), ""
	}
	return m.Date.In(loc), ""
}

// logged reports whether a has an event of ev's day, type and person.
func logged(a *model.Application, ev record.Event) bool {
	day := ev.Date
	if len(day) > len(time.DateOnly) {
		day = day[:len(time.DateOnly)]
	}
	for _, e := range a.Events {
		if e.Date.String() != day || e.Type != ev.Type {
			continue
		}
		if ev.From == "" || e.From == ev.From {
			return true
		}
	}
	return ev.Type == model.EventConfirmation && a.Confirmation.String() == day
}

// Calendar returns the invitation of a proposal to log with log -ics, or
// nil: the calendar part of a message about a meeting.
func (p *Proposal) Calendar() []byte {
	if plan.IsMeeting(p.Event.Type) {
		return p.Message.Calendar
	}
	return nil
}

// String is the line printed for p.
func (p Proposal) String() string {
	m := p.Message
	head := fmt.Sprintf("%s: %q from %s", m.Where, m.Subject, m.From)
	switch {
	case p.Skip != "":
		return head + "\n  passed over: " + p.Skip
	case p.Unsure != "":
		return head + "\n  unsure, not written: " + p.Unsure
	}
	what := fmt.Sprintf("%s %s on %s", p.App.Slug, p.Event.Type, p.Event.Date)
	switch p.Change {
	case ChangeMove:
		what = fmt.Sprintf("%s %s moved from %s to %s", p.App.Slug, p.Event.Type, p.Was, p.Event.Date)
	case ChangeCancel:
		what += " cancelled"
	case ChangeAdopt:
		what += " takes the invitation's uid"
	}
	if p.Event.From != "" {
		what += " from " + p.Event.From
	}
	if p.Later != "" {
		what += ", " + p.Later
	}
	if p.Logged {
		return head + "\n  already logged: " + what
	}
	return head + "\n  " + what + ": " + p.Reason
}
