package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// How an activity was made.
const (
	HowOnline    = "online application"
	HowEmail     = "email"
	HowPhone     = "phone"
	HowInPerson  = "in person"
	HowInterview = "interview"
	HowMail      = "mail"
	HowNetwork   = "network contact"
)

// KindApplied is the kind of the row of an application sent.
const KindApplied = "applied"

// activities returns the job seeker's activities of one application from
// from to to, with the notes of events when notes is set: the application
// itself, calls, emails, thank-yous, notes by mail, screens, interviews and
// network contacts. What the employer did (confirmations, replies, offers,
// rejections) is not an activity but shows in the result, and a meeting
// called off, or cancelled by the application's ending, is none at all.
func activities(a *model.Application, from, to model.Date, notes bool) []Activity {
	status, round := statusAt(a, to)
	service := a.Source
	if service == "" {
		service = strings.ReplaceAll(a.Channel, "-", " ")
	}
	row := func(d model.Date, kind, how, person, done string) Activity {
		return Activity{Date: d, Kind: kind, Employer: a.Company, Position: a.Role, Reference: a.Reference,
			Link: a.Link, Contact: a.Employer, How: how, Person: person, Done: done,
			Status: status, StatusRound: round, Result: resultText(status, round), App: a.Slug}
	}
	in := func(d model.Date) bool { return !d.Before(from) && !d.After(to) }
	ending := plan.End(a)
	var out []Activity
	if a.Status != model.StatusWishlist && !a.Applied.IsZero() && in(a.Applied) {
		how, person, done := applied(a)
		r := row(a.Applied, KindApplied, how, person, done)
		r.Service, r.Detail = service, a.Channel
		out = append(out, r)
	}
	for i := range a.Events {
		e := &a.Events[i]
		if !in(e.Date) || ending.Cancels(e) { // a meeting called off never took place
			continue
		}
		how, names, done, ok := describe(e)
		if !ok {
			continue
		}
		r := row(e.Date, e.Type, how, withTitles(a, names), done)
		r.Detail = strings.ReplaceAll(e.Outcome, "-", " ")
		if e.Type == model.EventInterview {
			r.Round = e.Round
		}
		if notes {
			r.Note = e.Note
		}
		out = append(out, r)
	}
	return out
}

// other returns the row of an activity that is no application.
func other(act *model.Activity) Activity {
	done := kindLabels[act.Type] + ": " + act.Text
	if act.Hours > 0 {
		done += " (" + strconv.FormatFloat(act.Hours, 'f', -1, 64) + " h)"
	}
	return Activity{Date: act.Date, Kind: act.Type, Employer: act.Where, Service: act.Where,
		Detail: act.Text, Hours: act.Hours, Done: done}
}

// kindLabels names the activity types in English.
var kindLabels = map[string]string{
	model.ActivityWorkshop:     "Workshop",
	model.ActivityJobFair:      "Job fair",
	model.ActivityCareerCentre: "Career centre visit",
	model.ActivityNetworking:   "Networking event",
	model.ActivityOther:        "Other activity",
}

// withTitles writes names as the log shows them: each with the contact's
// title when the record has one, "Dana Smith (Talent Partner)".
func withTitles(a *model.Application, names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n
		if c := a.Contact(n); c != nil && c.Title != "" {
			out[i] += " (" + c.Title + ")"
		}
	}
	return strings.Join(out, ", ")
}

// describe says how an event was made, to whom and what was done, without
// the event's private note; ok is false for an event that is not the job
// seeker's activity.
func describe(e *model.Event) (how string, person []string, done string, ok bool) {
	person = e.To
	switch e.Type {
	case model.EventCall:
		how, done = HowPhone, "Follow-up call"
		if e.Outcome != "" {
			done += " (" + strings.ReplaceAll(e.Outcome, "-", " ") + ")"
		}
	case model.EventEmail:
		how, done = HowEmail, "Follow-up email"
	case model.EventThankYou:
		how, done = HowEmail, "Thank-you email"
	case model.EventLetter:
		how, done = HowMail, "Thank-you note by mail"
	case model.EventPhoneScreen:
		how, done, person = HowPhone, "Phone screen", e.With
	case model.EventInterview:
		how, done, person = HowInterview, fmt.Sprintf("Interview, round %d", e.Round), e.With
	case model.EventNetwork:
		how, done = HowNetwork, "Asked a contact about the position"
	default:
		return "", nil, "", false
	}
	return how, person, done, true
}

// applied says how the application was sent, to whom, and what was done.
func applied(a *model.Application) (how, person, done string) {
	names := func(role string) string {
		var n []string
		for _, c := range a.ContactsWithRole(role) {
			n = append(n, c.Name)
		}
		return withTitles(a, n)
	}
	switch a.Channel {
	case model.ChannelEmail:
		return HowEmail, names(model.RoleRecruiter), "Applied by email"
	case model.ChannelWalkIn:
		return HowInPerson, "", "Applied in person"
	case model.ChannelReferral:
		return HowOnline, names(model.RoleReferral), "Applied, referred"
	case model.ChannelRecruiter:
		return HowOnline, names(model.RoleRecruiter), "Applied through a recruiter"
	case model.ChannelCompanySite:
		return HowOnline, "", "Applied on the employer's site"
	}
	if a.Source != "" {
		return HowOnline, "", "Applied (" + a.Source + ")"
	}
	return HowOnline, "", "Applied"
}

// statusAt returns where the application stood at the end of day to, from
// its events up to then, and its interview round.
func statusAt(a *model.Application, to model.Date) (status string, round int) {
	b := *a
	b.Events = nil
	for _, e := range a.Events {
		if !e.Date.After(to) {
			b.Events = append(b.Events, e)
		}
	}
	return plan.Status(&b), plan.Round(&b)
}

// resultText says in English where an application stands.
func resultText(status string, round int) string {
	switch status {
	case model.StatusApplied:
		return "awaiting a reply"
	case model.StatusScreening:
		return "screened, awaiting the next step"
	case model.StatusInterviewing:
		return fmt.Sprintf("interviewing (round %d)", round)
	case model.StatusOffer:
		return "offer received"
	case model.StatusAccepted:
		return "offer accepted"
	case model.StatusDeclined:
		return "offer declined"
	case model.StatusRejected:
		return "not selected"
	case model.StatusWithdrawn:
		return "withdrew"
	case model.StatusGhosted:
		return "no reply"
	case model.StatusClosed:
		return "position closed"
	}
	return status
}
