package record

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-ical"

	"github.com/followup-dev/followup/generator/internal/tz"
	"github.com/followup-dev/followup/generator/model"
)

// readInvitation reads the invitation file.
func (s *session) readInvitation(file string) (*Invitation, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, usagef("-ics: %v", err)
	}
	defer f.Close()
	inv, err := ReadInvitation(f, s.settings.Location, s.settings.Owner)
	if err == nil {
		err = inv.checkText()
	}
	if err != nil {
		return nil, fmt.Errorf("-ics %s: %w", file, err)
	}
	return inv, nil
}

// logged returns the event of the record that carries uid, or nil.
func (s *session) logged(uid string) *model.Event {
	for i := range s.app.Events {
		if e := &s.app.Events[i]; uid != "" && e.UID == uid {
			return e
		}
	}
	return nil
}

// invitation reads the new invitation inv into ev and returns the contacts
// to add: the organiser, and each attendee, when not a contact yet (an
// attendee as an interviewer, with the address the invitation gives). A
// phone screen with no other attendee is with its organiser.
func (s *session) invitation(file string, inv *Invitation, ev *Event) ([]Contact, error) {
	if inv.Cancelled {
		return nil, fmt.Errorf("-ics %s: the invitation is cancelled, and no event of the record carries its UID (%s)", file, inv.UID)
	}
	if ev.Date == "" {
		ev.Date = inv.Start.Format(model.LocalTime)
	}
	ev.UID = inv.UID
	var out, met []Contact
	for i, w := range inv.With {
		if !slices.Contains(ev.With, w) {
			ev.With = append(ev.With, w)
		}
		if s.app.Contact(w) == nil { // a new interviewer, reachable at the invitation's address
			met = append(met, Contact{Name: w, Role: model.RoleInterviewer, Email: inv.Emails[i]})
		}
	}
	o := inv.Organizer
	owner := o.same(Person{s.settings.Owner.Name, s.settings.Owner.Email})
	if o.Name != "" && s.app.Contact(o.Name) == nil && !slices.Contains(ev.With, o.Name) && !owner {
		out = append(out, Contact{Name: o.Name, Role: model.RoleRecruiter, Email: o.Email})
	}
	if ev.Type == model.EventPhoneScreen && len(ev.With) == 0 && o.Name != "" && !owner {
		ev.With = []string{o.Name} // the one who sent it holds the screen
	}
	return append(out, met...), nil
}

// Invitation is what an interview takes from a calendar invitation.
type Invitation struct {
	UID       string    // the event's UID: the same for every update of the invitation
	Start     time.Time // in the site's time zone
	With      []string  // the attendees' names, without the organiser and the owner
	Emails    []string  // the address of each of With, "" when it has none
	Organizer Person
	Sequence  int  // SEQUENCE: 0 for the first version, raised by each change
	Cancelled bool // METHOD:CANCEL, or STATUS:CANCELLED
}

// Person is someone an invitation names.
type Person struct{ Name, Email string }

