package record

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// follow applies an invitation whose UID the logged event e carries: a
// cancellation marks e cancelled (an added "cancelled: true"); an update
// that starts at another time moves e (its date, and nothing else,
// changes). An update is one with a SEQUENCE above zero, or without a
// SEQUENCE: the record keeps no sequence of its own, so a SEQUENCE of zero
// is the first invitation, older than what e was logged from or moved to.
// The same start again is refused as logged already.
func (s *session) follow(file string, e *model.Event, inv *Invitation) (*Result, error) {
	old := e.Start.In(s.settings.Location).Format(model.LocalTime)
	if !e.Timed() {
		old = e.Date.String()
	}
	var edited []byte
	var what string
	var err error
	switch {
	case e.Cancelled:
		return nil, fmt.Errorf("-ics %s: the %s of line %d (uid: %s) is cancelled already", file, e.Type, e.Line, inv.UID)
	case inv.Cancelled:
		edited, err = SetEventKey(s.data, e.Line, "cancelled", "true")
		what = fmt.Sprintf("cancelled %s on %s", e.Type, old)
	case inv.Start.Format(model.LocalTime) == old:
		return nil, fmt.Errorf("-ics %s: this invitation is logged already, line %d (uid: %s)", file, e.Line, inv.UID)
	case inv.Sequence == 0:
		return nil, fmt.Errorf("-ics %s: this is the first version (SEQUENCE:0) of the invitation logged on line %d (uid: %s), which starts at %s: nothing to move",
			file, e.Line, inv.UID, old)
	default:
		nw := inv.Start.Format(model.LocalTime)
		if err := s.checkWhen(e.Type, nw); err != nil {
			return nil, err
		}
		edited, err = SetEventKey(s.data, e.Line, "date", nw)
		what = fmt.Sprintf("moved %s from %s to %s", e.Type, old, nw)
	}
	return s.rewrite(edited, err, what)
}

// HeldByHand returns the meeting of a that the invitation inv is although
// it was logged without it: no uid, not cancelled, and at the
// invitation's start, whether an interview or a phone screen (a subject
// need not say which), or, written as a day, of type typ on its day. It
// returns nil when no meeting is, or more than one could be.
func HeldByHand(a *model.Application, typ string, inv *Invitation) *model.Event {
	if inv.Start.IsZero() {
		return nil
	}
	var held *model.Event
	for i := range a.Events {
		e := &a.Events[i]
		if !plan.IsMeeting(e.Type) || e.UID != "" || e.Cancelled {
			continue
		}
		if e.Timed() && e.Start.Equal(inv.Start) || !e.Timed() && e.Type == typ && e.Date.String() == inv.Start.Format(time.DateOnly) {
			if held != nil {
				return nil
			}
			held = e
		}
	}
	return held
}

// adopt writes the UID of inv on e, the meeting it is, logged by hand, so
// that its updates and its cancellation find it: one key added, and
// "cancelled: true" too when inv is a cancellation. Without a UID, the
// invitation is refused as logged already.
func (s *session) adopt(file string, e *model.Event, inv *Invitation) (*Result, error) {
	when := e.Date.String()
	if e.Timed() {
		when = e.Start.In(s.settings.Location).Format(model.LocalTime)
	}
	if inv.UID == "" {
		return nil, fmt.Errorf("-ics %s: this invitation, which has no UID, is the %s of line %d, logged already", file, e.Type, e.Line)
	}
	edited, err := SetEventKey(s.data, e.Line, "uid", scalar(inv.UID))
	what := fmt.Sprintf("the %s on %s is this invitation: added its uid", e.Type, when)
	if err == nil && inv.Cancelled {
		edited, err = SetEventKey(edited, e.Line, "cancelled", "true")
		what = fmt.Sprintf("cancelled %s on %s", e.Type, when)
	}
	return s.rewrite(edited, err, what)
}

// rewrite checks and writes edited, the record with one event changed
// (err: the error of changing it), as what.
func (s *session) rewrite(edited []byte, err error, what string) (*Result, error) {
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.app.Path, err)
	}
	after, err := s.check(edited)
	if err != nil {
		return nil, err
	}
	if len(after.Events) != len(s.app.Events) {
		return nil, fmt.Errorf("%s: the edit changed the count of events; nothing written", s.app.Path)
	}
	return s.write(edited, after, what)
}

// SetEventKey returns data with key set to val on the event whose mapping
// starts on line (1-based): a key the event has gets the new value in
// place, on its own line; a key it lacks is added, inside a flow mapping
// before its closing brace, in a block mapping as a line after its last.
func SetEventKey(data []byte, line int, key, val string) ([]byte, error) {
	t, err := newText(data)
	if err != nil {
		return nil, err
	}
	e, ok := t.lookup("events")
	if !ok || e.val.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("line %d: no events", line)
	}
	for i, it := range e.val.Content {
		if it.Kind != yaml.MappingNode || it.Line != line {
			continue
		}
		for j := 0; j+1 < len(it.Content); j += 2 {
			if it.Content[j].Value == key {
				return t.replaceValue(it.Content[j+1], val)
			}
		}
		if it.Style&yaml.FlowStyle != 0 {
			return t.addFlowKey(it, key, val)
		}
		t.insert(t.after(e, i), []string{spaces(it.Column-1) + key + ": " + val})
		return t.bytes(), nil
	}
	return nil, fmt.Errorf("line %d: no event starts there", line)
}

// replaceValue writes val over the one-line scalar v.
func (t *text) replaceValue(v *yaml.Node, val string) ([]byte, error) {
	if v.Kind != yaml.ScalarNode || v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return nil, fmt.Errorf("line %d: the value is not written on one line", v.Line)
	}
	l := t.lines[v.Line-1]
	start := runeOffset(l, v.Column-1)
	n := len(v.Value)
	if v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		n += 2
	}
	if start < 0 || start+n > len(l) || !strings.Contains(string(l[start:start+n]), v.Value) {
		return nil, fmt.Errorf("line %d: cannot find the value %q", v.Line, v.Value)
	}
	t.lines[v.Line-1] = append(append(append([]byte{}, l[:start]...), val...), l[start+n:]...)
	return t.bytes(), nil
}

// addFlowKey adds "key: val" to the one-line flow mapping m, before its "}".
func (t *text) addFlowKey(m *yaml.Node, key, val string) ([]byte, error) {
	l := t.lines[m.Line-1]
	body := bytes.TrimRight(l, " \t\r\n")
	if m.LineComment != "" {
		body = bytes.TrimRight(bytes.TrimSuffix(body, []byte(m.LineComment)), " \t")
	}
	last := m.Content[len(m.Content)-1]
	if !bytes.HasSuffix(body, []byte("}")) || last.Line != m.Line {
		return nil, fmt.Errorf("line %d: the event is not written on one line {...}", m.Line)
	}
	at := len(body) - 1
	t.lines[m.Line-1] = append(append(append([]byte{}, l[:at]...), ", "+key+": "+val...), l[at:]...)
	return t.bytes(), nil
}

// runeOffset returns the byte offset of the col-th rune (0-based) of l.
func runeOffset(l []byte, col int) int {
	off := 0
	for i := 0; i < col; i++ {
		if off >= len(l) {
			return -1
		}
		_, size := utf8.DecodeRune(l[off:])
		off += size
	}
	return off
}
