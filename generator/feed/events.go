package feed

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// kindLabels names each kind of action in CATEGORIES.
var kindLabels = map[model.Kind]string{
	model.KindCall:      "Call",
	model.KindEmail:     "Email",
	model.KindLetter:    "Letter",
	model.KindTask:      "Task",
	model.KindMilestone: "Milestone",
	model.KindDecision:  "Decision",
}

// hasScript reports whether actions of kind k have a printable script page.
func hasScript(k model.Kind) bool {
	return k == model.KindCall || k == model.KindEmail || k == model.KindLetter
}

// action adds the all-day event of a pending action of app. Actions in any
// other state, of no application in the feed, with no due date, or due
// after the application ended add nothing.
func (b *builder) action(app *model.Application, a *model.Action) {
	if !mayCarry(app, a) || b.ending.Ended() && a.Due.After(b.ending.Day) {
		return
	}
	shown := isolatedAction(a, b.iso)
	summary := oneLine(plan.Summary(shown))
	desc := []string{summary}
	if explain := plan.Explain(shown); explain != "" {
		desc = append(desc, explain)
	}
	link := b.links.application(app)
	if hasScript(a.Kind) {
		link = b.links.script(app, a.ID)
		desc = append(desc, "Printable script: "+link)
	} else {
		desc = append(desc, "Application: "+link)
	}
	categories := []string{"Follow-up"}
	if label, ok := kindLabels[a.Kind]; ok {
		categories = append(categories, label)
	}
	b.add(event{
		key:         key{day: a.Due, uid: b.links.uid(app.UID() + "/" + a.ID)},
		summary:     summary,
		description: strings.Join(desc, "\n\n"),
		url:         link,
		categories:  categories,
		transparent: true,
		alarms:      []alarm{{text: summary, trigger: followUpAlarm}},
		overdue:     a.Kind != model.KindMilestone, // a day to watch, not something to do
	})
}

// mayCarry reports whether a feed may carry action a of app as far as the
// action tells: a pending one with a due day. The builder also leaves out
// one due after the application ended.
func mayCarry(app *model.Application, a *model.Action) bool {
	return app != nil && a.Pending() && !a.Due.IsZero()
}

// interviews adds an event for every interview of app, and for every phone
// screen with a time of day. A timed one is an hour long, in UTC; an
// interview with only a date is an all-day event that does not block the
// day. A phone screen with only a date is history, and is left out. Once
// the application has ended, the meetings its ending cancels (see
// plan.End) are cancelled here too.
func (b *builder) interviews(app *model.Application) {
	rounds := map[int]int{} // round → meetings of it so far
	round := 0              // of the latest interview
	for i := range app.Events {
		ev := &app.Events[i]
		if !plan.IsMeeting(ev.Type) {
			continue
		}
		r := round + 1 // a phone screen counts in the round an interview there would be
		if ev.Type == model.EventInterview {
			r, round = ev.Round, ev.Round
		}
		rounds[r]++
		if ev.Type == model.EventInterview || ev.Timed() {
			id := app.UID() + "/meeting/r" + strconv.Itoa(r) + "/" + strconv.Itoa(rounds[r])
			b.add(b.interview(app, &b.iso.Events[i], id, b.ending.Cancels(ev)))
		}
	}
}

// interview returns the event of one interview or phone screen of app
// (isolated), whose UID derives from id.
func (b *builder) interview(app *model.Application, ev *model.Event, id string, cancelled bool) event {
	summary := interviewTitle(ev)
	if len(ev.With) > 0 {
		summary += " with " + strings.Join(ev.With, ", ")
	}
	summary = oneLine(summary + " — " + b.iso.Role + " at " + b.iso.Company)
	link := b.links.application(app)
	desc := append([]string{summary}, interviewDetails(b.iso, ev)...)
	if cancelled {
		summary = "Cancelled: " + summary
		why := "Cancelled: the meeting was called off."
		if !ev.Cancelled {
			why = "Cancelled: the application ended (" + b.ending.Status + ") before this day."
		}
		desc = append(desc, "", why)
	}
	desc = append(desc, "", "Application: "+link)
	category := "Interview"
	if ev.Type == model.EventPhoneScreen {
		category = "Phone screen"
	}
	e := event{
		key:         key{day: ev.Date, start: ev.Start, uid: b.links.uid(id)},
		summary:     summary,
		description: strings.Join(desc, "\n"),
		url:         link,
		categories:  []string{category},
		transparent: !ev.Timed() || cancelled,
		cancelled:   cancelled,
	}
	if !cancelled {
		e.alarms = b.reminders(ev, summary)
	}
	return e
}

// reminders returns the alarms of an interview ev: those of the settings,
// in the order they go off. An interview with only a date has no time to
// be an hour before, so it gets the ones of the day before only.
func (b *builder) reminders(ev *model.Event, text string) []alarm {
	var out []alarm
	for _, r := range b.settings.Playbook.Reminders {
		switch {
		case r.DayBefore && ev.Timed():
			y, m, d := ev.Start.Date()
			at := time.Date(y, m, d-1, int(r.At/time.Hour), int(r.At%time.Hour/time.Minute), 0, 0, ev.Start.Location())
			out = append(out, alarm{text: text, trigger: at.Sub(ev.Start)})
		case r.DayBefore:
			out = append(out, alarm{text: text, trigger: r.At - 24*time.Hour})
		case ev.Timed():
			out = append(out, alarm{text: text, trigger: -r.Before})
		}
	}
	slices.SortStableFunc(out, func(a, b alarm) int { return cmp.Compare(a.trigger, b.trigger) })
	return out
}

// interviewTitle names an interview with its round, or a phone screen.
func interviewTitle(ev *model.Event) string {
	if ev.Type == model.EventPhoneScreen {
		return "Phone screen"
	}
	if ev.Round > 0 {
		return "Round " + strconv.Itoa(ev.Round) + " interview"
	}
	return "Interview"
}

// interviewDetails returns the lines that describe an interview: when, in
// the site's time zone; who was there; what was discussed; what comes next.
func interviewDetails(app *model.Application, ev *model.Event) []string {
	var lines []string
	if ev.Timed() {
		lines = append(lines, "When: "+ev.Start.Format("Monday 2 January 2006, 15:04")+
			" ("+ev.Start.Location().String()+")")
	}
	for _, name := range ev.With {
		line := "With: " + name
		if c := app.Contact(name); c != nil && c.Title != "" {
			line += " (" + c.Title + ")"
		}
		if topic := ev.Topics[name]; topic != "" {
			line += ": " + topic
		}
		lines = append(lines, line)
	}
	if ev.NextStep != "" {
		lines = append(lines, "Next step: "+ev.NextStep)
	}
	if !ev.DecisionExpected.IsZero() {
		lines = append(lines, "Decision expected: "+ev.DecisionExpected.Format("Monday 2 January 2006"))
	}
	if ev.Note != "" {
		lines = append(lines, "Note: "+ev.Note)
	}
	return lines
}
