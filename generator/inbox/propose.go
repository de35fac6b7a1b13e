package inbox

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/record"
)

// Proposal is what inbox makes of one message.
type Proposal struct {
	Message *Message
	App     *model.Application // nil when unsure of the application
	Event   record.Event       // the event to log
	Reason  string             // why this event, and why this application
	Skip    string             // a newsletter or job alert: why it is passed over
	Unsure  string             // why it is listed and not written
	Logged  bool               // the record has this event already
}

// Propose reads one message against the applications of site.
func Propose(m *Message, site *model.Site, rules *Rules, now time.Time) Proposal {
	p := Proposal{Message: m}
	if m.Bulk != "" {
		p.Skip = "a newsletter or job alert: " + m.Bulk
		return p
	}
	if ph := phrase(m.Subject+" "+m.Text, rules.Bulk); ph != "" {
		p.Skip = fmt.Sprintf("a newsletter or job alert: it says %q", ph)
		return p
	}
	f, unsure := match(m, site.Applications, rules)
	if unsure != "" {
		p.Unsure = unsure
		return p
	}
	p.App = f.app
	loc := site.Settings.Location
	day := m.Date.In(loc)
	if m.Date.IsZero() || day.After(now.In(loc)) {
		day = now.In(loc)
	}
	p.Event.Date = day.Format(time.DateOnly)
	text := m.Subject + " " + m.Text
	switch {
	case m.Calendar != nil:
		p.invitation(site, f)
	case phrase(text, rules.Rejected) != "":
		p.Event.Type = model.EventRejected
		p.Reason = fmt.Sprintf("it says %q; %s", phrase(text, rules.Rejected), f.reason)
	case f.contact != nil: // a person writes, not an applicant tracking system
		p.Event.Type, p.Event.From = model.EventReply, f.contact.Name
		p.Reason = f.reason
	case phrase(text, rules.Confirmation) != "":
		p.Event.Type = model.EventConfirmation
		p.Reason = fmt.Sprintf("it says %q; %s", phrase(text, rules.Confirmation), f.reason)
	default:
		p.Unsure = f.reason + ", but no rule says what the message is"
	}
	if p.Unsure == "" {
		p.Logged = logged(p.App, p.Event)
	}
	return p
}

var (
	methodLine   = regexp.MustCompile(`(?mi)^METHOD:\s*(\S+)`)
	statusLine   = regexp.MustCompile(`(?mi)^STATUS:\s*CANCELLED`)
	sequenceLine = regexp.MustCompile(`(?mi)^SEQUENCE:\s*([1-9][0-9]*)`)
)

// invitation proposes the interview or phone screen of a calendar part, as
// log -ics reads it. A cancellation, or an update of an invitation sent
// before (SEQUENCE above 0), is listed and not written: log adds meetings,
// it does not move or cancel them.
func (p *Proposal) invitation(site *model.Site, f found) {
	cal := p.Message.Calendar
	if mm := methodLine.FindSubmatch(cal); mm != nil && strings.EqualFold(string(mm[1]), "CANCEL") || statusLine.Match(cal) {
		p.Unsure = "it cancels a meeting of " + f.app.Slug + ": edit the record by hand (followup log adds events, it does not cancel them)"
		return
	}
	if sq := sequenceLine.FindSubmatch(cal); sq != nil {
		p.Unsure = "it updates an invitation sent before (SEQUENCE " + string(sq[1]) + ") of " + f.app.Slug + ": move the meeting in the record by hand"
		return
	}
	inv, err := record.ReadInvitation(bytes.NewReader(cal), site.Settings.Location, site.Settings.Owner)
	if err != nil {
		p.Unsure = "its invitation cannot be read: " + err.Error()
		return
	}
	p.Event.Date = inv.Start.Format("2006-01-02T15:04")
	p.Event.Type = model.EventInterview
	if strings.Contains(strings.ToLower(p.Message.Subject), "screen") {
		p.Event.Type = model.EventPhoneScreen
		for _, w := range inv.With {
			if f.app.Contact(w) != nil {
				p.Event.With = append(p.Event.With, w)
			}
		}
	}
	p.Reason = "it holds a calendar invitation; " + f.reason
}

// logged reports whether a has an event of ev's day, type and person.
func logged(a *model.Application, ev record.Event) bool {
	day := ev.Date
	if len(day) > len("2006-01-02") {
		day = day[:len("2006-01-02")]
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
// nil: an interview's calendar part.
func (p *Proposal) Calendar() []byte {
	if p.Event.Type == model.EventInterview {
		return p.Message.Calendar
	}
	return nil
}
