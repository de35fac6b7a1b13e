package github

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/followup-dev/followup/generator/agenda"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// Item is one task of a day's issue: an action to do, or a meeting.
type Item struct {
	App    string // the record's slug
	Action string // the action's id; "" for a meeting
	Text   string // Markdown, escaped, on one line
	Lines  []string
}

// Day is what a day's issue lists.
type Day struct {
	Date     model.Date
	Overdue  []Item
	Due      []Item
	Meetings []Item
}

// Links makes the addresses of the pages an item links to; "" for none.
type Links interface {
	App(app *model.Application) string
	Script(a *model.Action) string
}

// ScriptLines returns the first lines of an action's script, or none.
type ScriptLines func(a *model.Action) []string

// Plan returns what is overdue and due on today, and the meetings of the
// day, from the site and its plan.
func Plan(site *model.Site, actions []*model.Action, today model.Date, links Links, lines ScriptLines) Day {
	d := Day{Date: today}
	win := agenda.Select(actions, today, 0)
	for _, a := range win.Overdue {
		d.Overdue = append(d.Overdue, actionItem(a, fmt.Sprintf("due %s, %s late", short(a.Due), days(a.Due.DaysUntil(today))), links, lines))
	}
	for _, a := range win.Due {
		d.Due = append(d.Due, actionItem(a, "", links, lines))
	}
	type meeting struct {
		app *model.Application
		ev  *model.Event
	}
	var ms []meeting
	for _, app := range site.Applications {
		end := plan.End(app)
		for i := range app.Events {
			ev := &app.Events[i]
			if ev.Date.Compare(today) == 0 && plan.IsMeeting(ev.Type) && !end.Cancels(ev) {
				ms = append(ms, meeting{app, ev})
			}
		}
	}
	slices.SortStableFunc(ms, func(a, b meeting) int { return a.ev.Start.Compare(b.ev.Start) })
	for _, m := range ms {
		d.Meetings = append(d.Meetings, meetingItem(m.app, m.ev, links))
	}
	return d
}

func actionItem(a *model.Action, late string, links Links, lines ScriptLines) Item {
	text := "**" + escape(a.App.Company) + "**: " + escape(plan.Summary(a))
	if late != "" {
		text += " (" + late + ")"
	}
	if u := links.Script(a); u != "" && lines != nil && len(lines(a)) > 0 {
		text += " · [script](" + u + ")"
	}
	if u := links.App(a.App); u != "" {
		text += " · [page](" + u + ")"
	}
	it := Item{App: a.App.Slug, Action: a.ID, Text: text}
	if lines != nil {
		for _, l := range lines(a) {
			it.Lines = append(it.Lines, escape(l))
		}
	}
	return it
}

func meetingItem(app *model.Application, ev *model.Event, links Links) Item {
	what := "Phone screen"
	if ev.Type == model.EventInterview {
		what = fmt.Sprintf("Interview, round %d", max(ev.Round, 1))
	}
	text := ""
	if ev.Timed() {
		text = ev.Start.Format("15:04") + " "
	}
	text += "**" + escape(app.Company) + "**: " + escape(what)
	if len(ev.With) > 0 {
		text += " with " + escape(strings.Join(ev.With, ", "))
	}
	if u := links.App(app); u != "" {
		text += " · [page](" + u + ")"
	}
	return Item{App: app.Slug, Text: text}
}

// short formats a day as "Wed 2 Dec".
func short(d model.Date) string { return d.Format("Mon 2 Jan") }

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// Title is the title of the issue of day d.
func Title(d model.Date) string { return "Follow-ups for " + d.Format("Monday 2 January 2006") }

// dayMarker is the first line of the body of the issue of day d.
func dayMarker(d model.Date) string { return "<!-- followup daily " + d.String() + " -->" }

var dayRE = regexp.MustCompile(`(?m)^<!-- followup daily (\d{4}-\d{2}-\d{2}) -->$`)

// issueDay returns the day of an issue followup wrote, from its body.
func issueDay(body string) (model.Date, bool) {
	m := dayRE.FindStringSubmatch(body)
	if m == nil {
		return model.Date{}, false
	}
	d, err := model.ParseDate(m[1])
	return d, err == nil
}

// Body returns the Markdown body of the day's issue. done are tasks of
// the issue as it was, ticked, that the day no longer lists: they stay,
// ticked.
func Body(d Day, siteTitle, siteURL string, done []Task) string {
	var b strings.Builder
	b.WriteString(dayMarker(d.Date) + "\n")
	site := escape(siteTitle)
	if siteURL != "" {
		site = "[" + site + "](" + siteURL + ")"
	}
	fmt.Fprintf(&b, "What to do on %s, from %s. Tick a box once it is done and it is recorded as done today (a meeting's box records nothing). "+
		"A comment runs a command on the records: `/log APP TYPE …`, `/done APP ACTION`, `/skip APP ACTION`.\n",
		d.Date.Format("Monday 2 January"), site)
	section := func(title string, items []Item, meeting bool) {
		if len(items) == 0 {
			return
		}
		b.WriteString("\n### " + title + "\n\n")
		for _, it := range items {
			b.WriteString("- [ ] " + it.Text + " " + taskMarker(it.App, it.Action) + "\n")
			for _, l := range it.Lines {
				b.WriteString("  > " + l + "\n")
			}
		}
	}
	section("Overdue", d.Overdue, false)
	section("Due today", d.Due, false)
	section("Meetings", d.Meetings, true)
	if len(done) > 0 {
		b.WriteString("\n### Done\n\n")
		for _, t := range done {
			b.WriteString(t.Line + "\n")
		}
	}
	if len(d.Overdue)+len(d.Due)+len(d.Meetings)+len(done) == 0 {
		b.WriteString("\nNothing is due today.\n")
	}
	return b.String()
}

// taskMarker names the record and action of a task, or the record of a
// meeting, at the end of its line.
func taskMarker(app, action string) string {
	if action == "" {
		return "<!-- followup meeting " + app + " -->"
	}
	return "<!-- followup " + app + " " + action + " -->"
}

// Task is a task line of an issue's body.
type Task struct {
	App, Action string // Action "" for a meeting
	Ticked      bool
	Line        string
}

var taskRE = regexp.MustCompile(`^- \[([ xX])\] .* <!-- followup (meeting )?([a-z0-9][a-z0-9-]*) ?([a-z0-9][a-z0-9/-]*)? -->$`)

// Tasks returns the task lines of a body that followup wrote, in order.
func Tasks(body string) []Task {
	var ts []Task
	for line := range strings.Lines(body) {
		line = strings.TrimRight(line, "\r\n")
		m := taskRE.FindStringSubmatch(line)
		if m == nil || (m[2] == "" && m[4] == "") || (m[2] != "" && m[4] != "") {
			continue
		}
		ts = append(ts, Task{App: m[3], Action: m[4], Ticked: m[1] != " ", Line: line})
	}
	return ts
}

// escape makes s, text from a record, read as itself in Markdown on one
// line: each character that could start markup, a link, a mention, an
// HTML tag or comment, or math is escaped with a backslash (CommonMark).
func escape(s string) string {
	var b strings.Builder
	for _, r := range strings.Join(strings.Fields(s), " ") {
		if r < 0x80 && strings.ContainsRune("\\`*_[]<>()!#|~@&$", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
