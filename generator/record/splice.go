package record

import (
	"errors"
	"fmt"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// AddEvent returns data with ev added to its events: sorted into place by
// date, in the style (flow or block) most of the record's events use, at
// their indentation and with the file's line endings. A record without
// events gets the key, after its contacts.
func AddEvent(data []byte, ev Event) ([]byte, error) {
	t, err := newText(data)
	if err != nil {
		return nil, err
	}
	f := ev.fields()
	e, ok := t.lookup("events")
	if !ok {
		t.addKey(append([]string{spaces(t.top.Column-1) + "events:"}, flowItem(t.seqIndent(), f)...), "notes")
		return t.bytes(), nil
	}
	seq, err := blockSeq(e, "events")
	if err != nil {
		return nil, err
	}
	if seq == nil {
		t.insert(e.key.Line, flowItem(t.seqIndent(), f))
		return t.bytes(), nil
	}
	t.insert(t.eventPosition(e, ev), t.item(seq, f))
	return t.bytes(), nil
}

// AddContact returns data with c added at the end of its contacts, in the
// style most contacts use. A record without contacts gets the key, before
// its events.
func AddContact(data []byte, c Contact) ([]byte, error) {
	t, err := newText(data)
	if err != nil {
		return nil, err
	}
	f := c.fields()
	e, ok := t.lookup("contacts")
	if !ok {
		t.addKey(append([]string{spaces(t.top.Column-1) + "contacts:"}, flowItem(t.seqIndent(), f)...), "events", "notes")
		return t.bytes(), nil
	}
	seq, err := blockSeq(e, "contacts")
	if err != nil {
		return nil, err
	}
	if seq == nil {
		t.insert(e.key.Line, flowItem(t.seqIndent(), f))
		return t.bytes(), nil
	}
	t.insert(t.after(e, len(seq.Content)-1), t.item(seq, f))
	return t.bytes(), nil
}

// blockSeq returns the value of e when it is a block sequence with items,
// nil when it is empty (a key with no value), and an error when it is
// written in a way new items cannot be spliced into.
func blockSeq(e entry, key string) (*yaml.Node, error) {
	v := e.val
	switch {
	case v.Kind == yaml.ScalarNode && v.Tag == "!!null" && v.Value == "":
		return nil, nil
	case v.Kind != yaml.SequenceNode:
		return nil, fmt.Errorf("line %d: %q is not a list", v.Line, key)
	case v.Style&yaml.FlowStyle != 0:
		return nil, fmt.Errorf("line %d: %q is written as a flow list [...]: write it as a block list, one \"- \" item a line, and try again", v.Line, key)
	}
	return v, nil
}

// item writes an item of the block sequence seq in the style most of its
// items have, a tie going to the flow style.
func (t *text) item(seq *yaml.Node, f []field) []string {
	indent := spaces(seq.Column - 1)
	flow, keyIndent := 0, ""
	for _, it := range seq.Content {
		if it.Kind == yaml.MappingNode && it.Style&yaml.FlowStyle != 0 {
			flow++
		} else if it.Kind == yaml.MappingNode && keyIndent == "" {
			keyIndent = spaces(it.Column - 1)
		}
	}
	if 2*flow >= len(seq.Content) || keyIndent == "" {
		return flowItem(indent, f)
	}
	return blockItem(indent, keyIndent, f)
}

// after returns the line index after the i-th item of the sequence of e,
// before the comments and blank lines that lead to the next one.
func (t *text) after(e entry, i int) int {
	seq := e.val
	to := t.docEnd()
	if i+1 < len(seq.Content) {
		to = seq.Content[i+1].Line - 1
	} else if e.index+1 < t.entries() {
		to = t.keyLine(e.index + 1)
	}
	return t.end(seq.Content[i].Line-1, to, seq.Column-1)
}

// eventPosition returns the line index the new event goes before: after
// the last event that is not later than it in the loader's order
// (plan.CompareEvents), or else before the first.
func (t *text) eventPosition(e entry, ev Event) int {
	at := -1
	nw, ok := parseWhen(ev.Date)
	for i, it := range e.val.Content {
		if w, wok := eventWhen(it); wok && ok && plan.CompareEvents(&nw, &w) >= 0 {
			at = i
		}
	}
	if at < 0 {
		return e.key.Line
	}
	return t.after(e, at)
}

// eventWhen reads the date of an existing event node.
func eventWhen(n *yaml.Node) (model.Event, bool) {
	if n.Kind != yaml.MappingNode {
		return model.Event{}, false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "date" {
			return parseWhen(n.Content[i+1].Value)
		}
	}
	return model.Event{}, false
}

// parseWhen reads the date of an event as records write it: a day, or a
// time with its day. Local times compare as UTC: within one record they
// share the site's time zone.
func parseWhen(s string) (model.Event, bool) {
	if len(s) < len(time.DateOnly) {
		return model.Event{}, false
	}
	day, err := model.ParseDate(s[:len(time.DateOnly)])
	if err != nil {
		return model.Event{}, false
	}
	if len(s) == len(time.DateOnly) {
		return model.Event{Date: day}, true
	}
	t, err := time.Parse(model.LocalTime, s)
	if err != nil {
		t, err = time.Parse(time.RFC3339, s)
	}
	if err != nil {
		return model.Event{}, false
	}
	return model.Event{Date: day, Start: t}, true
}

// errFlowSkip is returned when the end of a flow skip list cannot be found.
var errFlowSkip = errors.New(`cannot find the closing "]" of skip`)
