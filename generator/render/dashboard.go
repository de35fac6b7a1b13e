package render

import (
	"slices"

	"github.com/followup-dev/followup/generator/model"
)

// dashboardPage is the data of index.html.
type dashboardPage struct {
	page
	Stats      []stat
	Meetings   []meetingView // interviews and phone screens from the build day to a week on
	Agenda     actionViews   // the next pending action of each application, by due date, capped
	AgendaMore int           // applications with something to do that the agenda leaves out
	Stages     []stageView   // active applications by stage
	Closed     []appRow      // applications that ended
	Funnel     funnel
	Channels   []channelRow
}

type stat struct {
	Label string
	N     int
}

// stageView is the active applications at one stage.
type stageView struct {
	Status string
	Label  string
	Apps   []appRow
}

// appRow is an application in a list.
type appRow struct {
	Company  string
	Role     string
	Status   string
	URL      string
	Applied  string // "Mon 3 Nov 2026"
	Pending  int    // pending actions
	NextStep string // the next step the latest answer named, while the application goes on
}

// activeStages are the statuses of an application still in progress, in
// the order of the hunt.
var activeStages = []string{
	model.StatusWishlist, model.StatusApplied, model.StatusScreening,
	model.StatusInterviewing, model.StatusOffer,
}

// agendaCap is the most applications the dashboard lists next actions of;
// the call sheet and the timeline have the rest.
const agendaCap = 100

// dashboard builds the dashboard: what to do next, where each application
// stands and how the hunt converts.
func (b *build) dashboard() dashboardPage {
	d := dashboardPage{page: b.page(b.site.Settings.Title, "dashboard"), Meetings: b.meetings()}
	pending := 0
	next := map[string]bool{} // applications whose next action is listed
	for _, a := range b.actions {
		if !a.Pending() {
			continue
		}
		pending++
		if next[a.App.Slug] {
			continue
		}
		next[a.App.Slug] = true
		if len(d.Agenda) < agendaCap {
			d.Agenda = append(d.Agenda, b.action(a))
		} else {
			d.AgendaMore++
		}
	}
	byStage := map[string][]appRow{}
	for _, slug := range b.slugs() {
		app := b.apps[slug]
		row := b.appRow(app)
		if slices.Contains(activeStages, stageOf(row.Status)) {
			byStage[stageOf(row.Status)] = append(byStage[stageOf(row.Status)], row)
		} else {
			d.Closed = append(d.Closed, row)
		}
	}
	active := 0
	for _, s := range activeStages {
		if len(byStage[s]) > 0 {
			d.Stages = append(d.Stages, stageView{Status: s, Label: statusLabel(s), Apps: byStage[s]})
			active += len(byStage[s])
		}
	}
	apps := b.appList()
	d.Funnel = newFunnel(apps)
	d.Channels = channelRates(apps)
	d.Stats = []stat{
		{"Applications", len(apps)},
		{"Active", active},
		{"Actions to do", pending},
		{"Interviews", d.Funnel.interviews},
	}
	return d
}

// appRow returns the list entry of an application.
func (b *build) appRow(app *model.Application) appRow {
	r := appRow{
		Company: app.Company, Role: app.Role, Status: status(app),
		URL: b.appURL(app.Slug), Applied: dateText(app.Applied),
	}
	for _, a := range b.byApp[app.Slug] {
		if a.Pending() {
			r.Pending++
		}
	}
	if slices.Contains(activeStages, stageOf(r.Status)) {
		r.NextStep = nextStep(app)
	}
	return r
}

// nextStep returns the next_step of the application's latest answer (a
// reply, a phone screen, an interview, an offer), or "" when it names none.
func nextStep(app *model.Application) string {
	for i := len(app.Events) - 1; i >= 0; i-- {
		switch e := &app.Events[i]; e.Type {
		case model.EventReply, model.EventPhoneScreen, model.EventInterview, model.EventOffer:
			return e.NextStep
		}
	}
	return ""
}

// stageOf returns the stage of a status: "interviewing (round 2)" is at
// the stage "interviewing".
func stageOf(status string) string {
	for _, s := range activeStages {
		if len(status) >= len(s) && status[:len(s)] == s {
			return s
		}
	}
	return status
}

// appList returns the site's applications shown by this build, in order.
func (b *build) appList() []*model.Application {
	var out []*model.Application
	for _, slug := range b.slugs() {
		out = append(out, b.apps[slug])
	}
	return out
}
