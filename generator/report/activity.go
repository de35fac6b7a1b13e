// Package report makes the work-search log an unemployment agency asks
// for: every job-search activity of a period, one row each, grouped by
// week, each week checked against the weekly requirement of the place the
// claim is made (report: {rules: ...}), with the columns and headings that
// place's agency asks for. The activities come from the records and from
// content/activities/; nothing is typed twice.
package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// Options says what a log covers.
type Options struct {
	From, To model.Date // the period, both days included
	// Today is the day the log is made: nothing after it is listed, and
	// each result is as it stood then. Zero: the end of the period.
	Today model.Date
	Notes bool // print the private notes of events, which an agency is not shown by default
}

// Activity is one row of the log: something the job seeker did, towards
// one application or not.
type Activity struct {
	Date        model.Date
	Kind        string // KindApplied, an event type, or an activity type (workshop, job-fair, ...)
	Employer    string // the employer, or where an activity took place
	Position    string
	Reference   string // the employer's reference number of the job
	Link        string
	Contact     model.Employer // how to reach the employer
	Service     string         // the service used to apply: the record's source, else its channel
	How         string         // how it was made: HowOnline, HowPhone, ...; "" for an activity
	Person      string         // whom the job seeker contacted, each with their title; "" when no one by name
	Detail      string         // the channel of an application, a call's outcome, an activity's text
	Round       int            // an interview's round
	Hours       float64        // an activity's hours
	Done        string         // what was done, in English
	Note        string         // the event's private note, with Options.Notes only
	Status      string         // where the application stood at the end of the period; "" for an activity
	StatusRound int            // the interview round the application stood in then
	Result      string         // the status in English words
	App         string         // the record's slug; "" for an activity
}

// Week is the activities of one week of the period.
type Week struct {
	Start, End model.Date // the first and last day of the week shown (clipped to the period)
	Activities []Activity
	Days       int    // the days with an activity
	Short      bool   // fewer activities (or days) than the rules ask
	Reason     string // why the week is short, in the log's language: "2 activities on 2 days; 3 on 3 days are asked"
	Rows       []Row  // the activities as the place's columns show them
}

// Log is the work-search log of a period.
type Log struct {
	From, To model.Date
	PerWeek  int // activities a week asked; 0: no fixed number
	Owner    string
	Place    *Place
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
	place := PlaceOf(set.Rules)
	log := &Log{From: from, To: to, PerWeek: place.perWeek(set.PerWeek), Owner: site.Settings.Owner.Name, Place: place}
	last := to
	if !opt.Today.IsZero() && opt.Today.Before(last) {
		last = opt.Today
	}
	var all []Activity
	for _, a := range site.Applications {
		all = append(all, activities(a, from, last, opt.Notes)...)
	}
	for _, act := range site.Activities {
		if !act.Date.Before(from) && !act.Date.After(last) {
			all = append(all, other(act))
		}
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
		log.check(&w)
		for i := range w.Activities {
			w.Rows = append(w.Rows, place.row(&w.Activities[i]))
		}
		log.Total += len(w.Activities)
		log.Weeks = append(log.Weeks, w)
	}
	return log, nil
}

// check counts the days of w with an activity and marks it short, with the
// reason, when it falls below what the rules ask.
func (l *Log) check(w *Week) {
	days := map[model.Date]bool{}
	for _, a := range w.Activities {
		days[a.Date] = true
	}
	w.Days = len(days)
	n, lang := len(w.Activities), l.Place.lang
	switch {
	case l.PerWeek == 0:
	case l.Place.DistinctDays && w.Days < l.PerWeek:
		w.Short, w.Reason = true, lang.shortOfDays(n, w.Days, l.PerWeek)
	case !l.Place.DistinctDays && n < l.PerWeek:
		w.Short, w.Reason = true, lang.shortOf(n, l.PerWeek)
	}
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
