// Package report makes the work-search log an unemployment agency asks
// for: every job-search activity of a period, one row each (date, employer,
// position, posting, how, whom, what, result so far), grouped by week with
// each week's count, the weeks short of the settings' per_week marked.
// The activities come from the records; nothing is typed twice.
package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

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

// Activity is one row of the log.
type Activity struct {
	Date     model.Date
	Employer string
	Position string
	Link     string
	How      string
	Person   string // whom the job seeker contacted, "" when no one by name
	Done     string // what was done
	Result   string // where the application stands at the end of the period
	App      string // the record's slug
}

// Week is the activities of one week of the period.
type Week struct {
	Start, End model.Date // the first and last day of the week shown (clipped to the period)
	Activities []Activity
	Short      bool // fewer activities than the per_week setting asks
}

// Options says what a log covers.
type Options struct {
	From, To model.Date // the period, both days included
	// Today is the day the log is made: nothing after it is listed, and
	// each result is as it stood then. Zero: the end of the period.
	Today model.Date
	Notes bool // print the private notes of events, which an agency is not shown by default
}

// Log is the work-search log of a period.
type Log struct {
	From, To model.Date
	PerWeek  int
	Owner    string
	Weeks    []Week
	Total    int
}

// Make returns the log of the site's activities of the period. Every week
// of the period is there, those with no activity too.
func Make(site *model.Site, opt Options) (*Log, error) {
	from, to := opt.From, opt.To
	if to.Before(from) {
		return nil, fmt.Errorf("report: the period ends (%s) before it starts (%s)", to, from)
	}
	set := site.Settings.Report
	log := &Log{From: from, To: to, PerWeek: set.PerWeek, Owner: site.Settings.Owner.Name}
	last := to
	if !opt.Today.IsZero() && opt.Today.Before(last) {
		last = opt.Today
	}
	var all []Activity
	for _, a := range site.Applications {
		all = append(all, activities(a, from, last, opt.Notes)...)
	}
	slices.SortStableFunc(all, func(x, y Activity) int {
		if c := x.Date.Compare(y.Date); c != 0 {
			return c
		}
		if c := strings.Compare(x.Employer, y.Employer); c != 0 {
			return c
		}
		return strings.Compare(x.Position, y.Position)
	})
	for start := weekStart(from, set.WeekStarts); !to.Before(start); start = start.AddDays(7) {
		w := Week{Start: maxDate(start, from), End: minDate(start.AddDays(6), to)}
		for _, act := range all {
			if !act.Date.Before(w.Start) && !act.Date.After(w.End) {
				w.Activities = append(w.Activities, act)
			}
		}
		w.Short = len(w.Activities) < set.PerWeek
		log.Total += len(w.Activities)
		log.Weeks = append(log.Weeks, w)
	}
	return log, nil
}

// weekStart returns the first day of the week d is in.
func weekStart(d model.Date, first time.Weekday) model.Date {
	return d.AddDays(-((int(d.Weekday()) - int(first) + 7) % 7))
}

func maxDate(a, b model.Date) model.Date {
	if a.Before(b) {
		return b
	}
	return a
}

func minDate(a, b model.Date) model.Date {
	if a.After(b) {
		return b
	}
	return a
}

// activities returns the job seeker's activities of one application from
// from to to, with the notes of events when notes is set: the application itself, calls, emails, thank-yous, notes by
// mail, screens, interviews and network contacts. What the employer did
// (confirmations, replies, offers, rejections) is not an activity but
// shows in the result.
func activities(a *model.Application, from, to model.Date, notes bool) []Activity {
	result := ""
	row := func(d model.Date, how, person, done string) Activity {
		if result == "" {
			result = resultAt(a, to)
		}
		return Activity{Date: d, Employer: a.Company, Position: a.Role, Link: a.Link, How: how,
			Person: person, Done: done, Result: result, App: a.Slug}
	}
	in := func(d model.Date) bool { return !d.Before(from) && !d.After(to) }
	var out []Activity
	if a.Status != model.StatusWishlist && !a.Applied.IsZero() && in(a.Applied) {
		how, person, done := applied(a)
		out = append(out, row(a.Applied, how, person, done))
	}
	for i := range a.Events {
		e := &a.Events[i]
		if !in(e.Date) {
			continue
		}
		how, person, done, ok := describe(e)
		if !ok {
			continue
		}
		if notes && e.Note != "" {
			done += ": " + e.Note
		}
		out = append(out, row(e.Date, how, person, done))
	}
	return out
}

// describe says how an event was made, to whom and what was done, without
// the event's private note; ok is false for an event that is not the job
// seeker's activity.
func describe(e *model.Event) (how, person, done string, ok bool) {
	person = strings.Join(e.To, ", ")
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
		how, done, person = HowPhone, "Phone screen", strings.Join(e.With, ", ")
	case model.EventInterview:
		how, done, person = HowInterview, fmt.Sprintf("Interview, round %d", e.Round), strings.Join(e.With, ", ")
	case model.EventNetwork:
		how, done = HowNetwork, "Asked a contact about the position"
	default:
		return "", "", "", false
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
		return strings.Join(n, ", ")
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

// resultAt returns where the application stood at the end of day to,
// from its events up to then.
func resultAt(a *model.Application, to model.Date) string {
	b := *a
	b.Events = nil
	for _, e := range a.Events {
		if !e.Date.After(to) {
			b.Events = append(b.Events, e)
		}
	}
	switch s := plan.Status(&b); s {
	case model.StatusApplied:
		return "awaiting a reply"
	case model.StatusScreening:
		return "screened, awaiting the next step"
	case model.StatusInterviewing:
		return fmt.Sprintf("interviewing (round %d)", plan.Round(&b))
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
	default:
		return s
	}
}
