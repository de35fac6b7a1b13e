package feed

import (
	"strconv"
	"strings"

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
// other state, of no application in the feed, or with no due date add nothing.
func (b *builder) action(app *model.Application, a *model.Action) {
	if app == nil || !a.Pending() || a.Due.IsZero() {
		return
	}
	summary := plan.Summary(a)
	desc := []string{summary}
	if explain := plan.Explain(a); explain != "" {
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
		stamp:       stamp(app),
		summary:     summary,
		description: strings.Join(desc, "\n\n"),
		url:         link,
		categories:  categories,
		transparent: true,
		alarm:       summary,
	})
}

// interviews adds an event for every interview of app, and for every phone
// screen with a time of day. A timed one is an hour long, in UTC; an
// interview with only a date is an all-day event that does not block the
// day. A phone screen with only a date is history, and is left out.
func (b *builder) interviews(app *model.Application) {
	for i := range app.Events {
		ev := &app.Events[i]
		if ev.Type == model.EventInterview || ev.Type == model.EventPhoneScreen && ev.Timed() {
			b.add(b.interview(app, ev))
		}
	}
}

// interview returns the event of one interview or phone screen.
func (b *builder) interview(app *model.Application, ev *model.Event) event {
	when := ev.Date.Format("20060102")
	if ev.Timed() {
		when = utc(ev.Start)
	}
	summary := interviewTitle(ev)
	if len(ev.With) > 0 {
		summary += " with " + strings.Join(ev.With, ", ")
	}
	summary += " — " + app.Role + " at " + app.Company
	link := b.links.application(app)
	desc := append([]string{summary}, interviewDetails(app, ev)...)
	desc = append(desc, "", "Application: "+link)
	category := "Interview"
	if ev.Type == model.EventPhoneScreen {
		category = "Phone screen"
	}
	return event{
		key:         key{day: ev.Date, start: ev.Start, uid: b.links.uid(app.UID() + "/" + ev.Type + "/" + when)},
		stamp:       stamp(app),
		summary:     summary,
		description: strings.Join(desc, "\n"),
		url:         link,
		categories:  []string{category},
		transparent: !ev.Timed(),
	}
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
