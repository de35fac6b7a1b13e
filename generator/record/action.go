package record

import (
	"fmt"
	"strings"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// Done records the event that fulfils the pending action id of the
// application q names: a call, an email, a thank-you, a letter or, for
// asking the network, a network event, on date (today when empty). A
// check of the confirmation records the confirmation, which settles it.
// An action that is not pending is refused with the reason.
func Done(opts Options, q, id, date, outcome string) (*Result, error) {
	return retry(func() (*Result, error) { return doneOnce(opts, q, id, date, outcome) })
}

// doneOnce is one try of Done.
func doneOnce(opts Options, q, id, date, outcome string) (*Result, error) {
	if err := utf8Text("-outcome", outcome); err != nil {
		return nil, usagef("%v", err)
	}
	if date != "" {
		if err := checkDate(date); err != nil {
			return nil, err
		}
	}
	s, err := open(opts, q)
	if err != nil {
		return nil, err
	}
	a, err := s.pending(id)
	if err != nil {
		return nil, err
	}
	if date == "" {
		date = s.today().String()
	}
	ev, err := fulfilling(a, date, outcome)
	if err != nil {
		return nil, err
	}
	if err := s.checkWhen(ev.Type, date); err != nil {
		return nil, err
	}
	edited, err := AddEvent(s.data, ev)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.app.Path, err)
	}
	after, err := s.check(edited)
	if err != nil {
		return nil, err
	}
	if st := s.stateAfter(after, a.ID); st != model.StateDone {
		return nil, fmt.Errorf("%s: %s on %s would leave %s %s (it became possible later?); nothing written", s.app.Path, article(ev.Type), date, a.ID, st)
	}
	return s.write(edited, after, describe(&ev))
}

// Skip adds the pending action id of the application q names to the
// record's skip list.
func Skip(opts Options, q, id string) (*Result, error) {
	return retry(func() (*Result, error) { return skipOnce(opts, q, id) })
}

// skipOnce is one try of Skip.
func skipOnce(opts Options, q, id string) (*Result, error) {
	s, err := open(opts, q)
	if err != nil {
		return nil, err
	}
	a, err := s.pending(id)
	if err != nil {
		return nil, err
	}
	edited, err := AddSkip(s.data, a.ID)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.app.Path, err)
	}
	after, err := s.check(edited)
	if err != nil {
		return nil, err
	}
	if st := s.stateAfter(after, a.ID); st != model.StateSkipped {
		return nil, fmt.Errorf("%s: skipping %s would leave it %s; nothing written", s.app.Path, a.ID, st)
	}
	return s.write(edited, after, "skip "+a.ID)
}

// stateAfter returns the state of the action id in the plan of a.
func (s *session) stateAfter(a *model.Application, id string) model.State {
	for _, act := range s.actions(a) {
		if act.ID == id {
			return act.State
		}
	}
	return "gone"
}

// pending returns the action id names: a full action id, or a rule id
// when only one action of that rule is pending. One that is not pending is
// refused with the reason.
func (s *session) pending(id string) (*model.Action, error) {
	acts := s.actions(s.app)
	var byRule, pendingByRule []*model.Action
	var a *model.Action
	for _, act := range acts {
		switch {
		case act.ID == id:
			a = act
		case act.Rule == id:
			byRule = append(byRule, act)
			if act.Pending() {
				pendingByRule = append(pendingByRule, act)
			}
		}
	}
	switch {
	case a != nil:
	case len(pendingByRule) == 1:
		a = pendingByRule[0]
	case len(byRule) == 1:
		a = byRule[0]
	case len(byRule) > 1:
		return nil, usagef("%s has several %s actions: name one of %s", s.app.Slug, id, ids(byRule))
	default:
		var open []*model.Action
		for _, act := range acts {
			if act.Pending() {
				open = append(open, act)
			}
		}
		if len(open) == 0 {
			return nil, usagef("%s has no action %q, and nothing pending", s.app.Slug, id)
		}
		return nil, usagef("%s has no action %q; pending: %s", s.app.Slug, id, ids(open))
	}
	if a.Pending() {
		return a, nil
	}
	return nil, fmt.Errorf("%s: %s is not pending: %s", s.app.Path, a.ID, s.why(a))
}

// why says why an action is not pending.
func (s *session) why(a *model.Action) string {
	switch {
	case a.State == model.StateDone:
		return fmt.Sprintf("it was done by the %s of %s (line %d)", a.DoneBy.Type, a.DoneBy.Date, a.DoneBy.Line)
	case a.State == model.StateSkipped:
		return "it is skipped (the record's skip: list names it)"
	case a.CancelledBy != nil:
		return fmt.Sprintf("it was cancelled by the %s of %s (line %d)", a.CancelledBy.Type, a.CancelledBy.Date, a.CancelledBy.Line)
	case s.app.Status != "":
		return fmt.Sprintf("it was cancelled by the record's status: %s", s.app.Status)
	}
	return "it was cancelled by the record's confirmation date"
}

func ids(acts []*model.Action) string {
	s := make([]string, len(acts))
	for i, a := range acts {
		s[i] = a.ID
	}
	return strings.Join(s, ", ")
}

// fulfilling returns the event that fulfils a, as the script pages print it.
func fulfilling(a *model.Action, date, outcome string) (Event, error) {
	var to []string
	for _, c := range a.To {
		to = append(to, c.Name)
	}
	if outcome != "" && a.Kind != model.KindCall {
		return Event{}, usagef("-outcome is for calls; %s is a %s", a.ID, a.Kind)
	}
	ev := Event{Date: date, To: to, Type: plan.FulfilledBy(a.Rule, a.Kind)}
	switch ev.Type {
	case model.EventThankYou, model.EventLetter:
		ev.To = []string{a.Person}
	case model.EventCall:
		ev.Action, ev.Outcome = a.ID, outcome
	case model.EventEmail:
		ev.Action = a.ID
	case model.EventNetwork:
	case model.EventConfirmation:
		ev.To = nil
	default:
		if a.Rule == plan.RuleApplyBy {
			return Event{}, usagef("%s is done by applying: set applied: in %s and remove its status: wishlist, or skip it",
				a.ID, a.App.Path)
		}
		return Event{}, usagef("%s is a %s, not something to mark done: log what you decided (followup log %s withdrew, say) or skip it",
			a.ID, a.Kind, a.App.Slug)
	}
	return ev, nil
}

// article puts "a" or "an" before a word.
func article(w string) string {
	if strings.ContainsAny(w[:1], "aeiou") {
		return "an " + w
	}
	return "a " + w
}