// ReadInvitation reads an iCalendar invitation (METHOD:REQUEST, as calendar
// clients send them; PUBLISH or no method are taken too; METHOD:CANCEL or
// STATUS:CANCELLED give a cancelled one, whose start may be missing) and returns the
// start of its event in loc: a time with a TZID, in UTC or floating (read
// in loc). A TZID that is not an IANA name, as Outlook writes them, is read
// from the invitation's own VTIMEZONE. Attendees that are rooms or
// resources, non-participants, the organiser and the owner are left out of
// With, and so are attendees known by their address only (Google writes
// the address as the name): a name is not to be guessed. A UTF-8 byte
// order mark before BEGIN:VCALENDAR is skipped; a file the decoder cannot
// read, even one that makes it panic, is an error.
func ReadInvitation(r io.Reader, loc *time.Location, owner model.Owner) (inv *Invitation, err error) {
	defer func() {
		if p := recover(); p != nil { // go-ical panics on some malformed files
			inv, err = nil, fmt.Errorf("not a readable iCalendar file (%v)", p)
		}
	}()
	br := bufio.NewReader(r)
	if bom, _ := br.Peek(len(utf8BOM)); string(bom) == utf8BOM {
		br.Discard(len(utf8BOM))
	}
	cal, err := ical.NewDecoder(br).Decode()
	if err != nil {
		return nil, fmt.Errorf("not a readable iCalendar file (%v)", err)
	}
	cancel := false
	if m := cal.Props.Get(ical.PropMethod); m != nil && m.Value == "CANCEL" {
		cancel = true
	} else if m != nil && m.Value != "REQUEST" && m.Value != "PUBLISH" {
		return nil, fmt.Errorf("METHOD:%s is not an invitation (want METHOD:REQUEST or CANCEL)", m.Value)
	}
	var ev *ical.Event
	for _, e := range cal.Events() {
		if e.Props.Get(ical.PropRecurrenceID) == nil {
			ev = &e
			break
		}
	}
	if ev == nil {
		return nil, errors.New("the invitation holds no event")
	}
	if st := ev.Props.Get(ical.PropStatus); st != nil && strings.EqualFold(st.Value, "CANCELLED") {
		cancel = true
	}
	start, err := startOf(cal, ev, loc)
	if err != nil && !cancel {
		return nil, err
	}
	inv = &Invitation{Start: start.In(loc), Cancelled: cancel}
	if u := ev.Props.Get(ical.PropUID); u != nil {
		inv.UID = strings.TrimSpace(u.Value)
	}
	if q := ev.Props.Get(ical.PropSequence); q != nil {
		if inv.Sequence, err = strconv.Atoi(strings.TrimSpace(q.Value)); err != nil || inv.Sequence < 0 {
			return nil, fmt.Errorf("SEQUENCE:%s is not a count", q.Value)
		}
	}
	if o := ev.Props.Get(ical.PropOrganizer); o != nil {
		inv.Organizer = person(o)
	}
	for _, a := range ev.Props.Values(ical.PropAttendee) {
		p := person(&a)
		cutype := strings.ToUpper(a.Params.Get(ical.ParamCalendarUserType))
		switch {
		case p.Name == "", strings.EqualFold(p.Name, p.Email), cutype == "ROOM", cutype == "RESOURCE",
			strings.EqualFold(a.Params.Get(ical.ParamRole), "NON-PARTICIPANT"),
			p.same(inv.Organizer), p.same(Person{owner.Name, owner.Email}):
			continue
		}
		inv.With = append(inv.With, p.Name)
		inv.Emails = append(inv.Emails, p.Email)
	}
	return inv, nil
}

// person reads the name (CN) and address of an ATTENDEE or ORGANIZER.
func person(p *ical.Prop) Person {
	email := p.Value
	if len(email) > 7 && strings.EqualFold(email[:7], "mailto:") {
		email = email[7:]
	}
	return Person{Name: strings.TrimSpace(p.Params.Get(ical.ParamCommonName)), Email: email}
}

// same reports whether p and o are one person, by address or by name.
func (p Person) same(o Person) bool {
	return p.Email != "" && strings.EqualFold(p.Email, o.Email) || p.Name != "" && p.Name == o.Name
}

// startOf returns the start of the event.
func startOf(cal *ical.Calendar, ev *ical.Event, loc *time.Location) (time.Time, error) {
	p := ev.Props.Get(ical.PropDateTimeStart)
	if p == nil {
		return time.Time{}, errors.New("the event has no DTSTART")
	}
	if p.ValueType() == ical.ValueDate || len(p.Value) == len("20060102") {
		return time.Time{}, errors.New("the event lasts all day: an interview needs a start time")
	}
	tzid := p.Params.Get(ical.ParamTimezoneID)
	if tzid == "" || strings.HasSuffix(p.Value, "Z") {
		t, err := p.DateTime(loc)
		if err != nil {
			return time.Time{}, fmt.Errorf("DTSTART: %v", err)
		}
		return t, nil
	}
	if zone, err := tz.Load(tzid); err == nil {
		t, err := time.ParseInLocation(icalTime, p.Value, zone)
		if err != nil {
			return time.Time{}, fmt.Errorf("DTSTART: %v", err)
		}
		return t, nil
	}
	return vtimezoneTime(cal, tzid, p.Value)
}

// utf8BOM is the byte order mark some calendars write first.
const utf8BOM = "\ufeff"

// icalTime is the layout of a local DATE-TIME.
const icalTime = "20060102T150405"
