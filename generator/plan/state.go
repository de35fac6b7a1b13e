package plan

import (
	"cmp"
	"slices"

	"github.com/followup-dev/followup/generator/model"
)

// isResponse reports whether an event of type t is an answer from the
// employer.
func isResponse(t string) bool {
	switch t {
	case model.EventReply, model.EventPhoneScreen, model.EventInterview, model.EventOffer, model.EventRejected:
		return true
	}
	return false
}

// isEnding reports whether an event of type t ends the application.
func isEnding(t string) bool {
	switch t {
	case model.EventAccepted, model.EventRejected, model.EventWithdrew, model.EventDeclined, model.EventClosed:
		return true
	}
	return false
}

// cancels reports whether event e, which comes after the start of it,
// cancels it.
func (it *item) cancels(e *model.Event) bool {
	if isEnding(e.Type) {
		return true
	}
	switch it.Rule {
	case RuleThankYou, RuleThankYouNote, RuleDeclineNote:
		return false
	}
	if e.Date.Before(it.possible) {
		return false
	}
	return isResponse(e.Type) || it.Rule == RuleCheckConfirmation && e.Type == model.EventConfirmation
}

// cancel records, for every item, the first event that cancels it, then
// what the record's status and skip list say. An item started by a meeting
// that the application's ending cancelled (see End) is cancelled by that
// ending.
func (p *planner) cancel() {
	a := p.app
	end := len(p.events) // a status set in the record ends after every event
	if a.Status == model.StatusGhosted {
		if r := reopening(a, p.events); r >= 0 {
			end = r
		}
	}
	ending, endAt := End(a), never
	if ending.event != nil {
		endAt = slices.Index(p.events, ending.event)
	}
	for _, it := range p.items {
		it.skipped = slices.Contains(a.Skip, it.ID) || slices.Contains(a.Skip, it.Rule)
		if it.trigger >= 0 && IsMeeting(p.events[it.trigger].Type) && p.events[it.trigger].Cancelled {
			// Started by a meeting called off: cancelled by that meeting itself.
			it.cancelAt = it.trigger
		} else if it.trigger >= 0 && ending.Cancels(p.events[it.trigger]) {
			// Started by a meeting the ending cancelled: it will not happen.
			it.cancelAt = endAt
		}
		for j := it.trigger + 1; j < len(p.events) && it.cancelAt == never; j++ {
			if it.cancels(p.events[j]) {
				it.cancelAt = j
				break
			}
		}
		switch {
		case a.Status == model.StatusWithdrawn, a.Status == model.StatusClosed,
			a.Status == model.StatusGhosted && it.trigger < end,
			it.Rule == RuleCheckConfirmation && !a.Confirmation.IsZero():
			it.cancelAt = min(it.cancelAt, end)
		}
	}
}

// fulfil marks the items that events of the record fulfil.
func (p *planner) fulfil() {
	slices.SortFunc(p.items, func(x, y *item) int {
		return cmp.Or(x.Due.Compare(y.Due), cmp.Compare(x.ID, y.ID))
	})
	for j, e := range p.events {
		switch e.Type {
		case model.EventCall, model.EventEmail, model.EventNetwork:
			if e.Action != "" && e.Type != model.EventNetwork {
				p.fulfilFirst(e, func(it *item) bool { return it.ID == e.Action || it.Rule == e.Action })
				break
			}
			if e.Type == model.EventEmail && p.fulfilScreen(e, j) {
				break
			}
			p.fulfilFirst(e, func(it *item) bool { return FulfilledBy(it.Rule, it.Kind) == e.Type && it.open(j) })
		case model.EventConfirmation:
			p.fulfilFirst(e, func(it *item) bool { return FulfilledBy(it.Rule, it.Kind) == e.Type })
		case model.EventThankYou:
			p.fulfilScreen(e, j)
			p.fulfilThanks(e, RuleThankYou)
		case model.EventLetter:
			p.fulfilThanks(e, RuleThankYouNote)
		}
	}
}

// open reports whether the item is still to do when the event at index j
// happens: neither skipped nor cancelled before.
func (it *item) open(j int) bool { return !it.skipped && it.cancelAt > j }

// fulfilScreen marks done the latest follow-up of a phone screen, still
// open when the event at index j happens, that goes to someone e names in
// to:, and reports whether there was one.
func (p *planner) fulfilScreen(e *model.Event, j int) bool {
	var latest *item
	for _, it := range p.items {
		if it.Rule != RuleScreenFollowUp || it.DoneBy != nil || !it.open(j) || e.Date.Before(it.possible) {
			continue
		}
		if slices.ContainsFunc(it.To, func(c model.Contact) bool { return slices.Contains(e.To, c.Name) }) &&
			(latest == nil || it.trigger > latest.trigger) {
			latest = it
		}
	}
	if latest != nil {
		latest.DoneBy = e
	}
	return latest != nil
}

// fulfilFirst marks done the earliest item not yet done, possible on the
// day of e, that match accepts.
func (p *planner) fulfilFirst(e *model.Event, match func(*item) bool) {
	for _, it := range p.items {
		if it.DoneBy == nil && !e.Date.Before(it.possible) && match(it) {
			it.DoneBy = e
			return
		}
	}
}

// fulfilThanks marks done the items of rule (a thank-you or a note) for
// each person e names: for each, the one of the latest interview possible by
// the day of e. When e names nobody, it thanks everyone of that interview.
func (p *planner) fulfilThanks(e *model.Event, rule string) {
	if len(e.To) > 0 {
		for _, name := range e.To {
			if it := p.latestThanks(rule, e, model.Slugify(name)); it != nil {
				it.DoneBy = e
			}
		}
		return
	}
	latest := p.latestThanks(rule, e, "")
	for _, it := range p.items {
		if latest != nil && it.Rule == rule && it.DoneBy == nil && it.trigger == latest.trigger {
			it.DoneBy = e
		}
	}
}

// latestThanks returns the item of rule not yet done, possible by the day of
// e, of the latest interview, for the person of that slug ("" for anyone).
func (p *planner) latestThanks(rule string, e *model.Event, slug string) *item {
	var latest *item
	for _, it := range p.items {
		if it.Rule != rule || it.DoneBy != nil || e.Date.Before(it.possible) ||
			slug != "" && model.Slugify(it.Person) != slug {
			continue
		}
		if latest == nil || it.trigger > latest.trigger {
			latest = it
		}
	}
	return latest
}

// settle sets the state of the action: done, else skipped, else cancelled,
// else pending.
func (it *item) settle() *model.Action {
	switch {
	case it.DoneBy != nil:
		it.State = model.StateDone
	case it.skipped:
		it.State = model.StateSkipped
	case it.cancelAt != never:
		it.State = model.StateCancelled
	default:
		it.State = model.StatePending
	}
	return it.Action
}
