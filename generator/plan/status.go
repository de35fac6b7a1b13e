package plan

import "github.com/followup-dev/followup/generator/model"

// Status returns the derived status of an application: wishlist, applied,
// screening, interviewing, offer, accepted or declined as its events go, or
// rejected, withdrawn, ghosted or closed. A status of withdrawn or closed
// set in the record wins; ghosted wins until a response reopens the record.
// An ending event holds against the meetings after it; an offer, or a reply
// after the employer's ending, reopens it (see End and the package
// documentation).
func Status(a *model.Application) string {
	switch a.Status {
	case model.StatusWishlist, model.StatusWithdrawn, model.StatusClosed:
		return a.Status
	}
	events := sortedEvents(a)
	if a.Status == model.StatusGhosted && reopening(a, events) < 0 {
		return model.StatusGhosted
	}
	progress, end := walk(events)
	if end.Ended() {
		return end.Status
	}
	return progress
}

// Round returns the round of the latest interview of a, or 0 before any.
func Round(a *model.Application) int {
	round := 0
	for _, r := range interviewRounds(sortedEvents(a)) {
		if r > 0 {
			round = r
		}
	}
	return round
}

// reopening returns the index of the first response that comes after the
// move-on date of the stage it follows, or -1. Such a response reopens a
// record marked ghosted. The move-on dates use the default delays.
func reopening(a *model.Application, events []*model.Event) int {
	var c delays
	stage := -1 // index of the latest interview; -1: the application
	for j, e := range events {
		if isResponse(e.Type) {
			var moveOn model.Date
			switch {
			case stage >= 0:
				steps := c.ladder(events[stage])
				moveOn = steps[len(steps)-1].due
			case !a.Applied.IsZero():
				moveOn = c.after(RuleMoveOn, a.Applied)
			}
			if !moveOn.IsZero() && e.Date.After(moveOn) {
				return j
			}
		}
		if e.Type == model.EventInterview {
			stage = j
		}
	}
	return -1
}
