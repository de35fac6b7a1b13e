package record

import (
	"fmt"

	"github.com/followup-dev/followup/generator/model"
)

// MoveOn answers the pending decision id of the application q names by
// moving on: it sets the record's status to ghosted, which cancels every
// pending action. A record that already sets a status is refused.
func MoveOn(opts Options, q, id string) (*Result, error) {
	s, err := open(opts, q)
	if err != nil {
		return nil, err
	}
	a, err := s.pending(id)
	if err != nil {
		return nil, err
	}
	if a.Kind != model.KindDecision {
		return nil, usagef("%s is a %s, not a decision: mark it done or skip it", a.ID, a.Kind)
	}
	edited, err := AddStatus(s.data, model.StatusGhosted)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.app.Path, err)
	}
	after, err := s.check(edited)
	if err != nil {
		return nil, err
	}
	if st := s.stateAfter(after, a.ID); st != model.StateCancelled {
		return nil, fmt.Errorf("%s: moving on would leave %s %s; nothing written", s.app.Path, a.ID, st)
	}
	return s.write(edited, after, "move on: status ghosted")
}

// AddStatus returns data with "status: <status>" added where the schema
// puts it, before the record's id, skip list, contacts, events and notes.
// A record that already has a status is refused: changing it is the
// owner's edit, not an added line.
func AddStatus(data []byte, status string) ([]byte, error) {
	t, err := newText(data)
	if err != nil {
		return nil, err
	}
	if e, ok := t.lookup("status"); ok {
		return nil, fmt.Errorf("line %d: the record already sets status: %s", e.key.Line, e.val.Value)
	}
	t.addKey([]string{spaces(t.top.Column-1) + "status: " + scalar(status)}, "id", "private", "skip", "contacts", "events", "notes")
	return t.bytes(), nil
}
