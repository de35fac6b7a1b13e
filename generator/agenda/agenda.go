// Package agenda prints what is overdue, due today and due in the coming
// days, like org-mode's agenda: a terminal view of the plan for one day.
package agenda

import (
	"fmt"
	"io"
	"strings"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// MaxDays is the longest look ahead an agenda shows: ten years of days.
// Beyond it the last day would leave the years dates may fall in.
const MaxDays = 3653

// Window is the part of a plan an agenda shows.
type Window struct {
	Today    model.Date
	Overdue  []*model.Action // pending, due before today; milestones left out
	Due      []*model.Action // pending, due today or in the next days, by due date
	Meetings []plan.Meeting  // interviews and phone screens from today to the last day, in time order
	LastDay  model.Date      // the last day shown
	NextDays int             // how many days after today are shown
}

// Select picks from actions (sorted as plan.Actions sorts them) the pending
// ones that are overdue or due from today to today plus days (at most
// MaxDays). A milestone is only shown on its day: once past, there is
// nothing left to do about it. The meetings are those of the applications
// the actions belong to (every application but a wish has actions) that
// their ending did not cancel.
func Select(actions []*model.Action, today model.Date, days int) Window {
	days = min(max(days, 0), MaxDays)
	w := Window{Today: today, LastDay: today.AddDays(days), NextDays: days}
	var apps []*model.Application
	seen := map[*model.Application]bool{}
	for _, a := range actions {
		if a.App != nil && !seen[a.App] {
			seen[a.App] = true
			apps = append(apps, a.App)
		}
	}
	w.Meetings = plan.Meetings(apps, today, w.LastDay)
	for _, a := range actions {
		switch {
		case !a.Pending():
		case a.Due.Before(today):
			if a.Kind != model.KindMilestone {
				w.Overdue = append(w.Overdue, a)
			}
		case !a.Due.After(w.LastDay):
			w.Due = append(w.Due, a)
		}
	}
	return w
}

// Write prints the agenda of actions for today and the next days, in lines
// that fit 80 columns, with ANSI colours when color is set.
func Write(w io.Writer, actions []*model.Action, today model.Date, days int, color bool) error {
	win := Select(actions, today, days)
	p := &printer{color: color}
	p.line(p.paint(bold, fmt.Sprintf("Agenda for %s and the next %s", today.Format(longDay), plural(win.NextDays, "day"))))
	if len(win.Overdue) > 0 {
		p.line("")
		p.line(p.paint(boldRed, "Overdue"))
		for _, a := range win.Overdue {
			p.row(a, fmt.Sprintf("%dd late", a.Due.DaysUntil(today)))
		}
	}
	p.line("")
	p.line(p.paint(bold, "Today, "+today.Format(shortDay)))
	rest, meetings := win.Due, win.Meetings
	n := p.day(today, &rest, &meetings)
	if n == 0 {
		p.line("  Nothing due today.")
	}
	later := len(rest) + len(meetings)
	for len(rest) > 0 || len(meetings) > 0 {
		d := nextDay(rest, meetings)
		p.line("")
		p.line(p.paint(bold, d.Format(shortDay)))
		p.day(d, &rest, &meetings)
	}
	if later == 0 && win.NextDays > 0 {
		p.line("")
		p.line(fmt.Sprintf("Nothing due in the next %s.", plural(win.NextDays, "day")))
	}
	_, err := io.WriteString(w, p.b.String())
	return err
}

// day prints the meetings, then the actions, of day d from the front of
// actions and meetings, takes them off, and returns how many it printed.
func (p *printer) day(d model.Date, actions *[]*model.Action, meetings *[]plan.Meeting) int {
	n := 0
	for len(*meetings) > 0 && (*meetings)[0].Event.Date.Compare(d) == 0 {
		p.meeting((*meetings)[0])
		*meetings = (*meetings)[1:]
		n++
	}
	for len(*actions) > 0 && (*actions)[0].Due.Compare(d) == 0 {
		p.row((*actions)[0], "")
		*actions = (*actions)[1:]
		n++
	}
	return n
}

// nextDay returns the earlier of the days at the front of actions and
// meetings, one of which is not empty.
func nextDay(actions []*model.Action, meetings []plan.Meeting) model.Date {
	switch {
	case len(actions) == 0:
		return meetings[0].Event.Date
	case len(meetings) == 0 || actions[0].Due.Before(meetings[0].Event.Date):
		return actions[0].Due
	}
	return meetings[0].Event.Date
}

// meeting prints an interview or phone screen: its time, company, what it
// is and with whom, then where to prepare: the record's file.
func (p *printer) meeting(m plan.Meeting) {
	e := m.Event
	when := "all day"
	if e.Timed() {
		when = e.Start.Format("15:04")
	}
	title := plan.MeetingTitle(e)
	title = strings.Replace(title, "Interview, round ", "Interview r", 1)
	cells := []string{p.paint(bold, fit(when, kindWidth)), fit(m.App.Company, companyWidth), fit(title, titleWidth), cut(strings.Join(e.With, ", "), toWidth)}
	p.line(strings.TrimRight("  "+strings.Join(cells, " "), " "))
	p.line("         prepare: " + m.App.Path)
}

// Date layouts of the headings.
const (
	longDay  = "Monday 2 January 2006"
	shortDay = "Monday 2 January"
)

// Column widths of a row: with the two leading spaces and the gaps between
// them, a row fits 78 columns (79 when 100 days late or more). A rule's
// title has room for a round after it: "Email hiring manager r2".
const (
	kindWidth    = 6
	companyWidth = 20
	titleWidth   = 23
	toWidth      = 15
	lateWidth    = 8
)

// printer builds the agenda's text.
type printer struct {
	b     strings.Builder
	color bool
}

func (p *printer) line(s string) { p.b.WriteString(s + "\n") }

// row prints one action: its kind, company, what to do and for whom, and how
// late it is when late is not empty.
func (p *printer) row(a *model.Action, late string) {
	kind := p.paint(kindColors[a.Kind], fit(marker(a.Kind), kindWidth))
	cells := []string{kind, fit(a.App.Company, companyWidth), fit(title(a), titleWidth)}
	if late == "" {
		cells = append(cells, cut(addressee(a), toWidth))
	} else {
		late = fmt.Sprintf("%*s", lateWidth, late)
		cells = append(cells, fit(addressee(a), toWidth), p.paint(red, late))
	}
	p.line(strings.TrimRight("  "+strings.Join(cells, " "), " "))
}

// marker is the word shown for a kind of action.
func marker(k model.Kind) string {
	switch k {
	case model.KindMilestone:
		return "date"
	case model.KindDecision:
		return "decide"
	}
	return string(k)
}

// title is the rule's short label, with the round after the first: "Check
// in r2".
func title(a *model.Action) string {
	t := a.Rule
	if r := plan.Lookup(a.Rule); r != nil {
		t = r.Title
	}
	if a.Round > 1 {
		t += fmt.Sprintf(" r%d", a.Round)
	}
	return t
}

// addressee names the first person the action is for, and how many others.
func addressee(a *model.Action) string {
	switch len(a.To) {
	case 0:
		return ""
	case 1:
		return a.To[0].Name
	}
	return fmt.Sprintf("%s +%d", a.To[0].Name, len(a.To)-1)
}

// plural formats n and a noun, "1 day" or "3 days".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// cut shortens s to at most width characters, ending it with "…" when cut.
func cut(s string, width int) string {
	r := []rune(s)
	if len(r) <= width {
		return s
	}
	return strings.TrimRight(string(r[:width-1]), " ") + "…"
}

// fit cuts s to width and pads it with spaces to exactly width characters.
func fit(s string, width int) string {
	s = cut(s, width)
	return s + strings.Repeat(" ", width-len([]rune(s)))
}
