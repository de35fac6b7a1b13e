package load

import (
	"fmt"
	"slices"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

var eventKeys = []string{"date", "type", "round", "with", "topics", "next_step", "decision_expected",
	"to", "from", "action", "outcome", "note", "uid", "cancelled"}

// eventOnly lists the keys that apply to some event types only.
var eventOnly = []struct {
	key   string
	types []string
}{
	{"round", []string{model.EventInterview}},
	{"topics", []string{model.EventInterview}},
	{"with", []string{model.EventPhoneScreen, model.EventInterview}},
	{"outcome", []string{model.EventCall}},
	{"uid", []string{model.EventPhoneScreen, model.EventInterview}},
	{"cancelled", []string{model.EventPhoneScreen, model.EventInterview}},
}

// rawEvent is an event with the nodes its names came from.
type rawEvent struct {
	ev       model.Event
	roundSet bool
	with, to []named
	from     *named
	topics   []named // the person of each topic
	action   *named
}

// decodeEvents decodes the events, sorts them, numbers the interview rounds
// and adds the interviewers who are not yet contacts. An interview without
// a round takes the one after the previous interview's, which is the count
// of interviews so far when no round is set by hand; one called off
// (cancelled: true) was no round and takes none.
func (r *record) decodeEvents(f fields) {
	for _, n := range r.list(f, "events") {
		if n.Kind != yaml.MappingNode {
			r.errorf(n, "each event should be a mapping, such as {date: 2026-11-10, type: phone-screen}")
			continue
		}
		r.events = append(r.events, r.event(n))
	}
	slices.SortStableFunc(r.events, func(x, y *rawEvent) int { return plan.CompareEvents(&x.ev, &y.ev) })
	round := 0
	for _, e := range r.events {
		if e.ev.Type != model.EventInterview {
			continue
		}
		switch {
		case e.ev.Cancelled && !e.roundSet: // called off: it was no round
		case e.roundSet:
			round = e.ev.Round
		default:
			round++
			e.ev.Round = round
		}
		for _, w := range e.with {
			if r.app.Contact(w.text) == nil {
				r.app.Contacts = append(r.app.Contacts, model.Contact{Name: w.text, Role: model.RoleInterviewer})
			}
		}
	}
	for _, e := range r.events {
		r.app.Events = append(r.app.Events, e.ev)
	}
}

// event decodes one event.
func (r *record) event(n *yaml.Node) *rawEvent {
	f := r.mapping(n, "an event", eventKeys)
	e := &rawEvent{}
	e.ev.Line = n.Line
	r.when(f, &e.ev)
	if !f.has("type") {
		r.missing(f, "type")
	}
	e.ev.Type = r.enum(f, "type", "event type", model.EventTypes)
	if e.ev.Type != "" {
		for _, only := range eventOnly {
			if f.has(only.key) && !contains(only.types, e.ev.Type) {
				r.errorf(f.m[only.key].key, "%q applies only to %s events", only.key, quoteList(only.types))
			}
		}
	}
	if round, ok := r.integer(f, "round", 1, 99); ok {
		e.ev.Round, e.roundSet = round, true
	}
	e.with = r.people(f, "with")
	e.to = r.people(f, "to")
	if v := r.scalar(f, "from"); v != nil {
		e.from = &named{v.Value, v}
	}
	e.ev.With, e.ev.To = texts(e.with), texts(e.to)
	if e.from != nil {
		e.ev.From = e.from.text
	}
	r.topics(f, e)
	e.ev.NextStep = r.text(f, "next_step")
	e.ev.DecisionExpected = r.date(f, "decision_expected")
	if v := r.scalar(f, "action"); v != nil {
		e.action = &named{v.Value, v}
		e.ev.Action = v.Value
	}
	e.ev.Outcome = r.enum(f, "outcome", "call outcome", model.CallOutcomes)
	e.ev.Note = r.text(f, "note")
	e.ev.UID = r.text(f, "uid")
	e.ev.Cancelled, _ = r.boolean(f, "cancelled")
	return e
}

// when decodes the date of an event: a day, a local time in the site's
// time zone, or an RFC 3339 time converted into it.
func (r *record) when(f fields, ev *model.Event) {
	if !f.has("date") {
		r.missing(f, "date")
		return
	}
	v := r.scalar(f, "date")
	if v == nil {
		return
	}
	s := v.Value
	if len(s) == len(time.DateOnly) {
		day, err := model.ParseDate(s)
		if err != nil {
			r.errorf(v, "%s", err)
		}
		ev.Date = day
		return
	}
	t, err := r.localTime(v, s)
	if err != nil {
		t, err = time.Parse(time.RFC3339, s)
	}
	if err != nil {
		r.errorf(v, "invalid time %q: want YYYY-MM-DD, YYYY-MM-DDTHH:MM in the site's time zone, or RFC 3339 such as 2026-11-17T14:00:00-06:00", s)
		return
	}
	if err := model.CheckYear(t.In(r.loc)); err != nil {
		r.errorf(v, "time %q: %s", s, err)
		return
	}
	ev.Start = t.In(r.loc)
	ev.Date = model.DateOf(ev.Start)
}

// people decodes a list of names, each once.
func (r *record) people(f fields, key string) []named {
	var out []named
	for _, p := range r.strings(f, key) {
		if containsName(out, p.text) {
			r.errorf(p.node, "%q is listed twice in %q", p.text, key)
			continue
		}
		out = append(out, p)
	}
	return out
}

// topics decodes what was discussed with each interviewer.
func (r *record) topics(f fields, e *rawEvent) {
	if !f.has("topics") {
		return
	}
	n := f.m["topics"].val
	if n.Kind != yaml.MappingNode {
		r.errorf(n, `"topics" should be a mapping of people to what you discussed, such as {Lee Park: the fleet scheduler}`)
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode || v.Kind != yaml.ScalarNode {
			r.errorf(k, "each topic should be a name and a line of text")
			continue
		}
		if _, dup := e.ev.Topics[k.Value]; dup {
			r.errorf(k, "the topic of %q is given twice", k.Value)
			continue
		}
		if e.ev.Topics == nil {
			e.ev.Topics = map[string]string{}
		}
		e.ev.Topics[k.Value] = v.Value
		e.topics = append(e.topics, named{k.Value, k})
	}
}

// checkPeople checks that every person an event names is a contact, and
// every topic's person was in the interview.
func (r *record) checkPeople() {
	var names []string
	for _, c := range r.app.Contacts {
		names = append(names, c.Name)
	}
	for _, e := range r.events {
		if e.ev.Type == model.EventPhoneScreen {
			r.known(e.with, "with", names)
		}
		r.known(e.to, "to", names)
		if e.from != nil {
			r.known([]named{*e.from}, "from", names)
		}
		for _, t := range e.topics {
			if !containsName(e.with, t.text) {
				r.errorf(t.node, "topic for %q, who is not in this interview's \"with\"", t.text)
			}
		}
		if e.action != nil {
			if msg := checkActionID(e.action.text, names); msg != "" {
				r.errorf(e.action.node, "%s", msg)
			}
		}
	}
}

// known records a problem for each person who is not a contact.
func (r *record) known(people []named, key string, names []string) {
	for _, p := range people {
		if r.app.Contact(p.text) != nil {
			continue
		}
		msg := fmt.Sprintf("%q in %q is not in contacts", p.text, key)
		if s := suggest(p.text, names); s != "" {
			msg += fmt.Sprintf(", did you mean %q?", s)
		} else {
			msg += ": add them under contacts"
		}
		r.errorf(p.node, "%s", msg)
	}
}

func containsName(list []named, s string) bool {
	for _, n := range list {
		if n.text == s {
			return true
		}
	}
	return false
}
