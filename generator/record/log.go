package record

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// Log adds ev to the record of the application q names (see Find), checks
// the edited record as the loader does and writes it. An empty date is
// today in the site's time zone. The people of an interview's with: who
// are not contacts yet are added to contacts as interviewers. With an
// invitation file (ics), an interview takes its start, its attendees and
// its organiser from it (see ReadInvitation); what ev sets wins. An
// invitation whose UID an event carries moves or cancels that event (see
// follow); one that is a meeting logged by hand takes it over (see adopt).
func Log(opts Options, q string, ev Event, ics string) (*Result, error) {
	return retry(func() (*Result, error) { return logOnce(opts, q, ev, ics) })
}

// logOnce is one try of Log.
func logOnce(opts Options, q string, ev Event, ics string) (*Result, error) {
	if !slices.Contains(model.EventTypes, ev.Type) {
		return nil, usagef("unknown event type %q%s; the types are %s", ev.Type, nearest(ev.Type, model.EventTypes), names(model.EventTypes))
	}
	if err := ev.checkText(); err != nil {
		return nil, err
	}
	if ev.Date != "" {
		if err := checkDate(ev.Date); err != nil {
			return nil, err
		}
	}
	if ev.DecisionExpected != "" {
		if _, err := model.ParseDate(ev.DecisionExpected); err != nil {
			return nil, usagef("-decision: %v", err)
		}
	}
	if ics != "" && !plan.IsMeeting(ev.Type) {
		return nil, usagef("-ics is for interviews and phone screens, not %s events", ev.Type)
	}
	s, err := open(opts, q)
	if err != nil {
		return nil, err
	}
	var contacts []Contact
	if ics != "" {
		inv, err := s.readInvitation(ics)
		if err != nil {
			return nil, err
		}
		if e := s.logged(inv.UID); e != nil {
			if err := ev.onlyType(inv, e); err != nil {
				return nil, err
			}
			return s.follow(ics, e, inv)
		}
		if e := HeldByHand(s.app, ev.Type, inv); e != nil {
			if err := ev.onlyType(inv, e); err != nil {
				return nil, err
			}
			return s.adopt(ics, e, inv)
		}
		if contacts, err = s.invitation(ics, inv, &ev); err != nil {
			return nil, err
		}
	}
	if ev.Date == "" {
		ev.Date = s.today().String()
	}
	if err := s.checkWhen(ev.Type, ev.Date); err != nil {
		return nil, err
	}
	if ev.Type == model.EventInterview {
		for _, w := range ev.With {
			if s.app.Contact(w) == nil && !slices.ContainsFunc(contacts, func(c Contact) bool { return c.Name == w }) {
				contacts = append(contacts, Contact{Name: w, Role: model.RoleInterviewer})
			}
		}
	}
	edited := s.data
	for _, c := range contacts {
		if edited, err = AddContact(edited, c); err != nil {
			return nil, fmt.Errorf("%s: %w", s.app.Path, err)
		}
	}
	if edited, err = AddEvent(edited, ev); err != nil {
		return nil, fmt.Errorf("%s: %w", s.app.Path, err)
	}
	after, err := s.check(edited)
	if err != nil {
		return nil, err
	}
	if len(after.Events) != len(s.app.Events)+1 {
		return nil, fmt.Errorf("%s: the edit did not add exactly one event; nothing written", s.app.Path)
	}
	return s.write(edited, after, describe(&ev))
}

// checkDate checks a date as -date takes it: a day, a local time or an
// RFC 3339 time.
func checkDate(s string) error {
	if _, err := model.ParseDate(s); err == nil {
		return nil
	}
	if _, err := time.Parse(model.LocalTime, s); err == nil {
		return nil
	}
	if _, err := time.Parse(time.RFC3339, s); err == nil {
		return nil
	}
	return usagef("invalid date %q: want YYYY-MM-DD (a real calendar day), YYYY-MM-DDTHH:MM in the site's time zone, or RFC 3339", s)
}

// nearest suggests the closest of words to s, if one is close.
func nearest(s string, words []string) string {
	best, bestD := "", 3
	for _, w := range words {
		if d := distance(s, w); d < bestD {
			best, bestD = w, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// onlyType refuses what ev sets beyond its type (and the invitation's own
// UID) when the invitation changes e, a meeting logged before: moving,
// cancelling or taking over a meeting writes its date, uid or cancelled
// alone, so a note or a round given with it would be lost.
func (ev *Event) onlyType(inv *Invitation, e *model.Event) error {
	var set []string
	for _, f := range ev.fields() {
		switch {
		case f.key == "type", f.key == "date" && f.val == "", f.key == "uid" && ev.UID == inv.UID:
		case f.key == "to", f.key == "from", f.key == "with":
			set = append(set, "-"+f.key)
		default:
			set = append(set, "-"+strings.ReplaceAll(f.key, "_", "-"))
		}
	}
	if len(set) == 0 {
		return nil
	}
	return usagef("%s: the invitation changes the %s of line %d, which takes its date, uid or cancellation alone; log without -ics to change anything else",
		strings.Join(set, ", "), e.Type, e.Line)
}
